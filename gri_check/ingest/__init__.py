"""Readers: report file -> Document. The format is chosen from the content, then the suffix."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gri_check.errors import InputError
from gri_check.ingest.document import Document
from gri_check.ingest.markdown import parse_markdown
from gri_check.ingest.text import parse_text

MAX_BYTES = 200 * 1024 * 1024

PARSERS: dict[str, Callable[[str, str], Document]] = {"text": parse_text, "markdown": parse_markdown}
_SUFFIX_FORMAT = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
_HINT = "give a .txt or .md report (PDF, DOCX and HTML come with a later release)"


def read(path: Path) -> Document:
    """Read a report file; raise InputError (exit 3) with a one-line reason when it cannot be read."""
    data = read_bytes(path)
    fmt = sniff(data, path)
    return PARSERS[fmt](decode(data, path), str(path))


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
        raise InputError("file is empty", path=path, hint="export the report text again")
    return data


def sniff(data: bytes, path: Path) -> str:
    """Pick the reader from the bytes first (binary formats), then from the suffix."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        raise InputError("PDF reports are not supported yet", path=path, hint=_HINT)
    if head.startswith(b"PK\x03\x04"):
        raise InputError("DOCX/zip reports are not supported yet", path=path, hint=_HINT)
    if not (head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in data[:4096]):
        raise InputError("file is binary, not a text report", path=path, hint=_HINT)
    fmt = _SUFFIX_FORMAT.get(path.suffix.lower())
    if fmt:
        return fmt
    text = data[:20000].decode("utf-8", errors="ignore")
    return "markdown" if ("\n#" in text or text.startswith("#")) and "|" in text else "text"


def decode(data: bytes, path: Path) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")  # common for Chinese reports; a strict decode either fits or fails
    except UnicodeDecodeError:
        raise InputError("text is not UTF-8, UTF-16 or GB18030", path=path,
                         hint="save the report as UTF-8") from None
