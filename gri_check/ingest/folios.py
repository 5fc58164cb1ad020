"""Page folios in text exports: bare page-number lines give text and Markdown reports their pages.

Text converted from a PDF often keeps each page's printed number as a line of its own. When such
lines run through the document in rising order, they are page boundaries: without them no page
reference in the index could be followed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from gri_check.ingest.layout import SourceLine

_FOLIO = re.compile(r"^\s*(?:-\s*)?(\d{1,3})(?:\s*-)?\s*$")
MIN_FOLIOS = 8
MAX_LINES_PER_PAGE = 200


def find_folios(lines: list[SourceLine]) -> list[tuple[int, int]]:
    """(line index, printed number) of the folio lines, or [] when the numbers do not run like pages."""
    cands = [(i, int(m.group(1))) for i, ln in enumerate(lines)
             if ln.cells is None and (m := _FOLIO.match(ln.text)) and _standalone(lines, i)]
    folios = _longest_rising_run(cands)
    if len(folios) < MIN_FOLIOS and not _short_report(lines, folios):
        return []  # too few to be pages (chapter numbers, list items)
    if (folios[-1][0] - folios[0][0]) / len(folios) > MAX_LINES_PER_PAGE:
        return []  # too far apart to be pages
    return folios


MIN_SHORT_FOLIOS = 4


def _short_report(lines: list[SourceLine], folios: list[tuple[int, int]]) -> bool:
    """A short report's few folios: numbers that rise by exactly one, the last of them closing the report's
    last page. Chapter numbers rise by one too, but a document never ends with one."""
    if len(folios) < MIN_SHORT_FOLIOS or any(b[1] - a[1] != 1 for a, b in zip(folios, folios[1:])):
        return False
    filled = [i for i, ln in enumerate(lines) if ln.text]
    return bool(filled) and folios[-1][0] == filled[-1]


def _standalone(lines: list[SourceLine], i: int) -> bool:
    before = i == 0 or not lines[i - 1].text
    after = i + 1 >= len(lines) or not lines[i + 1].text
    return before or after


def _longest_rising_run(cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of candidates whose numbers rise by small steps (1-4), skipping stray numbers
    such as table figures between folios. Quadratic, on at most a few hundred candidates."""
    n = len(cands)
    length = [1] * n
    prev = [-1] * n
    for j in range(n):
        for i in range(max(0, j - 40), j):
            if 0 < cands[j][1] - cands[i][1] <= 4 and length[i] + 1 > length[j]:
                length[j], prev[j] = length[i] + 1, i
    if not n:
        return []
    k = max(range(n), key=lambda j: (length[j], -j))
    chain = []
    while k >= 0:
        chain.append(cands[k])
        k = prev[k]
    return chain[::-1]


def apply_folios(lines: list[SourceLine]) -> tuple[list[SourceLine], dict[int, tuple[int, ...]]]:
    """Give every line the physical page its folio implies and blank the folio lines themselves.

    A folio at the top of its page opens the page; one at the bottom closes it. Text before the first opening
    folio, or after the last closing one, is an unnumbered page. Returns the lines and physical page -> printed number.
    """
    if any(ln.page is not None for ln in lines):
        return lines, {}  # the reader already knows the pages
    folios = find_folios(lines)
    if not folios:
        return lines, {}
    # Top folios leave little text before the first one and a page after the last; bottom ones the reverse.
    before = sum(1 for ln in lines[: folios[0][0]] if ln.text)
    after = sum(1 for ln in lines[folios[-1][0] + 1:] if ln.text)
    at_top = before <= after
    marks = {i for i, _ in folios}
    printed: dict[int, tuple[int, ...]] = {k + (1 if at_top else 0): (number,)
                                           for k, (_, number) in enumerate(folios, start=1)}
    out: list[SourceLine] = []
    seen = 0  # folios passed so far
    for i, ln in enumerate(lines):
        if i in marks and at_top:
            seen += 1
        page = 1 + seen
        if i in marks and not at_top:
            seen += 1
        out.append(replace(ln, text="" if i in marks else ln.text, page=page))
    return out, printed
