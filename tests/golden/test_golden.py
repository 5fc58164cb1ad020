"""Golden outputs of the bundled sample report: exact bytes, reviewed as diffs in git.

Rewrite them with `pytest tests/golden --update-golden` after an intended change, and read the diff.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check import pipeline, report
from tests.conftest import ROOT

GOLDEN = Path(__file__).resolve().parent / "northwind"
SAMPLE_REL = Path("reports/northwind_2024.md")


@pytest.fixture()
def sample_result(monkeypatch, catalogue):
    monkeypatch.chdir(ROOT)  # the report path is printed as given: keep it relative
    return pipeline.run(SAMPLE_REL, pipeline.Options(), catalogue)


@pytest.mark.parametrize(("fmt", "name"), [("json", "expected.json"), ("terminal", "expected.txt")])
def test_sample_report_golden(sample_result, fmt: str, name: str, update_golden: bool) -> None:
    got = report.render(fmt, sample_result, color=False, width=100)
    path = GOLDEN / name
    if update_golden:
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8"), f"{name} differs: rerun with --update-golden and review the diff"
