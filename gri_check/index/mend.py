"""Index rows broken by the page, mended before the index is read.

A table that runs over several pages reaches us with the seams of its pages in it: the first row of a
page printed on the line of the repeated column header, a standard's band printed in the code cell
of its first row, a cell that continues at the top of the next page as a row of its own. Each seam
is repaired in the row's cells; the number of blocks never changes, so block indexes stay valid. Before
that, characters without a glyph are dropped from the text the index reads (not from the Document).
"""
from __future__ import annotations

import re
from dataclasses import replace

from gri_check.index.headers import is_header
from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.standards.codes import CodeReader

# Format characters without a glyph: zero-width space, non-joiner and joiner, direction marks, embeddings and
# isolates, word joiner, invisible operators, BOM. Pasted from web pages or right-to-left text, they cut "2-1"
# and "Our People" into pieces the code reader and the location parser do not know.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# How a cell that runs on at the foot of a page ends: a list separator or a joining word.
_RUNS_ON = re.compile(r"(?:[,;、，；&/\-–]|\band|\bor|和|及)\s*$", re.I)


def mend(doc: Document, reader: CodeReader, framework_headers: re.Pattern[str] | None = None) -> Document:
    """The document with its index-table seams repaired (the same document when it has none)."""
    blocks = [visible(b) for b in doc.blocks]
    headers = _header_rows(blocks, framework_headers)
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.TABLE_ROW and b.cells:
            cells = split_band(unglue_header(tuple(unwrap(c) for c in b.cells), headers), reader)
            if cells != b.cells:
                blocks[i] = _with_cells(b, cells)
    for i, b in enumerate(blocks):
        prev = _continued_row(blocks, i, reader, headers, framework_headers)
        if prev is not None:
            blocks[prev] = _with_cells(blocks[prev], join_cells(blocks[prev].cells, b.cells))
            blocks[i] = _with_cells(b, tuple("" for _ in b.cells))
    for i in range(1, len(blocks)):
        k = _item_continued(blocks[i - 1], blocks[i], reader)
        if k is not None:
            row = blocks[i - 1]
            more = _ITEM_INLINE.sub(lambda m: "\n" + m.group(1), blocks[i].text.strip())
            cells = tuple(c.rstrip() + "\n" + more if n == k else c for n, c in enumerate(row.cells))
            blocks[i - 1] = _with_cells(row, cells)
            blocks[i] = replace(blocks[i], text="")
    return doc if blocks == list(doc.blocks) else replace(doc, blocks=tuple(blocks))


def visible(b: Block) -> Block:
    """The block without INVISIBLE characters in its text and cells (the same block when it has none)."""
    if not INVISIBLE.search(b.text) and not any(INVISIBLE.search(c) for c in b.cells):
        return b
    cells = tuple(INVISIBLE.sub("", c).strip() if INVISIBLE.search(c) else c for c in b.cells)
    return replace(b, text=INVISIBLE.sub("", b.text).strip(), cells=cells)


_LAST_ITEM = re.compile(r"(?m)^([a-h])[.)]\s")
_NEXT_ITEM = re.compile(r"^([b-i])[.)](?:,?\s*(?:and|to|-|\u2013|,)?\s*[b-i][.)])*\s+\S")
_ITEM_INLINE = re.compile(r"(?<!\s)\s++([b-i][.)]\s++(?=[A-Z]))")


def _item_continued(prev: Block, b: Block, reader: CodeReader) -> int | None:
    """The cell of a code row that a paragraph printed under it continues: the cell's items run a., and
    the paragraph opens with the next letter (b.), so the PDF lost the table's hold on the cell's lines."""
    if (b.kind is not BlockKind.PARAGRAPH or prev.kind is not BlockKind.TABLE_ROW or not prev.cells
            or prev.page != b.page or not any(_reads_code(reader, c) for c in prev.cells[:3])):
        return None
    m = _NEXT_ITEM.match(b.text.strip())
    if m is None:
        return None
    for k in range(len(prev.cells) - 1, -1, -1):
        letters = _LAST_ITEM.findall(prev.cells[k])
        if prev.cells[k].strip():
            return k if letters and ord(m.group(1)) == ord(letters[-1]) + 1 else None
    return None


_SOFT_BREAK = re.compile(r"(?:(?<=[,&\-–])|(?<=\band)|(?<=\bof)|(?<=\bfor)|(?<=\bthe)|(?<=\bto)|(?<=\bin)|(?<=\bor))"
                         r"[ \t]*+\n[ \t]*+|(?:(?<![ \t])[ \t]++)?\n[ \t]*+(?=[a-z(])")


def unwrap(cell: str) -> str:
    """A cell's text with the line breaks that only wrap it removed: where a line ends with a joining word
    or a comma ("Governance and / risk management") or the next starts in lower case. A break before a
    capital ("About us / Our company at a glance") parts two places and stays."""
    return _SOFT_BREAK.sub(" ", cell) if "\n" in cell else cell


