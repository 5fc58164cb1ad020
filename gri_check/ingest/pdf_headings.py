"""Headings of a PDF, pure: from the outline (bookmarks) where it names lines, else from type style.

A style heading is a short line set clearly larger than the body text, or heavier at body size
(bold, or medium over a light body); its level is the rank of its size among the heading sizes, with
the heavier body-size ones last. Outline headings take levels 1..d from the bookmark depth, and style
headings then rank below them. A bookmark that names no line of its page is added as a heading.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from gri_check.ingest.layout import title_key
from gri_check.ingest.pdf_layout import most
from gri_check.ingest.pdf_tables import PageLine
from gri_check.ingest.pdf_types import Bookmark

_LARGER = 1.15  # a heading's size over the body size
_MAX_WORDS = 14
_MAX_RUN = 3  # more lines than this in one style is a paragraph (a lead-in), not a heading
_SENTENCE_END = re.compile(r"[.,;:]$")
_LETTERS = re.compile(r"[^\W\d_]{3}")  # a word, not "6 OF 17"
_HEAVIER = 150  # font weight over the body's that marks a run-in heading (bold over regular, medium over light)
_MATCH = 85  # rapidfuzz ratio for a bookmark title against a line


@dataclass(frozen=True, slots=True, kw_only=True)
class Heading:
    first: int  # index of the first line of the heading
    last: int  # index of its last line (a heading set on two lines)
    level: int


def body_style(lines: Sequence[PageLine]) -> tuple[float, int]:
    """The size and weight most characters of plain text are set in."""
    sizes: dict[float, int] = {}
    weights: dict[int, int] = {}
    for ln in lines:
        if not ln.table:
            n = sum(map(len, ln.cells))
            size = round(ln.size * 2) / 2
            sizes[size] = sizes.get(size, 0) + n
            weights[ln.weight] = weights.get(ln.weight, 0) + n
    if not sizes:
        return 10.0, 400
    return most(sizes), most(weights)


def style_headings(lines: Sequence[PageLine], pages: Sequence[int], body: tuple[float, int]) -> list[Heading]:
    """Headings found by size and weight; `pages` gives each line's page."""
    size, weight = body
    found: list[tuple[int, int, float, bool]] = []
    for first, last in _runs(lines, pages):
        ln = lines[first]
        if last - first + 1 > _MAX_RUN or not all(_shape_ok(lines[i]) for i in range(first, last + 1)):
            continue
        larger = ln.size >= size * _LARGER and ln.size >= size + 1.0
        if larger or (ln.weight >= weight + _HEAVIER and ln.size >= 0.95 * size):
            found.append((first, last, ln.size, not larger))
    sizes = _size_levels([s for _, _, s, heavier in found if not heavier])
    lowest = max(sizes.values(), default=0) + 1
    return [Heading(first=f, last=la, level=lowest if heavier else sizes[_bucket(s)]) for f, la, s, heavier in found]


def _shape_ok(ln: PageLine) -> bool:
    text = ln.cells[0] if len(ln.cells) == 1 else ""
    return (not ln.table and bool(text) and len(text) <= 100 and len(text.split()) <= _MAX_WORDS
            and bool(_LETTERS.search(text)) and not _SENTENCE_END.search(text) and not text[0].islower())


def _runs(lines: Sequence[PageLine], pages: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive lines of one style set close together (one paragraph or one heading)."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or not _continues(lines[i - 1], lines[i], pages[i - 1] == pages[i]):
            out.append((start, i - 1))
            start = i
    return out


def _continues(a: PageLine, b: PageLine, same_page: bool) -> bool:
    height = max(a.bottom - a.top, 1.0)
    return (same_page and a.flow == b.flow and not a.table and not b.table and a.weight == b.weight
            and abs(a.size - b.size) <= 0.05 * a.size and -0.5 * height <= b.top - a.bottom <= 0.6 * height)


def _bucket(size: float) -> float:
    return round(size * 2) / 2


def _size_levels(sizes: Sequence[float]) -> dict[float, int]:
    """Heading sizes ranked largest first; sizes within 8% of each other share a level."""
    levels: dict[float, int] = {}
    level, previous = 0, None
    for s in sorted({_bucket(s) for s in sizes}, reverse=True):
        if previous is None or s < previous * 0.92:
            level += 1
            previous = s
        levels[s] = min(level, 6)
    return levels


def outline_headings(marks: Sequence[Bookmark], lines: Sequence[PageLine],
                     pages: Sequence[int]) -> tuple[list[Heading], list[Bookmark]]:
    """Lines named by a bookmark on the page it points to, and the bookmarks that name no line."""
    by_page: dict[int, list[int]] = {}
    for i, p in enumerate(pages):
        by_page.setdefault(p, []).append(i)
    found: list[Heading] = []
    missing: list[Bookmark] = []
    taken: set[int] = set()
    keys: dict[int, str] = {}  # title_key of a line, worked out once for all the bookmarks of its page
    for mark in marks:
        if not _LETTERS.search(mark.title):
            continue
        hit = _find_title(title_key(mark.title), lines, by_page.get(mark.page, []), taken, keys)
        if hit is None:
            if len(mark.title.split()) <= _MAX_WORDS and not _SENTENCE_END.search(mark.title):
                missing.append(mark)  # a sentence used as a bookmark is no heading to add
            continue
        taken.update(range(hit[0], hit[1] + 1))
        found.append(Heading(first=hit[0], last=hit[1], level=mark.level))
    return found, missing


def _find_title(key: str, lines: Sequence[PageLine], candidates: Sequence[int], taken: set[int],
                keys: dict[int, str]) -> tuple[int, int] | None:
    """The line (or two consecutive lines) of the page whose text is the bookmark title; `keys` caches
    the lines' title keys."""
    best: tuple[float, int, int] | None = None
    on_page = set(candidates)  # membership per line: the list made a long page cost its lines squared
    for i in candidates:
        if i in taken or lines[i].table or len(lines[i].cells) != 1:
            continue
        text = _line_key(lines, i, keys)
        two = i + 1 in on_page and i + 1 not in taken and len(lines[i + 1].cells) == 1
        options = [(text, i)]
        if two and key.startswith(text) and len(text) < len(key):
            options.append((f"{text} {_line_key(lines, i + 1, keys)}", i + 1))
        for candidate, last in options:
            score = fuzz.ratio(key, candidate)
            if score >= _MATCH and (best is None or score > best[0]):
                best = (score, i, last)
    return None if best is None else (best[1], best[2])


def _line_key(lines: Sequence[PageLine], i: int, keys: dict[int, str]) -> str:
    key = keys.get(i)
    if key is None:
        key = keys[i] = title_key(lines[i].cells[0])
    return key
