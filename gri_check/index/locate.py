"""Find the GRI content index in a Document: the densest run of rows that start with a GRI code."""
from __future__ import annotations

import re
from dataclasses import dataclass

from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.match.codes import ParsedCode, is_sector_code, parse_code, plausible_gri

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
                if code and (not code.gri or plausible_gri(code.code)):
                    return pos, code
        return None
    if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and len(block.text) <= 600:
        code = parse_code(block.text)
        return (-1, code) if code and (not code.gri or plausible_gri(code.code)) else None
    return None


def locate(doc: Document) -> IndexSpan | None:
    """The block span of the content index, or None when the report has none.

    Code rows form clusters; what lies between two code rows of one cluster is at most MAX_GAP blocks
    other than table rows (a code-less table inside an index, such as a topic/boundary matrix, does not
    break it). Pages whose codes run in no order (a cross-reference table after the index) are cut off.
    """
    codes = {i: rc for i, b in enumerate(doc.blocks) if (rc := row_code(b)) is not None}
    rows = [i for i, rc in codes.items() if rc[1].gri or is_sector_code(rc[1].code)]
    clusters: list[list[int]] = []
    for i in rows:
        if clusters and _gap(doc, clusters[-1][-1], i) <= MAX_GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    clusters = [part for c in clusters for part in _ordered_parts(doc, c, codes)]
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


def _gap(doc: Document, a: int, b: int) -> int:
    return sum(1 for j in range(a + 1, b) if doc.blocks[j].kind is not BlockKind.TABLE_ROW)


def _ordered_parts(doc: Document, cluster: list[int], codes: dict[int, tuple[int, ParsedCode]]) -> list[list[int]]:
    """Split a cluster at pages (or runs of 15 rows without pages) whose codes mostly descend.

    An index lists codes in ascending order, apart from 3-3/103-x repeated per topic; a mapping table
    (SDGs, principles) lists them in its own order.
    """
    groups: dict[object, list[int]] = {}
    for n, i in enumerate(cluster):
        key = doc.blocks[i].page if doc.blocks[i].page is not None else n // 15
        groups.setdefault(key, []).append(i)
    parts: list[list[int]] = [[]]
    for rows in groups.values():
        if _ascending_share(rows, codes) < 0.5:
            parts.append([])
            continue
        parts[-1].extend(rows)
    return [p for p in parts if p]


def _ascending_share(rows: list[int], codes: dict[int, tuple[int, ParsedCode]]) -> float:
    keys = []
    for i in rows:
        rc = codes.get(i)
        if rc and rc[1].gri and not rc[1].code.startswith(("3-", "103-")):
            keys.append(tuple(int(x) for x in rc[1].code.split("-")))
    steps = list(zip(keys, keys[1:]))
    if len(steps) < 4:
        return 1.0
    return sum(1 for a, b in steps if b >= a) / len(steps)


def _title_before(doc: Document, start: int) -> int | None:
    for i in range(start, max(-1, start - _LOOKBACK), -1):
        b = doc.blocks[i]
        if b.kind is not BlockKind.TOC and len(b.text) <= 120 and _TITLE.search(b.text):
            return i
    return None
