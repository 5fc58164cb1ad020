"""Pages of a text export with form feeds: running headers and footers, and the printed page numbers in them.

A text export of a PDF (pdftotext, a viewer's "save as text") keeps each page's running header and
footer as ordinary lines at the page's edges. Left in, they glue onto the first paragraph of every
page and read as headings or table rows; the page number they carry is the only link between the
index's page references and the pages. The same cross-page votes as for a PDF decide both: a line is
furniture when its text (digits aside) recurs at a page edge on many pages, and a number at its edge
is a page number when many pages agree on one offset from the physical page.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from gri_check.ingest.layout import SourceLine
from gri_check.ingest.pdf_pages import fit_printed_pages

EDGE_LINES = 2  # lines at the top and at the bottom of a page where running headers and footers live
_MAX_CHARS = 100
_MIN_PAGES = 3
_EDGE_NUMBER = re.compile(r"^\W*(\d{1,4})\b|\b(\d{1,4})\W*$")
_PAGE_WORD = re.compile(r"\b(?:page|pag\.?|p\.|seite|página|pagina|第)\s*(\d{1,4})\b", re.I)


def apply_page_edges(lines: list[SourceLine]) -> tuple[list[SourceLine], dict[int, tuple[int, ...]]]:
    """Blank the running header and footer lines of a paged text and read the printed page numbers in
    them. Returns the lines and physical page -> printed numbers ({} when the pages agree on none)."""
    pages: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        if ln.page is not None and ln.text:
            pages[ln.page].append(i)
    if len(pages) < _MIN_PAGES:
        return lines, {}
    furniture = _furniture(lines, pages)
    limit = 4 * len(pages) + 50  # a year or a phone number is not a page number
    candidates: dict[int, list[tuple[int, float]]] = {p: [] for p in range(1, max(pages) + 1)}
    for i in sorted(furniture):
        page = lines[i].page
        assert page is not None
        for number, x in _edge_numbers(lines[i].text):
            if 1 <= number <= limit:
                candidates[page].append((number, x))
    printed = fit_printed_pages(candidates, max(pages))
    return [replace(ln, text="") if i in furniture else ln for i, ln in enumerate(lines)], printed


def _furniture(lines: list[SourceLine], pages: dict[int, list[int]]) -> set[int]:
    """Edge lines whose digit-masked text recurs at the edge of many pages. A table row (tab-separated
    cells) is never furniture: a column header repeated on each page of a table is read as one."""
    seen: dict[str, list[int]] = defaultdict(list)
    for idx in pages.values():
        for i in {*idx[:EDGE_LINES], *idx[-EDGE_LINES:]}:
            text = lines[i].text
            if "\t" not in text and lines[i].cells is None and len(text) <= _MAX_CHARS:
                seen[_key(text)].append(i)
    need = max(_MIN_PAGES, min(5, int(0.2 * len(pages))))
    return {i for hits in seen.values() if len({lines[i].page for i in hits}) >= need for i in hits}


def _key(text: str) -> str:
    """Text with digits masked, so "Sustainability review 44" and "... 45" are the same footer."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _edge_numbers(text: str) -> list[tuple[int, float]]:
    """Numbers at the start or end of a furniture line, with where they stand (left 0.1, right 0.9): a
    2-up spread prints the left page's number on the left."""
    out = []
    for m in _EDGE_NUMBER.finditer(text):
        if m.group(1):
            out.append((int(m.group(1)), 0.1))
        elif m.group(2):
            out.append((int(m.group(2)), 0.9 if m.start(2) > 0 else 0.5))
    out.extend((int(m.group(1)), 0.5) for m in _PAGE_WORD.finditer(text))
    return out
