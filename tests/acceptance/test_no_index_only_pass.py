"""No row is `supported` on index text alone (issue 7, item 1).

Every real report in ../shared, every sample in reports/ and every fixture report: a supported row either
has its evidence in the report's body, or rests on an answer the report wrote into its index (a short
answer GRI 1 allows: "Macquarie Group Limited" for 2-1, "We weren't involved in such incidents" for
205-3). Such an answer is never the standard's own wording reprinted (a stand-alone index that copies
each requirement into a column) nor the row's title repeated.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from gri_check import pipeline
from gri_check.index.model import LocationKind
from gri_check.match.assess import Assessment, Thresholds
from gri_check.match.evidence import item_score
from gri_check.match.titles import title_similarity
from gri_check.model import Status
from gri_check.result import RunResult
from gri_check.standards.wording import restates
from tests.helpers import bundled

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
OWN = sorted([*ROOT.glob("reports/*.md"), *ROOT.glob("tests/fixtures/shapes/*.md"),
              *ROOT.glob("tests/fixtures/shapes/*.txt"), *ROOT.glob("tests/fixtures/zh/*.md")])
REAL = sorted([*SHARED.glob("corpus/*.pdf"), *SHARED.glob("corpus/*.md"), *SHARED.glob("seeds/*.txt")]) \
    if SHARED.is_dir() else [pytest.param(None, marks=pytest.mark.skip(
        reason="../shared (real reports) is not beside the project; real-report tests need it"))]
STANDALONE = ROOT / "tests" / "fixtures" / "shapes" / "standalone_requirements.md"


@cache
def _run(path: Path) -> RunResult:
    return pipeline.run(path, pipeline.Options(), bundled())


def body_coverage(a: Assessment) -> float:
    """Share of items the report's body addresses, leaving out what the index row itself says."""
    if not a.items:
        return 0.0
    return sum(item_score(i.item, [h for h in i.hits if h.block >= 0]) for i in a.items) / len(a.items)


def index_only(result: RunResult) -> list[tuple[Assessment, list[str]]]:
    """Supported rows that the body alone does not support, with the index text they rest on."""
    th = Thresholds()
    out = []
    for a in result.assessments:
        if a.entry is None or a.status is not Status.SUPPORTED:
            continue
        if body_coverage(a) >= th.supported and not a.statement_supports:
            continue
        out.append((a, [r.cited.text for r in a.locations if r.cited.kind is LocationKind.STATEMENT]))
    return out


def _check(path: Path) -> None:
    for a, answers in index_only(_run(path)):
        code = a.disclosure.code
        assert answers, f"{path.name} {code}: supported with no evidence in the body and no answer in the index"
        for text in answers:
            assert not restates(text, a.disclosure), f"{path.name} {code}: supported on a reprint of the requirement"
            assert title_similarity(text, a.disclosure) < 70, f"{path.name} {code}: supported on its own title"


@pytest.mark.parametrize("path", OWN, ids=lambda p: p.name)
def test_our_samples(path: Path) -> None:
    _check(path)


@pytest.mark.shared
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name if p else "shared-absent")
def test_real_reports(path: Path) -> None:
    _check(path)


def test_the_standalone_index_that_reprints_requirements_passes_nothing_on_them() -> None:
    """The sample of the shape the issue describes: each row reprints its requirement between title and
    location. The rows citing the other documents are external; only the two rows the fixture answers in
    the cell itself (2-3, 2-4: hand truth in its truth file) rest on index text, and on that answer."""
    result = _run(STANDALONE)
    assert sorted(a.disclosure.code for a, _ in index_only(result)) == ["2-3", "2-4"]
    status = {a.disclosure.code: a.status for a in result.assessments if a.entry is not None}
    assert [c for c, s in status.items() if s is not Status.EXTERNAL] == ["2-3", "2-4"]


def test_body_coverage_leaves_out_the_index_answer() -> None:
    """A row answered only in its index cell has no body coverage (the measure above can fail)."""
    result = _run(STANDALONE)
    answered = {a.disclosure.code: a for a in result.assessments if a.entry is not None}
    assert answered["2-3"].coverage >= 60 and body_coverage(answered["2-3"]) == 0
