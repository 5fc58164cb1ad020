"""Find the content indexes in a Document: for each framework, the densest run of rows starting with its codes.

A report may print several indexes (GRI, then SASB, then an HKEX KPI table): code rows form clusters,
a cluster is cut where a heading names another framework's index, and each framework keeps its best
table (titled first, then the longest). A table's framework is the one its title names, else the one
most of its rows belong to; rows of other frameworks inside it keep their own framework.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from gri_check.index.keyed import KeyedTitles, keyed_rows
from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.match.prefilter import folded, may_hold, required_words
from gri_check.model import code_sort_key
from gri_check.standards.catalogue import Catalogue
from gri_check.standards.codes import CodeReader
from gri_check.standards.framework import Framework
from gri_check.standards.notation import ParsedCode

MIN_CODE_ROWS = 3
MAX_GAP = 12  # non-code blocks allowed between two code rows of one index (page furniture, headers)
LOOKBACK = 40  # blocks searched before the first row for the index title and statement of use
_MAX_TITLE = 120  # characters: a longer block is prose, not a title
# Titles naming no framework: "Content index", "Index of indicators".
_GENERIC_TITLE = re.compile(r"\b(content\s+index|index\s+of\s+indicators)\b", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexSpan:
    first_block: int
    end_block: int
    title_block: int | None
    framework: str | None  # whose index this is


def row_code(block: Block, reader: CodeReader, table: str | None = None) -> tuple[int, ParsedCode] | None:
    """(cell position, code) when the block reads as an index row; position -1 for a plain line.

    A code the catalogues check wins over a reference kept verbatim in an earlier cell: in "11.1.5 | 305-1 |
    Direct (Scope 1) GHG emissions" the row is 305-1's, and 11.1.5 is its sector-standard reference.
    """
    if block.kind is BlockKind.TABLE_ROW:
        first_other: tuple[int, ParsedCode] | None = None
        for pos, cell in enumerate(block.cells[:4]):
            if cell:
                code = reader.read(cell, table=table)
                if code is not None and code.checked:
                    return pos, code
                if code is not None and first_other is None:
                    first_other = (pos, code)
                if code is None and pos >= 2 and first_other is None:
                    break  # the fourth cell only after references in the first cells
        return first_other
    if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and len(block.text) <= 600:
        code = reader.read(block.text, table=table)
        return (-1, code) if code is not None else None
    return None


def locate(doc: Document, catalogue: Catalogue, reader: CodeReader, keyed: KeyedTitles | None = None
           ) -> tuple[IndexSpan, ...]:
    """The block spans of the report's content indexes, in document order (empty when it has none)."""
    frameworks = [f for f in catalogue.frameworks if f.notation is not None]
    codes = {i: rc for i, b in enumerate(doc.blocks) if (rc := row_code(b, reader)) is not None}
    codes = {i: rc for i, rc in codes.items() if not _caption(doc, i, codes)}
    titles = _titles(doc, list(catalogue.frameworks))
    with_forms = {f.id for f in frameworks if f.notation is not None and f.notation.index_forms}
    codes.update(_in_index_rows(doc, reader, {i: fw for i, fw in titles.items() if fw in with_forms}, titles, codes))
    repeatable = {(d.framework, d.code) for d in catalogue.disclosures if d.repeatable}
    clusters = _clusters(doc, sorted(codes))
    parts = [p for c in clusters for cut in _cut_at_titles(c, titles, codes)
             for p in _ordered_parts(doc, cut, codes, repeatable)]
    parts = [p for p in parts if len(p) >= MIN_CODE_ROWS]
    best: dict[str | None, tuple[bool, int, list[int], int | None]] = {}
    for part in parts:
        fw = _framework_of(part, codes, doc, titles)
        title = _title_before(doc, part[0], fw, titles)
        rank = (title is not None, len(part))
        if fw not in best or rank > best[fw][:2]:
            best[fw] = (*rank, part, title)
    spans = [_span(doc, part, title, fw) for fw, (_, _, part, title) in best.items()]
    if keyed is not None and keyed.names:
        spans.extend(_keyed_spans(doc, keyed, titles, spans))
    return _no_overlap(sorted(spans, key=lambda s: s.first_block))


