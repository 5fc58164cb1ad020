"""Shared by the readers of structured markup (DOCX, HTML): tables as grids, text clean-up, numbering.

Those readers walk a tree and emit SourceLines without numbers: one per paragraph or heading, one
per table row (with cells). This module turns a table's cells into rows and numbers the lines for
layout.build_document, so both formats give the same blocks for the same content.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from gri_check.ingest.layout import SourceLine
from gri_check.ingest.normalise import collapse_spaces, normalise_chars

MAX_SPAN = 100  # colspan/gridSpan cap: a hostile "colspan=100000" must not build a huge row
_WHITESPACE = re.compile(r"[\s\u00a0]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    """One table cell as the reader saw it: its content walked like a small body, and its span."""

    lines: tuple[SourceLine, ...] = ()
    colspan: int = 1
    rowspan: int = 1
    continued: bool = False  # a vertical-merge continuation (DOCX vMerge): no content of its own

    @property
    def text(self) -> str:
        # Paragraphs of a cell stay on separate lines: the location parser splits cited places on "\n".
        return "\n".join(ln.text.replace("\t", " ") for ln in self.lines if ln.cells is None and ln.text)

    @property
    def nested_rows(self) -> tuple[SourceLine, ...]:
        return tuple(ln for ln in self.lines if ln.cells is not None)


def clean_inline(text: str) -> str:
    """Paragraph or heading text: Unicode clean-up and every run of whitespace as one space."""
    return collapse_spaces(normalise_chars(_WHITESPACE.sub(" ", text)))


def clean_tabbed(text: str) -> str:
    """Like clean_inline, but inner tabs survive as single tabs: tab stops lay out rows and contents lines.

    Leading and trailing tabs are indentation, not cells, so they go.
    """
    parts = [clean_inline(p) for p in text.split("\t")]
    return "\t".join(p for p in parts if p)


def table_lines(rows: Sequence[Sequence[Cell]]) -> list[SourceLine]:
    """A table's rows as SourceLines.

    A one-column table, or one with a cell holding a heading and more text, is a layout box: its content
    is read as body text. Otherwise each row becomes one line of cells on the table's grid (spanned
    columns after the first hold ""; a cell spanning rows is each covered row's cell too, as a reader
    reads it: one location printed across two index rows is both rows' location), and a table nested in
    a cell follows its row. A cell that is only a heading is a header cell styled as a heading, not a
    layout box.
    """
    if all(len(r) <= 1 for r in rows) or any(_is_box(c) for r in rows for c in r):
        return [ln for r in rows for c in r for ln in c.lines]
    out: list[SourceLine] = []
    carried: dict[int, tuple[int, str]] = {}
    above: tuple[str, ...] = ()
    for row in rows:
        cells, carried = place_cells(row, carried, above)
        if any(cells):
            out.append(SourceLine(text=_row_text(cells), number=0, page=_first_page(row), cells=cells))
            above = cells
        out.extend(ln for c in row for ln in c.nested_rows)
    return out


def _is_box(cell: Cell) -> bool:
    return any(ln.heading_level for ln in cell.lines) and len(cell.lines) > 1


def place_cells(row: Sequence[Cell], carried: Mapping[int, tuple[int, str]], above: Sequence[str] = ()
                ) -> tuple[tuple[str, ...], dict[int, tuple[int, str]]]:
    """One row on the grid; carried maps a column to (rows a rowspan above still covers, its text), and
    above is the row placed before (whose text a vertically merged Word cell continues).

    Pure: returns the row's cell texts and the rowspans carried into the next row.
    """
    out: list[str] = []
    left: dict[int, tuple[int, str]] = {}

    def skip_covered() -> None:
        while carried.get(len(out), (0, ""))[0] > 0:
            rows, text = carried[len(out)]
            left[len(out)] = (rows - 1, text)
            out.append(text)

    for cell in row:
        skip_covered()
        span = max(1, min(cell.colspan, MAX_SPAN))
        start = len(out)
        out.append((above[start] if start < len(above) else "") if cell.continued else cell.text)
        out.extend([""] * (span - 1))
        if cell.rowspan > 1:
            left.update({c: (cell.rowspan - 1, out[c]) for c in range(start, start + span)})
    for col in sorted(c for c, (n, _) in carried.items() if c >= len(out) and n > 0):
        out.extend([""] * (col - len(out)))
        skip_covered()
    return tuple(out), {c: v for c, v in left.items() if v[0] > 0}


def _row_text(cells: Sequence[str]) -> str:
    """A row's line text in Markdown's pipe form, as the Markdown reader gives it.

    Not tab-separated: layout's contents-list finder would take a two-column table of figures
    ("Plastics and packaging<TAB>860") for contents entries with page numbers.
    """
    return "| " + " | ".join(c.replace("\n", " ") for c in cells) + " |"


def _first_page(row: Sequence[Cell]) -> int | None:
    return next((ln.page for c in row for ln in c.lines if ln.page is not None), None)


def number_lines(lines: Iterable[SourceLine]) -> list[SourceLine]:
    """Number the lines 1, 2, 3 ... and put a blank line between any two that are not both table rows.

    The blank keeps paragraphs apart in layout.build_document (which joins adjacent lines); it takes
    the number of the line before it, so line numbers count paragraphs, headings and rows only.
    """
    out: list[SourceLine] = []
    n = 0
    for ln in lines:
        if not ln.text and ln.cells is None:
            continue
        if out and not (ln.cells is not None and out[-1].cells is not None):
            out.append(SourceLine(text="", number=n, page=out[-1].page))
        n += 1
        out.append(replace(ln, number=n))
    return out
