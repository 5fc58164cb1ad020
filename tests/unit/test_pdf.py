"""The PDF reader: geometry as pure functions, then whole PDFs made at test time with fpdf2."""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check.ingest.document import BlockKind
from gri_check.ingest.pdf import MAX_PAGES, parse_pdf
from gri_check.ingest.pdf_layout import Row, fragments_of, group_rows, split_flows
from gri_check.ingest.pdf_pages import PageRows, choose_printed, fit_printed_pages, furniture
from gri_check.ingest.pdf_tables import join_wrapped, lay_out_flow
from gri_check.ingest.pdf_types import Rule, Word
from tests import pdf_samples
from tests.helpers import extract_index


def word(text: str, x0: float, top: float, *, size: float = 10.0, weight: int = 400,
         width: float | None = None) -> Word:
    w = width if width is not None else 5.0 * len(text)
    return Word(text=text, x0=x0, x1=x0 + w, top=top, bottom=top + 1.2 * size, size=size, weight=weight)


def line(text: str, x0: float, top: float, *, size: float = 10.0) -> list[Word]:
    """Words of `text` set left to right with ordinary word spaces (a quarter of the size)."""
    out, x = [], x0
    for t in text.split():
        out.append(word(t, x, top, size=size))
        x = out[-1].x1 + 2.5
    return out


def texts(rows: list[Row]) -> list[list[str]]:
    return [[f.text for f in r.fragments] for r in rows]


# --- words -> fragments -> rows ---------------------------------------------------------------

def test_wide_gap_splits_cells_but_justified_spaces_do_not() -> None:
    cells = fragments_of([*line("2-1", 50, 100), *line("Organizational details", 90, 100), *line("p. 4", 300, 100)])
    assert [f.text for f in cells] == ["2-1", "Organizational details", "p. 4"]
    justified = [word(t, 50 + i * 40, 100, width=32) for i, t in enumerate("we keep the wide gaps here".split())]
    assert [f.text for f in fragments_of(justified)] == ["we keep the wide gaps here"]
    bullet = fragments_of([word("•", 50, 100, width=4), *line("Reason", 64, 100)])
    assert [f.text for f in bullet] == ["• Reason"]


def test_rows_keep_a_half_line_offset_apart_and_take_superscripts() -> None:
    words = [*line("Title line one", 50, 100), *line("Title line two", 50, 112), *line("centred", 200, 106),
             word("9", 116, 99, size=6)]
    assert texts(group_rows(words)) == [["Title line one 9"], ["centred"], ["Title line two"]]


def test_letter_spaced_capitals_are_joined() -> None:
    spaced = [word(c, 50 + 9 * i, 100, width=6) for i, c in enumerate("STAKEHOLDERS")]
    assert texts(group_rows(spaced)) == [["STAKEHOLDERS"]]


# --- text columns -----------------------------------------------------------------------------

PROSE = "the quality of rivers near our plants is checked every month by our partners".split()


def _two_columns(rows: int) -> list[Row]:
    words = []
    for i in range(rows):
        words += line(" ".join(PROSE[:8]), 50, 100 + 14 * i)
        words += line(" ".join(PROSE[4:12]), 330, 100 + 14 * i)
    return group_rows(words)


def test_two_text_columns_are_read_one_after_the_other() -> None:
    flows = split_flows(_two_columns(6))
    assert len(flows) == 2
    assert all(len(r.fragments) == 1 for flow in flows for r in flow)
    assert flows[0][0].x0 == 50 and flows[1][0].x0 == 330


def test_a_rule_across_the_gutter_keeps_a_table_together() -> None:
    rule = Rule(x0=40, x1=600, y=100 + 14 * 3 - 1)
    assert len(split_flows(_two_columns(6), [rule])) == 1


def test_table_columns_of_short_cells_are_not_text_columns() -> None:
    words = []
    for i in range(6):
        words += [*line(f"2-{i + 1}", 50, 100 + 14 * i), *line("Short title", 100, 100 + 14 * i),
                  *line(f"p. {i + 3}", 330, 100 + 14 * i)]
    assert len(split_flows(group_rows(words))) == 1


# --- tables -----------------------------------------------------------------------------------

