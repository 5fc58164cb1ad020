"""Goldens of `gri-check diff` in its three formats: northwind against a v2 with the 404-1 row removed and
413-1's misspelt location corrected. Rewrite with `pytest tests/golden --update-golden`, then read the diff."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gri_check import diff, pipeline, report
from gri_check.report import diff_render
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).resolve().parent / "diff"
REMOVED = "| 404-1 | Average hours of training per year per employee | Training and Development | |\n"
MISSPELT, CORRECTED = "| Social Investmnet Programme |", "| Community Engagement |"


def v2_text() -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count(REMOVED) == 1 and text.count(MISSPELT) == 1  # the sample still has the rows changed here
    return text.replace(REMOVED, "").replace(MISSPELT, CORRECTED)


@pytest.fixture(scope="module")
def northwind_diff(catalogue, tmp_path_factory) -> diff.DiffResult:
    folder = tmp_path_factory.mktemp("diff")
    (folder / "v1.md").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "v2.md").write_text(v2_text(), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)  # report paths are printed as given: keep them relative
        runs = [json.loads(report.render("json", pipeline.run(Path(f"{v}.md"), pipeline.Options(), catalogue)))
                for v in ("v1", "v2")]
    return diff.compare(runs[0], runs[1], old_file="v1.json", new_file="v2.json")


@pytest.mark.parametrize(("fmt", "name"), [("terminal", "expected.txt"), ("json", "expected.json"),
                                           ("markdown", "expected.md")])
def test_diff_golden(northwind_diff, fmt: str, name: str, update_golden: bool) -> None:
    got = diff_render.render(fmt, northwind_diff, color=False, width=100)
    path = GOLDEN / name
    if update_golden:
        path.write_bytes(got.encode("utf-8"))
    assert got == path.read_bytes().decode("utf-8"), f"diff/{name} differs: rerun with --update-golden, review the diff"


def test_diff_lists_exactly_the_changes_made(northwind_diff) -> None:
    d = northwind_diff
    assert [(c.code, c.change, c.newly) for c in d.rows] == [("413-1", "status", "supported"),
                                                            ("404-1", "removed", "missing")]
    (moved,) = d.location_changes
    assert moved.old and moved.new and (moved.old.location, moved.new.location) == (
        "Social Investmnet Programme", "Community Engagement")
    assert (moved.old.status, moved.new.status) == ("unsupported", "supported")
    assert [f.rule for f in d.fixed_findings] == ["GRI-EVD-003", "GRI-LOC-001"]
    assert all(f.disclosure == "413-1" for f in d.fixed_findings) and d.new_findings == ()
    assert d.regressed  # 404-1 is newly missing
