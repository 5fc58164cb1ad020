"""Page geometry, pure: words -> visual rows of fragments -> column flows in reading order.

A *fragment* is a run of words on one row with no wide gap: a line of prose, or one cell's line in a
table. A *flow* is a sequence of rows read top to bottom: the whole page, or one text column when
the page is set in columns. All coordinates are top-down points (see pdf_extract).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

import numpy as np

from gri_check.ingest.pdf_extract import Rule, Word

CELL_GAP = 0.6  # a gap of this many font sizes may separate two cells (word spaces are ~0.25)
_WIDE_GAP = 1.5  # a gap of this many font sizes always separates two cells or columns
_WORD_SPACE = 0.25
_BIN = 2.0  # points per column of the occupancy grid used to find gutters
_MIN_GUTTER = 8.0  # narrowest white strip (points) that can separate two text columns
_BULLET = re.compile(r"^[^\w\s]$")  # a lone symbol: a list bullet belongs with the words after it
_PROSE_CHARS = 28  # mean characters per line below which a column reads as table cells, not prose


@dataclass(frozen=True, slots=True, kw_only=True)
class Fragment:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size most of its characters have
    weight: int  # the font weight most of its characters have


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """Fragments sharing a baseline band, left to right."""

    fragments: tuple[Fragment, ...]

    @property
    def top(self) -> float:
        return min(f.top for f in self.fragments)

    @property
    def bottom(self) -> float:
        return max(f.bottom for f in self.fragments)

    @property
    def x0(self) -> float:
        return self.fragments[0].x0

    @property
    def x1(self) -> float:
        return max(f.x1 for f in self.fragments)


def group_rows(words: Sequence[Word]) -> list[Row]:
    """Words into rows sharing a baseline, then each row into fragments at wide gaps.

    A row never grows to take in a line set half a line lower (a cell centred beside a two-line
    cell): words join only near the row's first baseline, or as a small superscript inside it.
    """
    rows: list[list[Word]] = []
    anchors: list[Word] = []  # the tallest word of each row
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        if rows and _same_row(anchors[-1], w):
            rows[-1].append(w)
            if w.bottom - w.top > anchors[-1].bottom - anchors[-1].top:
                anchors[-1] = w
        else:
            rows.append([w])
            anchors.append(w)
    return [Row(fragments=tuple(fragments_of(sorted(r, key=lambda w: w.x0)))) for r in rows]


def _same_row(anchor: Word, w: Word) -> bool:
    h0, h = anchor.bottom - anchor.top, w.bottom - w.top
    near = 0.3 * min(h0, h)
    if abs(w.bottom - anchor.bottom) <= near or abs((w.top + w.bottom - anchor.top - anchor.bottom) / 2) <= near:
        return True
    big, small = (anchor, w) if h0 >= h else (w, anchor)
    hb = big.bottom - big.top
    return (small.bottom - small.top < 0.75 * hb and small.top >= big.top - 0.2 * hb
            and small.bottom <= big.bottom + 0.2 * hb)


def fragments_of(words: Sequence[Word]) -> list[Fragment]:
    """Split a left-to-right row into fragments at wide gaps.

    A gap of 1.5 font sizes always separates; a gap of 0.6 does when it is at least twice the other
    gaps of its stretch, so a justified line with uniformly wide spaces stays one fragment.
    """
    gaps = [(b.x0 - a.x1) / max(a.size, b.size, 1.0) for a, b in zip(words, words[1:])]
    cut = [g >= _WIDE_GAP and not _BULLET.match(w.text) for g, w in zip(gaps, words)]
    start = 0
    for end in [i for i, c in enumerate(cut) if c] + [len(gaps)]:
        stretch = gaps[start:end]
        for i, g in enumerate(stretch):
            others = stretch[:i] + stretch[i + 1 :]
            typical = median(others) if others else _WORD_SPACE
            if g >= CELL_GAP and g >= 2 * typical and not _BULLET.match(words[start + i].text):
                cut[start + i] = True
        start = end + 1
    out: list[Fragment] = []
    first = 0
    for i in range(len(words)):
        if i == len(words) - 1 or cut[i]:
            out.append(_fragment(words[first : i + 1]))
            first = i + 1
    return out


def _fragment(words: Sequence[Word]) -> Fragment:
    # Size and weight most characters have: a large bullet or one bold word doesn't make a heading.
    sizes: Counter[float] = Counter()
    weights: Counter[int] = Counter()
    for w in words:
        sizes[round(w.size, 1)] += len(w.text)
        weights[w.weight] += len(w.text)
    return Fragment(text=_join_words(words), x0=words[0].x0, x1=max(w.x1 for w in words),
                    top=min(w.top for w in words), bottom=max(w.bottom for w in words),
                    size=sizes.most_common(1)[0][0], weight=weights.most_common(1)[0][0])


def _join_words(words: Sequence[Word]) -> str:
    """Words joined by spaces; letter-spaced capitals ("S TA K E H O L D E R S") joined up."""
    singles = sum(1 for w in words if len(w.text) == 1)
    if len(words) >= 4 and all(len(w.text) <= 2 for w in words) and 2 * singles >= len(words):
        return "".join(w.text for w in words)
    return " ".join(w.text for w in words)


def merge_rules(rules: Sequence[Rule]) -> list[Rule]:
    """Collinear rule pieces joined: tables often draw each cell's border separately."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(r.y), r.x0)):
        last = out[-1] if out else None
        if last is not None and abs(last.y - r.y) <= 0.8 and r.x0 <= last.x1 + 2.0:
            out[-1] = Rule(x0=last.x0, x1=max(last.x1, r.x1), y=last.y)
        else:
            out.append(r)
    return out