def test_wrapped_cell_and_vertically_centred_cell_join_their_row() -> None:
    words = [*line("Code", 50, 80), *line("Title", 100, 80), *line("Page", 330, 80),
             *line("2-1", 50, 100), *line("Organizational details", 100, 100), *line("4", 330, 100),
             *line("Role of the highest governance body in", 100, 120), *line("2-12", 50, 126),
             *line("12", 330, 126), *line("overseeing impacts", 100, 132),
             *line("2-13", 50, 160), *line("Delegation", 100, 160), *line("13", 330, 160)]
    rows = lay_out_flow(group_rows(words), [])
    assert [ln.cells for ln in rows] == [
        ("Code", "Title", "Page"), ("2-1", "Organizational details", "4"),
        ("2-12", "Role of the highest governance body in overseeing impacts", "12"),
        ("2-13", "Delegation", "13")]
    assert all(ln.table for ln in rows)


def test_continuation_without_a_code_joins_the_row_above_unless_a_rule_parts_them() -> None:
    words = [*line("2-1", 50, 100), *line("Details", 100, 100), *line("Report > About", 330, 100),
             *line("2-2", 50, 114), *line("Entities", 100, 114), *line("Report > Scope", 330, 114),
             *line("Annual Report > Notes", 330, 128)]
    joined = lay_out_flow(group_rows(words), [])
    assert joined[-1].cells == ("2-2", "Entities", "Report > Scope Annual Report > Notes")
    parted = lay_out_flow(group_rows(words), [Rule(x0=45, x1=500, y=127)])
    assert parted[-1].cells == ("", "", "Annual Report > Notes")


def test_group_label_beside_several_rows_becomes_its_own_row() -> None:
    words = [*line("GRI 205:", 50, 106), *line("Anti-corruption", 50, 118),
             *line("205-1", 130, 100), *line("Operations assessed", 180, 100), *line("21", 400, 100),
             *line("205-2", 130, 122), *line("Communication", 180, 122), *line("22", 400, 122),
             *line("205-3", 130, 144), *line("Incidents", 180, 144), *line("23", 400, 144)]
    rows = lay_out_flow(group_rows(words), [Rule(x0=125, x1=450, y=y) for y in (119, 141)])
    assert [ln.cells for ln in rows] == [
        ("GRI 205: Anti-corruption", "", "", ""), ("", "205-1", "Operations assessed", "21"),
        ("", "205-2", "Communication", "22"), ("", "205-3", "Incidents", "23")]


def test_joining_wrapped_lines() -> None:
    assert join_wrapped(["NFS pp. 17-18; 167-", "168; 187"]) == "NFS pp. 17-18; 167-168; 187"
    assert join_wrapped(["environmental manage-", "ment"]) == "environmental manage\u00adment"
    assert join_wrapped(["GRI 205: Anti-", "Corruption 2016"]) == "GRI 205: Anti-Corruption 2016"


# --- across pages -----------------------------------------------------------------------------

def _page(number: int, footer: str, body: str = "Body text of the page") -> PageRows:
    rows = group_rows([*line(body, 50, 300), *line(footer, 50, 800)])
    return PageRows(number=number, width=595, height=842, rows=tuple(rows))


def test_running_footer_is_furniture_but_body_text_is_not() -> None:
    pages = [_page(n, f"Acme Report 2024 page {n}") for n in range(1, 6)]
    assert furniture(pages) == [{1}] * 5
    assert furniture(pages[:2]) == [set(), set()]  # two pages are too few to call anything furniture


def test_printed_pages_fit_one_offset_and_skip_the_cover() -> None:
    found = {1: [], **{p: [(p - 2, 0.9)] for p in range(3, 12)}, 7: [(2024, 0.2)]}
    assert fit_printed_pages(found, 12) == {p: (p - 2,) for p in range(3, 13)}
    assert fit_printed_pages({1: [(7, 0.5)], 2: [(40, 0.5)]}, 2) == {}


def test_printed_pages_of_two_up_spreads() -> None:
    found = {p: [(2 * p - 4, 0.1), (2 * p - 3, 0.9)] for p in range(3, 9)}
    printed = fit_printed_pages(found, 8)
    assert printed[3] == (2, 3) and printed[8] == (12, 13) and 1 not in printed


def test_page_labels_win_unless_the_printed_numbers_disagree() -> None:
    labels = ["48", "49", "50", "51", "52", "53"]
    detected = {p: (p,) for p in range(1, 7)}
    assert choose_printed(labels, {}, {}) == {p: (47 + p,) for p in range(1, 7)}
    seen = {p: [(p, 0.9)] for p in range(1, 7)}
    assert choose_printed(labels, detected, seen) == detected
    assert choose_printed(["I", "II", "1", "2", "3"], {}, {}) == {3: (1,), 4: (2,), 5: (3,)}


# --- whole PDFs -------------------------------------------------------------------------------

