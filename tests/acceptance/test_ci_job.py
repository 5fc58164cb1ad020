"""The CI job of docs/ci.md, run as a preparer's pipeline would: docs/ci/gate.sh on a report with a config
file, a baseline and a waiver; the SARIF it writes validates against the official 2.1.0 schema."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT, SAMPLE, SHARED

GATE = ROOT / "docs" / "ci" / "gate.sh"
SARIF_SCHEMA = SHARED / "reference" / "sarif-schema-2.1.0.json"
CONFIG = """\
fail-under: 50
fail-on: error
"""
WAIVER = """\
waivers:
  - disclosure: "2-1"
    justification: Organisational details move to the annual report this year.
    owner: reporting-team
    expires: {expires}
"""


def sarif_errors(path: Path) -> list[str]:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"{SARIF_SCHEMA} is absent (../shared/reference)")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(json.loads(path.read_text("utf-8")))]


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / "report").mkdir()
    shutil.copy(SAMPLE, tmp_path / "report" / "esg.md")
    (tmp_path / ".gri-check.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def gate(repo: Path) -> tuple[int, str, str]:
    summary = repo / "step-summary.md"
    summary.unlink(missing_ok=True)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "NO_COLOR": "1"}
    r = subprocess.run(["bash", str(GATE), "report/esg.md", "out"], cwd=repo, env=env, capture_output=True,
                       text=True, timeout=300)
    return r.returncode, r.stdout, summary.read_text(encoding="utf-8") if summary.exists() else ""


def cli(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gri_check", *args], cwd=repo, capture_output=True, text=True,
                          timeout=300)


def test_the_documented_job_gates_with_config_baseline_and_waiver(repo: Path) -> None:
    # Without a baseline Northwind's 16 error findings fail the gate; every format is written.
    rc, out, summary = gate(repo)
    assert rc == 1, out
    names = sorted(p.name for p in (repo / "out").iterdir())
    assert names == ["gri-check.annotations.txt", "gri-check.csv", "gri-check.html", "gri-check.json",
                     "gri-check.junit.xml", "gri-check.md", "gri-check.sarif"]
    assert "Gate FAILED: 16 finding(s) at or above --fail-on error" in out  # the terminal summary in the log
    assert re.search(r"^::error file=report/esg\.md,line=\d+,title=GRI-", out, re.M)  # annotations
    assert summary.startswith("## gri-check: failed — report/esg.md")
    assert sarif_errors(repo / "out" / "gri-check.sarif") == []

    # The team accepts today's findings as the baseline: the gate passes, coverage 56% >= 50%.
    made = cli(repo, "check", "report/esg.md", "--format", "json", "-o", ".gri-check-baseline.json")
    assert made.returncode == 1 and (repo / ".gri-check-baseline.json").is_file()  # the gate still fails; written
    rc, out, summary = gate(repo)
    assert rc == 0, out
    assert "Gate passed: coverage 56.0% >= 50%" in out and "40 baselined" in out
    assert summary.startswith("## gri-check: passed")
    assert sarif_errors(repo / "out" / "gri-check.sarif") == []

    # A new defect in draft 2 fails the gate though the baseline holds the old findings.
    esg = repo / "report" / "esg.md"
    esg.write_text(esg.read_text(encoding="utf-8").replace(
        "| 2-1 | Organizational details | About This Report; Company Profile |",
        "| 2-1 | Organizational details | xx |"),
        encoding="utf-8")
    rc, out, _ = gate(repo)
    assert rc == 1 and "Gate FAILED: 1 finding(s) at or above --fail-on error" in out
    new = [line for line in out.splitlines() if line.startswith("::error file=")]
    assert len(new) == 1 and "2-1" in new[0] and "[baselined]" not in new[0]
    data = json.loads((repo / "out" / "gri-check.json").read_text(encoding="utf-8"))
    counted = [f for f in data["findings"] if f["suppression"] is None and f["severity"] == "error"]
    assert [(f["rule"], f["disclosure"]) for f in counted] == [("GRI-IDX-005", "2-1")]

    # A waiver with an owner and an expiry date accepts it; the SARIF shows it as an accepted suppression.
    (repo / ".gri-check.yaml").write_text(CONFIG + WAIVER.format(expires="2099-12-31"), encoding="utf-8")
    rc, out, _ = gate(repo)
    assert rc == 0, out
    sarif = json.loads((repo / "out" / "gri-check.sarif").read_text(encoding="utf-8"))
    waived = [r for r in sarif["runs"][0]["results"] if r.get("suppressions") and "waiver 1" in
              r["suppressions"][0]["justification"]]
    assert "GRI-IDX-005" in [r["ruleId"] for r in waived]  # and every other finding on 2-1 (a disclosure waiver)
    assert {r["properties"]["disclosure"] for r in waived} == {"2-1"}
    assert sarif_errors(repo / "out" / "gri-check.sarif") == []

    # Once it expires, the gate fails again and says which waiver.
    (repo / ".gri-check.yaml").write_text(CONFIG + WAIVER.format(expires="2020-01-01"), encoding="utf-8")
    rc, out, _ = gate(repo)
    assert rc == 1 and "waiver 1 (2-1; owner reporting-team) expired on 2020-01-01" in out


def test_a_config_error_stops_the_job_with_exit_2_and_one_line(repo: Path) -> None:
    (repo / ".gri-check.yaml").write_text("fail_under: 50\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    r = subprocess.run(["bash", str(GATE), "report/esg.md", "out"], cwd=repo, env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert 'unknown key "fail_under"' in r.stderr and ".gri-check.yaml" in r.stderr


def test_the_workflow_in_docs_ci_md_runs_the_script_and_uploads_its_sarif() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    workflow = yaml.safe_load(next(b for b in blocks if "runs-on" in b))
    steps = workflow["jobs"]["gri-check"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert any(r.startswith("bash docs/ci/gate.sh ") for r in runs)
    out_dir = next(r for r in runs if "gate.sh" in r).split()[-1]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == f"{out_dir}/gri-check.sarif" and upload["if"] == "always()"
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "gri-check" and hooks[0]["entry"].startswith("gri-check hook")
