from __future__ import annotations

from gri_check.index.cells import parse_locations
from gri_check.ingest.markdown import parse_markdown
from gri_check.match.locations import build_section_table, match_section, resolve

MD = """# Report

## About This Report

Scope.

## Employee Rights & Benefits

Pay.

### Key Performance

Figures.

## Health, Safety and Environment

Safety.

### Key Performance

More figures.

## GRI content index

### Key Performance
"""


def table_and_doc():
    doc = parse_markdown(MD, "r.md")
    index_start = next(i for i, b in enumerate(doc.blocks) if b.text == "GRI content index")
    return build_section_table(doc, [(index_start, len(doc.blocks))]), doc


def test_case_ampersand_and_punctuation_tolerated() -> None:
    table, doc = table_and_doc()
    for cited in ["about this report", "Employee Rights and Benefits", "Employee Rights & Benefits."]:
        sections, score = match_section(cited, table)
        assert len(sections) == 1 and score == 100, cited


def test_small_wording_difference_resolves_approximately() -> None:
    table, doc = table_and_doc()
    sections, score = match_section("Employee Right and Benefit", table)
    assert doc.sections[sections[0]].title == "Employee Rights & Benefits" and 85 <= score < 100


def test_recurring_heading_resolves_to_every_occurrence_outside_the_index() -> None:
    table, doc = table_and_doc()
    sections, score = match_section("Key Performance", table)
    assert score == 100 and len(sections) == 2  # the one under the index heading is left out


def test_unrelated_name_does_not_resolve() -> None:
    table, _ = table_and_doc()
    assert match_section("Biodiversity Programme", table) == ((), 0)


def test_path_resolves_deepest_part() -> None:
    table, doc = table_and_doc()
    sections, _ = match_section("Sustainability Report > Employee Rights & Benefits", table)
    assert doc.sections[sections[0]].title == "Employee Rights & Benefits"


def test_comma_inside_a_heading_is_rejoined() -> None:
    table, doc = table_and_doc()
    (r,) = resolve(parse_locations("Health, Safety and Environment"), doc, table)
    assert r.resolved and doc.sections[r.sections[0]].title == "Health, Safety and Environment"


def test_pages_without_page_numbers_do_not_resolve() -> None:
    table, doc = table_and_doc()
    (r,) = resolve(parse_locations("p. 12"), doc, table)
    assert not r.resolved and "no page numbers" in r.note
