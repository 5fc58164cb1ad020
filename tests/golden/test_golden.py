"""Golden outputs of the bundled sample reports: exact bytes, reviewed as diffs in git.

northwind_2024.md is a GRI-only report with planted defects; harbourline_2024.md prints GRI, SASB and HKEX
indexes, with planted gaps in each. Rewrite the files with `pytest tests/golden --update-golden` after an
intended change, and read the diff.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check import pipeline, report
from gri_check.result import RunResult
from tests.conftest import ROOT

GOLDEN = Path(__file__).resolve().parent
SAMPLES = {"northwind": Path("reports/northwind_2024.md"), "harbourline": Path("reports/harbourline_2024.md")}


@pytest.fixture(params=sorted(SAMPLES))
def sample(request, monkeypatch, catalogue) -> tuple[str, RunResult]:
    monkeypatch.chdir(ROOT)  # the report path is printed as given: keep it relative
    return request.param, pipeline.run(SAMPLES[request.param], pipeline.Options(), catalogue)


@pytest.mark.parametrize(("fmt", "name"), [("json", "expected.json"), ("terminal", "expected.txt")])
def test_sample_report_golden(sample, fmt: str, name: str, update_golden: bool) -> None:
    which, result = sample
    got = report.render(fmt, result, color=False, width=100)
    path = GOLDEN / which / name
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8"), f"{which}/{name} differs: rerun with --update-golden, review the diff"