def _keyed_spans(doc: Document, keyed: KeyedTitles, titles: dict[int, str | None],
                 taken: list[IndexSpan]) -> list[IndexSpan]:
    """Tables of frameworks without codes, under a heading naming their index: each framework's longest."""
    inside = {i for s in taken for i in range(s.first_block, s.end_block)}
    out = []
    for fw, runs in keyed_rows(doc, keyed, titles, inside, MAX_GAP).items():
        run = max(runs, key=len)
        if len(run) - 1 >= MIN_CODE_ROWS:
            out.append(IndexSpan(first_block=run[0], end_block=run[-1] + 1, title_block=run[0], framework=fw))
    return out


def _caption(doc: Document, i: int, codes: dict[int, tuple[int, ParsedCode]]) -> bool:
    """A heading or line naming a code above a data table of its own ("GRI 2-7: Employees", then rows of
    figures without codes): the table's caption, evidence for the disclosure, not an index row."""
    if doc.blocks[i].kind is BlockKind.TABLE_ROW:
        return False
    following = [j for j in range(i + 1, min(i + 4, len(doc.blocks))) if doc.blocks[j].text.strip()][:2]
    return len(following) == 2 and all(doc.blocks[j].kind is BlockKind.TABLE_ROW and j not in codes
                                       for j in following)


def _titles(doc: Document, frameworks: list[Framework]) -> dict[int, str | None]:
    """Blocks that title an index: block -> the framework named (None for a generic title)."""
    out: dict[int, str | None] = {}
    patterns = [f.title_pattern for f in frameworks if f.title_pattern]
    anyone = re.compile("|".join(f"(?:{p})" for p in (*patterns, _GENERIC_TITLE.pattern)), re.I)  # one search a block
    words = required_words(anyone.pattern, re.I)  # a title holds one ("index", "table", "索引"): a pre-test
    for i, b in enumerate(doc.blocks):
        if (b.kind is BlockKind.TOC or len(b.text) > _MAX_TITLE or sum(1 for c in b.cells if c) > 2
                or not may_hold(folded(b.text), words) or not anyone.search(b.text)):
            continue  # a title is a heading or a line, at most a band row with a page number beside it
        named = next((f.id for f in frameworks if f.titles_index(b.text)), None)
        if named is not None or _GENERIC_TITLE.search(b.text):
            out[i] = named
    return out


def _in_index_rows(doc: Document, reader: CodeReader, starts: dict[int, str | None], titles: dict[int, str | None],
                   codes: dict[int, tuple[int, ParsedCode]]) -> dict[int, tuple[int, ParsedCode]]:
    """Rows readable only inside a titled index of their framework (bare paragraph numbers, aspect codes)."""
    out: dict[int, tuple[int, ParsedCode]] = {}
    for start, fw in starts.items():
        gap = 0
        for i in range(start + 1, len(doc.blocks)):
            if i in titles and titles[i] != fw:
                break
            rc = codes.get(i) or row_code(doc.blocks[i], reader, table=fw)
            if rc is not None and rc[1].framework == fw:
                out.setdefault(i, rc)
                gap = 0
            elif doc.blocks[i].kind is not BlockKind.TABLE_ROW:
                gap += 1
                if gap > MAX_GAP:
                    break
    return {i: rc for i, rc in out.items() if i not in codes}


def _clusters(doc: Document, rows: list[int]) -> list[list[int]]:
    clusters: list[list[int]] = []
    for i in rows:
        if clusters and _gap(doc, clusters[-1][-1], i) <= MAX_GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    return clusters


def _gap(doc: Document, a: int, b: int) -> int:
    return sum(1 for j in range(a + 1, b) if doc.blocks[j].kind is not BlockKind.TABLE_ROW)


