"""Markdown reports: '#' headings, pipe tables, paragraphs; layout heuristics when '#' is scarce."""
from __future__ import annotations

import re
from dataclasses import replace

from gri_check.ingest.document import Document
from gri_check.ingest.folios import apply_folios
from gri_check.ingest.layout import SourceLine, build_document, source_lines

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")


def parse_markdown(text: str, path: str) -> Document:
    lines: list[SourceLine] = []
    in_fence = False
    for ln in source_lines(text):
        if _FENCE.match(ln.text):
            in_fence = not in_fence
            lines.append(replace(ln, text=""))
            continue
        m = None if in_fence else _ATX.match(ln.text)
        if m and m.group(2):
            lines.append(replace(ln, text=_strip_inline(m.group(2)), heading_level=len(m.group(1))))
        else:
            lines.append(replace(ln, text=_strip_inline(ln.text)) if not in_fence else ln)
    lines, printed = apply_folios(lines)
    return build_document(path, "markdown", lines, headings_from_markup=True, printed_pages=printed)


def _strip_inline(text: str) -> str:
    """Drop emphasis markers and link targets, keep the words."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"(\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w))", "", text)
