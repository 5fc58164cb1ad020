from __future__ import annotations

from gri_check.index.model import LocationKind, OmissionReason
from gri_check.ingest.markdown import parse_markdown
from gri_check.ingest.text import parse_text
from gri_check.model import Mode
from tests.helpers import extract_index

TAB_INDEX = """Intro

Governance

The board meets monthly.

GRI content index

Statement of use\tAcme Ltd has reported in accordance with the GRI Standards for the period 1 January 2024 to 31 December 2024.
GRI 1 used\tGRI 1: Foundation 2021

GRI Standard\tDisclosure\tLocation\tOmission
GRI 2: General Disclosures 2021\t\t\t
GRI 2-1\t"Organizational details"\tGovernance\t
G2-9\tGovernance structure and composition\tGovernance; Annual Report 2024, p. 88\t
GRI Standard\tDisclosure\tLocation\tOmission
2-21\tAnnual total compensation ratio\t\tConfidentiality constraints: salaries are not published
GRI 305: Emissions 2016\t\t\t
305-1a\tDirect (Scope 1) GHG emissions\tpg X\t
305-7\tNitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions\t\tNot material
"""  # noqa: E501  # a row as reports print it: the long line is the test


def test_tab_separated_index() -> None:
    ci = extract_index(parse_text(TAB_INDEX, "r.txt"))
    assert ci.title == "GRI content index"
    assert [e.code for e in ci.entries] == ["2-1", "2-9", "2-21", "305-1", "305-7"]
    assert [e.raw_code for e in ci.entries][:2] == ["GRI 2-1", "G2-9"]
    assert ci.entries[0].title == "Organizational details"  # quotes dropped
    assert ci.statement_of_use is not None and ci.statement_of_use.mode is Mode.IN_ACCORDANCE
    assert ci.gri1_used == "GRI 1: Foundation 2021"
    assert [(g.number, g.year) for g in ci.groups] == [("2", 2021), ("305", 2016)]
    assert ci.entries[3].group is not None and ci.entries[3].group.number == "305"
    assert ci.entries[3].requirement == "a"


def test_locations_and_omissions_by_column() -> None:
    e = {x.code: x for x in extract_index(parse_text(TAB_INDEX, "r.txt")).entries}
    assert [loc.kind for loc in e["2-9"].locations] == [LocationKind.SECTION, LocationKind.EXTERNAL]
    assert e["2-21"].locations == () and e["2-21"].omission.reason is OmissionReason.CONFIDENTIALITY
    assert e["2-21"].omission.explanation == "salaries are not published"
    assert e["305-1"].locations[0].kind is LocationKind.PLACEHOLDER
    assert e["305-7"].omission.reason is OmissionReason.OTHER  # "Not material" is not a permitted reason


def test_repeated_header_rows_are_not_entries() -> None:
    ci = extract_index(parse_text(TAB_INDEX, "r.txt"))
    assert all(e.title != "Disclosure" for e in ci.entries)


def test_markdown_pipe_index_with_code_and_title_in_one_cell() -> None:
    md = """# Report

## People

Text.

## GRI content index

| Standard | Disclosure | Location |
|---|---|---|
| GRI 2: General Disclosures 2021 | 2-7 Employees | People |
| | 2-8 Workers who are not employees | People, Annual Report |
| GRI 3: Material Topics 2021 | 3-3 Management of material topics | People |
"""
    ci = extract_index(parse_markdown(md, "r.md"))
    assert [(e.code, e.title) for e in ci.entries] == [
        ("2-7", "Employees"), ("2-8", "Workers who are not employees"), ("3-3", "Management of material topics")]
    assert ci.entries[0].group is not None and ci.entries[0].group.number == "2"
    assert ci.entries[2].group is not None and ci.entries[2].group.number == "3"


def test_plain_line_index_without_tables() -> None:
    text = "GRI Index\n\n2-1 Organizational details p. 4\n\n2-2 Entities included p. 5\n\n2-3 Reporting period p. 6\n"
    ci = extract_index(parse_text(text, "r.txt"))
    assert [e.code for e in ci.entries] == ["2-1", "2-2", "2-3"]
    assert [(e.title, e.locations[0].pages) for e in ci.entries][0] == ("Organizational details", (4,))


def test_no_index_is_empty_not_an_error() -> None:
    ci = extract_index(parse_text("A report\n\nWith 2-3 sentences but no index.\n", "r.txt"))
    assert not ci.found and ci.entries == ()


def test_statement_of_use_in_prose_near_the_index() -> None:
    text = ("Acme Ltd has reported the information cited in this GRI content index for the period 2024 "
            "with reference to the GRI Standards.\n\nGRI content index\n\n2-1\tOrganizational details\tA\n"
            "2-2\tEntities\tA\n2-3\tPeriod\tA\n")
    ci = extract_index(parse_text(text, "r.txt"))
    assert ci.statement_of_use is not None and ci.statement_of_use.mode is Mode.WITH_REFERENCE


def test_row_that_lost_its_code_is_kept_without_one() -> None:
    md = """# R

## Ethics

Text.

## GRI content index

| Standard | Code | Disclosure | Page |
|---|---|---|---|
| GRI 205: Anti-corruption 2016 | 205-1 | Operations assessed for risks related to corruption | Ethics |
| | 205-2 | Communication and training about anti-corruption policies and procedures | Ethics |
| GRI 206: Anti-competitive Behavior 2016 | | Legal actions for anti-competitive behavior, anti-trust, and monopoly practices | Ethics |
| | 205-3 | Confirmed incidents of corruption and actions taken | Ethics |
"""  # noqa: E501  # a row as reports print it: the long line is the test
    ci = extract_index(parse_markdown(md, "r.md"))
    assert [(e.code, e.group.number if e.group else None) for e in ci.entries] == [
        ("205-1", "205"), ("205-2", "205"), (None, "206"), ("205-3", "206")]  # a standard cell holds for the rows below
    assert ci.entries[2].title.startswith("Legal actions") and ci.entries[2].raw_location == "Ethics"
