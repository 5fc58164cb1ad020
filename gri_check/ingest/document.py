"""The one Document model every reader produces and every later stage reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE_ROW = "table_row"
    TOC = "toc"  # an entry of the report's own contents list: navigation, never evidence


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """A paragraph, heading, table row or contents entry: the unit of evidence and provenance."""

    text: str
    kind: BlockKind
    line: int  # 1-based first source line (for PDFs: line within the extracted text)
    end_line: int
    page: int | None = None  # 1-based physical page, None for formats without pages
    section: int = -1  # index into Document.sections; -1 before the first heading
    cells: tuple[str, ...] = ()  # table cells for TABLE_ROW, else empty


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A heading and everything under it up to the next heading of the same or a higher level."""

    title: str
    level: int  # 1 = top
    order: int  # position among sections
    line: int  # line of the heading
    end_line: int  # last line covered, subsections included
    first_block: int  # index of the heading block
    end_block: int  # one past the last block covered, subsections included
    page: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    number: int  # physical, 1-based
    printed: tuple[int, ...] = ()  # page numbers printed on it (two on a 2-up spread), when known
    first_block: int = 0
    end_block: int = 0

    @property
    def label(self) -> str | None:
        return "-".join(map(str, self.printed)) if self.printed else None


@dataclass(frozen=True, slots=True, kw_only=True)
class ContentsEntry:
    """One line of the report's contents list: a title and the printed page it names."""

    title: str
    page_label: str | None
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    path: str
    format: str  # "text", "markdown", "pdf", ...
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    pages: tuple[Page, ...] = ()
    contents: tuple[ContentsEntry, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def section_blocks(self, section: Section) -> tuple[Block, ...]:
        return self.blocks[section.first_block : section.end_block]
