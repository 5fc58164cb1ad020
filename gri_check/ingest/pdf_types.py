"""The plain data the PDF reader's stages pass along: positioned words, rules, pages, bookmarks.

Apart from pdf_extract (which fills them from PDFium) so that the geometry modules, and the text reader that
borrows pdf_pages' page-number fitting, never import PDFium.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Word:
    """A run of glyphs without a space or a gap, on one baseline."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # effective font size in points (font size times the text matrix scale)
    weight: int  # font weight, 400 regular, 700 bold


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A thin horizontal path or the top or bottom of an outlined box: a table rule or cell border."""

    x0: float
    x1: float
    y: float


@dataclass(frozen=True, slots=True, kw_only=True)
class PageContent:
    number: int  # 1-based physical page
    width: float
    height: float
    words: tuple[Word, ...]
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Bookmark:
    title: str
    level: int  # 1 = top of the outline
    page: int  # 1-based physical page it points to
