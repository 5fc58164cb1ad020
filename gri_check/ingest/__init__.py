"""Readers: report file -> Document. The format is chosen from the content first, then the suffix.

Every reader is imported on first use, so a check pays only for its own format's parser (a PDF check never
loads markdown-it, a text check never loads PDFium).
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from gri_check.errors import InputError
from gri_check.ingest.document import Document
from gri_check.ingest.limits import MAX_FILE_BYTES, MAX_FORMAT_BYTES, MIB

_CHUNK = 1 << 20

Progress = Callable[[int, int], None]  # (done, total) units of reading, e.g. pages
_FORMAT_NAME = {"text": "text report", "markdown": "Markdown report", "html": "HTML report", "pdf": "PDF",
                "docx": "Word document"}
_SUFFIX_FORMAT = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                  ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html"}


def read(path: Path, *, progress: Progress | None = None) -> Document:
    """Read a report file; raise InputError (exit 3) with a one-line reason when it cannot be read."""
    return parse(read_bytes(path), path, progress=progress)


def parse(data: bytes, path: Path, *, progress: Progress | None = None) -> Document:
    """A report's bytes -> Document, with the reader chosen by sniff() and held to its format's size limit."""
    fmt = sniff(data, path)
    if len(data) > MAX_FORMAT_BYTES[fmt]:
        raise too_big(path, _FORMAT_NAME[fmt], MAX_FORMAT_BYTES[fmt])
    return _READERS[fmt](data, path, progress)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, at most limit of them; InputError (exit 3) with a one-line reason otherwise.

    The file is opened without blocking and judged by what it is once open, never by its name or st_size: a
    FIFO with no writer must not hang the check, and /dev/zero says it is empty while it never ends. The size
    cap is counted while reading.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("file not found", path=path, hint="check the path") from None
    except PermissionError:
        raise InputError("permission denied", path=path, hint="make the file readable") from None
    except IsADirectoryError:
        raise _directory(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        with os.fdopen(fd, "rb", buffering=0) as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise _directory(path)
            if not stat.S_ISREG(mode):
                raise InputError("not a regular file (a device, pipe or socket)", path=path,
                                 hint="save the report to a file and name that file")
            data = _read_capped(fh, limit, path)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not data.strip():
        raise InputError("file is empty", path=path, hint="export the report again")
    return data


def read_stream(fh: BinaryIO, path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a report piped in (standard input), under the same size cap as a file."""
    try:
        data = _read_capped(fh, limit, path)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not data.strip():
        raise InputError("nothing on standard input", path=path, hint="pipe a report in: gri-check check - < REPORT")
    return data


def _read_capped(fh: BinaryIO, limit: int, path: Path) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = fh.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise too_big(path, "file", limit)


def too_big(path: Path | str, what: str, limit: int) -> InputError:
    """The one wording of every size limit."""
    return InputError(f"{what} is larger than the {limit // MIB} MiB limit", path=path,
                      hint="split the report or check the file")


def _directory(path: Path) -> InputError:
    return InputError("is a directory, not a report file", path=path, hint="name the report file itself")


def _unreadable(path: Path, exc: OSError) -> InputError:
    if exc.errno == errno.ELOOP:
        return InputError("symbolic link loop", path=path, hint="point the link at the report file")
    return InputError(f"cannot read file ({exc.strerror or type(exc).__name__})", path=path)


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
    from gri_check.ingest.text import parse_text

    return parse_text(decode(data, path), str(path))


def _read_markdown(data: bytes, path: Path, progress: Progress | None) -> Document:
    from gri_check.ingest.encoding import decode
    from gri_check.ingest.markdown import parse_markdown

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
