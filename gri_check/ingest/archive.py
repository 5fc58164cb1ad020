"""Zip containers (DOCX) checked before any parser opens them: size, compression ratio, main part.

The declared sizes are checked first, but never trusted: zipfile stops a member at its declared size only
after inflating what one read asks for, and ZipFile.read() asks for 2 GiB at once, so a member declared as
1 KB that inflates to gigabytes costs gigabytes. The XML parts are therefore inflated here, a chunk at a
time with running counts, and python-docx opens an uncompressed copy of them (other members, images and
embeddings, which nothing reads, stay empty in the copy).
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from gri_check.errors import InputError
from gri_check.ingest.limits import MAX_XML_BYTES, MAX_ZIP_BYTES, MAX_ZIP_MEMBERS, MAX_ZIP_RATIO, MAX_ZIP_RATIO_FLOOR

_MIB = 1024 * 1024
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_TYPE = re.compile(rb"\bType\s*=\s*[\"']([^\"']*)")
_TARGET = re.compile(rb"\bTarget\s*=\s*[\"']/?([^\"']+)")
_CHUNK = 1 << 20
_XML_SUFFIXES = (".xml", ".rels", ".vml")


@dataclass(frozen=True, slots=True, kw_only=True)
class ZipLimits:
    max_total: int = MAX_ZIP_BYTES  # uncompressed bytes over all members, as declared
    max_ratio: float = MAX_ZIP_RATIO  # uncompressed / compressed, overall ...
    ratio_floor: int = MAX_ZIP_RATIO_FLOOR  # ... judged only above this size: small XML compresses very well
    max_members: int = MAX_ZIP_MEMBERS
    max_xml: int = MAX_XML_BYTES  # uncompressed bytes of the XML parts, as counted while inflating them


def check_word_archive(data: bytes, path: str, limits: ZipLimits = ZipLimits()) -> str:
    """Raise InputError unless data is a sane zip holding a Word main document; return that part's name."""
    return open_word_archive(data, path, limits)[1]


def open_word_archive(data: bytes, path: str, limits: ZipLimits = ZipLimits()) -> tuple[bytes, str]:
    """(an uncompressed copy of the archive with its XML parts, the main part's name); InputError unless data is
    a sane zip holding a Word main document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_sizes(infos, path, limits)
            parts = _xml_parts(zf, infos, path, limits)
    except zipfile.BadZipFile as exc:
        raise unreadable(path, str(exc)) from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error) as exc:
        raise unreadable(path, str(exc) or type(exc).__name__) from None
    main = _main_part(parts, {i.filename for i in infos})
    if main is None:
        raise InputError("file is a zip archive but not a Word document (no word/document.xml)", path=path,
                         hint="give a .docx, .pdf, .html, .md or .txt report")
    return _stored_copy(infos, parts), main


def _xml_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], path: str, limits: ZipLimits) -> dict[str, bytes]:
    """The XML members inflated a chunk at a time, their bytes counted against limits.max_xml as they come."""
    out: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir() or not info.filename.lower().endswith(_XML_SUFFIXES):
            continue
        chunks: list[bytes] = []
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                total += len(chunk)
                if total > limits.max_xml:
                    raise InputError(f"the Word document's XML expands past the {limits.max_xml // _MIB} MiB limit",
                                     path=path, hint="split the report or export it as PDF")
                chunks.append(chunk)
        out[info.filename] = b"".join(chunks)
    return out


def _stored_copy(infos: list[zipfile.ZipInfo], parts: dict[str, bytes]) -> bytes:
    """An uncompressed zip of the same members: the XML parts as read, every other member empty."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        seen: set[str] = set()
        for info in infos:
            if info.is_dir() or info.filename in seen:
                continue
            seen.add(info.filename)
            out.writestr(info.filename, parts.get(info.filename, b""))
    return buf.getvalue()


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


def _main_part(parts: dict[str, bytes], names: set[str]) -> str | None:
    """The part _rels/.rels names as the office document (usually word/document.xml), if present."""
    rels = parts.get("_rels/.rels")
    if rels is not None and len(rels) <= _MIB:
        for m in _RELATIONSHIP.finditer(rels):
            kind, target = _TYPE.search(m.group(1)), _TARGET.search(m.group(1))
            if kind and target and kind.group(1).endswith(b"/officeDocument"):
                name = target.group(1).decode("utf-8", "replace")
                if name in names:
                    return name
    return "word/document.xml" if "word/document.xml" in names else None
