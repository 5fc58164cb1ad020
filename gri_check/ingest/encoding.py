"""Bytes -> str for text reports: BOMs, UTF-8, then detection for legacy encodings."""
from __future__ import annotations

from pathlib import Path

from gri_check.errors import InputError


def decode(data: bytes, path: Path) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    if b"\x00" in data[:4096]:
        raise InputError("file is binary, not a text report", path=path,
                         hint="give a .pdf, .docx, .html, .md or .txt report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")  # common for Chinese reports; a strict decode either fits or fails
    except UnicodeDecodeError:
        raise InputError("text is not UTF-8, UTF-16 or GB18030", path=path,
                         hint="save the report as UTF-8") from None
