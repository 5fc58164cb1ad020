"""The report's language (CLD2, through pycld2): it decides which stemmer reads the report and which of the
catalogues' evidence terms are looked up, and whether evidence can be judged at all."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gri_check.ingest.document import BlockKind, Document

SAMPLE = 200_000  # characters of body text read: enough for a stable answer, cheap for long reports
# CLD2 refuses control characters and unpaired surrogates; they carry no language anyway.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    code: str  # ISO 639-1 ("en", "it", "zh"); "" when it could not be told
    name: str  # "English", "Italian"
    percent: int  # share of the text in that language, 0-100
    reliable: bool


UNKNOWN = Language(code="", name="unknown", percent=0, reliable=False)


def detect_language(doc: Document, exclude: Sequence[tuple[int, int]] = ()) -> Language:
    """The main language of the report's body (headings, paragraphs and table rows outside the index)."""
    import pycld2  # C library: microseconds per report

    parts: list[str] = []
    size = 0
    for n, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TOC or any(a <= n < e for a, e in exclude):
            continue
        parts.append(b.text)
        size += len(b.text) + 1
        if size >= SAMPLE:
            break
    text = _UNSAFE.sub(" ", "\n".join(parts))
    if not text.strip():
        return UNKNOWN
    try:
        reliable, _, details = pycld2.detect(text.encode("utf-8", "ignore").decode("utf-8", "ignore"))
    except pycld2.error:
        return UNKNOWN
    name, code, percent, _ = details[0]
    if code in ("un", "xxx"):
        return UNKNOWN
    return Language(code=code.split("-")[0], name=name.capitalize() if name.isupper() else name, percent=int(percent),
                    reliable=bool(reliable))