def _header_rows(blocks: list[Block], framework_headers: re.Pattern[str] | None) -> list[tuple[str, ...]]:
    """The column headers the document prints as rows of their own, longest first."""
    seen = {tuple(c.strip() for c in b.cells) for b in blocks
            if b.kind is BlockKind.TABLE_ROW and b.cells and is_header(b.cells, framework_headers)}
    return sorted(seen, key=lambda h: (-len(h), h))


def unglue_header(cells: tuple[str, ...], headers: list[tuple[str, ...]]) -> tuple[str, ...]:
    """A row printed on the line of the repeated column header, without the header.

    Glued along the line, the header's cells come first and its last label shares a cell with the
    row's first ("GRI STANDARD | DISCLOSURE | LOCATION 303-2 | ..."); glued column by column, each cell
    starts with its column's label ("GRI STANDARD 303-2 | DISCLOSURE Management of ... | LOCATION 22").
    """
    folded = tuple(c.strip().casefold() for c in cells)  # once per row, not once per header
    for h in headers:
        n = len(h)
        if len(cells) > n and _same(folded[: n - 1], h[: n - 1]) and _label_then_text(cells[n - 1], h[n - 1]):
            return (cells[n - 1][len(h[n - 1]):].strip(), *cells[n:])
        if len(cells) == n and not _same(folded, h):
            parts = _after_labels(cells, h)
            if parts is not None and sum(1 for p in parts if p) >= 2:
                return tuple(p or "" for p in parts)
    return cells


def _same(folded: tuple[str, ...], labels: tuple[str, ...]) -> bool:
    """Cells (stripped and case-folded) that are the labels."""
    return len(folded) == len(labels) and all(x == y.casefold() for x, y in zip(folded, labels))


def _after_labels(cells: tuple[str, ...], labels: tuple[str, ...]) -> list[str] | None:
    """Each cell's text after its column's label; None as soon as a cell does not start with its label."""
    out = []
    for c, label in zip(cells, labels):
        part = _after_label(c, label)
        if part is None:
            return None
        out.append(part)
    return out


def _label_then_text(cell: str, label: str) -> bool:
    cell = cell.strip()
    return bool(label) and len(cell) > len(label) and cell[: len(label)].casefold() == label.casefold() \
        and cell[len(label)].isspace()


def _after_label(cell: str, label: str) -> str | None:
    """The text after a column's label in a cell that starts with it ("" for the label alone), else None."""
    cell = cell.strip()
    if cell.casefold() == label.casefold():
        return ""
    return cell[len(label):].strip() if _label_then_text(cell, label) else None


def split_band(cells: tuple[str, ...], reader: CodeReader) -> tuple[str, ...]:
    """A standard's band printed in its first row's code cell ("GRI 201: ECONOMIC PERFORMANCE 2016 201-1")
    as two cells, the band and the code, so the row reads as a row under its band."""
    for k, cell in enumerate(cells[:2]):
        if not cell or _reads_code(reader, cell):
            continue
        text = cell.strip()
        for m in list(_SPACES.finditer(text))[-3:][::-1]:  # a code is at most a few words long
            head, tail = text[: m.start()], text[m.end():]
            code = reader.read(tail)
            if code is None or not code.checked:
                continue  # no band without a code after it: its head is not read
            group = reader.group(head)
            if group is not None and group.framework == code.framework and code.family == group.number:
                return (*cells[:k], head, tail, *cells[k + 1:])
    return cells


_SPACES = re.compile(r"\s+")


def _reads_code(reader: CodeReader, cell: str) -> bool:
    code = reader.read(cell)
    return code is not None and code.checked


def _continued_row(blocks: list[Block], i: int, reader: CodeReader, headers: list[tuple[str, ...]],
                   framework_headers: re.Pattern[str] | None) -> int | None:
    """The row a code-less row at the top of a page continues: the last row of the previous page, when
    its cell in the same column runs on ("41, 42," then "43"). Only the repeated header may stand between."""
    b = blocks[i]
    if (b.kind is not BlockKind.TABLE_ROW or not b.cells or b.cells[0] != ""
            or any(_reads_code(reader, c) for c in b.cells)):
        return None
    j = i - 1
    while j >= 0 and (not blocks[j].text or (blocks[j].kind is BlockKind.TABLE_ROW and blocks[j].cells
                                              and is_header(blocks[j].cells, framework_headers))):
        j -= 1
    if j < 0 or blocks[j].kind is not BlockKind.TABLE_ROW or blocks[j].page == b.page or b.page is None:
        return None
    prev = blocks[j].cells
    if len(prev) != len(b.cells) or not any(_reads_code(reader, c) for c in prev[:3]):
        return None
    filled = [k for k, c in enumerate(b.cells) if c.strip()]
    return j if filled and all(_RUNS_ON.search(prev[k]) for k in filled) else None


def join_cells(first: tuple[str, ...], rest: tuple[str, ...]) -> tuple[str, ...]:
    """Cells of a row whose cells continue in a second row, joined column by column."""
    return tuple(" ".join(p for p in (a.strip(), b.strip()) if p) for a, b in zip(first, rest))


def _with_cells(b: Block, cells: tuple[str, ...]) -> Block:
    return replace(b, cells=cells, text=" | ".join(c for c in cells if c))
