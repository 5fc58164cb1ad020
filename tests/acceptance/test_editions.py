"""GRI editions end to end: codes shared by GRI 102/103 of 2016 and of 2025 resolved per row, titles checked
against the edition chosen, superseded disclosures flagged by the report's date (GRI-REQ-008), early adoption
allowed; and bundling gri_2025.yaml changes nothing for reports that do not use its standards.

Fixtures in tests/fixtures/editions/ are fictional (each says so): (a) climate_2025.md, a 2021 universal index
with GRI 102: Climate Change 2025 and GRI 103: Energy 2025 group rows, published 2026; (b) legacy_2016.md, a 2016
index published 2020; (c) biodiversity_2026.md, a report published 2026 still citing GRI 304; (d)
early_101_2025.md, an early adopter of GRI 101 and GRI 102 (2025) in a report published 2025.
"""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import pytest

from gri_check import pipeline
from gri_check.model import Status
from gri_check.paths import DEFAULT_CATALOGUES, standards_dir
from gri_check.result import RunResult
from gri_check.standards.load import load_catalogue

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "editions"
G2016, G2016_MA = "GRI 102: General Disclosures 2016", "GRI 103: Management Approach 2016"
CLIMATE, ENERGY = "GRI 102: Climate Change 2025", "GRI 103: Energy 2025"


@cache
def _run(name: str) -> RunResult:
    return pipeline.run(FIXTURES / name, pipeline.Options())


def _run_text(tmp_path: Path, text: str) -> RunResult:
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(path, pipeline.Options())


def _standards(result: RunResult) -> dict[str, str]:
    return {a.disclosure.code: a.disclosure.standard.id for a in result.assessments if a.entry is not None}


def _rules(result: RunResult, rule: str) -> list[tuple[str | None, str]]:
    return [(f.disclosure, f.message) for f in result.findings if f.rule == rule]


# ---------------------------------------------------------------- (a) the 2025 climate and energy standards


def test_climate_index_resolves_102_and_103_to_the_2025_standards() -> None:
    r = _run("climate_2025.md")
    assert _standards(r) == {
        "2-1": "GRI 2: General Disclosures 2021", "2-3": "GRI 2: General Disclosures 2021",
        "3-3": "GRI 3: Material Topics 2021", "102-1": CLIMATE, "102-5": CLIMATE, "102-6": CLIMATE,
        "102-8": CLIMATE, "103-1": ENERGY, "103-2": ENERGY, "103-4": ENERGY}


def test_climate_index_titles_are_checked_against_the_2025_titles() -> None:
    r = _run("climate_2025.md")
    titles = {a.disclosure.code: (a.disclosure.title, a.title_score) for a in r.assessments if a.entry is not None}
    assert titles["102-5"] == ("Scope 1 GHG emissions", 100)
    assert titles["103-2"] == ("Energy consumption and self-generation within the organization", 100)  # a variant
    (mismatch,) = _rules(r, "GRI-COD-002")
    assert mismatch[0] == "102-8" and 'the official title is "GHG emissions intensity"' in mismatch[1]
    assert not _rules(r, "GRI-COD-003")


def test_climate_index_is_neither_withdrawn_nor_superseded() -> None:
    r = _run("climate_2025.md")
    assert not _rules(r, "GRI-REQ-006")  # not the withdrawn 2016 universal standards
    assert not _rules(r, "GRI-REQ-008")  # GRI 102/103 before 2027: early adoption
    assert r.period == 2025


def test_climate_rows_are_judged_on_the_2025_requirements() -> None:
    status = {a.disclosure.code: a.status for a in _run("climate_2025.md").assessments if a.entry is not None}
    assert status["102-1"] is Status.SUPPORTED  # the transition plan section answers the 2025 disclosure


# ---------------------------------------------------------------- (b) a 2016 index


def test_2016_index_resolves_to_the_withdrawn_2016_standards() -> None:
    r = _run("legacy_2016.md")
    got = _standards(r)
    assert {c: s for c, s in got.items() if c.startswith("102-")} == {
        c: G2016 for c in ("102-1", "102-3", "102-5", "102-6", "102-8", "102-40", "102-41", "102-50", "102-55")}
    assert got["103-1"] == got["103-2"] == G2016_MA  # "Management approach" alone: by the report's context
    assert got["302-1"] == "GRI 302: Energy 2016" and got["305-1"] == "GRI 305: Emissions 2016"


