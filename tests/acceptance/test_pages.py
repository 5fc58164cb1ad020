"""Page locations: cited pages resolve by printed number; wrong pages are reported with the right one."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

PAGED = (
    "Acme Ltd has reported the information cited in this GRI content index for the period 1 January 2024 "
    "to 31 December 2024 with reference to the GRI Standards.\n"
    "\fOur people\n\nWe employ 1,240 employees, of whom 48% are women; 1,100 have permanent contracts and "
    "140 temporary contracts. Headcount by region: Europe 800 employees, Asia 440 employees.\n"
    "\fClimate\n\nScope 1 direct greenhouse gas emissions were 12,400 tCO2e, covering CO2, CH4 and N2O, "
    "against the 2019 base year, using the operational control approach and IPCC emission factors.\n"
    "\fGRI content index\n\nGRI 1 used\tGRI 1: Foundation 2021\n"
    "2-7\tEmployees\tp. 2\n305-1\tDirect (Scope 1) GHG emissions\tp. 2\n2-8\tWorkers who are not employees\tp. 9\n"
)


@pytest.fixture()
def paged(tmp_path: Path) -> Path:
    p = tmp_path / "paged.txt"
    p.write_text(PAGED, encoding="utf-8")
    return p


def disclosures(run_cli, *args) -> tuple[dict, dict]:
    data = json.loads(run_cli("check", *args, "--format", "json").output)
    return data, {d["code"]: d for d in data["disclosures"]}


def test_page_resolves_and_evidence_is_on_it(run_cli, paged: Path) -> None:
    data, d = disclosures(run_cli, paged)
    assert data["report"]["pages"] == 4
    assert d["2-7"]["locations"][0]["kind"] == "page" and d["2-7"]["status"] in ("supported", "partial")
    assert d["2-7"]["evidence"][0]["page"] == "2"


def test_wrong_page_is_reported_with_the_page_holding_the_evidence(run_cli, paged: Path) -> None:
    data, d = disclosures(run_cli, paged)
    assert d["305-1"]["status"] == "unsupported"
    assert d["305-1"]["found_elsewhere"][0]["page"] == "3"
    (f,) = [f for f in data["findings"] if f["rule"] == "GRI-LOC-005"]
    assert f["disclosure"] == "305-1" and "page 3" in f["message"] and "p. 2" in f["message"]


def test_page_beyond_the_report_is_a_finding(run_cli, paged: Path) -> None:
    data, d = disclosures(run_cli, paged)
    assert d["2-8"]["locations"][0]["note"] == "page 9 not in the report"
    assert any(f["rule"] == "GRI-LOC-004" and f["disclosure"] == "2-8" for f in data["findings"])


STANDALONE = (
    "GRI content index\n\n"
    "Acme Ltd has reported the information cited in this GRI content index for the period 2024 with "
    "reference to the GRI Standards.\n\n"
    "2-7\tEmployees\tAnnual Report 2024, p. 2\n"
    "305-1\tDirect (Scope 1) GHG emissions\tAnnual Report 2024, p. 3\n"
    "2-8\tWorkers who are not employees\tAnnual Report 2024, p. 40\n"
)


def test_standalone_index_checked_against_the_report(run_cli, paged: Path, tmp_path: Path) -> None:
    index = tmp_path / "index.txt"
    index.write_text(STANDALONE, encoding="utf-8")
    _, alone = disclosures(run_cli, index)
    assert {c: x["status"] for c, x in alone.items()} == {"2-7": "external", "305-1": "external", "2-8": "external"}
    data, d = disclosures(run_cli, index, "--against", paged)
    assert data["against"]["path"] == str(paged) and data["report"]["path"] == str(index)
    assert d["305-1"]["status"] in ("supported", "partial") and d["305-1"]["evidence"][0]["page"] == "3"
    assert d["2-7"]["status"] in ("supported", "partial")
    assert d["2-8"]["locations"][0]["note"] == "page 40 not in the report"
    assert run_cli("check", index, "--against", tmp_path / "missing.txt").exit_code == 3
