"""The command line end to end: exit codes 0/1/2/3, one-line errors, atomic output, determinism."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gri_check import __version__
from tests.conftest import SAMPLE

MINIMAL = """Acme Ltd has reported the information cited in this GRI content index for the period 1 January
2024 to 31 December 2024 with reference to the GRI Standards.

About Acme

Acme Ltd is a listed company headquartered in Oslo, with subsidiaries in Norway and Sweden.

GRI content index

GRI 1 used\tGRI 1: Foundation 2021
2-1\tOrganizational details\tAbout Acme
2-2\tEntities included in the organization's sustainability reporting\tAbout Acme
2-3\tReporting period, frequency and contact point\tMissing Section
"""


@pytest.fixture()
def minimal(tmp_path: Path) -> Path:
    p = tmp_path / "acme.txt"
    p.write_text(MINIMAL, encoding="utf-8")
    return p


def test_version_and_help(run_cli) -> None:
    assert run_cli("--version").output.strip() == f"gri-check, version {__version__}"
    for cmd in (["--help"], ["check", "--help"], ["standards", "--help"], ["standards", "list", "--help"],
                ["standards", "show", "--help"], ["standards", "validate", "--help"], ["rules", "--help"]):
        r = run_cli(*cmd)
        assert r.exit_code == 0 and "Usage:" in r.output, cmd


def test_check_runs_and_exits_0(run_cli, minimal: Path) -> None:
    r = run_cli("check", minimal, "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["schema_version"] == "2.3" and data["content_index"]["rows"] == 3
    assert data["mode"] == {"value": "with_reference", "source": "statement_of_use"}
    statuses = {d["code"]: d["status"] for d in data["disclosures"]}
    assert statuses["2-3"] == "unsupported"
    rules = {f["rule"] for f in data["findings"]}
    assert "GRI-LOC-001" in rules


def test_fail_under_and_fail_on_give_exit_1(run_cli, minimal: Path) -> None:
    assert run_cli("check", minimal, "--fail-under", "100").exit_code == 1
    assert run_cli("check", minimal, "--fail-under", "0").exit_code == 0
    r = run_cli("check", minimal, "--fail-on", "warning", "--format", "json")
    assert r.exit_code == 1 and json.loads(r.output)["gate"]["passed"] is False


def test_mode_override_lists_required_disclosures(run_cli, minimal: Path) -> None:
    data = json.loads(run_cli("check", minimal, "--format", "json", "--mode", "in-accordance").output)
    assert data["mode"] == {"value": "in_accordance", "source": "option"}
    missing = {d["code"] for d in data["disclosures"] if d["status"] == "not_indexed"}
    assert {"2-4", "2-5", "2-30", "3-1", "3-2", "3-3"} <= missing and "2-1" not in missing


def test_usage_errors_exit_2(run_cli, minimal: Path) -> None:
    assert run_cli("check", minimal, "--fail-under", "101").exit_code == 2
    assert run_cli("check", minimal, "--format", "xml").exit_code == 2
    assert run_cli("nonsense").exit_code == 2


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"\x00\x01\x02binary\x00", "file is binary"),
        (b"%PDF-1.7\n...", "cannot be opened as a PDF"),
    ],
)
def test_unreadable_input_exits_3_with_one_line(run_cli, tmp_path: Path, content: bytes, expected: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run_cli("check", p)
    assert r.exit_code == 3
    assert r.stderr.count("\n") == 1 and expected in r.stderr and str(p) in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_file_exits_3(run_cli, tmp_path: Path) -> None:
    r = run_cli("check", tmp_path / "nope.txt")
    assert r.exit_code == 3 and "file not found" in r.stderr


def test_report_without_index_is_a_finding_not_a_crash(run_cli, tmp_path: Path) -> None:
    p = tmp_path / "plain.md"
    p.write_text("# Report\n\nWe care about the planet.\n", encoding="utf-8")
    r = run_cli("check", p, "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["content_index"]["found"] is False
    assert [f["rule"] for f in data["findings"]] == ["GRI-IDX-001"]
    assert run_cli("check", p, "--fail-on", "error").exit_code == 1


def test_malformed_catalogue_exits_2_naming_file_and_path(run_cli, tmp_path: Path, minimal: Path) -> None:
    cat = tmp_path / "broken.yaml"
    cat.write_text("catalogue_version: 1\nframework: GRI\nedition: '2021'\ntitle: x\nstandards: []\n"
                   "disclosures: []\n", encoding="utf-8")
    r = run_cli("check", minimal, "--standard", cat)
    assert r.exit_code == 2
    assert r.stderr.startswith(f"gri-check: {cat}: line 5: standards: [] should be non-empty")
    r = run_cli("standards", "validate", cat)
    assert r.exit_code == 2 and "Traceback" not in r.stderr


def test_output_is_atomic_deterministic_and_leaves_the_input_alone(run_cli, minimal: Path, tmp_path: Path) -> None:
    before = minimal.read_bytes()
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert run_cli("check", minimal, "--format", "json", "-o", out1).exit_code == 0
    assert run_cli("check", minimal, "--format", "json", "-o", out2).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert minimal.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "acme.txt", "b.json"]  # no temp files left
    r = run_cli("check", minimal, "-o", minimal)
    assert r.exit_code == 2 and minimal.read_bytes() == before


def test_output_folder_missing_exits_2(run_cli, minimal: Path, tmp_path: Path) -> None:
    r = run_cli("check", minimal, "-o", tmp_path / "no" / "such" / "out.json")
    assert r.exit_code == 2 and "output folder does not exist" in r.stderr


def test_standards_commands(run_cli, catalogue) -> None:
    r = run_cli("standards", "list")
    gri = len(catalogue.of_framework("GRI"))  # every bundled GRI file's: 2021, 2016, 2025, the sector topics
    assert r.exit_code == 0 and "GRI 305: Emissions 2016" in r.output
    assert f"GRI Standards ({gri} disclosures" in r.output
    assert "GRI 11: Oil and Gas Sector 2021" in r.output and gri > 190 + 95
    r = run_cli("standards", "show", "GRI 305-1")
    assert r.exit_code == 0 and "Direct (Scope 1) GHG emissions" in r.output and "evidence:" in r.output
    r = run_cli("standards", "show", "999-9")
    assert r.exit_code == 2 and "no disclosure" in r.stderr
    r = run_cli("standards", "validate", Path(__file__).parents[2] / "standards" / "gri_2021.yaml")
    assert r.exit_code == 0 and "valid (129 disclosures)" in r.output


def test_rules_commands(run_cli) -> None:
    r = run_cli("rules")
    assert r.exit_code == 0 and "GRI-LOC-001" in r.output
    r = run_cli("rules", "location-not-found")
    assert r.exit_code == 0 and r.output.startswith("GRI-LOC-001 location-not-found (warning)")
    assert run_cli("rules", "GRI-XXX-999").exit_code == 2


def test_sample_report_demo_runs(run_cli) -> None:
    r = run_cli("check", SAMPLE)
    assert r.exit_code == 0 and "Coverage:" in r.output and "Gaps" in r.output


def test_row_without_code_is_read_by_its_title(run_cli, tmp_path: Path) -> None:
    p = tmp_path / "r.md"
    p.write_text("# R\n\n## Ethics\n\nWe had no legal actions for anti-competitive behaviour.\n\n"
                 "## GRI content index\n\n"
                 "| Code | Disclosure | Location |\n|---|---|---|\n"
                 "| 205-1 | Operations assessed for risks related to corruption | Ethics |\n"
                 "| 205-2 | Communication and training about anti-corruption policies and procedures | Ethics |\n"
                 "| | Legal actions for anti-competitive behavior, anti-trust, and monopoly practices | Ethics |\n"
                 "| 205-3 | Confirmed incidents of corruption and actions taken | Ethics |\n", encoding="utf-8")
    data = json.loads(run_cli("check", p, "--format", "json").output)
    assert [d["code"] for d in data["disclosures"]] == ["205-1", "205-2", "206-1", "205-3"]
    (f,) = [f for f in data["findings"] if f["rule"] == "GRI-IDX-009"]
    assert f["disclosure"] == "206-1" and "has no disclosure code" in f["message"]


def test_terminal_output_on_a_tty_uses_its_width_and_colour(run_cli, minimal: Path, monkeypatch) -> None:
    import gri_check.cli

    monkeypatch.setattr(gri_check.cli, "_stdout_is_tty", lambda: True)
    monkeypatch.setenv("COLUMNS", "90")
    r = run_cli("check", minimal)
    assert r.exit_code == 0 and "\x1b[" in r.output  # coloured
    assert max(len(line) for line in r.output.splitlines() if "\x1b" not in line) <= 90