def test_2016_index_still_gets_the_withdrawn_standards_warning_and_2016_titles() -> None:
    r = _run("legacy_2016.md")
    (withdrawn,) = _rules(r, "GRI-REQ-006")
    assert "cites 11 disclosures of withdrawn standards (GRI 102: General Disclosures 2016, GRI 103: Management " \
           "Approach 2016)" in withdrawn[1]
    (mismatch,) = _rules(r, "GRI-COD-002")
    assert mismatch[0] == "103-1" and '"Explanation of the material topic and its Boundary"' in mismatch[1]
    assert not _rules(r, "GRI-REQ-008")  # published 2020: GRI 302/305 were still in force


# ---------------------------------------------------------------- (c) GRI 304 in a report published in 2026


def test_gri_304_in_a_report_published_in_2026_is_superseded() -> None:
    r = _run("biodiversity_2026.md")
    found = dict(_rules(r, "GRI-REQ-008"))
    assert sorted(found) == ["304-1", "304-2", "304-3", "304-4"]  # not 305-1 (until 2026) nor 2-1
    assert found["304-3"] == (
        'the index cites 304-3 "Habitats protected or restored" of GRI 304: Biodiversity 2016, superseded by GRI 101: '
        "Biodiversity 2024 for reports published from 1 January 2026; this report (published 2026, line 11) should "
        'report 101-2 "Management of biodiversity impacts" instead. Replace the row with its successor.')
    assert 'should report 101-4 "Identification of biodiversity impacts" and 101-6 "Direct drivers of biodiversity ' \
           'loss" instead. Replace the row with them.' in found["304-2"]
    assert all(f.severity.value == "warning" for f in r.findings if f.rule == "GRI-REQ-008")
    assert not _rules(r, "GRI-REQ-006")


# ---------------------------------------------------------------- (d) early adoption


def test_early_adoption_of_gri_101_and_102_is_no_finding() -> None:
    r = _run("early_101_2025.md")
    assert _standards(r) == {"2-1": "GRI 2: General Disclosures 2021", "101-1": "GRI 101: Biodiversity 2024",
                             "101-2": "GRI 101: Biodiversity 2024", "101-5": "GRI 101: Biodiversity 2024",
                             "102-5": CLIMATE}
    rules = {f.rule for f in r.findings}
    assert not rules & {"GRI-REQ-006", "GRI-REQ-008", "GRI-COD-001", "GRI-COD-002", "GRI-COD-003"}


# ---------------------------------------------------------------- the evidence below the group row

_HEAD = """# Example Ltd Sustainability Report {year}

## About this report

This report covers the calendar year {year}.

## Climate

Scope 1 emissions were 1,200 tCO2e and Scope 3 emissions 48,000 tCO2e. Energy used: 21,000 GJ.

## GRI content index

Statement of use: Example Ltd has reported the information cited in this GRI content index for the period 1 January
{year} to 31 December {year} with reference to the GRI Standards.

| Disclosure | Title | Location |
|---|---|---|
"""
_UNIVERSAL = ("| 2-1 | Organizational details | About this report |\n"
              "| 2-3 | Reporting period, frequency and contact point | About this report |\n")


def test_titles_alone_choose_the_2025_disclosures(tmp_path: Path) -> None:
    r = _run_text(tmp_path, _HEAD.format(year=2025) + "| 102-5 | Scope 1 GHG emissions | Climate |\n"
                  "| 102-7 | Scope 3 GHG emissions | Climate |\n"
                  "| 102-1 | Name of the organization | About this report |\n"
                  "| 102-3 | Location of headquarters | About this report |\n")
    assert _standards(r) == {"102-5": CLIMATE, "102-7": CLIMATE, "102-1": G2016, "102-3": G2016}


def test_a_2021_universal_index_makes_untitled_102_rows_the_2025_ones(tmp_path: Path) -> None:
    r = _run_text(tmp_path, _HEAD.format(year=2025) + _UNIVERSAL + "| 102-5 | | Climate |\n| 103-2 | | Climate |\n")
    assert _standards(r) == {"2-1": "GRI 2: General Disclosures 2021", "2-3": "GRI 2: General Disclosures 2021",
                             "102-5": CLIMATE, "103-2": ENERGY}
    assert not _rules(r, "GRI-REQ-006")


