"""Markdown reports: headings (ATX and setext), tables (with or without outer pipes, or HTML <table> blocks as
converters write them), paragraphs; layout heuristics when headings are scarce.

markdown-it-py finds the block structure (which lines are a setext heading, a table, an HTML block); the
lines themselves keep their numbers, so findings point to the line an auditor opens.
"""
from __future__ import annotations

import re
from dataclasses import replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from gri_check.ingest.document import Document
from gri_check.ingest.folios import apply_folios
from gri_check.ingest.layout import SourceLine, build_document, source_lines
from gri_check.ingest.normalise import normalise_chars

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")
_BR = re.compile(r"<br\s*/?>", re.I)
# A tag, or an unclosed "<tag" running to the end (kept, read in one step: "<a<a<a..." is not quadratic).
_TAG = re.compile(r"</?[a-z][^>]*+(>)?", re.I)
_LINK = re.compile(r"!?\[([^\]]*+)(\]\([^)]*+\))?")  # [text](target); an unclosed "[text" is kept


def parse_markdown(text: str, path: str) -> Document:
    lines = source_lines(text)
    lines = _blocks(normalise_chars(text), lines)
    lines, printed = apply_folios(lines)
    return build_document(path, "markdown", lines, headings_from_markup=True, printed_pages=printed)


def _blocks(text: str, lines: list[SourceLine]) -> list[SourceLine]:
    """Lines with heading levels and table cells set from markdown-it's block tokens."""
    out = [_inline(ln) for ln in lines]
    extra: dict[int, list[SourceLine]] = {}  # rows of an HTML table beyond its block's lines, after a line
    in_fence = False
    for k, ln in enumerate(lines):  # fenced code is no text of the report
        if _FENCE.match(ln.text):
            in_fence = not in_fence
            out[k] = replace(ln, text="")
        elif in_fence:
            out[k] = ln
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(text)
    for n, tok in enumerate(tokens):
        if tok.map is None or tok.level != 0:
            continue
        start, end = tok.map
        if tok.type == "heading_open" and end - start == 2 and start < len(out):  # setext: text, then underline
            level = int(tok.tag[1])
            out[start] = replace(out[start], heading_level=level)
            out[start + 1] = replace(out[start + 1], text="")
        elif tok.type == "table_open" and start < len(out) and not lines[start].text.lstrip().startswith("|"):
            _table_rows(tokens, n, out, start)
        elif tok.type == "html_block" and "<table" in tok.content.lower():
            _html_table(tok, out, start, end, extra)
    if not extra:
        return out
    return [x for k, ln in enumerate(out) for x in (ln, *extra.get(k, ()))]


def _inline(ln: SourceLine) -> SourceLine:
    m = _ATX.match(ln.text)
    if m and m.group(2):
        return replace(ln, text=_strip_inline(m.group(2)), heading_level=len(m.group(1)))
    if "|" in ln.text and _BR.search(ln.text):  # a converted cell's line breaks: several places in one cell
        cells = tuple(_strip_inline(_BR.sub("\n", c)).strip() for c in ln.text.strip().strip("|").split("|"))
        return replace(ln, text=" | ".join(c.replace("\n", " ") for c in cells if c), cells=cells)
    return replace(ln, text=_strip_inline(ln.text))


def _table_rows(tokens: list[Token], at: int, out: list[SourceLine], start: int) -> None:
    """A GFM table without outer pipes ("Disclosure | Title | Location"): each row's cells from the tokens."""
    row: list[str] = []
    line = start
    for tok in tokens[at + 1:]:
        if tok.type == "table_close":
            break
        if tok.type == "tr_open":
            row, line = [], tok.map[0] if tok.map else line
        elif tok.type == "inline":
            row.append(_strip_inline(tok.content))
        elif tok.type == "tr_close" and line < len(out):
            cells = tuple(row)
            out[line] = replace(out[line], text=" | ".join(c for c in cells if c), cells=cells)
    if start + 1 < len(out):
        out[start + 1] = replace(out[start + 1], text="", cells=None)  # the delimiter row


def _html_table(tok: Token, out: list[SourceLine], start: int, end: int, extra: dict[int, list[SourceLine]]) -> None:
    """An HTML <table> block inside Markdown: its rows as table lines, read like an HTML report's tables. Row k
    takes the block's line k; rows beyond its lines (a table written on one line) follow its last line."""
    from gri_check.ingest.html import table_rows  # selectolax: only for files that have such blocks

    span = list(range(start, min(end, len(out))))
    if not span:
        return
    for k in span:
        out[k] = replace(out[k], text="", cells=None)
    for k, row in enumerate(table_rows(tok.content)):
        if k < len(span):
            out[span[k]] = replace(out[span[k]], text=row.text, cells=row.cells)
        else:
            last = out[span[-1]]
            extra.setdefault(span[-1], []).append(replace(last, text=row.text, cells=row.cells))


def _strip_inline(text: str) -> str:
    """Drop emphasis markers, link targets and stray tags, keep the words."""
    text = _LINK.sub(lambda m: m.group(1) if m.group(2) else m.group(0), text) if "[" in text else text
    text = _TAG.sub(lambda m: "" if m.group(1) else m.group(0), text) if "<" in text else text
    return re.sub(r"(\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w))", "", text)