def split_flows(rows: Sequence[Row], rules: Sequence[Rule] = ()) -> list[list[Row]]:
    """Rows in reading order, grouped into flows: a text column is read to its end before the next."""
    cut = _best_gutter(rows, rules)
    if cut is None:
        return [list(rows)] if rows else []
    start, end, x = cut
    left = [r for r in (_clip(row, None, x) for row in rows[start:end]) if r]
    right = [r for r in (_clip(row, x, None) for row in rows[start:end]) if r]
    return [*split_flows(rows[:start], rules), *split_flows(left, rules), *split_flows(right, rules),
            *split_flows(rows[end:], rules)]


def _clip(row: Row, lo: float | None, hi: float | None) -> Row | None:
    kept = tuple(f for f in row.fragments if (lo is None or f.x0 >= lo) and (hi is None or f.x1 <= hi))
    return Row(fragments=kept) if kept else None


def _best_gutter(rows: Sequence[Row], rules: Sequence[Rule]) -> tuple[int, int, float] | None:
    """(first row, end row, x) of the longest run of rows split by a white strip into two text columns."""
    if len(rows) < 3:
        return None
    lo = min(r.x0 for r in rows)
    hi = max(r.x1 for r in rows)
    bins = max(1, int((hi - lo) / _BIN) + 1)
    free = np.ones((len(rows), bins), dtype=bool)
    for i, row in enumerate(rows):
        for f in row.fragments:
            free[i, max(0, int((f.x0 - lo) / _BIN) - 1) : int((f.x1 - lo) / _BIN) + 2] = False
    min_bins = int(_MIN_GUTTER / _BIN)
    best: tuple[int, int, int, float] | None = None
    for start, end in _free_runs(free):
        strip = np.asarray(free[start:end].all(axis=0))
        for b0, b1 in _intervals(strip):
            if b1 - b0 < min_bins or b0 == 0 or b1 == bins:
                continue
            x = lo + (b0 + b1) / 2 * _BIN
            if _independent_columns(rows[start:end], x, rules) and (best is None or (end - start, b1 - b0) > best[:2]):
                best = (end - start, b1 - b0, start, x)
    if best is None:
        return None
    return best[2], best[2] + best[0], best[3]


def _free_runs(free: np.ndarray) -> set[tuple[int, int]]:
    """Distinct maximal runs of consecutive rows (at least 3) that leave some grid column white."""
    padded = np.zeros((free.shape[1], free.shape[0] + 2), dtype=np.int8)
    padded[:, 1:-1] = free.T
    edges = np.diff(padded, axis=1)
    # Per grid column, run starts and ends come in row order, so the k-th start pairs with the k-th end.
    _, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)
    keep = ends - starts >= 3
    return set(zip(starts[keep].tolist(), ends[keep].tolist()))


def _intervals(mask: np.ndarray) -> list[tuple[int, int]]:
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    d = np.diff(padded)
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


def _independent_columns(rows: Sequence[Row], x: float, rules: Sequence[Rule]) -> bool:
    """Two text columns, not two table columns: no rule crosses the strip, and both sides read as
    prose, or one does and the other's lines don't share its rows (a table's cells line up)."""
    # A rule drawn across the strip between the run's rows parts table rows; text columns don't have one.
    if any(r.x0 < x - 2 < x + 2 < r.x1 and rows[0].bottom < r.y < rows[-1].top for r in rules):
        return False
    left = [[f for f in r.fragments if f.x1 <= x] for r in rows]
    right = [[f for f in r.fragments if f.x0 >= x] for r in rows]
    n_left, n_right = sum(1 for fs in left if fs), sum(1 for fs in right if fs)
    if n_left < 3 or n_right < 3:
        return False
    prose_l, prose_r = _prose([fs for fs in left if fs]), _prose([fs for fs in right if fs])
    if prose_l and prose_r:
        return True
    shared = sum(1 for a, b in zip(left, right) if a and b)
    return (prose_l or prose_r) and shared < 0.5 * min(n_left, n_right)


def _prose(lines: list[list[Fragment]]) -> bool:
    """Lines of one column: single fragments, flush left, most of them filling the measure."""
    x_lo = min(fs[0].x0 for fs in lines)
    x_hi = max(fs[-1].x1 for fs in lines)
    width = x_hi - x_lo
    if width <= 0:
        return False
    single = sum(1 for fs in lines if len(fs) == 1)
    flush = sum(1 for fs in lines if fs[0].x0 <= x_lo + 0.1 * width)
    full = sum(1 for fs in lines if fs[-1].x1 - fs[0].x0 >= 0.6 * width)
    n = len(lines)
    chars = sum(len(f.text) for fs in lines for f in fs) / n
    return chars >= _PROSE_CHARS and single >= 0.8 * n and flush >= 0.6 * n and full >= 0.5 * n
