"""Across pages, pure: page furniture (running headers and footers) and printed page numbers.

Both need every page: furniture is text that recurs at the same place on many pages, and a printed
page number is trusted only when the numbers found on many pages agree on one offset from the
physical page (printed = physical + k, or 2p + k and 2p + k + 1 on a 2-up spread).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gri_check.ingest.pdf_layout import Row, pack_rows, unpack_rows

MARGIN = 0.09  # share of the page height at the top and at the bottom where furniture lives
_MAX_CHARS = 100  # running headers and footers are short
_MIN_REPEATS = 3
_Y_TOLERANCE = 8.0  # points a running header may move between pages
_EDGE_NUMBER = re.compile(r"^\W*(\d{1,4})\b|\b(\d{1,4})\W*$")
_PAGE_WORD = re.compile(r"\b(?:page|pag\.?|p\.|seite|página|pagina)\s*(\d{1,4})\b", re.I)
_WINDOW = 5  # pages either side whose numbers vote on a page's offset


@dataclass(frozen=True, slots=True, kw_only=True)
class PageRows:
    """What the cross-page passes need of one page."""

    number: int  # physical, 1-based
    width: float
    height: float
    rows: tuple[Row, ...]

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled compactly: workers reading a long PDF send every page's rows back (pdf_parallel).
        return _unpickle_rows, (self.number, self.width, self.height, *pack_rows(self.rows))


def _unpickle_rows(number: int, width: float, height: float, counts: Sequence[int], texts: Sequence[str],
                   values: Sequence[float]) -> PageRows:
    return PageRows(number=number, width=width, height=height, rows=unpack_rows(counts, texts, values))


def in_margin(row: Row, height: float) -> bool:
    mid = (row.top + row.bottom) / 2
    return mid <= MARGIN * height or mid >= (1 - MARGIN) * height


def furniture(pages: Sequence[PageRows]) -> list[set[int]]:
    """For each page, the indexes of rows that are running headers, footers or page numbers: rows
    in the top or bottom margin whose text (digits aside) recurs at about the same height on
    several pages. A recurring table header stays: the row after it is not furniture."""
    seen: dict[str, list[tuple[int, int, float]]] = {}
    for k, page in enumerate(pages):
        for i, row in enumerate(page.rows):
            if in_margin(row, page.height) and sum(len(f.text) for f in row.fragments) <= _MAX_CHARS:
                seen.setdefault(_key(row), []).append((k, i, row.top))
    need = max(_MIN_REPEATS, min(5, int(0.2 * len(pages))))
    marked: list[set[int]] = [set() for _ in pages]
    for hits in seen.values():
        if len({k for k, _, _ in hits}) < need:
            continue
        common = Counter(round(top / _Y_TOLERANCE) for _, _, top in hits).most_common(1)[0][0] * _Y_TOLERANCE
        for k, i, top in hits:
            if abs(top - common) <= 2 * _Y_TOLERANCE:
                marked[k].add(i)
    return [{i for i in rows if not _heads_table(page.rows, i, rows)} for page, rows in zip(pages, marked)]


def _key(row: Row) -> str:
    """Row text with digits masked, so "Page 12" and "Page 13" are the same furniture."""
    return re.sub(r"\d+", "#", " ".join(f.text for f in row.fragments).lower())


def _heads_table(rows: Sequence[Row], i: int, furniture: set[int]) -> bool:
    """A table's header row repeated on every page: the row below, not furniture itself, has
    cells in its columns."""
    row = rows[i]
    if len(row.fragments) < 2 or i + 1 >= len(rows) or i + 1 in furniture:
        return False
    starts = [f.x0 for f in row.fragments]
    return sum(1 for f in rows[i + 1].fragments if any(abs(f.x0 - x) <= 3 for x in starts)) >= 2


def printed_numbers(pages: Sequence[PageRows]) -> dict[int, list[tuple[int, float]]]:
    """Candidate page numbers per physical page: (number, x centre as a share of the page width) of
    numbers at the edge of a header or footer line."""
    limit = 4 * len(pages) + 50  # a year or a phone number is not a page number
    out: dict[int, list[tuple[int, float]]] = {}
    for page in pages:
        found: list[tuple[int, float]] = []
        for row in page.rows:
            if not in_margin(row, page.height):
                continue
            for f in row.fragments:
                for m in (*_EDGE_NUMBER.finditer(f.text), *_PAGE_WORD.finditer(f.text)):
                    n = int(next(g for g in m.groups() if g))
                    if 1 <= n <= limit:
                        found.append((n, (f.x0 + f.x1) / 2 / page.width))
        out[page.number] = found
    return out


def fit_printed_pages(candidates: Mapping[int, Sequence[tuple[int, float]]], pages: int) -> dict[int, tuple[int, ...]]:
    """Physical page -> printed numbers, from the offset most pages agree on (none if no agreement)."""
    single = Counter(k for p, c in candidates.items() for k in {n - p for n, _ in c})
    spread = Counter(k for p, c in candidates.items() for k in _spread_offsets(p, c))
    with_numbers = sum(1 for c in candidates.values() if c)
    best1 = single.most_common(1)[0] if single else (0, 0)
    best2 = spread.most_common(1)[0] if spread else (0, 0)
    if best2[1] >= _MIN_REPEATS and best2[1] >= best1[1]:
        k = best2[0]
        return {p: tuple(n for n in (2 * p + k, 2 * p + k + 1) if n >= 1) for p in range(1, pages + 1)
                if 2 * p + k + 1 >= 1}
    if best1[1] < 2 or best1[1] < 0.3 * with_numbers:
        return {}
    out: dict[int, tuple[int, ...]] = {}
    for p in range(1, pages + 1):
        k = _local_offset(candidates, p, best1[0])
        if p + k >= 1:
            out[p] = (p + k,)
    return out


def _spread_offsets(p: int, found: Sequence[tuple[int, float]]) -> set[int]:
    """Offsets k with 2p + k printed on the left half and 2p + k + 1 on the right half."""
    left = {n for n, x in found if x < 0.5}
    right = {n for n, x in found if x >= 0.5}
    return {n - 2 * p for n in left if n + 1 in right}


def _local_offset(candidates: Mapping[int, Sequence[tuple[int, float]]], p: int, default: int) -> int:
    """The offset nearby pages agree on, so numbering that restarts or skips an insert is followed."""
    votes = Counter(n - q for q in range(p - _WINDOW, p + _WINDOW + 1) for n in {n for n, _ in candidates.get(q, ())})
    if not votes:
        return default
    top = votes.most_common()
    best = top[0][1]
    tied = [k for k, v in top if v == best]
    return default if default in tied or best < 2 else tied[0]


def from_labels(labels: Sequence[str]) -> dict[int, tuple[int, ...]]:
    """Physical page -> printed number from numeric PDF page labels (roman or lettered ones skipped)."""
    return {i + 1: (int(label),) for i, label in enumerate(labels) if label.isdigit()}


def choose_printed(labels: Sequence[str], detected: Mapping[int, tuple[int, ...]],
                   candidates: Mapping[int, Sequence[tuple[int, float]]]) -> dict[int, tuple[int, ...]]:
    """Numeric page labels when most pages have one, unless the numbers printed on the pages
    (five or more agreeing) contradict them; else the detected numbers."""
    labelled = from_labels(labels)
    if len(labelled) < 0.5 * max(1, len(labels)):
        return dict(detected)
    checked = [p for p, c in candidates.items() if c and p in labelled and p in detected]
    agree_detected = sum(1 for p in checked if detected[p][0] in {n for n, _ in candidates[p]})
    agree_labels = sum(1 for p in checked if labelled[p][0] in {n for n, _ in candidates[p]})
    if agree_detected >= 5 and agree_detected > 2 * agree_labels:
        return dict(detected)
    return labelled
