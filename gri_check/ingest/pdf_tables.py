"""Tables in a flow of rows, pure: where a table starts and ends, and its rows as output lines.

A table is a run of rows where several rows have two or more fragments. Its columns come from
pdf_columns and its logical rows (wrapped cells mended, rowspans placed) from pdf_cells; here each
row's cells are joined into text, with a newline where a cell's line was broken by hand.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from statistics import median

from gri_check.ingest.pdf_cells import Block, key_column, logical_rows, stack_blocks
from gri_check.ingest.pdf_columns import column_of, separators
from gri_check.ingest.pdf_layout import Fragment, Row, mode
from gri_check.ingest.pdf_types import Rule

_RUN_GAP = 2.5  # line heights of white that end a table
_WORD_BREAK = re.compile(r"[^\W\d_]-$")
_X0, _X1, _TOP, _BOTTOM = attrgetter("x0"), attrgetter("x1"), attrgetter("top"), attrgetter("bottom")
_TEXT, _SIZE, _WEIGHT = attrgetter("text"), attrgetter("size"), attrgetter("weight")
SOFT_HYPHEN = "\u00ad"  # marks a line-end hyphen: pdf._clean keeps it only if the text uses the hyphenated word


@dataclass(frozen=True, slots=True, kw_only=True)
class PageLine:
    """One output line: a line of prose (one cell) or a logical table row (its cells)."""

    cells: tuple[str, ...]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    weight: int
    table: bool = False
    flow: int = 0


def lay_out_flow(rows: Sequence[Row], rules: Sequence[Rule], flow: int = 0) -> list[PageLine]:
    """A flow's rows as output lines, with each table's rows rebuilt from its cells."""
    out: list[PageLine] = []
    i = 0
    height = median(r.bottom - r.top for r in rows) if rows else 0.0
    while i < len(rows):
        end = _table_end(rows, i, height)
        if end - i > 1 and sum(1 for r in rows[i:end] if len(r.fragments) > 1) >= 2:
            out.extend(table_rows(rows[i:end], rules, flow))
            i = end
            continue
        out.append(_plain(rows[i], flow))
        i += 1
    return out


def _plain(row: Row, flow: int) -> PageLine:
    fs = row.fragments
    if len(fs) == 1:  # most lines: the fragment's own size and weight
        f = fs[0]
        return PageLine(cells=(f.text,), x0=row.x0, x1=row.x1, top=row.top, bottom=row.bottom, size=f.size,
                        weight=f.weight, flow=flow)
    return PageLine(cells=tuple(map(_TEXT, fs)), x0=row.x0, x1=row.x1, top=row.top, bottom=row.bottom,
                    size=mode(map(_SIZE, fs)), weight=mode(map(_WEIGHT, fs)), flow=flow)


def _table_end(rows: Sequence[Row], start: int, height: float) -> int:
    """One past the last row of the table starting at `start` (start + 1 when none starts there)."""
    if len(rows[start].fragments) < 2:
        return start + 1
    lo, hi = rows[start].x0, rows[start].x1
    starts = [f.x0 for f in rows[start].fragments]
    end = start + 1
    while end < len(rows):
        row = rows[end]
        if row.top - rows[end - 1].bottom > _RUN_GAP * height and not _realigns(row, starts):
            break
        if len(row.fragments) < 2 and row.x1 - row.x0 > 0.75 * (hi - lo):
            break  # a full-measure line of prose after the table
        if len(row.fragments) > 1:
            lo, hi = min(lo, row.x0), max(hi, row.x1)
            starts.extend(f.x0 for f in row.fragments)
        end += 1
    return end


def _realigns(row: Row, starts: Sequence[float]) -> bool:
    """A row after a wide gap that still has two cells in the table's columns continues the table."""
    return sum(1 for f in row.fragments if any(abs(f.x0 - x) <= 3 for x in starts)) >= 2


