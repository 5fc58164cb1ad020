"""The gate: thresholds overall, per framework and per standard; waivers (expired, unused); the baseline."""
from __future__ import annotations

from datetime import date

import pytest

from gri_check import pipeline
from gri_check.fingerprint import of_run
from gri_check.gate import Gate, Waiver, apply_gate
from gri_check.model import Severity, Status
from tests.conftest import SAMPLE

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def run(catalogue):
    return pipeline.run(SAMPLE, pipeline.Options(), catalogue)


def gate_of(run, catalogue, **kw):
    gate = Gate(today=TODAY, **kw)
    ids = tuple((f"{s.framework} {s.number}", s.id) for s in catalogue.standards)
    return apply_gate(gate, run.findings, assessments=run.assessments, fingerprints=of_run(run), standard_ids=ids)


def test_no_gate_passes_and_says_nothing(run, catalogue) -> None:
    g = gate_of(run, catalogue)
    assert g.passed and g.reasons == () and g.summary() == () and not g.configured


def test_thresholds_overall_per_framework_and_per_standard(run, catalogue) -> None:
    # Northwind by hand: 28 of 50 judged rows supported (56.0%); GRI 2 has 31 rows of which 14 supported
    g = gate_of(run, catalogue, fail_under=56, fail_under_frameworks=(("GRI", 57.0),),
                fail_under_standards=(("GRI 2", 10.0),))
    overall, framework, standard = g.thresholds
    assert (overall.percent, overall.judged, overall.passed) == (56.0, 50, True)
    assert (framework.id, framework.passed) == ("GRI", False)
    assert standard.id == "GRI 2" and standard.passed and 0 < standard.judged < 50
    assert not g.passed and g.reasons == ("GRI coverage 56.0% is below --fail-under 57% (50 judged)",)


def test_a_disclosure_waiver_accepts_its_gap_and_its_findings(run, catalogue) -> None:
    w = Waiver(number=1, disclosure="2-10", justification="in the annual report", owner="j.doe",
               expires=date(2026, 12, 31))
    g = gate_of(run, catalogue, fail_under=57, waivers=(w,), fail_on=Severity.ERROR)
    [t] = g.thresholds
    assert (t.judged, t.waived) == (49, 1)  # the unsupported 2-10 leaves the count: 28/49 = 57.1%
    assert t.passed and t.percent == 57.1
    waived = [f for f, s in zip(run.findings, g.suppressions) if s is not None]
    assert [f.disclosure for f in waived] == ["2-10"] and g.waived == 1
    accepted = [a.disclosure.code for a, w2 in zip(run.assessments, g.accepted) if w2 is not None]
    assert accepted == ["2-10"] and not g.unused_waivers
    errors = sum(1 for f in run.findings if f.severity is Severity.ERROR)
    assert g.reasons == (f"{errors - 1} finding(s) at or above --fail-on error",)


def test_an_expired_waiver_fails_the_gate_and_waives_nothing(run, catalogue) -> None:
    w = Waiver(number=1, rule="GRI-COD-001", justification="typo", owner="ed", expires=date(2026, 5, 31))
    g = gate_of(run, catalogue, waivers=(w,))
    assert not g.passed and g.reasons == ("waiver 1 (GRI-COD-001; owner ed) expired on 2026-05-31",)
    assert g.waived == 0 and g.expired_waivers == (w,)
    same_day = gate_of(run, catalogue, waivers=(Waiver(number=1, rule="GRI-COD-001", justification="typo", owner="ed",
                                                       expires=TODAY),))
    assert same_day.passed and same_day.waived == 1  # valid through its expiry day


def test_an_unused_waiver_is_reported_but_passes(run, catalogue) -> None:
    w = Waiver(number=3, disclosure="999-9", justification="x", owner="nobody", expires=date(2027, 1, 1))
    g = gate_of(run, catalogue, waivers=(w,))
    assert g.passed and g.unused_waivers == (w,)
    assert g.summary()[-1] == ("Unused waivers (they waive nothing; remove or correct them): "
                               "waiver 3 (999-9; owner nobody)")


def test_a_rule_prefix_waiver_and_a_framework_scoped_one(run, catalogue) -> None:
    loc = sum(1 for f in run.findings if f.rule.startswith("GRI-LOC-"))
    assert loc > 0
    g = gate_of(run, catalogue, waivers=(Waiver(number=1, rule="GRI-LOC", justification="j", owner="o",
                                                expires=TODAY),))
    assert g.waived == loc
    other = gate_of(run, catalogue, waivers=(Waiver(number=1, disclosure="2-10", framework="SASB", justification="j",
                                                    owner="o", expires=TODAY),))
    assert other.waived == 0 and other.unused_waivers


def test_the_baseline_takes_known_findings_out_of_the_gate(run, catalogue) -> None:
    prints = of_run(run)
    g = gate_of(run, catalogue, fail_on=Severity.INFO, baseline=frozenset(prints))
    assert g.passed and g.baselined == len(run.findings)
    errors = [n for n, f in enumerate(run.findings) if f.severity is Severity.ERROR]
    partial = gate_of(run, catalogue, fail_on=Severity.ERROR, baseline=frozenset(prints[n] for n in errors[1:]))
    assert partial.reasons == ("1 finding(s) at or above --fail-on error",)


def test_statuses_counted_by_thresholds_are_the_judged_ones(run) -> None:
    gaps = [a for a in run.assessments if a.status in (Status.PARTIAL, Status.UNSUPPORTED, Status.NOT_INDEXED)]
    assert len(gaps) == 22  # Northwind by hand: 9 partial + 5 unsupported + 8 not indexed
