"""Index rows broken by page seams, mended before the index is read (issue 7, item 3)."""
from __future__ import annotations

from gri_check.index.mend import join_cells, split_band, unglue_header, unwrap
from gri_check.ingest.markdown import parse_markdown
from gri_check.ingest.text import parse_text
from tests.helpers import bundled_reader, extract_index

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
    assert split_band(("GRI 305: Emissions 2016 201-1", "x", "1"), reader) == ("GRI 305: Emissions 2016 201-1", "x", "1")
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
