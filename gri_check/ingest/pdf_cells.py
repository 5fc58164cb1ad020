"""Logical table rows, pure: cell blocks stacked per column, joined side by side into rows.

Each column's fragments are stacked into cell blocks (lines set close together with no rule between
them); blocks that overlap vertically form one logical row, so a wrapped cell and a vertically
centred cell land in the row they belong to. A block beside several rows ("rowspan") is a label row
of its own left of the key column (the codes) and a value copied into each row right of it; a row
with nothing in the key column continues the row above it unless a table rule parts them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from gri_check.ingest.pdf_columns import column_of
from gri_check.ingest.pdf_layout import Fragment, Row
from gri_check.ingest.pdf_types import Rule

_RUN_GAP = 2.5  # line heights of white beyond which a row without a code is not a continuation
_BLOCK_GAP = 0.5  # line heights of white that end a cell block within a column
_IDENTIFIER = re.compile(r"^\(?[A-Z]{0,4}\s?\d{1,4}(?:[-.]\d{1,3})*\b")  # "2-1", "102-48", "EU3", "GRI 305-1"


class Block:
    """A cell's lines in one column (mutable while its column is stacked; bounds kept for speed)."""

    __slots__ = ("col", "fragments", "top", "bottom", "line")

    def __init__(self, col: int, first: Fragment) -> None:
        self.col = col
        self.fragments = [first]
        self.top = first.top
        self.bottom = first.bottom
        self.line = first.bottom - first.top  # height of its first line

    def add(self, f: Fragment) -> None:
        self.fragments.append(f)
        self.bottom = max(self.bottom, f.bottom)


def stack_blocks(placed: Sequence[tuple[int, Fragment]], bounds: Sequence[float], rules: Sequence[Rule],
                 key: int) -> list[Block]:
    """Each column's fragments stacked into cell blocks: close lines with no rule between them.

    In a table without rules the key column goes first: a line there starting with an identifier
    ("2-1", "EU3") begins a cell, and a new key cell begins a new cell in every column, so rows set
    without extra spacing still part.
    """
    out: list[Block] = []
    row_tops: list[float] = []
    width = bounds[-1] - bounds[0]
    unruled = sum(1 for r in rules if _covers(r, bounds[0], bounds[-1], 0.5 * width)) < 2
    by_col: dict[int, list[Fragment]] = {}
    for c, f in placed:
        by_col.setdefault(c, []).append(f)
    for col in [key, *(c for c in range(len(bounds) - 1) if c != key)]:
        frags = sorted(by_col.get(col, ()), key=lambda f: (f.top, f.x0))
        span = bounds[col + 1] - bounds[col]
        current: Block | None = None
        for f in frags:
            if current is not None:
                prev = current.fragments[-1]
                height = min(prev.bottom - prev.top, f.bottom - f.top)
                # Cheapest test first, the scans of the rules and of the key rows' tops only when needed.
                if f.top < prev.bottom - 0.5 * height or (
                        f.top - current.bottom <= _BLOCK_GAP * height
                        and not _ruled(rules, prev.bottom, f.top, height, bounds[col], bounds[col + 1], span)
                        and not (unruled and _starts_row(f, col == key, current.top, height, row_tops))):
                    current.add(f)
                    continue
            current = Block(col, f)
            out.append(current)
            if col == key:
                row_tops.append(f.top)
    return out


def _ruled(rules: Sequence[Rule], above: float, below: float, height: float, lo: float, hi: float,
           span: float) -> bool:
    """A rule across most of the column between a line ending at `above` and one starting at `below`."""
    return any(_between(r.y, above, below, height) and _covers(r, lo, hi, 0.6 * span) for r in rules)


def _starts_row(f: Fragment, in_key: bool, block_top: float, height: float, row_tops: Sequence[float]) -> bool:
    """A line that begins a new cell in a table without rules: an identifier in the key column, or a
    line level with a key cell that starts below the current block's top."""
    if in_key:
        return _IDENTIFIER.match(f.text) is not None
    return any(abs(f.top - t) <= 0.35 * height and t > block_top + 0.35 * height for t in row_tops)


def _between(y: float, above_bottom: float, below_top: float, height: float) -> bool:
    """A rule between two lines; loose glyph boxes reach into the rules around a cell, so allow for it."""
    return above_bottom - 0.1 * height <= y <= below_top + 0.45 * height


def _covers(rule: Rule, lo: float, hi: float, need: float) -> bool:
    return min(rule.x1, hi) - max(rule.x0, lo) >= need


def _overlap(a: Block, b: Block) -> bool:
    """Side by side: more than a third of a line in common (loose glyph boxes of rows set close
    together overlap a little)."""
    return min(a.bottom, b.bottom) - max(a.top, b.top) > 0.35 * min(a.line, b.line)


