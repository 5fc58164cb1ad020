"""Page geometry, pure: words -> visual rows of fragments -> column flows in reading order.

A *fragment* is a run of words on one row with no wide gap: a line of prose, or one cell's line in a
table. A *flow* is a sequence of rows read top to bottom: the whole page, or one text column when
the page is set in columns. All coordinates are top-down points (see pdf_extract).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter
from typing import TypeVar

import numpy as np

from gri_check.ingest.pdf_types import Rule, Word

CELL_GAP = 0.6  # a gap of this many font sizes may separate two cells (word spaces are ~0.25)
_WIDE_GAP = 1.5  # a gap of this many font sizes always separates two cells or columns
_WORD_SPACE = 0.25
_BIN = 2.0  # points per column of the occupancy grid used to find gutters
_MIN_GUTTER = 8.0  # narrowest white strip (points) that can separate two text columns
_BULLET = re.compile(r"^[^\w\s]$")  # a lone symbol: a list bullet belongs with the words after it
_PROSE_CHARS = 28  # mean characters per line below which a column reads as table cells, not prose
H = TypeVar("H", bound=Hashable)
# faster than lambdas or generators in sort keys and min/max, which run for every word
_X0, _X1, _TOP, _BOTTOM = attrgetter("x0"), attrgetter("x1"), attrgetter("top"), attrgetter("bottom")
_TEXT, _SIZE, _WEIGHT = attrgetter("text"), attrgetter("size"), attrgetter("weight")


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
    """Fragments sharing a baseline band, left to right; `top`, `bottom` and `x1` are their extremes and
    `x0` the first fragment's left edge (worked out once: every later stage reads them many times)."""

    fragments: tuple[Fragment, ...]
    top: float = field(init=False, repr=False, compare=False)
    bottom: float = field(init=False, repr=False, compare=False)
    x0: float = field(init=False, repr=False, compare=False)
    x1: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fs = self.fragments
        first = fs[0]
        one = len(fs) == 1  # most rows: their fragment's bounds, without three passes
        object.__setattr__(self, "top", first.top if one else min(map(_TOP, fs)))
        object.__setattr__(self, "bottom", first.bottom if one else max(map(_BOTTOM, fs)))
        object.__setattr__(self, "x0", first.x0)
        object.__setattr__(self, "x1", first.x1 if one else max(map(_X1, fs)))


def pack_rows(rows: Sequence[Row]) -> tuple[tuple[int, ...], tuple[str, ...], tuple[float, ...]]:
    """Rows as flat tuples (fragments per row, texts, then x0, x1, top, bottom, size, weight of each
    fragment), which pickle in C: a long PDF's rows come back from the worker processes, and pickling one
    dataclass instance at a time cost a Python call per fragment each way. unpack_rows is the inverse."""
    frags = [f for r in rows for f in r.fragments]
    values = [v for f in frags for v in (f.x0, f.x1, f.top, f.bottom, f.size, f.weight)]
    return tuple(len(r.fragments) for r in rows), tuple(map(_TEXT, frags)), tuple(values)


def unpack_rows(counts: Sequence[int], texts: Sequence[str], values: Sequence[float]) -> tuple[Row, ...]:
    every = iter(values)
    fields = zip(texts, every, every, every, every, every, every)  # six values per fragment, in order
    return tuple(Row(fragments=tuple(Fragment(text=t, x0=x0, x1=x1, top=top, bottom=bottom, size=size, weight=weight)
                                     for t, x0, x1, top, bottom, size, weight in islice(fields, n)))
                 for n in counts)


def group_rows(words: Sequence[Word]) -> list[Row]:
    """Words into rows sharing a baseline, then each row into fragments at wide gaps.

    A row never grows to take in a line set half a line lower (a cell centred beside a two-line
    cell): words join only near the row's first baseline, or as a small superscript inside it.
    """
    rows: list[list[Word]] = []
    row: list[Word] = []
    anchor: Word | None = None  # the tallest word of the current row
    for w in sorted(words, key=_middle):
        if anchor is not None and _same_row(anchor, w):
            row.append(w)
            if w.bottom - w.top > anchor.bottom - anchor.top:
                anchor = w
        else:
            row = [w]
            rows.append(row)
            anchor = w
    return [Row(fragments=tuple(fragments_of(sorted(r, key=_X0)))) for r in rows]


