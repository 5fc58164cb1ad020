"""diff.compare on hand-made reports: pairing of repeated codes, fingerprints with a fallback, statuses."""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check import diff
from gri_check.errors import InputError


def row(code: str, status: str, location: str | None = "Here", line: int = 1, fw: str = "GRI") -> dict:
    return {"framework": fw, "code": code, "title": f"Title {code}", "status": status,
            "index_row": None if location is None else {"raw_location": location, "line": line, "page": None}}


def finding(rule: str, code: str | None, fingerprint: str | None, severity: str = "warning", msg: str = "m") -> dict:
    return {"rule": rule, "severity": severity, "framework": "GRI", "disclosure": code, "message": msg,
            "fingerprint": fingerprint, "line": None, "page": None}


def report(disclosures: list, findings: list = (), version: str = "2.3") -> dict:
    return {"schema_version": version, "report": {"path": "r.md"}, "coverage": {"percent": 50.0},
            "disclosures": list(disclosures), "findings": list(findings)}


def test_unchanged_reports_have_no_changes() -> None:
    r = report([row("2-1", "supported"), row("3-3", "partial", "A")], [finding("GRI-EVD-004", "2-1", "a" * 16)])
    d = diff.compare(r, r)
    assert d.rows == () and d.new_findings == () and d.fixed_findings == () and not d.regressed


def test_repeated_codes_pair_by_location_then_order() -> None:
    old = report([row("3-3", "partial", "Climate"), row("3-3", "supported", "Water"), row("3-3", "partial", "People")])
    # the Climate row is gone; Water moved first and People changed status
    new = report([row("3-3", "supported", "Water"), row("3-3", "unsupported", "People")])
    d = diff.compare(old, new)
    assert [(c.code, c.occurrence, c.change, c.newly) for c in d.rows] == [
        ("3-3", 2, "status", "missing"), ("3-3", 1, "removed", "missing")]
    assert d.rows[0].old and d.rows[0].old.location == "People"
    assert d.rows[1].old and d.rows[1].old.location == "Climate"


def test_statuses_and_locations() -> None:
    old = report([row("2-1", "partial"), row("2-2", "supported", "A"), row("2-15", "not_indexed", None),
                  row("2-9", "unsupported")])
    new = report([row("2-1", "supported"), row("2-2", "supported", "B"), row("2-15", "not_indexed", None),
                  row("305-1", "unsupported")])
    d = diff.compare(old, new)
    assert [(c.code, c.change, c.newly, c.location_changed) for c in d.rows] == [
        ("2-1", "status", "supported", False), ("2-2", "location", None, True), ("305-1", "added", "missing", False),
        ("2-9", "removed", None, False)]  # an unsupported row removed was missing already
    assert [c.code for c in d.of("missing")] == ["305-1"] and d.regressed


def test_findings_match_by_fingerprint_then_by_subject() -> None:
    old = report([], [finding("GRI-LOC-001", "2-7", "1" * 16), finding("GRI-EVD-004", "2-21", "2" * 16),
                      finding("GRI-EVD-004", "2-21", "3" * 16), finding("GRI-IDX-005", "2-10", None)])
    # fingerprints changed (another schema, or the row's location): the same rule on the same code still pairs
    new = report([], [finding("GRI-EVD-004", "2-21", "9" * 16), finding("GRI-LOC-001", "2-7", "1" * 16),
                      finding("GRI-COD-001", "2-31", "8" * 16, severity="info"),
                      finding("GRI-IDX-005", "2-10", None)], version="2.1")
    d = diff.compare(old, new)
    assert [(f.rule, f.fingerprint) for f in d.fixed_findings] == [("GRI-EVD-004", "3" * 16)]
    assert [(f.rule, f.disclosure) for f in d.new_findings] == [("GRI-COD-001", "2-31")]
    assert not d.regressed  # the only new finding is info


def test_load_refuses_what_is_not_a_report(tmp_path: Path) -> None:
    cases = {"a.json": "[1]", "b.json": '{"schema_version": "3.0", "disclosures": [], "findings": []}',
             "c.json": '{"schema_version": "2.3"}', "d.json": "{", "e.json": '{"kind": "gri-check-diff"}'}
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(InputError) as err:
            diff.load(tmp_path / name)
        assert str(err.value).startswith(str(tmp_path / name)) and err.value.exit_code == 3
    with pytest.raises(InputError, match="file not found"):
        diff.load(tmp_path / "none.json")
