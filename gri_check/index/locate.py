"""Find the GRI content index in a Document: the densest run of rows that start with a GRI code."""
from __future__ import annotations

import re
from dataclasses import dataclass

from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.match.codes import ParsedCode, parse_code

MIN_CODE_ROWS = 3
MAX_GAP = 12  # non-code blocks allowed between two code rows of one index (page furniture, headers)
_LOOKBACK = 40  # blocks searched before the first row for the index title and statement of use
_TITLE = re.compile(
    r"\b(GRI\s+(content\s+)?index|content\s+index|GRI\s+standards?\s+(content\s+)?index|GRI\s+table"
    r"|index\s+of\s+(gri|indicators)|indice\s+(dei\s+)?contenuti\s+GRI|tabella\s+GRI)\b"
    # Chinese titles have no word boundaries: GRI内容索引, GRI 标准索引, GRI指标对照表, GRI指标、SDGs索引
    r"|^[^。,;|]{0,15}GRI[^。,;|]{0,30}?(?:索引|对照表)[^。,;|]{0,8}$",
    re.I,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexSpan:
    first_block: int
    end_block: int
    title_block: int | None


def row_code(block: Block) -> tuple[int, ParsedCode] | None:
    """(cell position, code) when the block reads as an index row; position -1 for a plain line."""
    if block.kind is BlockKind.TABLE_ROW:
        for pos, cell in enumerate(block.cells[:3]):
            if cell:
                code = parse_code(cell)
                if code:
                    return pos, code
        return None
    if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and len(block.text) <= 600:
        code = parse_code(block.text)
        return (-1, code) if code else None
    return None


def locate(doc: Document) -> IndexSpan | None:
    """The block span of the content index, or None when the report has none."""
    rows = [i for i, b in enumerate(doc.blocks) if (rc := row_code(b)) and rc[1].gri]
    clusters: list[list[int]] = []
    for i in rows:
        if clusters and i - clusters[-1][-1] <= MAX_GAP + 1:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    clusters = [c for c in clusters if len(c) >= MIN_CODE_ROWS]
    if not clusters:
        return None
    titled = [c for c in clusters if _title_before(doc, c[0]) is not None]
    best = max(titled or clusters, key=len)
    title = _title_before(doc, best[0])
    first = title if title is not None else best[0]
    end = best[-1] + 1
    # Take trailing rows of other frameworks' codes and continuation lines that belong to the last row.
    while end < len(doc.blocks) and doc.blocks[end].kind is BlockKind.TABLE_ROW and end - best[-1] <= 2:
        end += 1
    return IndexSpan(first_block=first, end_block=end, title_block=title)


def _title_before(doc: Document, start: int) -> int | None:
    for i in range(start, max(-1, start - _LOOKBACK), -1):
        b = doc.blocks[i]
        if b.kind is not BlockKind.TOC and len(b.text) <= 120 and _TITLE.search(b.text):
            return i
    return None
