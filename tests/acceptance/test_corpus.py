"""The real corpus (../shared/corpus): every report read and its index extracted, checked against rows
established by hand (tests/acceptance/corpus_truth.py, made from rendered pages, not from gri-check)."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from gri_check.index.model import ContentIndex, IndexEntry
from gri_check.ingest import read
from gri_check.standards.load import load_catalogue
from tests.acceptance.corpus_truth import TRUTH
from tests.helpers import bundled_reader, extract_index

pytestmark = pytest.mark.shared

INDEXED = sorted(name for name, t in TRUTH.items() if t["gri_rows"])

# Where gri-check still reads a file differently from the hand count. Each entry is asserted exactly:
# a fix makes the test fail until the entry is removed, a new misread fails it too.
KNOWN_ROWS: dict[str, int] = {}
KNOWN_ROW_PROBLEMS = {
    # cells merged across rows (3-3 shares 3-1's cell, 417-3 shares 417-2's), pages inside an omission (FS14)
    "macquarie_2023_gri-index_en.pdf": {"3-3", "417-3", "FS14"},
    # the answer cell goes on as paragraphs outside the table (419-1's page 167); a table inside a cell (405-1)
    "statestreet_2020_en.pdf": {"419-1", "405-1"},
}
# GRI G4 sector codes count as GRI rows, as in the hand count; SASB and other frameworks do not.
_SECTOR = re.compile(r"^(EU|OG|FS|MM|CRE|AO|FP)\d{1,2}$")


@cache
def index_of(path: Path) -> ContentIndex:
    return extract_index(read(path))


def gri_entries(ci: ContentIndex, *, codeless: bool = False) -> list[IndexEntry]:
    return [e for e in ci.entries if (e.code and e.framework == "GRI" and (not e.other or _SECTOR.match(e.code)))
            or (codeless and not e.code)]


@lru_cache(maxsize=1)
def _catalogue():
    return load_catalogue()


def canonical(e: IndexEntry) -> str:
    """The row's code, with a slip such as "1102-2" read as the catalogue code it stands for."""
    code = e.code or ""
    if e.framework != "GRI" or e.other or _catalogue().lookup("GRI", code):
        return code
    parsed = bundled_reader().read_as("GRI", code)
    known = [c for c in (bundled_reader().typo_candidates(parsed) if parsed else ()) if _catalogue().lookup("GRI", c)]
    return known[0] if len(known) == 1 else code


@pytest.fixture(params=INDEXED)
def corpus_file(request, shared_dir: Path) -> tuple[str, Path]:
    return request.param, shared_dir / "corpus" / request.param


def test_row_count_matches_the_hand_count(corpus_file) -> None:
    name, path = corpus_file
    ours = gri_entries(index_of(path))
    assert len(ours) == KNOWN_ROWS.get(name, TRUTH[name]["gri_rows"]), (
        f"{name}: {len(ours)} rows read, {TRUTH[name]['gri_rows']} by hand")


def test_codes_come_in_the_printed_order(corpus_file) -> None:
    name, path = corpus_file
    ours = [canonical(e) for e in gri_entries(index_of(path))]
    truth = TRUTH[name]["codes"]
    if name in KNOWN_ROWS:
        extra = [c for c in ours]
        for c in truth:
            extra.remove(c)
        assert len(extra) == KNOWN_ROWS[name] - len(truth), extra
        return
    assert ours == truth


def _find(entries: list[IndexEntry], row: dict) -> IndexEntry | None:
    same = [e for e in entries if canonical(e) == row["canonical"]]
    if not row["code"]:  # printed without a code: the codeless row carrying its title
        same += [e for e in entries
                 if not e.code and fuzz.partial_ratio(row["title_start"].lower(), e.title.lower()) >= 90]
    if len(same) > 1:  # 3-3 and 103-x repeat per topic: take the row whose title and location fit best
        want = _fold(row["location"].split("...")[0])
        same.sort(key=lambda e: -(fuzz.partial_ratio(row["title_start"].lower(), e.title.lower())
                                  + fuzz.partial_ratio(want, _fold(e.raw_location))))
    return same[0] if same else None


def _fold(text: str) -> str:
    return " ".join(text.replace("\n", " ").split()).lower().rstrip(".…")


def test_hand_checked_rows(corpus_file) -> None:
    name, path = corpus_file
    entries = gri_entries(index_of(path), codeless=True)
    problems: list[str] = []
    failing: set[str] = set()
    for row in TRUTH[name]["rows"]:
        e = _find(entries, row)
        if e is None:
            problems.append(f"{row['canonical']}: not read")
            failing.add(row["canonical"])
            continue
        before = len(problems)
        ours_pages = sorted({p for loc in e.locations for p in loc.pages})
        if row["pages"] and ours_pages != sorted(set(row["pages"])):
            problems.append(f"{row['canonical']}: pages {ours_pages} != {sorted(set(row['pages']))}")
        want = _fold(row["location"].split("...")[0])
        got = _fold(e.raw_location + " " + (e.omission.text if e.omission else ""))
        if want and fuzz.partial_ratio(want, got) < 85:
            problems.append(f"{row['canonical']}: location {got[:60]!r} != {want[:60]!r}")
        if len(problems) > before:
            failing.add(row["canonical"])
    assert failing == KNOWN_ROW_PROBLEMS.get(name, set()), f"{name}: " + "; ".join(problems)


def test_origin_placeholder_page_is_a_finding(shared_dir: Path, run_cli) -> None:
    import json

    data = json.loads(run_cli("check", shared_dir / "corpus" / "origin_2023_gri-index_en.pdf", "--format", "json",
                              "-q").output)
    assert data["mode"]["value"] == "with_reference"
    (f,) = [f for f in data["findings"] if f["rule"] == "GRI-IDX-005"]
    assert f["disclosure"] == "2-4" and "pg X" in f["message"]


def test_macquarie_index_checked_against_its_esg_section(shared_dir: Path, run_cli) -> None:
    import json

    corpus = shared_dir / "corpus"
    data = json.loads(run_cli("check", corpus / "macquarie_2023_gri-index_en.pdf", "--against",
                              corpus / "macquarie_2023_esg-section_en.pdf", "--format", "json", "-q").output)
    by_code = {d["code"]: d for d in data["disclosures"]}
    # "FY23 Annual Report - Sustainability in our own business operations (pages 62-64)": printed pages of
    # the companion, whose PDF page 1 is printed page 48
    loc = by_code["302-1"]["locations"][0]
    assert loc["pages"] == [62, 63, 64] and loc["note"] is None
    assert by_code["302-1"]["status"] in ("supported", "partial")
    assert by_code["302-1"]["evidence"][0]["page"] in {"62", "63", "64"}
    assert data["against"]["pages"] == 24
