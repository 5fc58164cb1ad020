from __future__ import annotations

from gri_check.ingest.document import BlockKind
from gri_check.ingest.layout import looks_like_heading, split_cells, title_key
from gri_check.ingest.markdown import parse_markdown
from gri_check.ingest.text import parse_text

TEXT = """ACME GROUP

CONTENTS

About This Report\t01
Our Company\t03
Green Operation\t10
Key Performance\t20
Our People\t30

About This Report

This report covers the year 2024.

Our company

Acme makes widgets.

Green Operation

We use energy.

Key Performance

Energy fell 5%.

Waste Handling

Waste is sorted.

Key Performance

Waste fell 2%.

Our People

Name\tValue
Employees\t500
"""


def test_contents_list_is_navigation_not_headings() -> None:
    doc = parse_text(TEXT, "t.txt")
    toc = [b for b in doc.blocks if b.kind is BlockKind.TOC]
    assert [e.title for e in doc.contents if e.page_label] == [
        "About This Report", "Our Company", "Green Operation", "Key Performance", "Our People"]
    assert len(toc) == 5


def test_headings_levels_and_extent() -> None:
    doc = parse_text(TEXT, "t.txt")
    titles = [(s.title, s.level) for s in doc.sections]
    assert ("About This Report", 1) in titles
    assert ("Our company", 1) in titles  # named in the contents, case differs
    # a contents heading that recurs in the body is a sub-heading, so each occurrence is its own block
    assert [s.level for s in doc.sections if s.title == "Key Performance"] == [2, 2]
    green = next(s for s in doc.sections if s.title == "Green Operation")
    covered = " ".join(b.text for b in doc.section_blocks(green))
    assert "Waste is sorted." in covered and "Employees" not in covered


def test_tab_rows_become_table_rows_with_cells() -> None:
    doc = parse_text(TEXT, "t.txt")
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[-1].cells == ("Employees", "500")
    assert rows[-1].line == TEXT.splitlines().index("Employees\t500") + 1


def test_markdown_headings_and_pipe_tables() -> None:
    md = "# Report\n\n## Climate\n\nScope 1 was **12 t**.\n\n| Code | Title |\n|---|---|\n| 2-1 | Details |\n"
    doc = parse_markdown(md, "r.md")
    assert [(s.title, s.level) for s in doc.sections] == [("Report", 1), ("Climate", 2)]
    para = next(b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    assert para.text == "Scope 1 was 12 t."
    row = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.cells for r in row] == [("Code", "Title"), ("2-1", "Details")]


def test_form_feed_starts_a_page() -> None:
    doc = parse_text("First page\n\fSecond page text\n", "p.txt")
    assert [b.page for b in doc.blocks] == [1, 2]
    assert len(doc.pages) == 2


def test_heading_heuristics() -> None:
    assert looks_like_heading("Employee Rights and Benefits")
    assert looks_like_heading("ESG GOVERNANCE")
    assert not looks_like_heading("The Company reduced its emissions by 5%.")
    assert not looks_like_heading("- a list item")
    assert looks_like_heading("员工权益")


def test_title_key_folds_case_ampersand_punctuation() -> None:
    assert title_key("Employee Rights & Benefits") == title_key("employee rights and benefits")
    assert title_key("Health, Safety") == "health safety"


def test_split_cells() -> None:
    assert split_cells("| a | b |") == ("a", "b")
    assert split_cells("|---|:--:|") == ()
    assert split_cells("plain line") is None