def _middle(w: Word) -> float:
    return (w.top + w.bottom) / 2


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
    if not gaps or max(gaps) < CELL_GAP:  # most rows: word spaces only, so one fragment
        return [_fragment(words)]
    cut = [g >= _WIDE_GAP and not _BULLET.match(w.text) for g, w in zip(gaps, words)]
    start = 0
    for end in [i for i, c in enumerate(cut) if c] + [len(gaps)]:
        stretch = gaps[start:end]
        wide = [i for i, g in enumerate(stretch) if g >= CELL_GAP]  # most gaps are word spaces: no median
        ordered = sorted(stretch) if wide else []
        for i in wide:
            typical = _median_without(ordered, stretch[i]) if len(stretch) > 1 else _WORD_SPACE
            if stretch[i] >= 2 * typical and not _BULLET.match(words[start + i].text):
                cut[start + i] = True
        start = end + 1
    ends = [i + 1 for i, c in enumerate(cut) if c] + [len(words)]
    return [_fragment(words[a:b]) for a, b in zip([0, *ends], ends)]


def _median_without(ordered: Sequence[float], value: float) -> float:
    """statistics.median of the sorted `ordered` less one occurrence of `value` (which it holds), read
    off in place: each gap of a stretch is weighed against the median of the others, and copying and
    sorting the others for each gap made a long line cost its length squared."""
    skip = bisect_left(ordered, value)
    n = len(ordered) - 1
    mid = n // 2
    if n % 2:
        return ordered[mid + (mid >= skip)]
    # an even count: the mean of the two middle values, as statistics.median computes it
    return (ordered[mid - 1 + (mid - 1 >= skip)] + ordered[mid + (mid >= skip)]) / 2


def _fragment(words: Sequence[Word]) -> Fragment:
    if len(words) == 1:
        w = words[0]
        return Fragment(text=w.text, x0=w.x0, x1=w.x1, top=w.top, bottom=w.bottom, size=round(w.size, 1),
                        weight=w.weight)
    texts = list(map(_TEXT, words))
    # Size and weight most characters have: a large bullet or one bold word doesn't make a heading. Most
    # fragments are set in one size and one weight, which is then the answer without counting.
    if len(set(map(_SIZE, words))) == 1:
        size = round(words[0].size, 1)
    else:
        rounded: dict[float, int] = {}  # rounded once per distinct size; keys keep their first-seen order
        for value, n in _chars_by(map(_SIZE, words), texts).items():
            key = round(value, 1)
            rounded[key] = rounded.get(key, 0) + n
        size = most(rounded)
    same_weight = len(set(map(_WEIGHT, words))) == 1
    weight = words[0].weight if same_weight else most(_chars_by(map(_WEIGHT, words), texts))
    return Fragment(text=_join_words(texts), x0=words[0].x0, x1=max(map(_X1, words)), top=min(map(_TOP, words)),
                    bottom=max(map(_BOTTOM, words)), size=size, weight=weight)


def _chars_by(values: Iterable[H], texts: Sequence[str]) -> dict[H, int]:
    """Characters per value (a size or a weight), the values in first-seen order."""
    counts: dict[H, int] = {}
    for value, text in zip(values, texts):
        counts[value] = counts.get(value, 0) + len(text)
    return counts


def most(counts: dict[H, int]) -> H:
    """The key with the largest count, the first inserted on a tie: Counter.most_common(1)'s answer
    without building a Counter (this runs for every fragment and table line)."""
    return max(counts, key=counts.__getitem__)


