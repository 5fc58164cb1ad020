"""`gri-check diff OLD.json NEW.json` end to end: formats, -o, exit codes 0/1/2/3."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.golden.test_diff_golden import v2_text


@pytest.fixture()
def runs(run_cli, tmp_path: Path) -> tuple[Path, Path]:
    v2 = tmp_path / "v2.md"
    v2.write_text(v2_text(), encoding="utf-8")
    old, new = tmp_path / "v1.json", tmp_path / "v2.json"
    assert run_cli("check", SAMPLE, "--json", old).exit_code == 0
    assert run_cli("check", v2, "--json", new).exit_code == 0
    return old, new


def test_diff_in_three_formats(run_cli, runs, tmp_path: Path) -> None:
    old, new = runs
    text = run_cli("diff", old, new).output
    assert "Newly supported (1)" in text and "GRI 404-1 Average hours of training" in text
    data = json.loads(run_cli("diff", old, new, "--format", "json").output)
    assert data["schema_version"] == "1.0" and data["kind"] == "gri-check-diff"
    assert data["summary"] == {"newly_supported": 1, "newly_missing": 1, "status_changes": 1, "location_changes": 1,
                               "rows_added": 0, "rows_removed": 1, "new_findings": 0, "fixed_findings": 2,
                               "regressed": True}
    out = tmp_path / "diff.md"
    r = run_cli("diff", old, new, "--format", "markdown", "-o", out)
    assert r.exit_code == 0 and r.output == ""
    assert out.read_text(encoding="utf-8").startswith("# gri-check diff\n")
    assert run_cli("diff", old, new, "--format", "markdown").output == out.read_text(encoding="utf-8")


def test_exit_codes(run_cli, runs, tmp_path: Path) -> None:
    old, new = runs
    assert run_cli("diff", old, new).exit_code == 0
    assert run_cli("diff", old, new, "--fail-on-regression").exit_code == 1
    assert run_cli("diff", new, old, "--fail-on-regression").exit_code == 1  # 404-1 comes back, 413-1 goes
    assert run_cli("diff", old, old, "--fail-on-regression").exit_code == 0
    assert run_cli("diff", old).exit_code == 2
    assert run_cli("diff", old, new, "--format", "sarif").exit_code == 2
    assert run_cli("diff", old, new, "-o", old).exit_code == 2  # would overwrite an input
    bad = tmp_path / "old-schema.json"
    bad.write_text('{"schema_version": "1.2", "disclosures": [], "findings": []}', encoding="utf-8")
    r = run_cli("diff", bad, new)
    assert r.exit_code == 3 and f"{bad}: schema_version '1.2' is not 2.x" in r.output
    assert len(r.output.strip().splitlines()) == 1
    assert run_cli("diff", old, tmp_path / "missing.json").exit_code == 3