def test_index_table_rows_come_back_with_their_cells() -> None:
    doc = parse_pdf(pdf_samples.index_table(), "index.pdf")
    rows = [b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[0] == ("Disclosure", "Title", "Location", "Omission")
    assert rows[1:] == [tuple(r) for r in pdf_samples.INDEX_ROWS]
    index = extract_index(doc)
    assert [(e.code, e.raw_location) for e in index.entries] == [("2-1", "p. 4"), ("2-2", "pp. 5-6"),
                                                                 ("2-3", "p. 7"), ("2-4", "")]
    assert index.entries[3].omission is not None
    assert index.title == "GRI content index"


def test_two_columns_are_two_paragraphs_in_reading_order() -> None:
    doc = parse_pdf(pdf_samples.two_columns(), "columns.pdf")
    paragraphs = [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs == [" ".join(pdf_samples.LEFT.split()), " ".join(pdf_samples.RIGHT.split())]
    assert not [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]


def test_outline_gives_heading_levels() -> None:
    doc = parse_pdf(pdf_samples.outlined(), "outline.pdf")
    assert [(s.title, s.level, s.page) for s in doc.sections] == [
        ("Environment", 1, 1), ("Energy use", 2, 2), ("Water", 2, 3), ("People", 1, 4)]
    assert doc.sections[0].end_block == doc.sections[3].first_block  # Environment holds its subsections


def test_type_style_gives_heading_levels_without_an_outline() -> None:
    doc = parse_pdf(pdf_samples.styled_headings(), "styled.pdf")
    assert [(s.title, s.level) for s in doc.sections] == [
        ("Sustainability Report", 1), ("Climate Change", 2), ("Our People", 2)]


def test_footer_page_numbers_give_the_offset_and_are_not_text() -> None:
    doc = parse_pdf(pdf_samples.numbered_pages(6, offset=-1), "numbered.pdf")
    assert {p.number: p.printed for p in doc.pages} == {1: (), 2: (1,), 3: (2,), 4: (3,), 5: (4,), 6: (5,)}
    assert not [b for b in doc.blocks if "Acme Sustainability Report" in b.text]
    assert [s.title for s in doc.sections][:2] == ["Cover", "Chapter 2"]


def test_two_up_spreads_print_two_numbers_per_page() -> None:
    doc = parse_pdf(pdf_samples.spreads(5), "spreads.pdf")
    assert {p.number: p.printed for p in doc.pages} == {1: (1,), 2: (2, 3), 3: (4, 5), 4: (6, 7), 5: (8, 9)}
    first = [b.text for b in doc.blocks if b.page == 1]
    assert len(first) == 2 and first[0].startswith("The left half") and first[1].startswith("The right half")


def test_numeric_page_labels_are_the_printed_numbers() -> None:
    doc = parse_pdf(pdf_samples.labelled(start=48, pages=3), "extract.pdf")
    assert [p.printed for p in doc.pages] == [(48,), (49,), (50,)]


def test_hyphenation_is_mended_and_real_compounds_keep_their_hyphen() -> None:
    doc = parse_pdf(pdf_samples.hyphenated(), "hyphens.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert "environmental management covers" in text
    assert "train staff on anti-corruption rules" in text


def test_progress_is_reported_page_by_page() -> None:
    calls: list[tuple[int, int]] = []
    parse_pdf(pdf_samples.numbered_pages(3), "p.pdf", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


# --- unreadable PDFs: one line, exit 3 ----------------------------------------------------------

@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (pdf_samples.encrypted, "PDF is encrypted and needs a password"),
        (pdf_samples.image_only, "no text layer: run OCR first"),
        (lambda: pdf_samples.many_pages(MAX_PAGES + 1),
         f"PDF has {MAX_PAGES + 1} pages, above the {MAX_PAGES}-page limit; split it"),
        (lambda: pdf_samples.index_table()[:600], "cannot be opened as a PDF ("),
    ],
    ids=["encrypted", "scanned", "too-long", "truncated"],
)
def test_unreadable_pdf_exits_3_with_one_line(run_cli, tmp_path: Path, make, expected: str) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make())
    result = run_cli("check", path)
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and expected in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_pdf_at_the_page_limit_is_read() -> None:
    doc = parse_pdf(pdf_samples.many_pages(MAX_PAGES, ("GRI 2-1 on page {p}",)), "long.pdf")
    assert len(doc.pages) == MAX_PAGES and doc.blocks[-1].text == f"GRI 2-1 on page {MAX_PAGES}"
