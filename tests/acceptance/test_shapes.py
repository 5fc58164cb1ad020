"""Index shapes of reports we never saw, as our own fixtures (tests/fixtures/shapes): each with a truth file
written by hand from the fixture's text (rows, their locations, verdicts a careful reader gives)."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from gri_check import pipeline
from gri_check.result import RunResult
from tests.helpers import bundled

SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "shapes"
TRUTHS = sorted(SHAPES.glob("*.truth.yaml"))


def _truth(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def _run(fixture: str) -> RunResult:
    return pipeline.run(SHAPES / fixture, pipeline.Options(), bundled())


def _parts(location: str | None) -> set[str]:
    """A location as the set of places it names (separators and spacing aside)."""
    if not location:
        return set()
    return {" ".join(p.split()).strip(" .") for p in re.split(r"[;\n]|,(?![^(]*\))", location) if p.strip(" .")}


@pytest.fixture(params=TRUTHS, ids=lambda p: p.name.removesuffix(".truth.yaml"))
def shape(request) -> tuple[dict, RunResult]:
    truth = _truth(request.param)
    return truth, _run(truth["fixture"])


def test_rows_are_the_index_rows_and_nothing_else(shape) -> None:
    truth, result = shape
    got = [e.code for e in result.index.entries if e.framework == "GRI" and not e.other]
    assert got == [r["code"] for r in truth["rows"]]


def test_each_row_cites_what_it_prints(shape) -> None:
    truth, result = shape
    rows = [e for e in result.index.entries if e.framework == "GRI" and not e.other]
    for want, e in zip(truth["rows"], rows):
        if want.get("omission"):
            continue
        assert _parts(e.raw_location) == _parts(want["location"]), (want["code"], e.raw_location)


def test_verdicts_a_careful_reader_gives(shape) -> None:
    truth, result = shape
    status: dict[str, str] = {}
    for a in result.assessments:  # a code listed twice (3-3 per topic): its best row
        if a.entry is not None or a.basis == "required":
            status.setdefault(a.disclosure.code, a.status.value)
            if a.status.value == "supported":
                status[a.disclosure.code] = "supported"
    wrong = {e["code"]: (status.get(e["code"]), e["status"]) for e in truth.get("expect", ())
             if status.get(e["code"]) != e["status"]}
    assert wrong == {}


def test_mode(shape) -> None:
    truth, result = shape
    assert result.mode.mode.value == truth["mode"]
