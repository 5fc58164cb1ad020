"""The seed report (../shared/seeds): the real report gri-check started from, checked by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gri_check import pipeline
from gri_check.index.model import LocationKind
from gri_check.ingest import read
from gri_check.model import Mode, Status
from tests.helpers import extract_index

pytestmark = pytest.mark.shared

# All 72 rows of the seed's GRI content index, in order, as read by hand from the report.
SEED_CODES = (
    "2-1 2-2 2-3 2-6 2-7 2-8 2-9 2-10 2-11 2-12 2-13 2-14 2-16 2-17 2-18 2-19 2-20 2-22 2-23 2-24 2-26 2-29 "
    "201-1 201-3 203-1 203-2 205-1 205-3 206-1 207-1 207-2 207-3 207-4 301-2 301-3 302-1 302-2 302-3 302-4 302-5 "
    "303-1 303-2 303-5 305-1 305-2 305-4 305-7 306-1 306-2 308-1 308-2 401-1 401-2 403-1 403-2 403-4 403-5 403-6 "
    "403-7 404-1 404-2 405-1 406-1 408-1 409-1 414-1 414-2 416-1 416-2 417-1 417-2 418-1"
).split()

# Hand-checked rows: code -> (printed code, cited locations as split by the tool).
HAND_CHECKED = {
    "2-1": ("G2-1", ["About This Report"]),
    "2-6": ("G2-6", ["Company Profile"]),
    "2-8": ("G2-8", ["Employee Rights and Benefits", "Refer to Annual Report"]),
    "2-11": ("G2-11", ["Refer to Annual Report"]),
    "2-23": ("G2-23", ["Employee Rights and Benefits", "Compliance Operation", "Environmental Management",
                       "Supply Chain Management"]),
    "2-29": ("G2-29", ["Stakeholder Communication"]),
    "201-1": ("G201-1", ["Key Performance"]),
    "205-3": ("G205-3", ["Business Ethics", "We weren't involved in such incidents."]),
    "305-1": ("G305-1", ["Addressing Climate Change", "Key Performance"]),
    "408-1": ("G408-1", ["Employee Rights and Benefits", "Supply Chain Management",
                         "We weren't involved in such incidents."]),
    "418-1": ("G418-1", ["Customer Service", "Privacy and Information Security",
                         "We weren't involved in such incidents."]),
}


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path):
    return read(seed_path)


@pytest.fixture(scope="module")
def seed_result(seed_path: Path, catalogue):
    return pipeline.run(seed_path, pipeline.Options(), catalogue)


def test_all_72_rows_with_their_codes(seed_doc) -> None:
    ci = extract_index(seed_doc)
    assert ci.title == "GRI content index"
    assert [e.code for e in ci.entries] == SEED_CODES
    assert all(e.raw_code == "G" + e.code for e in ci.entries)


def test_hand_checked_rows(seed_doc) -> None:
    entries = {e.code: e for e in extract_index(seed_doc).entries}
    for code, (raw, locations) in HAND_CHECKED.items():
        assert entries[code].raw_code == raw
        assert [loc.text for loc in entries[code].locations] == locations, code


def test_statement_of_use_and_gri1(seed_doc) -> None:
    ci = extract_index(seed_doc)
    assert ci.statement_of_use is not None and ci.statement_of_use.mode is Mode.WITH_REFERENCE
    assert "Zhejiang Jingsheng" in ci.statement_of_use.text
    assert ci.gri1_used == "GRI 1: Foundation 2021"


def test_every_cited_section_resolves(seed_result) -> None:
    unresolved = [(a.disclosure.code, r.cited.text) for a in seed_result.assessments for r in a.locations
                  if r.cited.kind is LocationKind.SECTION and not r.resolved]
    assert unresolved == []
    cited = {r.cited.text for a in seed_result.assessments for r in a.locations if r.cited.kind is LocationKind.SECTION}
    assert len(cited) == 19  # distinct section names the index cites (counted by hand)


def test_key_performance_resolves_to_every_block(seed_result) -> None:
    a = next(a for a in seed_result.assessments if a.disclosure.code == "201-1")
    (r,) = a.locations
    assert len(r.sections) >= 12 and r.score == 100


def test_group_202_over_203_rows_is_reported(seed_result) -> None:
    hits = [f for f in seed_result.findings if f.rule == "GRI-IDX-003"]
    assert len(hits) == 1
    assert '"GRI 202: Indirect Economic Performance"' in hits[0].message and "203-1, 203-2" in hits[0].message
    assert "GRI 203: Indirect Economic Impacts 2016" in hits[0].message


def test_refer_to_annual_report_rows_are_external(seed_result) -> None:
    status = {a.disclosure.code: a.status for a in seed_result.assessments}
    for code in ("2-11", "2-12", "2-13", "2-18", "207-1", "207-2", "207-3", "207-4"):
        assert status[code] is Status.EXTERNAL, code
    assert status["2-8"] is not Status.EXTERNAL  # its section is checked first


def test_mode_is_with_reference_and_nothing_is_not_indexed(seed_result) -> None:
    assert seed_result.mode.mode is Mode.WITH_REFERENCE and seed_result.mode.source == "statement_of_use"
    assert seed_result.coverage.count(Status.NOT_INDEXED) == 0


def test_zero_incident_statements_support_incident_disclosures(seed_result) -> None:
    status = {a.disclosure.code: a.status for a in seed_result.assessments}
    for code in ("205-3", "206-1", "406-1", "416-2", "417-2", "418-1"):
        assert status[code] is Status.SUPPORTED, code


def test_index_is_never_its_own_evidence(seed_result) -> None:
    table = seed_result.index.tables[0]
    index_lines = range(seed_result.document.blocks[table.first_block].line,
                        seed_result.document.blocks[table.end_block - 1].end_line + 1)
    for a in seed_result.assessments:
        assert all(q.line not in index_lines for q in a.evidence), a.disclosure.code


def test_json_output_is_deterministic(seed_path: Path, run_cli) -> None:
    first = run_cli("check", seed_path, "--format", "json").output
    assert first == run_cli("check", seed_path, "--format", "json").output
    data = json.loads(first)
    assert data["content_index"]["rows"] == 72 and len(data["disclosures"]) == 72
