"""The multi-framework sample (reports/harbourline_2024.md): GRI, SASB and HKEX indexes, each row checked in its
own framework, with the gaps planted in each found (the golden files pin the whole output)."""
from __future__ import annotations

import pytest

from gri_check import pipeline
from gri_check.model import Status
from gri_check.result import RunResult
from tests.conftest import ROOT
from tests.helpers import bundled

SAMPLE = ROOT / "reports" / "harbourline_2024.md"


@pytest.fixture(scope="module")
def result() -> RunResult:
    return pipeline.run(SAMPLE, pipeline.Options(), bundled())


def _status(result: RunResult, framework: str, code: str) -> Status:
    (a,) = [a for a in result.assessments if a.framework == framework and a.disclosure.code == code]
    return a.status


def _rules(result: RunResult, framework: str, code: str | None) -> set[str]:
    return {f.rule for f in result.findings if f.framework == framework and f.disclosure == code}


def test_three_indexes_each_in_its_framework(result: RunResult) -> None:
    assert [(t.framework, t.title, t.rows) for t in result.index.tables] == [
        ("GRI", "GRI Content Index", 20), ("SASB", "SASB Index", 11),
        ("HKEX", "HKEX ESG Reporting Guide Content Index", 50)]
    assert [(f.id, f.basis) for f in result.frameworks] == [("GRI", "index"), ("SASB", "index"), ("HKEX", "index")]
    sasb = result.frameworks[1]
    assert sasb.industry.code == "RT-IG" and sasb.industry.why == "10 of the 11 SASB codes in the index are RT-IG"
    assert result.frameworks[0].mode.mode.value == "with_reference"
    assert result.period == 2024


def test_planted_gri_gaps(result: RunResult) -> None:
    assert _status(result, "GRI", "418-1") is Status.UNSUPPORTED and "GRI-LOC-001" in _rules(result, "GRI", "418-1")
    assert _status(result, "GRI", "308-1") is Status.PARTIAL  # no share of new suppliers screened
    assert _status(result, "GRI", "2-29") is Status.SUPPORTED  # "Stakeholder Engagement": an approximate heading


def test_planted_sasb_gaps(result: RunResult) -> None:
    assert _status(result, "SASB", "RT-IG-410a.1") is Status.OMITTED  # "Not applicable: ... no on-road vehicles"
    assert "GRI-COD-005" in _rules(result, "SASB", "RT-EE-410a.1")  # a metric of another industry
    assert "GRI-COD-001" in _rules(result, "SASB", "RT-IG-330a.1")  # RT-IG has no such metric
    missing = next(f for f in result.findings if f.rule == "GRI-REQ-007")
    assert missing.message.endswith("not indexed: RT-IG-440b.1. Add them with their locations or explain why they "
                                    "do not apply.")


def test_planted_hkex_gaps(result: RunResult) -> None:
    assert _status(result, "HKEX", "B5.4") is Status.NOT_INDEXED and "GRI-REQ-001" in _rules(result, "HKEX", "B5.4")
    assert _status(result, "HKEX", "A1.5") is Status.UNSUPPORTED  # "Emissions Targets" is no heading
    assert _status(result, "HKEX", "B6.2") is Status.PARTIAL  # complaints handled, but no number given
    # Part B rows carry no codes: read by the titles the catalogue lists for them
    assert {a.disclosure.code for a in result.assessments if a.framework == "HKEX" and a.entry
            and not a.entry.raw_code} == {"B-GOV", "B-PRIN", "B-BOUND"}
    # the 2020 Guide applies to FY2024: no Part D requirement is listed as missing
    assert not [a for a in result.assessments if a.disclosure.code.startswith("D-")]


def test_related_requirements_link_the_three_indexes(result: RunResult) -> None:
    energy = next(a for a in result.assessments if a.disclosure.code == "RT-IG-130a.1")
    related = {(r.disclosure.framework, r.disclosure.code): r.status for r in energy.related}
    assert related[("GRI", "302-1")] is Status.SUPPORTED and related[("HKEX", "A2.1")] is Status.SUPPORTED
    offered = [f for f in result.findings if f.rule == "GRI-EVD-005" and f.disclosure == "418-1"]
    assert offered and "HKEX B6.5" in offered[0].message  # the privacy policy reported for HKEX, offered to 418-1
