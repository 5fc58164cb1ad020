from __future__ import annotations

from gri_check.index.cells import parse_locations, parse_omission
from gri_check.index.model import LocationKind as K
from gri_check.index.model import OmissionReason as R


def kinds(cell: str) -> list[tuple[str, str]]:
    return [(loc.kind.value, loc.text) for loc in parse_locations(cell)]


def test_ideographic_comma_and_external_document() -> None:
    assert kinds("Employee Rights and Benefits \u3001 Refer to Annual Report") == [
        ("section", "Employee Rights and Benefits"), ("external", "Refer to Annual Report")]


def test_section_then_direct_statement() -> None:
    assert kinds("Business Ethics, We weren't involved in such incidents.") == [
        ("section", "Business Ethics"), ("statement", "We weren't involved in such incidents.")]


def test_semicolon_and_comma_lists() -> None:
    assert kinds("Addressing Climate Change, Key Performance") == [
        ("section", "Addressing Climate Change"), ("section", "Key Performance")]
    assert [loc.after_comma for loc in parse_locations("A Section, B Section")] == [False, True]


def test_page_forms() -> None:
    for cell, pages in [("p. 12", (12,)), ("pp. 12-14", (12, 13, 14)), ("12/45", (12, 45)),
                        ("12, 45", (12, 45)), ("Pages 5, 7 and 9", (5, 7, 9)), ("112-14", (112, 113, 114))]:
        (loc,) = parse_locations(cell)
        assert loc.kind is K.PAGE and loc.pages == pages, cell


def test_document_applies_to_following_pages() -> None:
    first, second = parse_locations("NFS pp. 17-18; 25")
    assert (first.kind, first.document, first.pages) == (K.EXTERNAL, "NFS", (17, 18))
    assert (second.kind, second.document, second.pages) == (K.EXTERNAL, "NFS", (25,))


def test_annual_report_page_is_external() -> None:
    (loc,) = parse_locations("Annual Report 2024, p. 88")
    assert loc.kind is K.EXTERNAL and loc.pages == (88,) and loc.document == "Annual Report 2024"


def test_placeholders_and_urls() -> None:
    assert kinds("pg X") == [("placeholder", "pg X")]
    assert kinds("xx") == [("placeholder", "xx")]
    assert kinds("https://example.com/esg")[0][0] == "external"


def test_omission_reasons() -> None:
    o = parse_omission("Information unavailable/incomplete. Data collection starts 2025.")
    assert o is not None and o.reason is R.UNAVAILABLE and o.explanation == "Data collection starts 2025"
    o = parse_omission("Confidentiality constraints")
    assert o is not None and o.reason is R.CONFIDENTIALITY and o.explanation == ""
    o = parse_omission("Not material")
    assert o is None
    o = parse_omission("Omitted: not material")
    assert o is not None and o.reason is R.OTHER
    assert parse_omission("About This Report") is None


def test_placeholder_at_the_end_of_a_longer_location() -> None:
    (loc,) = parse_locations("FY2023 Sustainability Performance data > GHG emissions - pg X")
    assert loc.kind is K.PLACEHOLDER
    assert parse_locations("Appendix X")[0].kind is K.SECTION
