"""Zip containers (DOCX) checked before any parser opens them: size, compression ratio, main part.

zipfile stops each member at the size its central directory declares (a member that expands past it
fails its CRC check), so the declared sizes are a safe bound on what parsing will decompress.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from gri_check.errors import InputError

_MIB = 1024 * 1024
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_TYPE = re.compile(rb"\bType\s*=\s*[\"']([^\"']*)")
_TARGET = re.compile(rb"\bTarget\s*=\s*[\"']/?([^\"']+)")


@dataclass(frozen=True, slots=True, kw_only=True)
class ZipLimits:
    max_total: int = 200 * _MIB  # uncompressed bytes over all members
    max_ratio: float = 100.0  # uncompressed / compressed, overall ...
    ratio_floor: int = 10 * _MIB  # ... judged only above this size: small XML compresses very well
    max_members: int = 10_000


def check_word_archive(data: bytes, path: str, limits: ZipLimits = ZipLimits()) -> str:
    """Raise InputError unless data is a sane zip holding a Word main document; return that part's name."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_sizes(infos, path, limits)
            names = {i.filename for i in infos}
            main = _main_part(zf, names)
    except zipfile.BadZipFile as exc:
        raise unreadable(path, str(exc)) from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error) as exc:
        raise unreadable(path, str(exc) or type(exc).__name__) from None
    if main is None:
        raise InputError("file is a zip archive but not a Word document (no word/document.xml)", path=path,
                         hint="give a .docx, .pdf, .html, .md or .txt report")
    return main


def unreadable(path: str, reason: str) -> InputError:
    reason = " ".join(reason.split()).strip("'\"")[:160]  # KeyError quotes its message
    return InputError(f"cannot be opened as a Word document ({reason})", path=path,
                      hint="open and save it again in Word, or export it as PDF")


def _check_sizes(infos: list[zipfile.ZipInfo], path: str, limits: ZipLimits) -> None:
    if len(infos) > limits.max_members:
        raise InputError(f"zip archive has {len(infos)} members, above the {limits.max_members} limit", path=path,
                         hint="this does not look like a Word document")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > limits.max_total:
        raise InputError(f"archive expands to {total // _MIB} MiB, above the {limits.max_total // _MIB} MiB limit",
                         path=path, hint="remove large embedded media or export the report as PDF")
    ratio = total / max(packed, 1)
    if total > limits.ratio_floor and ratio > limits.max_ratio:
        raise InputError(f"archive compression ratio {ratio:.0f}:1 is implausible for a document (zip bomb?)",
                         path=path, hint="check where the file came from")


def _main_part(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    """The part _rels/.rels names as the office document (usually word/document.xml), if present."""
    rels = zf.getinfo("_rels/.rels") if "_rels/.rels" in names else None
    if rels is not None and rels.file_size <= _MIB:
        for m in _RELATIONSHIP.finditer(zf.read(rels)):
            kind, target = _TYPE.search(m.group(1)), _TARGET.search(m.group(1))
            if kind and target and kind.group(1).endswith(b"/officeDocument"):
                name = target.group(1).decode("utf-8", "replace")
                if name in names:
                    return name
    return "word/document.xml" if "word/document.xml" in names else None
