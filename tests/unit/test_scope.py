"""Which disclosures apply beyond the index rows: dates, industries, required lists; industry choice; crosswalks."""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check.errors import UsageError
from gri_check.index.model import EMPTY_INDEX
from gri_check.ingest.markdown import parse_markdown
from gri_check.match.industry import choose_industry
from gri_check.match.scope import Period, reporting_period, scope_of
from gri_check.model import Mode
from gri_check.standards.crosswalk import Crosswalk, Link, load_crosswalk
from tests.helpers import bundled, bundled_reader, extract_index

HKEX_INDEX = """# Example Holdings ESG Report {year}

## Emissions

We report our emissions here.

## HKEX ESG Reporting Guide Content Index

| Aspects | KPI | Section |
|---|---|---|
| KPI A1.1 | The types of emissions and respective emissions data. | Emissions |
| KPI A1.3 | Total hazardous waste produced | Emissions |
| KPI A1.4 | Total non-hazardous waste produced | Emissions |
"""


def _hkex(year: int):
    doc = parse_markdown(HKEX_INDEX.format(year=year), "r.md")
    return doc, extract_index(doc)


def test_the_reporting_year_comes_from_the_first_heading() -> None:
    doc, index = _hkex(2025)
    assert reporting_period(doc, index) == Period(year=2025, source="title")


@pytest.mark.parametrize(("year", "part_d", "a12"), [(2024, False, True), (2025, True, False)])
def test_hkex_requirements_in_force_for_the_reporting_year(year: int, part_d: bool, a12: bool) -> None:
    doc, index = _hkex(year)
    scope = scope_of(bundled(), index, Mode.WITH_REFERENCE, period=reporting_period(doc, index))
    required = {d.code for d in scope.required}
    assert {"A1.2", "B5.4", "B-GOV"} & required == ({"A1.2"} if a12 else set()) | {"B5.4", "B-GOV"}
    assert ("D-MT-GHG12" in required) is part_d  # Part D applies to financial years from 1 January 2025
    assert {d.framework for d in scope.required} == {"HKEX"}  # GRI is not required "with reference"


def test_gri_universal_disclosures_are_required_only_in_accordance() -> None:
    doc = parse_markdown("# R\n\n## GRI content index\n\n| 2-1 | Organizational details | R |\n"
                         "| 2-2 | Entities | R |\n| 2-3 | Reporting period | R |\n", "r.md")
    index = extract_index(doc)
    period = Period(year=2024, source="title")
    with_ref = scope_of(bundled(), index, Mode.WITH_REFERENCE, period=period)
    in_acc = scope_of(bundled(), index, Mode.IN_ACCORDANCE, period=period)
    assert not with_ref.required
    assert {d.code for d in in_acc.required} >= {f"2-{n}" for n in range(1, 31)} | {"3-1", "3-2", "3-3"}


def test_a_scan_needs_an_industry_for_frameworks_that_apply_by_industry() -> None:
    with pytest.raises(UsageError, match="industry could not be told"):
        scope_of(bundled(), EMPTY_INDEX, Mode.WITH_REFERENCE, period=Period(year=None, source="none"), scan=("SASB",))
    with pytest.raises(UsageError, match="no loaded catalogue declares this framework"):
        scope_of(bundled(), EMPTY_INDEX, Mode.WITH_REFERENCE, period=Period(year=None, source="none"), scan=("NOPE",))


def test_industry_by_option_by_codes_and_by_words() -> None:
    cat, reader = bundled(), bundled_reader()
    doc = parse_markdown("# R\n\nWe build machine tools, compressors and construction equipment; our "
                         "industrial machinery plants also remanufacture engines.\n", "r.md")
    by_words = choose_industry("SASB", cat, EMPTY_INDEX, doc, reader)
    assert (by_words.code, by_words.source) == ("RT-IG", "report_text") and "\"compressors\" (1x)" in by_words.why
    assert choose_industry("SASB", cat, EMPTY_INDEX, doc, reader, "tc-si").code == "TC-SI"
    with pytest.raises(UsageError, match="no SASB industry has this code"):
        choose_industry("SASB", cat, EMPTY_INDEX, doc, reader, "XX-YY")
    vague = parse_markdown("# R\n\nWe care about people and the planet.\n", "r.md")
    assert choose_industry("SASB", cat, EMPTY_INDEX, vague, reader).code is None


def test_crosswalk_members_expand_against_the_loaded_catalogues() -> None:
    cat = bundled()
    walk = Crosswalk.build([Link(subject="Energy consumption", provenance="unverified", source="test",
                                 members=(("GRI", "302-1"), ("SASB", "*-130a.1"), ("NOPE", "X-1")))], cat)
    gri = cat.lookup("GRI", "302-1")[0]
    related = walk.related(gri)
    assert {r.disclosure.framework for r in related} == {"SASB"} and len(related) > 20  # every industry's 130a.1
    only_rt_ig = walk.related(gri, lambda d: d.standard.number == "RT-IG")
    assert [r.disclosure.code for r in only_rt_ig] == ["RT-IG-130a.1"]


def test_bundled_crosswalks_load_and_official_links_come_first() -> None:
    walk = load_crosswalk(bundled())
    assert walk.links and {Path(s).name for s in walk.sources} >= {"by_subject.yaml", "sasb_ifrs_s2.yaml"}
    metric = bundled().lookup("SASB", "RT-IG-130a.1")[0]
    related = walk.related(metric)
    assert related[0].provenance == "official" and related[0].disclosure.code == "S2.32"
