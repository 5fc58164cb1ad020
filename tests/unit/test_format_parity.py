"""One report, three formats: the bundled Markdown sample rebuilt as .docx and .html reads the same.

The sample's headings, paragraphs, bullet lists and pipe tables are rewritten with python-docx and as
plain HTML; each format must give the same sections and the same 48 content-index rows.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from gri_check import ingest
from tests.conftest import SAMPLE
from tests.helpers import extract_index

_EMPHASIS = re.compile(r"\*\*|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)")
_ITEM = re.compile(r"^(- |\d+\. )")


def _parts(markdown: str) -> Iterator[tuple[str, str, list[list[str]]]]:
    """(kind, text, rows) in order; kind is "h1".."h6", "p", "li" or "table" (which alone has rows)."""
    para: list[str] = []
    table: list[list[str]] = []
    for line in [*markdown.split("\n"), ""]:
        if line.startswith("|"):
            cells = [_EMPHASIS.sub("", c.strip()) for c in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                table.append(cells)
            continue
        if table:
            yield "table", "", table
            table = []
        heading = re.match(r"^(#+)\s+(.*)", line)
        if heading or _ITEM.match(line) or not line.strip():
            if para:
                yield "p", _EMPHASIS.sub("", " ".join(para)), []
                para = []
            if heading:
                yield f"h{len(heading.group(1))}", _EMPHASIS.sub("", heading.group(2)), []
            elif line.strip():
                yield "li", _EMPHASIS.sub("", _ITEM.sub("", line)), []
        else:
            para.append(line)


def _as_docx(markdown: str, path: Path) -> Path:
    word = docx.Document()
    for kind, text, rows in _parts(markdown):
        if kind == "table":
            table = word.add_table(rows=len(rows), cols=max(map(len, rows)))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind.startswith("h"):
            word.add_heading(text, level=int(kind[1]))
        else:
            word.add_paragraph(text, style="List Bullet" if kind == "li" else None)
    word.save(path)
    return path


def _as_html(markdown: str, path: Path) -> Path:
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"]
    for kind, text, rows in _parts(markdown):
        if kind == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                                           for row in rows) + "</table>")
        elif kind == "li":
            out.append(f"<ul><li>{html.escape(text)}</li></ul>")
        else:
            out.append(f"<{kind}>{html.escape(text)}</{kind}>")
    path.write_text("\n".join(out + ["</body></html>"]), encoding="utf-8")
    return path


@pytest.mark.parametrize("convert", [_as_docx, _as_html], ids=["docx", "html"])
def test_sample_reads_the_same_in_every_format(convert, tmp_path: Path) -> None:
    markdown = SAMPLE.read_text(encoding="utf-8")
    base = ingest.read(SAMPLE)
    other = ingest.read(convert(markdown, tmp_path / f"sample.{convert.__name__[4:]}"))
    assert other.format == convert.__name__[4:]
    assert [(s.title, s.level) for s in other.sections] == [(s.title, s.level) for s in base.sections]
    assert len([b for b in other.blocks if b.kind.value == "table_row"]) == \
        len([b for b in base.blocks if b.kind.value == "table_row"])

    def rows(doc):
        ci = extract_index(doc)
        return [(e.code, e.title, e.raw_location, e.omission.reason if e.omission else None) for e in ci.entries]

    expected = rows(base)
    assert len(expected) == 48 and rows(other) == expected
