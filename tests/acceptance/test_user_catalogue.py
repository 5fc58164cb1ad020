"""The worked example of docs/catalogues.md end to end: a user catalogue declaring its own framework checks an
index written to it, and scans a report that prints none."""
from __future__ import annotations

import json

from tests.conftest import ROOT, SAMPLE

KPIS = ROOT / "docs" / "examples" / "northwind_kpis.yaml"
INDEX = ROOT / "tests" / "fixtures" / "policy" / "northwind_kpi_index.md"


def _json(run_cli, *args):
    r = run_cli("check", *args, "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_the_catalogue_in_the_docs_validates(run_cli) -> None:
    r = run_cli("standards", "validate", KPIS)
    assert r.exit_code == 0 and r.output.strip() == f"{KPIS}: valid (5 disclosures)"
    assert "NWC-ENV-01" in (ROOT / "docs" / "catalogues.md").read_text(encoding="utf-8")


def test_an_index_written_to_the_user_framework_is_checked_row_by_row(run_cli) -> None:
    data = _json(run_cli, INDEX, "--standard", KPIS)
    assert data["content_index"]["tables"] == [{"framework": "NWC", "title": "NWC KPI index", "line": 17, "rows": 5}]
    status = {d["code"]: (d["status"], d["basis"]) for d in data["disclosures"]}
    assert status == {"NWC-ENV-01": ("supported", "index"), "NWC-ENV-02": ("supported", "index"),
                      "NWC-SOC-01": ("supported", "index"), "NWC-SOC-02": ("unsupported", "index"),
                      "NWC-ENV-03": ("not_indexed", "required")}
    rules = {(f["rule"], f["disclosure"]) for f in data["findings"]}
    assert ("GRI-COD-001", "NWC-SOC-09") in rules  # not in the list
    assert ("GRI-LOC-001", "NWC-SOC-02") in rules  # "Supplier Audits" is no heading
    assert ("GRI-REQ-001", "NWC-ENV-03") in rules  # required by the list, missing from its index
    message = next(f["message"] for f in data["findings"] if f["rule"] == "GRI-REQ-001")
    assert message.startswith('NWC NWC-ENV-03 "Sites certified to ISO 50001" is required by the Northwind ESG '
                              "reporting policy but is not in the NWC index.")


def test_a_report_without_the_index_is_scanned_for_every_requirement(run_cli) -> None:
    data = _json(run_cli, SAMPLE, "--standard", KPIS, "--framework", "NWC")
    scanned = {d["code"]: d for d in data["disclosures"] if d["framework"] == "NWC"}
    assert {d["basis"] for d in scanned.values()} == {"scan"} and len(scanned) == 5
    assert scanned["NWC-SOC-01"]["status"] == "supported"
    assert scanned["NWC-SOC-01"]["found_elsewhere"][0]["section"] == "Training and Development"
    assert scanned["NWC-SOC-02"]["found_elsewhere"][0]["section"] == "Responsible Supply Chain"
    assert scanned["NWC-ENV-03"]["status"] == "partial"  # the report never names ISO 50001
    nwc = next(f for f in data["frameworks"] if f["id"] == "NWC")
    assert nwc["basis"] == "scan" and nwc["coverage"]["supported"] == 4
    assert data["coverage"] == next(f for f in data["frameworks"] if f["id"] == "GRI")["coverage"]  # scans apart


def test_no_bundled_checks_against_the_user_catalogue_alone(run_cli) -> None:
    data = _json(run_cli, INDEX, "--standard", KPIS, "--no-bundled")
    assert data["catalogues"] == ["northwind_kpis.yaml"]
    assert [f["id"] for f in data["frameworks"]] == ["NWC"]
    r = run_cli("check", INDEX, "--no-bundled")
    assert r.exit_code == 2 and r.stderr.startswith("gri-check: --no-bundled needs at least one --standard")


def test_crosswalks_validate_too(run_cli, tmp_path) -> None:
    good = ROOT / "standards" / "crosswalk" / "by_subject.yaml"
    r = run_cli("standards", "validate", good)
    assert r.exit_code == 0 and r.output.startswith(f"{good}: valid crosswalk (")
    bad = tmp_path / "bad.yaml"
    bad.write_text("crosswalk_version: 1\ntitle: x\nlinks:\n  - subject: one member\n    members: [GRI:2-1]\n",
                   encoding="utf-8")
    r = run_cli("standards", "validate", bad)
    assert r.exit_code == 2 and r.stderr == (f"gri-check: {bad}: line 5: links[0].members: ['GRI:2-1'] is too short; "
                                             "fix the file; see standards/schema/crosswalk.schema.json\n")
