"""Golden outputs of the bundled sample reports: exact bytes, reviewed as diffs in git.

northwind_2024.md is a GRI-only report with planted defects; harbourline_2024.md prints GRI, SASB and HKEX
indexes, with planted gaps in each. Rewrite the files with `pytest tests/golden --update-golden` after an
intended change, and read the diff.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gri_check import pipeline, report
from gri_check.gate import Gate, Waiver
from gri_check.model import Severity
from gri_check.result import RunResult
from tests.conftest import ROOT

GOLDEN = Path(__file__).resolve().parent
SAMPLES = {"northwind": Path("reports/northwind_2024.md"), "harbourline": Path("reports/harbourline_2024.md")}


@pytest.fixture(params=sorted(SAMPLES))
def sample(request, monkeypatch, catalogue) -> tuple[str, RunResult]:
    monkeypatch.chdir(ROOT)  # the report path is printed as given: keep it relative
    return request.param, pipeline.run(SAMPLES[request.param], pipeline.Options(), catalogue)


@pytest.mark.parametrize(("fmt", "name"), [("json", "expected.json"), ("terminal", "expected.txt"),
                                           ("sarif", "expected.sarif"), ("junit", "expected.junit.xml"),
                                           ("markdown", "expected.md"), ("github", "expected.github.txt"),
                                           ("csv", "expected.csv"), ("html", "expected.html")])
def test_sample_report_golden(sample, fmt: str, name: str, update_golden: bool) -> None:
    which, result = sample
    got = report.render(fmt, result, color=False, width=100)
    path = GOLDEN / which / name
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(got.encode("utf-8"))  # bytes: CSV keeps its CRLF line ends
    assert got == path.read_bytes().decode("utf-8"), (f"{which}/{name} differs: "
                                                      "rerun with --update-golden, review the diff")


def gated_run(catalogue) -> RunResult:
    """Northwind under a gate with a waiver of a gap, an expired waiver, an unused one and a baseline that holds
    one earlier finding: every way the gate marks findings, in each CI format."""
    first = pipeline.run(SAMPLES["northwind"], pipeline.Options(), catalogue)
    from gri_check.fingerprint import of_run

    gate = Gate(fail_under=50, fail_on=Severity.ERROR, today=date(2026, 6, 1), baseline=frozenset(of_run(first)[:1]),
                waivers=(Waiver(number=1, disclosure="2-10", justification="nomination is in the annual report",
                                owner="j.doe", expires=date(2026, 12, 31)),
                         Waiver(number=2, rule="GRI-COD-001", justification="typo fixed in layout", owner="editor",
                                expires=date(2026, 1, 1)),
                         Waiver(number=3, disclosure="999-9", justification="none", owner="nobody",
                                expires=date(2027, 1, 1))))
    return pipeline.run(SAMPLES["northwind"], pipeline.Options(gate=gate), catalogue)


@pytest.mark.parametrize(("fmt", "name"), [("json", "gated.json"), ("terminal", "gated.txt"), ("sarif", "gated.sarif"),
                                           ("junit", "gated.junit.xml"), ("markdown", "gated.md"),
                                           ("html", "gated.html"), ("github", "gated.github.txt")])
def test_gated_golden(catalogue, monkeypatch, fmt: str, name: str, update_golden: bool) -> None:
    monkeypatch.chdir(ROOT)
    got = report.render(fmt, gated_run(catalogue), color=False, width=100)
    path = GOLDEN / "northwind" / name
    if update_golden:
        path.write_bytes(got.encode("utf-8"))  # bytes: CSV keeps its CRLF line ends
    assert got == path.read_bytes().decode("utf-8"), (f"northwind/{name} differs: "
                                                      "rerun with --update-golden, review the diff")
