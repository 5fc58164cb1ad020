"""Index rows broken by page seams, mended before the index is read (issue 7, item 3)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from gri_check.index.mend import join_cells, split_band, unglue_header, unwrap
from gri_check.ingest.markdown import parse_markdown
from gri_check.ingest.text import parse_text
from tests.helpers import bundled_reader, extract_index

if TYPE_CHECKING:
    from gri_check.ingest.document import Document

HEADER = ("GRI STANDARD", "DISCLOSURE", "LOCATION")


def test_a_row_printed_on_the_line_of_the_repeated_header() -> None:
    glued = ("GRI STANDARD", "DISCLOSURE", "LOCATION 303-2", "Management of water discharge-related impacts", "22")
    assert unglue_header(glued, [HEADER]) == ("303-2", "Management of water discharge-related impacts", "22")


def test_a_row_glued_to_the_header_column_by_column() -> None:
    glued = ("GRI STANDARD 303-2", "DISCLOSURE Management of water discharge-related impacts", "LOCATION 22")
    assert unglue_header(glued, [HEADER]) == ("303-2", "Management of water discharge-related impacts", "22")


def test_the_header_itself_and_ordinary_rows_stay() -> None:
    assert unglue_header(HEADER, [HEADER]) == HEADER
    row = ("303-3", "Water withdrawal", "Location of our sites, 23")
    assert unglue_header(row, [HEADER]) == row


def test_a_band_printed_in_the_code_cell() -> None:
    reader = bundled_reader()
    cells = ("GRI 201: ECONOMIC PERFORMANCE 2016 201-1", "Direct economic value generated and distributed", "30")
    assert split_band(cells, reader) == ("GRI 201: ECONOMIC PERFORMANCE 2016", "201-1",
                                         "Direct economic value generated and distributed", "30")
    # the band must be the code's own standard: a stray number is no band
    stray = ("GRI 305: Emissions 2016 201-1", "x", "1")
    assert split_band(stray, reader) == stray
    assert split_band(("201-1", "Direct economic value", "30"), reader) == ("201-1", "Direct economic value", "30")


def test_join_and_unwrap() -> None:
    assert join_cells(("403-9", "Work-related injuries", "41, 42,"), ("", "", "43")) == \
        ("403-9", "Work-related injuries", "41, 42, 43")
    assert unwrap("Activities, value chain and other\nbusiness relationships") == \
        "Activities, value chain and other business relationships"


PAGES = "\f".join(
    f"Acme Ltd Annual Report 2024\n{body}\nSustainability review    {n}\n" for n, body in enumerate([
        "About us\nAcme Ltd is a private limited company with its headquarters in Leeds and operations in the UK.",
        "Water\nWe withdrew 1,200 megalitres of water in 2024 from boreholes and the mains supply, all in the UK.",
        "GRI content index\nGRI STANDARD\tDISCLOSURE\tLOCATION\n2-1\tOrganizational details\t10\n"
        "303-3\tWater withdrawal\t11\n303-4\tWater discharge\t11,",
        "GRI STANDARD\tDISCLOSURE\tLOCATION\n\t\t12\nGRI 201: ECONOMIC PERFORMANCE 2016 201-1\tDirect economic value"
        " generated and distributed\t12\n305-1\tDirect (Scope 1) GHG emissions\t12",
    ], start=10))


def test_a_paged_text_export_keeps_every_row() -> None:
    doc = parse_text(PAGES, "acme.txt")
    assert [p.printed for p in doc.pages] == [(10,), (11,), (12,), (13,)]
    rows = [(e.code, e.raw_location) for e in extract_index(doc).entries]
    assert rows == [("2-1", "10"), ("303-3", "11"), ("303-4", "11, 12"), ("201-1", "12"), ("305-1", "12")]


def test_a_code_less_row_within_a_page_is_not_joined() -> None:
    """Only a row at the top of a page, under the repeated header, continues the last row of the page before."""
    doc = parse_markdown("| Disclosure | Title | Location |\n|---|---|---|\n| 2-1 | Organizational details | About, |\n"
                         "| | | Our people |\n| 2-2 | Entities | About |\n| 2-3 | Reporting period | About |\n", "x.md")
    rows = [(e.code, e.raw_location) for e in extract_index(doc).entries]
    assert rows[0] == ("2-1", "About,")


def _pdf_like(*blocks: tuple[str, tuple[str, ...] | str]) -> Document:
    """A document as the PDF reader gives it: table rows and paragraphs on one page."""
    from gri_check.ingest.document import Block, BlockKind, Document
    out = []
    for n, (kind, body) in enumerate(blocks, start=1):
        if kind == "row":
            out.append(Block(text=" | ".join(body), kind=BlockKind.TABLE_ROW, line=n, end_line=n, page=1,
                             cells=tuple(body)))
        else:
            out.append(Block(text=str(body), kind=BlockKind.HEADING if kind == "head" else BlockKind.PARAGRAPH,
                             line=n, end_line=n, page=1))
    return Document(path="x.pdf", format="pdf", blocks=tuple(out), sections=())


def test_a_cell_whose_next_items_fell_out_of_the_table() -> None:
    """Item b. printed under a row whose cell ends at item a. is the rest of that cell, not body text."""
    from gri_check.index.mend import mend
    doc = _pdf_like(("head", "GRI content index"), ("row", ("Reference", "Requirement", "Location")),
                    ("row", ("2-1", "Organizational details", "a. Acme plc, Acme")),
                    ("para", "b. Annual Report - About Acme (pages 7-30) c. Annual Report - Notes (page 169)"),
                    ("row", ("2-2", "Entities included", "a. Annual Report - Notes (pages 187-188)")))
    mended = mend(doc, bundled_reader())
    assert mended.blocks[2].cells[2] == ("a. Acme plc, Acme\nb. Annual Report - About Acme (pages 7-30)\n"
                                         "c. Annual Report - Notes (page 169)")
    assert mended.blocks[3].text == ""
    from gri_check.index.cells import parse_locations
    pages = {p for loc in parse_locations(mended.blocks[2].cells[2]) for p in loc.pages}
    assert pages == set(range(7, 31)) | {169}


def test_a_paragraph_that_does_not_go_on_with_the_items_stays() -> None:
    from gri_check.index.mend import mend
    for cell, para in (("a. Acme plc", "c. Something else"), ("Acme plc", "b. Our values"),
                       ("a. Acme plc", "Our values guide us.")):
        doc = _pdf_like(("row", ("2-1", "Organizational details", cell)), ("para", para))
        assert mend(doc, bundled_reader()) == doc


def test_a_continued_row_labelled_with_a_neighbours_code_carries_on_the_row_before() -> None:
    """A page's running label "103-1 continued" printed under a 103-2 row: no second 103-1."""
    doc = parse_markdown("| Code | Title | Answer |\n|---|---|---|\n"
                         "| 103-1 | Explanation of the material topic | Governance is material to us. |\n"
                         "| 103-2 | The management approach | The board oversees it, |\n"
                         "| 103-1 continued | | and committees report quarterly. |\n"
                         "| 103-3 | Evaluation of the management approach | Reviewed yearly. |\n", "x.md")
    rows = [(e.code, e.raw_location) for e in extract_index(doc).entries]
    assert [c for c, _ in rows] == ["103-1", "103-2", "103-3"]
    assert "committees report quarterly" in rows[1][1]