def mode(values: Iterable[H]) -> H:
    """The most frequent value, the first seen on a tie (as Counter.most_common(1))."""
    counts: dict[H, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return most(counts)


def _join_words(texts: Sequence[str]) -> str:
    """Words joined by spaces; letter-spaced capitals ("S TA K E H O L D E R S") joined up."""
    if len(texts) >= 4 and all(len(t) <= 2 for t in texts) and 2 * sum(1 for t in texts if len(t) == 1) >= len(texts):
        return "".join(texts)
    return " ".join(texts)


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
    distinct, at = _distinct_columns(free)
    runs = _free_runs(distinct)
    if not runs:
        return None
    candidates = [(end - start, at[k1] - at[k0], start, lo + (at[k0] + at[k1]) / 2 * _BIN)
                  for (start, end), (k0, k1) in _strips(distinct, runs)
                  if at[k1] - at[k0] >= min_bins and at[k0] != 0 and at[k1] != bins]
    # The longest run wins, then the widest strip, then the first found. The test for two text columns
    # is the costly part, so candidates go best first (a stable sort keeps the ties in the order found)
    # and the first that passes is the answer.
    candidates.sort(key=lambda c: (-c[0], -c[1]))
    ruled = _ruled_across(rows, candidates, rules)
    for (length, _, start, x), crossed in zip(candidates, ruled):
        if not crossed and _independent_columns(rows[start : start + length], x):
            return start, start + length, x
    return None


def _ruled_across(rows: Sequence[Row], candidates: Sequence[tuple[int, int, int, float]],
                  rules: Sequence[Rule]) -> list[bool]:
    """For each candidate (run length, width, first row, x): whether a rule crosses its strip between the
    run's first and last rows (a rule parts table rows; text columns have none). One numpy pass for all."""
    if not rules or not candidates:
        return [False] * len(candidates)
    x0, x1, y = (np.array([[getattr(r, a) for r in rules]]) for a in ("x0", "x1", "y"))
    x = np.array([[c[3]] for c in candidates])
    below = np.array([[rows[c[2]].bottom] for c in candidates])  # the run's first row
    above = np.array([[rows[c[2] + c[0] - 1].top] for c in candidates])  # and its last
    crossed = (x0 < x - 2) & (x - 2 < x + 2) & (x + 2 < x1) & (below < y) & (y < above)
    hits: list[bool] = np.asarray(crossed.any(axis=1)).tolist()
    return hits


def _distinct_columns(free: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """The grid with each stretch of neighbouring columns white in the same rows kept once (they have the
    same runs and strips, and text leaves few such stretches), and where each begins: column k of the
    first is columns at[k]..at[k + 1] - 1 of the grid."""
    differs = np.ones(free.shape[1], dtype=bool)
    differs[1:] = (free[:, 1:] != free[:, :-1]).any(axis=0)
    firsts = np.flatnonzero(differs)
    return free[:, firsts], [*firsts.tolist(), free.shape[1]]


def _free_runs(free: np.ndarray) -> set[tuple[int, int]]:
    """Distinct maximal runs of consecutive rows (at least 3) that leave some grid column white."""
    n = free.shape[0] + 2
    padded = np.zeros((free.shape[1], n), dtype=np.int8)
    padded[:, 1:-1] = free.T
    # Column after column, the zero padding between them keeps each run within its column; run starts and
    # ends come in order, so the k-th start pairs with the k-th end (a flat pass is cheaper than a 2-d one).
    edges = np.diff(padded.ravel())
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    keep = ends - starts >= 3
    return set(zip((starts[keep] % n).tolist(), (ends[keep] % n).tolist()))


def _strips(free: np.ndarray, runs: set[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(run, (b0, b1)) for each maximal span of grid columns b0..b1-1 white in every row of the run, in
    the runs' order, left to right; all runs at once (one small numpy pass per run was the cost)."""
    ordered = list(runs)
    starts = np.array([s for s, _ in ordered])
    ends = np.array([e for _, e in ordered])
    # A column is white in rows start..end-1 when none of them fills it: a difference of prefix sums.
    filled = np.zeros((free.shape[0] + 1, free.shape[1]), dtype=np.int32)
    np.cumsum(~free, axis=0, out=filled[1:])
    n = free.shape[1] + 2
    padded = np.zeros((len(ordered), n), dtype=np.int8)
    padded[:, 1:-1] = filled[ends] == filled[starts]
    # Run by run, span starts and ends come left to right, so the k-th start pairs with the k-th end.
    edges = np.diff(padded.ravel())
    b0 = np.flatnonzero(edges == 1)
    b1 = np.flatnonzero(edges == -1)
    return [(ordered[k], (a, b)) for k, a, b in zip((b0 // n).tolist(), (b0 % n).tolist(), (b1 % n).tolist())]


def _independent_columns(rows: Sequence[Row], x: float) -> bool:
    """Two text columns, not two table columns (given that no rule crosses the strip): both sides read
    as prose, or one does and the other's lines don't share its rows (a table's cells line up)."""
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
    n = len(lines)
    # Cheapest test first: every candidate strip of every page comes here, and table cells fail it.
    if sum(1 for fs in lines if len(fs) == 1) < 0.8 * n:
        return False
    x_lo = min(fs[0].x0 for fs in lines)
    width = max(fs[-1].x1 for fs in lines) - x_lo
    if width <= 0 or sum(len(f.text) for fs in lines for f in fs) / n < _PROSE_CHARS:
        return False
    flush = sum(1 for fs in lines if fs[0].x0 <= x_lo + 0.1 * width)
    full = sum(1 for fs in lines if fs[-1].x1 - fs[0].x0 >= 0.6 * width)
    return flush >= 0.6 * n and full >= 0.5 * n