def test_a_2016_index_keeps_untitled_102_rows_in_2016(tmp_path: Path) -> None:
    r = _run_text(tmp_path, _HEAD.format(year=2025) + "| 102-5 | | About this report |\n"
                  "| 102-40 | List of stakeholder groups | About this report |\n"
                  "| 102-50 | Reporting period | About this report |\n")
    assert _standards(r) == {"102-5": G2016, "102-40": G2016, "102-50": G2016}  # 102-40/50: 2016 codes only
    assert _rules(r, "GRI-REQ-006")


def test_the_successor_title_on_the_old_code_is_a_title_to_correct_not_another_disclosure(tmp_path: Path) -> None:
    # "Scope 3 GHG emissions" is the title of 102-7, the successor of 305-3: the row is 305-3 with a loose title.
    r = _run_text(tmp_path, _HEAD.format(year=2024) + _UNIVERSAL + "| 305-3 | Scope 3 GHG emissions | Climate |\n")
    assert _standards(r)["305-3"] == "GRI 305: Emissions 2016"
    assert not _rules(r, "GRI-COD-003")
    (mismatch,) = _rules(r, "GRI-COD-002")
    assert '"Other indirect (Scope 3) GHG emissions"' in mismatch[1]


def test_the_reporting_period_dates_the_report_when_it_states_no_publication_date(tmp_path: Path) -> None:
    r = _run_text(tmp_path, _HEAD.format(year=2026) + _UNIVERSAL
                  + "| 305-1 | Direct (Scope 1) GHG emissions | Climate |\n"
                  "| 302-5 | Reductions in energy requirements of products and services | Climate |\n")
    found = dict(_rules(r, "GRI-REQ-008"))
    assert sorted(found) == ["302-5", "305-1"]
    assert "superseded by GRI 102: Climate Change 2025 for reports published from 1 January 2027; this report " \
           '(reporting period 2026, so published 2027 assumed) should report 102-5 "Scope 1 GHG emissions"' \
           in found["305-1"]
    assert "should report the disclosures of GRI 103: Energy 2025 instead (none replaces it one to one)" \
           in found["302-5"]
    earlier = _run_text(tmp_path, _HEAD.format(year=2025) + _UNIVERSAL + "| 305-1 | Direct (Scope 1) GHG emissions | "
                        "Climate |\n")
    assert _standards(earlier)["305-1"] == "GRI 305: Emissions 2016"
    assert not _rules(earlier, "GRI-REQ-008")  # period 2025: published 2026, before GRI 102 applies


# ---------------------------------------------------------------- nothing else changes


def _inputs() -> list[Path]:
    shared = ROOT.parent / "shared"
    paths = [*sorted((shared / "corpus").glob("*.pdf")), *sorted((shared / "corpus").glob("*.md")),
             *sorted((shared / "seeds").glob("*.txt"))] if shared.is_dir() else []
    return [*paths, *sorted((ROOT / "reports").glob("*.md")), *sorted((ROOT / "tests" / "fixtures" / "shapes").glob(
        "*.md")), *sorted((ROOT / "tests" / "fixtures" / "zh").glob("*.md")), FIXTURES / "legacy_2016.md"]


@lru_cache(maxsize=1)
def _without_2025():
    return load_catalogue([standards_dir() / n for n in DEFAULT_CATALOGUES if n != "gri_2025.yaml"], bundled=False)


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name)
def test_bundling_gri_2025_changes_nothing_for_reports_that_do_not_use_it(path: Path, catalogue) -> None:
    source = pipeline.load_source(path)
    runs = [pipeline.check_document(source.document, cat, pipeline.Options(), report=source)
            for cat in (catalogue, _without_2025())]

    def summary(r: RunResult):
        return ([(a.disclosure.key, a.status, a.title_score) for a in r.assessments],
                [(f.rule, f.disclosure, f.message) for f in r.findings])

    with_2025, without = (summary(r) for r in runs)
    assert with_2025 == without
