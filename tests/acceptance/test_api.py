"""The library API: gri_check.check() equals the command line's JSON and gate, str paths accepted."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import gri_check
from gri_check.errors import InputError, UsageError
from gri_check.report import json_
from tests.conftest import ROOT, SAMPLE


def test_check_returns_what_the_command_prints_as_json(run_cli, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)  # the report path is printed as given
    rel = str(SAMPLE.relative_to(ROOT))
    result = gri_check.check(rel, fail_under=60, config_file=False)  # a str path
    cli = json.loads(run_cli("check", rel, "--fail-under", "60", "--no-config", "--format", "json").output)
    assert json_.to_dict(result) == cli
    assert result.gate.passed is False and cli["gate"]["passed"] is False


def test_options_are_the_long_options(tmp_path: Path) -> None:
    result = gri_check.check(SAMPLE, select=["GRI-IDX"], config_file=False)
    assert result.findings and {f.rule[:7] for f in result.findings} == {"GRI-IDX"}
    cfg = tmp_path / "gate.yaml"
    cfg.write_text("fail-under: 99\n", encoding="utf-8")
    assert not gri_check.check(SAMPLE, config_file=cfg).gate.passed


def test_errors_are_raised_not_printed(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        gri_check.check(tmp_path / "missing.pdf", config_file=False)
    with pytest.raises(UsageError, match="unknown rule"):
        gri_check.check(SAMPLE, select=["NOPE-1"], config_file=False)


def test_the_package_is_typed() -> None:
    assert (Path(gri_check.__file__).parent / "py.typed").is_file()
    assert "check" in gri_check.__all__
