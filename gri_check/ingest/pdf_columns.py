"""Table columns, pure: the white strips that separate a table's columns.

Found in the rows with two or more fragments (cells); a fragment belongs to the column its left
edge falls in, so a long URL running into the next column stays in its own.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import numpy as np

from gri_check.ingest.pdf_layout import Row

_BIN = 1.0  # points per grid column when looking for column separators
_MIN_SEPARATOR = 3.0  # points of white shared by the rows of a table
_MISSES = 0.25  # share of a table's rows allowed to cross a separator (a spanning header, a long URL)


def separators(rows: Sequence[Row]) -> list[float]:
    """x of each white strip between the columns of a table, left to right.

    Strips are found in the rows with several cells. A strip white in every such row is a
    separator; one white in most of them is one too when the fullest row (the header) or at least
    two rows have cells on both sides of it (long URLs or notes overflow into the next column). A
    column filled only in single-cell rows (a group label beside the codes) still gets its separator.
    """
    multi = [r for r in rows if len(r.fragments) > 1]
    lo = min(r.x0 for r in rows)
    bins = int((max(r.x1 for r in rows) - lo) / _BIN) + 1
    used = np.zeros((len(multi), bins), dtype=bool)
    starts = np.zeros(bins, dtype=bool)  # where a cell begins: a strip stops there
    for i, row in enumerate(multi):
        for f in row.fragments:
            used[i, _bin(f.x0, lo) : _bin(f.x1, lo) + 1] = True
    for row in rows:
        for f in row.fragments:
            at = _bin(f.x0, lo)
            starts[max(0, at - 1) : at + 1] = True
    crossing = used.sum(axis=0)
    most = max(len(r.fragments) for r in multi)
    fullest = [r for r in multi if len(r.fragments) == most]  # the header row, which names every column
    strict = _strips((crossing == 0) & ~starts, bins)
    loose = [s for s in _strips((crossing <= int(_MISSES * len(multi))) & ~starts, bins)
             if not any(s[0] < t[1] and t[0] < s[1] for t in strict)
             and (_support(multi, lo + s[0] * _BIN, lo + s[1] * _BIN) >= 2
                  or _support(fullest, lo + s[0] * _BIN, lo + s[1] * _BIN) >= 1)]
    cell_starts = sorted(f.x0 for r in multi for f in r.fragments)
    frags = [f for r in rows for f in r.fragments]
    out: list[float] = []
    previous_end = None
    for b0, b1 in sorted(strict + loose):
        if previous_end is not None and not _starts_between(cell_starts, previous_end, lo + b0 * _BIN):
            continue  # only single-row text starts between: the same gutter as the strip before
        previous_end = lo + b1 * _BIN
        # Text running on from the column to the left (a label wider than the rows' cells) is not white.
        reach = max((f.x1 for f in frags if f.x0 < lo + b0 * _BIN and f.x1 < lo + b1 * _BIN), default=lo)
        b0 = max(b0, _bin(reach, lo) + 1)
        if b1 > b0:
            out.append(lo + (b0 + b1) / 2 * _BIN)
    return sorted(out)


def _starts_between(ordered: Sequence[float], lo: float, hi: float) -> bool:
    """Whether the sorted `ordered` holds an x with lo <= x < hi."""
    k = bisect_left(ordered, lo)
    return k < len(ordered) and ordered[k] < hi


def _bin(x: float, lo: float) -> int:
    return max(0, int((x - lo) / _BIN))


def _support(rows: Sequence[Row], x0: float, x1: float) -> int:
    """Rows with a gap between two cells that falls in the strip x0..x1."""
    return sum(1 for r in rows if any(a.x1 < x1 and b.x0 > x0 and b.x0 - a.x1 >= _MIN_SEPARATOR
                                      for a, b in zip(r.fragments, r.fragments[1:])))


def _strips(white: np.ndarray, bins: int) -> list[tuple[int, int]]:
    padded = np.concatenate([[False], white, [False]]).astype(np.int8)
    d = np.diff(padded)
    return [(int(b0), int(b1)) for b0, b1 in zip(np.flatnonzero(d == 1), np.flatnonzero(d == -1))
            if b0 > 0 and b1 < bins and (b1 - b0) * _BIN >= _MIN_SEPARATOR]


def column_of(x0: float, seps: Sequence[float]) -> int:
    """The column a left edge falls in, given the separators left to right (as `separators` gives them)."""
    return bisect_right(seps, x0 + 1.0)