def _cut_at_titles(cluster: list[int], titles: dict[int, str | None],
                   codes: dict[int, tuple[int, ParsedCode]]) -> list[list[int]]:
    """Cut a cluster where a heading between two rows names the index of a framework other than the rows so far."""
    parts: list[list[int]] = [[]]
    seen: Counter[str | None] = Counter()  # frameworks of the rows of parts[-1], kept as rows are added
    for i in cluster:
        prev = parts[-1][-1] if parts[-1] else None
        if prev is not None:
            named = [titles[j] for j in range(prev + 1, i) if titles.get(j)]
            if named and any(fw != seen.most_common(1)[0][0] for fw in named):
                parts.append([])
                seen = Counter()
        parts[-1].append(i)
        seen[codes[i][1].framework] += 1
    return [p for p in parts if p]


def _ordered_parts(doc: Document, cluster: list[int], codes: dict[int, tuple[int, ParsedCode]],
                   repeatable: set[tuple[str, str]]) -> list[list[int]]:
    """Split a cluster at pages (or runs of 15 rows without pages) whose codes mostly descend.

    An index lists codes in ascending order, apart from those repeated per topic (3-3); a mapping table
    (SDGs, principles) lists them in its own order.
    """
    groups: dict[object, list[int]] = {}
    for n, i in enumerate(cluster):
        key = doc.blocks[i].page if doc.blocks[i].page is not None else n // 15
        groups.setdefault(key, []).append(i)
    parts: list[list[int]] = [[]]
    for rows in groups.values():
        if _ascending_share(rows, codes, repeatable) < 0.5:
            parts.append([])
            continue
        parts[-1].extend(rows)
    return [p for p in parts if p]


def _ascending_share(rows: list[int], codes: dict[int, tuple[int, ParsedCode]],
                     repeatable: set[tuple[str, str]]) -> float:
    parsed = [codes[i][1] for i in rows if codes[i][1].checked]
    main = Counter(p.framework for p in parsed).most_common(1)
    keys = [code_sort_key(p.code) for p in parsed
            if main and p.framework == main[0][0] and (p.framework, p.code) not in repeatable]
    steps = list(zip(keys, keys[1:]))
    if len(steps) < 4:
        return 1.0
    return sum(1 for a, b in steps if b >= a) / len(steps)


def _framework_of(part: list[int], codes: dict[int, tuple[int, ParsedCode]], doc: Document,
                  titles: dict[int, str | None]) -> str | None:
    """The framework a title before the rows names, else the one most rows belong to."""
    counts = Counter(codes[i][1].framework for i in part)
    majority = counts.most_common(1)[0][0]
    named = _named_title(doc, part[0], titles)
    return named if named is not None and counts[named] else majority


def _named_title(doc: Document, start: int, titles: dict[int, str | None]) -> str | None:
    for i in range(start, max(-1, start - LOOKBACK), -1):
        if titles.get(i):
            return titles[i]
    return None


def _title_before(doc: Document, start: int, framework: str | None, titles: dict[int, str | None]) -> int | None:
    """The nearest title before the first row that names this framework's index or no framework."""
    for i in range(start, max(-1, start - LOOKBACK), -1):
        if i in titles:
            return i if titles[i] in (None, framework) else None
    return None


def _span(doc: Document, part: list[int], title: int | None, framework: str | None) -> IndexSpan:
    first = title if title is not None else part[0]
    end = part[-1] + 1
    # Take trailing rows of other codes and continuation lines that belong to the last row.
    while end < len(doc.blocks) and doc.blocks[end].kind is BlockKind.TABLE_ROW and end - part[-1] <= 2:
        end += 1
    return IndexSpan(first_block=first, end_block=end, title_block=title, framework=framework)


def _no_overlap(spans: list[IndexSpan]) -> tuple[IndexSpan, ...]:
    """An index ends where the next one begins."""
    out: list[IndexSpan] = []
    for s in spans:
        if out and out[-1].end_block > s.first_block:
            prev = out[-1]
            out[-1] = IndexSpan(first_block=prev.first_block, end_block=max(s.first_block, prev.first_block + 1),
                                title_block=prev.title_block, framework=prev.framework)
        out.append(s)
    return tuple(out)
