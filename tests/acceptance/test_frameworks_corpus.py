"""Real reports with several indexes: Samsung SDS prints GRI, SASB (TC-SI), IFRS S2 and ESRS indexes.

The code sequences below were read by hand from the report (../shared/corpus/samsung-sds_2024_en.md, the
"SASB Index", "IFRS S2 Index" and "ESRS Index" sections, printed pp. 140-144).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from gri_check import pipeline
from gri_check.result import RunResult
from tests.helpers import bundled

pytestmark = pytest.mark.shared

SASB = ["TC-SI-130a.1", "TC-SI-130a.2", "TC-SI-130a.3", "TC-SI-220a.1", "TC-SI-220a.2", "TC-SI-220a.3",
        "TC-SI-220a.4", "TC-SI-220a.5", "TC-SI-230a.1", "TC-SI-230a.2", "TC-SI-330a.1", "TC-SI-330a.2",
        "TC-SI-330a.3", "TC-SI-520a.1", "TC-SI-550a.1", "TC-SI-550a.2"]
IFRS = ["S2.6", "S2.10", "S2.13", "S2.14", "S2.15", "S2.16", "S2.25", "S2.29"]  # printed as bare paragraph numbers
ESRS = (["BP-1", "BP-2", "GOV-2", "GOV-3", "SBM-1", "SBM-2", "SBM-3", "IRO-1", "MDR-P", "MDR-A", "MDR-M"]
        + [f"S1-{n}" for n in (1, 2, 3, 4, 5, 6, 8, 11, 12, 13, 14, 15, 16, 17)]
        + ["S2-1", "S2-2", "S2-3", "S2-4", "S2-5", "S3-1", "S3-4", "S4-1", "S4-2", "S4-3", "S4-4", "S4-5", "SBM-3",
           "GOV-1"]
        + [f"G1-{n}" for n in range(1, 7)]
        + ["E1-1", "E1-3", "E1-5", "E1-6", "E1-9", "E2-1", "E2-2", "E3-1", "E3-3", "E3-4", "E3-5"])
# Known misreads, asserted so that a fix or a new misread both fail: the converter merged two rows into one
# cell twice; "S4-5 SBM-3" is read as its two codes (sharing the merged title and pages), "BP - 2 GOV - 1" (with
# spaces inside the codes) only as BP-2, with GOV-1 in its title; the last row prints "E1. SMB-3 E1. IRO-1" (SBM
# misspelt) and is not read.


@lru_cache(maxsize=1)
def _samsung(path: Path) -> RunResult:
    return pipeline.run(path, pipeline.Options(), bundled())


@pytest.fixture()
def samsung(shared_dir: Path) -> RunResult:
    return _samsung(shared_dir / "corpus" / "samsung-sds_2024_en.md")


def test_every_index_is_found(samsung: RunResult) -> None:
    tables = [(t.framework, t.title, t.rows) for t in samsung.index.tables]
    assert tables == [("GRI", "GRI Standards Index", 88), ("SASB", "SASB Index", 16), ("IFRS", "IFRS S2 Index", 8),
                      ("ESRS", "ESRS Index", 56)]


@pytest.mark.parametrize(("framework", "codes"), [("SASB", SASB), ("IFRS", IFRS), ("ESRS", ESRS)])
def test_codes_in_the_printed_order_and_notation(samsung: RunResult, framework: str, codes: list[str]) -> None:
    assert [e.code for e in samsung.index.entries if e.framework == framework] == codes


def test_rows_are_checked_in_their_own_framework(samsung: RunResult) -> None:
    by = {(a.framework, a.disclosure.code): a for a in samsung.assessments if a.entry is not None}
    assert {k[0] for k in by} == {"GRI", "SASB", "IFRS", "ESRS"}
    sasb = next(f for f in samsung.frameworks if f.id == "SASB")
    assert (sasb.industry.code, sasb.industry.source) == ("TC-SI", "index_codes")
    # TC-SI-130a.1 cites pp. 43 and 133, where energy consumption and the renewable share are printed
    energy = by[("SASB", "TC-SI-130a.1")]
    assert energy.status.value in ("supported", "partial") and energy.locations[0].cited.pages == (43, 133)
    # ESRS 2 applies to every undertaking: its disclosure requirements missing from the ESRS index are listed
    missing = {a.disclosure.code for a in samsung.assessments if a.framework == "ESRS" and a.basis == "required"}
    assert missing == {"GOV-4", "GOV-5", "IRO-2"}


def test_related_requirements_across_the_four_indexes(samsung: RunResult) -> None:
    e16 = next(a for a in samsung.assessments if a.framework == "ESRS" and a.disclosure.code == "E1-6")
    related = {(r.disclosure.framework, r.disclosure.code) for r in e16.related}
    assert {("GRI", "305-1"), ("GRI", "305-2"), ("IFRS", "S2.29")} <= related
    assert all(r.status is not None for r in e16.related if r.disclosure.framework in ("GRI", "IFRS"))