def key_column(rows: Sequence[Row], seps: Sequence[float]) -> int:
    """The leftmost column filled in most rows with several cells: the codes, not a group label."""
    multi = [r for r in rows if len(r.fragments) > 1]
    counts = [0] * (len(seps) + 1)
    for row in multi:
        for col in {column_of(f.x0, seps) for f in row.fragments}:
            counts[col] += 1
    return next((c for c, n in enumerate(counts) if n >= 0.5 * len(multi)), 0)


def logical_rows(blocks: list[Block], key: int, bounds: Sequence[float],
                  rules: Sequence[Rule]) -> list[list[Block]]:
    """Blocks side by side form a row; a block spanning rows is a label row of its own when it
    stands left of the key column, and a value copied into each row it spans when right of it."""
    beside = _neighbours(blocks)
    spans = [b for b in blocks if _spans_rows(b, beside, bounds, rules)]
    span_ids = {id(b) for b in spans}
    rest = [b for b in blocks if id(b) not in span_ids]
    position = {id(b): i for i, b in enumerate(rest)}
    parent = list(range(len(rest)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rest):
        for others in beside[id(a)].values():
            for b in others:
                if id(b) in position:
                    parent[find(i)] = find(position[id(b)])
    grouped: dict[int, list[Block]] = {}
    for i, b in enumerate(rest):
        grouped.setdefault(find(i), []).append(b)
    groups = [(min(b.top for b in g), 1, g) for g in grouped.values()]
    rows = [g for _, _, g in groups]
    labels: list[list[Block]] = []
    for s in spans:
        near = [g for g in rows if any(_overlap(s, b) for b in g)]
        if s.col > key and near:
            for g in near:
                g.append(s)
        else:
            labels.append([s])
            groups.append((min([s.top, *(b.top for g in near for b in g)]), 0, labels[-1]))
    ordered = [g for _, _, g in sorted(groups, key=lambda t: (t[0], t[1], min(b.col for b in t[2])))]
    return _merge_continuations(ordered, key, {id(g) for g in labels}, bounds, rules)


def _neighbours(blocks: Sequence[Block]) -> dict[int, dict[int, list[Block]]]:
    """For each block, the blocks of other columns beside it, by column (one sweep down the page)."""
    out: dict[int, dict[int, list[Block]]] = {id(b): {} for b in blocks}
    ordered = sorted(blocks, key=lambda b: b.top)
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):  # indexes, not a copy of the rest of the list for each block
            b = ordered[j]
            if b.top >= a.bottom:
                break
            if a.col != b.col and _overlap(a, b):
                out[id(a)].setdefault(b.col, []).append(b)
                out[id(b)].setdefault(a.col, []).append(a)
    return out


def _spans_rows(block: Block, beside: dict[int, dict[int, list[Block]]], bounds: Sequence[float],
                rules: Sequence[Rule]) -> bool:
    """A block beside two or more rows of another column: rows that have cells of their own in a
    third column (each its own cell), or that a rule parts in that column but not in this one."""
    for col, next_to in beside[id(block)].items():
        if len(next_to) < 2:
            continue
        next_to = sorted(next_to, key=lambda b: b.top)
        thirds = {c for b in next_to for c in beside[id(b)]} - {block.col, col}
        for third in thirds:
            anchors = [{id(o) for o in beside[id(b)].get(third, ())} for b in next_to]
            if sum(1 for a in anchors if a) >= 2 and len(set().union(*anchors)) >= 2:
                return True
        for upper, lower in zip(next_to, next_to[1:]):
            parting = [r for r in rules if _between(r.y, upper.bottom, lower.top, lower.line)]
            if any(_covers(r, bounds[col], bounds[col + 1], 0.6 * (bounds[col + 1] - bounds[col])) for r in parting) \
                    and not any(_covers(r, bounds[block.col], bounds[block.col + 1],
                                        0.3 * (bounds[block.col + 1] - bounds[block.col])) for r in parting):
                return True
    return False


def _merge_continuations(groups: list[list[Block]], key: int, labels: set[int], bounds: Sequence[float],
                         rules: Sequence[Rule]) -> list[list[Block]]:
    """Join a row with nothing in the key column to the row above it, unless a table rule parts them."""
    lo, hi = bounds[0], bounds[-1]
    out: list[list[Block]] = []
    for g in groups:
        if out and id(g) not in labels and id(out[-1]) not in labels and not any(b.col == key for b in g):
            prev_bottom = max(b.bottom for b in out[-1])
            top = min(b.top for b in g)
            height = median(f.bottom - f.top for b in g for f in b.fragments)
            parted = any(_between(r.y, prev_bottom, top, height) and _covers(r, lo, hi, 0.5 * (hi - lo)) for r in rules)
            if not parted and top - prev_bottom <= _RUN_GAP * height:
                out[-1] = out[-1] + g
                continue
        out.append(g)
    return out
