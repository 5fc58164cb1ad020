"""Readers: report file -> Document. The format is chosen from the content first, then the suffix.

Binary-format readers are imported on first use, so a text check never pays for loading PDFium.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from gri_check.errors import InputError
from gri_check.ingest.document import Document
from gri_check.ingest.markdown import parse_markdown
from gri_check.ingest.text import parse_text

MAX_BYTES = 200 * 1024 * 1024

Progress = Callable[[int, int], None]  # (done, total) units of reading, e.g. pages
_SUFFIX_FORMAT = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                  ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html"}


def read(path: Path, *, progress: Progress | None = None) -> Document:
    """Read a report file; raise InputError (exit 3) with a one-line reason when it cannot be read."""
    return parse(read_bytes(path), path, progress=progress)


def parse(data: bytes, path: Path, *, progress: Progress | None = None) -> Document:
    """A report's bytes -> Document, with the reader chosen by sniff()."""
    return _READERS[sniff(data, path)](data, path, progress)


def read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise InputError("is a directory, not a report file", path=path, hint="name the report file itself")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file is {size // 1_048_576} MiB, above the {MAX_BYTES // 1_048_576} MiB limit",
                             path=path, hint="split the report or check the file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", path=path, hint="check the path") from None
    except PermissionError:
        raise InputError("permission denied", path=path, hint="make the file readable") from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", path=path) from None
    if not data.strip():
        raise InputError("file is empty", path=path, hint="export the report again")
    return data


def sniff(data: bytes, path: Path) -> str:
    """The reader for these bytes: magic numbers first, then markup, then the suffix."""
    if re.search(rb"(?:^|[\r\n])%PDF-\d", data[:1024]):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"  # the DOCX reader checks the archive and names what is wrong with any other zip
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError("legacy .doc or password-protected Word document", path=path,
                         hint="save it as an unprotected .docx or as PDF")
    if _looks_like_html(data):
        return "html"
    fmt = _SUFFIX_FORMAT.get(path.suffix.lower())
    if fmt in ("text", "markdown", "html"):
        return fmt
    text = data[:20000].decode("utf-8", errors="ignore")
    return "markdown" if ("\n#" in text or text.startswith("#")) and "|" in text else "text"


def _looks_like_html(data: bytes) -> bool:
    head = data[:8192]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[2:].decode(enc, errors="ignore").encode("ascii", errors="ignore")
    head = re.sub(rb"<!--.*?-->", b"", head.lstrip(b"\xef\xbb\xbf \t\r\n"), flags=re.S).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head or (
        b"<html" in head[:1024] and b"<body" in data[:65536].lower())


def _read_text(data: bytes, path: Path, progress: Progress | None) -> Document:
    from gri_check.ingest.encoding import decode

    return parse_text(decode(data, path), str(path))


def _read_markdown(data: bytes, path: Path, progress: Progress | None) -> Document:
    from gri_check.ingest.encoding import decode

    return parse_markdown(decode(data, path), str(path))


def _read_pdf(data: bytes, path: Path, progress: Progress | None) -> Document:
    from gri_check.ingest.pdf import parse_pdf

    return parse_pdf(data, str(path), progress=progress)


def _read_docx(data: bytes, path: Path, progress: Progress | None) -> Document:
    from gri_check.ingest.docx import parse_docx

    return parse_docx(data, str(path))


def _read_html(data: bytes, path: Path, progress: Progress | None) -> Document:
    from gri_check.ingest.html import parse_html

    return parse_html(data, str(path))


_READERS: dict[str, Callable[[bytes, Path, Progress | None], Document]] = {
    "text": _read_text, "markdown": _read_markdown, "pdf": _read_pdf, "docx": _read_docx, "html": _read_html,
}