def table_rows(rows: Sequence[Row], rules: Sequence[Rule], flow: int = 0) -> list[PageLine]:
    lo = min(r.x0 for r in rows)
    hi = max(r.x1 for r in rows)
    seps = separators(rows)
    bounds = [lo, *seps, hi]
    near = [r for r in rules if rows[0].top - 3 <= r.y <= rows[-1].bottom + 3]
    key = key_column(rows, seps)
    placed = [(column_of(f.x0, seps), f) for row in rows for f in row.fragments]
    blocks = stack_blocks(placed, bounds, near, key)
    groups = logical_rows(blocks, key, bounds, near)
    ends: dict[int, list[float]] = {}  # each column's right edges, in one pass over the cells
    for col, f in placed:
        ends.setdefault(col, []).append(f.x1)
    measures = [_measure(ends.get(col, []), bounds[col + 1]) for col in range(len(bounds) - 1)]
    return [_emit(g, len(bounds) - 1, flow, measures) for g in groups]


def _emit(group: list[Block], ncols: int, flow: int, measures: Sequence[float]) -> PageLine:
    by_col: dict[int, list[Block]] = {}
    for b in group:
        by_col.setdefault(b.col, []).append(b)
    cells = []
    for col in range(ncols):
        lines: list[Fragment] = []
        hard: list[bool] = []
        for block in sorted(by_col.get(col, ()), key=lambda b: b.top):
            for k, f in enumerate(block.fragments):
                if lines:
                    hard.append(k == 0 or _ends_early(lines[-1], f, measures[col]))
                lines.append(f)
        cells.append(join_wrapped([f.text for f in lines], hard))
    frags = [f for b in group for f in b.fragments]
    return PageLine(cells=tuple(cells), x0=min(map(_X0, frags)), x1=max(map(_X1, frags)),
                    top=min(map(_TOP, frags)), bottom=max(map(_BOTTOM, frags)),
                    size=mode(map(_SIZE, frags)), weight=mode(map(_WEIGHT, frags)), table=True, flow=flow)


def _measure(ends: list[float], default: float) -> float:
    """How far a column's lines reach when full (a high quantile: a few lines overflow)."""
    return _quantile(ends, 0.9) if ends else default


def _quantile(values: Sequence[float], q: float) -> float:
    """numpy.quantile(values, q) with its default 'linear' method, the same float operations in the
    same order (so the same bits), without numpy's overhead on a handful of values."""
    ordered = sorted(values)
    at = (len(ordered) - 1) * q
    if at >= len(ordered) - 1:
        return ordered[-1]
    below = math.floor(at)
    a, b = ordered[below], ordered[below + 1]
    t = at - below
    # numpy's _lerp: from the nearer end, so the weight on the difference stays at most a half
    return b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t


def _ends_early(line: Fragment, following: Fragment, measure: float) -> bool:
    """A line break made by hand: the next line's first word would have fitted on this line."""
    char = (line.x1 - line.x0) / max(len(line.text), 1)
    first = following.text.split(" ", 1)[0]
    return line.x1 + char * (len(first) + 1) < measure - char


def join_wrapped(parts: Sequence[str], hard: Sequence[bool] = ()) -> str:
    """Lines of one cell or paragraph joined with a space, or a newline after a line broken by hand
    (hard[i] for the break after parts[i]); a word broken by a hyphen is marked, a range is kept."""
    out = ""
    for i, part in enumerate(parts):
        # `broken` looks only at the end of `out`: a regex search of all of it made a long cell cost its
        # length squared
        broken = "-" in out[-2:] and _WORD_BREAK.search(out) is not None
        if not out:
            out = part
        elif broken and part[:1].islower():
            out = out[:-1] + SOFT_HYPHEN + part  # decided later, once the whole text is known
        elif broken and part[:1].isupper():
            out += part  # "Anti-" + "Corruption": a compound that wrapped at its hyphen
        elif out.endswith("-") and part[:1].isdigit():
            out += part  # "167-" + "168": a page range that wrapped
        else:
            out = f"{out}{chr(10) if i - 1 < len(hard) and hard[i - 1] else ' '}{part}"
    return out
