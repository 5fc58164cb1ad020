"""The bundled sample report: every status and each planted defect, checked row by row."""
from __future__ import annotations

import pytest

from gri_check import pipeline
from gri_check.model import Mode, Status
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def result(catalogue):
    return pipeline.run(SAMPLE, pipeline.Options(), catalogue)


def statuses(result) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in result.assessments:
        out.setdefault(a.disclosure.code, set()).add(a.status.value)
    return out


def findings(result, rule: str) -> list:
    return [f for f in result.findings if f.rule == rule]


def test_index_read_whole(result) -> None:
    assert len(result.index.entries) == 48
    assert result.index.gri1_used == "GRI 1: Foundation 2021"
    assert result.mode.mode is Mode.IN_ACCORDANCE and result.mode.source == "statement_of_use"


def test_every_status_occurs(result) -> None:
    seen = {a.status for a in result.assessments}
    assert seen == set(Status) - {Status.NOT_JUDGED}  # an English report: every row's evidence is judged


def test_planted_statuses(result) -> None:
    s = statuses(result)
    for code in ("2-2", "2-5", "2-9", "2-12", "302-1", "305-1", "305-2", "303-3", "303-5", "306-3", "403-9"):
        assert s[code] == {"supported"}, code
    assert s["205-3"] == {"supported"}  # a zero-incident statement in the location cell
    assert s["401-1"] == {"partial"}  # hires given, turnover not
    for code in ("2-17", "2-28", "308-1", "413-1"):
        assert s[code] == {"unsupported"}, code
    assert s["201-1"] == {"external"} and s["2-18"] == {"external"}
    for code in ("2-4", "308-2", "403-10"):
        assert s[code] == {"omitted"}, code
    assert {c for c, v in s.items() if v == {"not_indexed"}} == {
        "2-13", "2-14", "2-15", "2-16", "2-19", "2-20", "2-24", "2-25"}


def test_planted_defects(result) -> None:
    (group,) = findings(result, "GRI-IDX-003")
    assert '"GRI 304: Water and Effluents 2018"' in group.message and "303-3, 303-5" in group.message
    (swap,) = findings(result, "GRI-COD-003")
    assert swap.disclosure == "2-9" and '"Remuneration policies"' in swap.message and "2-19" in swap.message
    (unknown,) = findings(result, "GRI-COD-001")
    assert "2-31" in unknown.message
    (withdrawn,) = findings(result, "GRI-REQ-006")
    assert "GRI 307: Environmental Compliance 2016" in withdrawn.message
    (dup,) = findings(result, "GRI-IDX-002")
    assert dup.disclosure == "2-6"
    (missing,) = findings(result, "GRI-LOC-001")
    assert '"Social Investmnet Programme"' in missing.message and '"Community Engagement"' in missing.message
    (placeholder,) = findings(result, "GRI-IDX-005")
    assert placeholder.disclosure == "2-10" and '"pg X"' in placeholder.message
    (not_permitted,) = findings(result, "GRI-OMI-001")
    assert not_permitted.disclosure == "2-4"
    (bad_reason,) = findings(result, "GRI-OMI-002")
    assert bad_reason.disclosure == "403-10" and '"Not material"' in bad_reason.message
    (approx,) = findings(result, "GRI-LOC-003")
    assert approx.disclosure == "401-2" and '"Employee Well-being and Benefits"' in approx.message
    (claims,) = findings(result, "GRI-REQ-003")
    assert '"Core option"' in claims.message and '"in accordance"' in claims.message
    assert {f.disclosure for f in findings(result, "GRI-REQ-001")} == {
        "2-13", "2-14", "2-15", "2-16", "2-19", "2-20", "2-24", "2-25"}


def test_no_false_defects(result) -> None:
    # 3-3 under a topic group is the normal layout, not a group mismatch
    assert all(f.disclosure != "3-3" for f in findings(result, "GRI-IDX-003"))
    assert not findings(result, "GRI-IDX-006") and not findings(result, "GRI-IDX-007")
    assert not findings(result, "GRI-REQ-004")
