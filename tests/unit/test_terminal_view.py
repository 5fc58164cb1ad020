"""What the terminal shows: --summary, filters by status, severity and framework, repeated passages once,
CJK text within the width, colour only when asked (the View of report/terminal.py)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rich.cells import cell_len

from gri_check import pipeline, report
from gri_check.model import Severity, Status
from gri_check.report.terminal import View
from tests.conftest import ROOT

NORTHWIND = Path("reports/northwind_2024.md")
HARBOURLINE = Path("reports/harbourline_2024.md")
HUAXIN = Path("tests/fixtures/zh/huaxin_2024_zh.md")


@pytest.fixture(scope="module")
def runs(catalogue):
    old = Path.cwd()
    import os

    os.chdir(ROOT)
    try:
        return {p.stem: pipeline.run(p, pipeline.Options(), catalogue) for p in (NORTHWIND, HARBOURLINE, HUAXIN)}
    finally:
        os.chdir(old)


def text(result, width: int = 100, **view) -> str:
    return report.render("terminal", result, color=False, width=width, view=View(**view))


def section(out: str, head: str) -> list[str]:
    """The lines of one section (from its heading to the blank line after it)."""
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(head))
    end = next((n for n in range(start, len(lines)) if not lines[n]), len(lines))
    return lines[start:end]


def test_summary_is_counts_gate_and_top_gaps(runs) -> None:
    full, short = text(runs["northwind_2024"]), text(runs["northwind_2024"], summary=True)
    lines = short.splitlines()
    assert len(lines) <= 30 < len(full.splitlines())
    assert "Coverage: 56.0% supported" in short and "Findings: 16 error, 20 warning, 4 info" in short
    assert "Gate passed (no threshold or --fail-on set)" in short
    gaps = section(short, "Top gaps")
    assert gaps[0] == "Top gaps (10 of 22)" and len(gaps) == 12  # heading, 10 gaps, how many more
    assert gaps[1] == "unsupported 2-10 Nomination and selection of the highest governance body (index line 356)"
    assert gaps[5] == ("unsupported 413-1 Operations with local community engagement, impact assessments,… "
                       "(index line 407)")
    assert lines[-1].startswith("… and 12 more; run without --summary")
    assert "Code    Status" not in short and "Other findings" not in short


def test_summary_shows_coverage_per_framework(runs) -> None:
    short = text(runs["harbourline_2024"], summary=True)
    assert "  SASB (index)      11          7        1            1         0        1            0" in short
    assert "Gaps (7)" in short and all(cell_len(line) <= 100 for line in short.splitlines())


def test_status_filter_narrows_gaps_and_tables(runs) -> None:
    out = text(runs["northwind_2024"], statuses=frozenset({Status.PARTIAL}))
    assert "Shown: rows partial (the counts above cover everything)" in out
    gaps = section(out, "Gaps")
    assert gaps[0] == "Gaps (9)" and not any(line.startswith(("unsupported", "not indexed")) for line in gaps)
    table = section(out, "GRI 2: General Disclosures 2021")
    assert [line.split()[0] for line in table[2:] if line[0] != " "] == ["2-6", "2-8", "2-11", "2-6"]
    assert "GRI 302: Energy 2016" not in out  # no partial row there
    assert "GRI-COD-001" not in out  # about 2-31, not a partial row
    assert "GRI-REQ-003" in out  # about the report, not a row


def test_severity_filter_keeps_errors_only(runs) -> None:
    out = text(runs["northwind_2024"], min_severity=Severity.ERROR)
    other = section(out, "Other findings")
    assert other[0] == "Other findings (5)"
    assert {line.split()[0] for line in other[1:] if line[0] != " "} == {"error"}
    assert "GRI-EVD-004" not in out and "GRI-LOC-001" not in out  # warnings, also under gaps
    full = text(runs["northwind_2024"], min_severity=Severity.INFO)
    assert full == text(runs["northwind_2024"])


def test_framework_filter(runs) -> None:
    out = text(runs["harbourline_2024"], frameworks=frozenset({"SASB"}))
    gaps = section(out, "Gaps")
    assert gaps[0] == "Gaps (2)" and all("GRI 418-1" not in g and "HKEX" not in g for g in gaps)
    assert "SASB RT-IG" in out and "GRI 2: General Disclosures" not in out and "HKEX ESG" not in out.split("Gaps")[1]


def test_a_passage_quoted_for_several_rows_is_printed_once(runs) -> None:
    out = text(runs["northwind_2024"])
    assert out.count("…electronic") == 1  # 2-6 is indexed twice with the same evidence
    assert '(quoted for 2 rows: 2-6 ×2)' in out
    assert "e.g. line 33: as quoted above (2-6, index line 352)" in " ".join(out.split())
    # the third 3-3 row has the same "evidence elsewhere" as the second
    assert " ".join(out.split()).count("evidence elsewhere: Ethics and Compliance (line 65, 58%)") == 1
    assert "evidence elsewhere: as for 3-3, index line 380" in " ".join(out.split())


def test_findings_saying_the_same_are_printed_once_with_their_count(runs) -> None:
    r = runs["northwind_2024"]
    dup = next(f for f in r.findings if f.rule == "GRI-REQ-006")
    out = text(dataclasses.replace(r, findings=(*r.findings, dup, dup)))
    assert out.count("GRI-REQ-006") == 1
    assert "For later\n            reports use GRI 2: General Disclosures 2021. (×3)" in out


@pytest.mark.parametrize("width", [60, 80, 100])
def test_chinese_report_keeps_to_the_width(runs, width: int) -> None:
    out = text(runs["huaxin_2024_zh"], width=width)
    assert max(cell_len(line) for line in out.splitlines()) <= width
    assert "能源消耗总量" in out.replace("\n", "").replace(" ", "")


def test_colour_only_when_asked_whatever_the_environment(runs, monkeypatch) -> None:
    r = runs["northwind_2024"]
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    assert "\x1b[" in report.render("terminal", r, color=True, width=100)
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" not in report.render("terminal", r, color=False, width=100)
