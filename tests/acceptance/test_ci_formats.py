"""The CI formats and multi-output runs: SARIF validates, JUnit/CSV/Markdown/GitHub carry report text safely,
several outputs in one run equal single-format runs byte for byte, and the gate's options from the CLI."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from gri_check import pipeline, report
from gri_check.report.github import command
from tests.conftest import SAMPLE, SHARED

SARIF_SCHEMA = SHARED / "reference" / "sarif-schema-2.1.0.json"
HOSTILE = (  # a plain-text report (tabs separate cells): its text reaches the renderers as written
    "Hostile Ltd has reported in accordance with the GRI Standards for the period 1 January 2024 to\n"
    "31 December 2024.\n\nAbout Us\n\nHostile Ltd is headquartered in Oslo.\n\nGRI content index\n\n"
    "2-1\tOrganizational details <script>x</script> [a](javascript:alert(1)) @team\t=HYPERLINK(\"http://x\")\n"
    "2-2\tEntities included\u202e in the reporting\tAbout Us\n"
    "2-3\tReporting period, frequency and contact point\t+SUM(A1), -1\n")


def validator():
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"{SARIF_SCHEMA} is absent (../shared/reference)")
    return jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_sarif_validates_on_the_seed_and_a_paged_pdf(catalogue, seed_path: Path, shared_dir: Path) -> None:
    v = validator()
    for path in (seed_path, shared_dir / "corpus" / "origin_2023_gri-index_en.pdf"):
        result = pipeline.run(path, pipeline.Options(), catalogue)
        sarif = json.loads(report.render("sarif", result))
        assert [e.message for e in v.iter_errors(sarif)] == [], path.name
        run = sarif["runs"][0]
        assert len(run["results"]) == len(result.findings)
        assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in run["tool"]["driver"]["rules"])
        prints = [r["partialFingerprints"]["griCheck/v1"] for r in run["results"]]
        assert len(set(prints)) == len(prints)
    paged = [r for r in run["results"] if "page" in r["properties"]]
    assert paged and all(f"(report page {r['properties']['page']})" in r["message"]["text"] for r in paged)


def test_junit_counts_match_the_statuses(catalogue) -> None:
    result = pipeline.run(SAMPLE, pipeline.Options(), catalogue)
    root = ET.fromstring(report.render("junit", result))
    cases = [c for c in root.iter("testcase") if c.get("classname", "").startswith("GRI.")]
    assert len(cases) == len(result.assessments)
    statuses = Counter(a.status.value for a in result.assessments)
    skipped = [c for c in cases if c.find("skipped") is not None]
    assert skipped and all(c.find("skipped").get("message").startswith(("external", "omitted", "not judged"))
                           for c in skipped)
    uncheckable = statuses["external"] + statuses["omitted"] + statuses["not_judged"]
    failed_uncheckable = sum(1 for c in cases if c.find("failure") is not None
                             and c.find("failure").get("message").startswith(("external", "omitted")))
    assert len(skipped) + failed_uncheckable == uncheckable  # omitted rows with an error finding fail instead
    failed = {c.get("name").split(" ")[1] for c in cases if c.find("failure") is not None}
    gaps = {a.disclosure.code for a in result.assessments
            if a.status.value in ("partial", "unsupported", "not_indexed")}
    assert gaps <= failed  # every gap fails its testcase (and so do rows with error findings)
    assert int(root.get("tests")) == sum(1 for _ in root.iter("testcase"))


def test_hostile_report_text_is_inert_in_markdown_csv_junit_and_github(tmp_path: Path, catalogue) -> None:
    p = tmp_path / "hostile.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    result = pipeline.run(p, pipeline.Options(), catalogue)
    md = report.render("markdown", result)
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "\\[a\\](javascript:" in md and "[a](" not in md  # the brackets escaped: no link
    assert "\\@team" in md and "\u202e" not in md
    rows = list(csv.reader(io.StringIO(report.render("csv", result), newline="")))
    cells = [c for row in rows for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert any(c.startswith("'=HYPERLINK") for c in cells) and any(c.startswith("'+SUM") for c in cells)
    ET.fromstring(report.render("junit", result))  # well-formed whatever the text
    for line in report.render("github", result).splitlines():
        assert line.startswith(("::error ", "::warning ", "::notice ")) and "\n" not in line


def test_github_commands_escape_values_and_messages() -> None:
    assert command("error", {"file": "a,b:c.md", "title": "T"}, "50% done\nnext") == \
        "::error file=a%2Cb%3Ac.md,title=T::50%25 done%0Anext"


def test_several_outputs_in_one_run_equal_single_runs(run_cli, tmp_path: Path) -> None:
    outs = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "sarif", "junit", "markdown", "github", "csv")}
    args = [a for fmt, path in outs.items() for a in (f"--{fmt}", path)]
    r = run_cli("check", SAMPLE, "--no-config", *args)
    assert r.exit_code == 0 and "Coverage" in r.output  # the terminal summary is still printed
    for fmt, path in outs.items():
        single = tmp_path / f"single.{fmt}"
        assert run_cli("check", SAMPLE, "--no-config", "--format", fmt, "-o", single).exit_code == 0
        assert path.read_bytes() == single.read_bytes(), fmt


@pytest.mark.parametrize(("args", "message"), [
    (["--json", "{t}/a.json", "--sarif", "{t}/a.json"], "--json and --sarif name the same file"),
    (["--json", str(SAMPLE)], "--json would overwrite an input of this run"),
    (["--csv", "{t}/nope/a.csv"], "output folder does not exist"),
    (["--select", "GRI-NOPE"], 'unknown rule "GRI-NOPE"'),
    (["--config", "{t}/missing.yaml"], "config file not found"),
])
def test_output_and_option_clashes_are_usage_errors(run_cli, tmp_path: Path, args: list[str], message: str) -> None:
    r = run_cli("check", SAMPLE, *(a.format(t=tmp_path) for a in args))
    assert r.exit_code == 2 and message in r.output and r.output.count("\n") == 1


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "baseline is not JSON"),
    ('{"schema_version": "2.2", "findings": []}', "baselines need 2.3 or later"),
    ('{"schema_version": "2.3", "findings": [{"fingerprint": "xyz"}]}', "findings[0] has no valid fingerprint"),
    ('[1]', "no findings list"),
])
def test_a_bad_baseline_is_an_input_error(run_cli, tmp_path: Path, content: str, message: str) -> None:
    b = tmp_path / "base.json"
    b.write_text(content, encoding="utf-8")
    r = run_cli("check", SAMPLE, "--baseline", b)
    assert r.exit_code == 3 and message in r.output and str(b) in r.output


def test_select_and_ignore_from_the_command_line(run_cli) -> None:
    only = json.loads(run_cli("check", SAMPLE, "--no-config", "--format", "json", "--select", "GRI-IDX").output)
    assert only["findings"] and {f["rule"][:7] for f in only["findings"]} == {"GRI-IDX"}
    rest = json.loads(run_cli("check", SAMPLE, "--no-config", "--format", "json", "--ignore",
                              "GRI-IDX,GRI-EVD-001").output)
    assert not any(f["rule"].startswith("GRI-IDX") or f["rule"] == "GRI-EVD-001" for f in rest["findings"])
    assert any(f["rule"].startswith("GRI-EVD") for f in rest["findings"])


def test_the_config_found_upward_sets_the_gate(run_cli, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    report_path = tmp_path / "sub" / "r.md"
    report_path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.gri-check]\nfail-under = 90\nseverity = {GRI-IDX = "off"}\n',
                                            encoding="utf-8")
    r = run_cli("check", report_path, "--format", "json")
    data = json.loads(r.output)
    assert r.exit_code == 1 and data["gate"]["thresholds"][0]["fail_under"] == 90
    assert not any(f["rule"].startswith("GRI-IDX") for f in data["findings"])
    assert run_cli("check", report_path, "--no-config").exit_code == 0


def test_the_pre_commit_hook_checks_each_report_and_exits_with_the_worst(run_cli, tmp_path: Path) -> None:
    harbour = SAMPLE.with_name("harbourline_2024.md")
    both = run_cli("hook", SAMPLE, harbour, "--no-config", "--fail-under", "57", "-q")
    alone = [run_cli("check", p, "--no-config", "--fail-under", "57", "-q").exit_code for p in (SAMPLE, harbour)]
    assert alone == [1, 0] and both.exit_code == 1  # Northwind 56.0% < 57%; Harbourline passes
    assert both.output.count("Coverage:") == 2
    r = run_cli("hook", SAMPLE, harbour, "--json", tmp_path / "x.json")
    assert r.exit_code == 2 and "file outputs (-o, --json FILE ...) take one report" in r.output


@pytest.mark.parametrize("option", ["--standard", "--crosswalk", "--against", "--baseline"])
def test_no_output_may_overwrite_an_input(run_cli, tmp_path: Path, option: str) -> None:
    victim = tmp_path / "input.yaml"
    victim.write_text("kept: true\n", encoding="utf-8")
    r = run_cli("check", SAMPLE, option, victim, "-o", victim)
    assert r.exit_code == 2 and "--output would overwrite an input of this run" in r.output
    assert victim.read_text(encoding="utf-8") == "kept: true\n"


def test_several_reports_in_one_check_run_in_turn_and_a_bad_one_does_not_stop_the_rest(run_cli, tmp_path: Path) -> None:
    harbour = SAMPLE.with_name("harbourline_2024.md")
    r = run_cli("check", SAMPLE, tmp_path / "missing.pdf", harbour, "--no-config", "-q", "--summary")
    assert r.exit_code == 3  # the worst: the missing file
    assert r.output.count("Coverage:") == 2 and "missing.pdf: file not found" in r.output
    assert run_cli("check", SAMPLE, harbour, "--no-config", "-q").exit_code == 0
