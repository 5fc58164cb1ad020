"""GRI Sector Standards (GRI 11-14) end to end, on our own fictional reports (tests/fixtures/sectors) and the real
corpus: which sector standard applies and why, each likely material topic's status, GRI-REQ-009/010.

The expectations were written by hand from the fixtures' text: oil_gas_full.md reviews all 22 GRI 11 topics (18
material with references in a last "GRI Sector Standard ref. no." column, 4 not material with explanations);
oil_gas_gaps.md addresses 11.1 (a "Topic 11.1" row heading its rows), 11.9 (a "Material topic: Occupational health
and safety" band), 11.8 (a row of its own, 11.8.3), explains 11.17 and lists 11.18 with no explanation;
mining_unnamed.md is a copper and gold miner whose index names no sector standard; bank.md is a bank that names
the sectors it lends to.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from gri_check import index as index_stage
from gri_check import pipeline, report
from gri_check.ingest import read
from gri_check.match.language import detect_language
from gri_check.match.sector import Basis, Sectors, TopicStatus, choose_sectors
from gri_check.model import Finding, Severity
from gri_check.paths import schema_path
from gri_check.result import RunResult
from gri_check.standards.codes import CodeReader
from gri_check.standards.load import bundled_files, load_catalogue
from tests.helpers import bundled, bundled_reader

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
GRI_11 = "GRI 11: Oil and Gas Sector 2021"
GRI_14 = "GRI 14: Mining Sector 2024"
SECTOR_RULES = ("GRI-REQ-009", "GRI-REQ-010")
NOT_MATERIAL_FULL = {"11.12", "11.16", "11.17", "11.18"}


@cache
def _run(name: str) -> RunResult:
    return pipeline.run(FIXTURES / name, pipeline.Options(), bundled())


def _run_text(text: str, tmp_path: Path) -> RunResult:
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(path, pipeline.Options(), bundled())


def _sectors(result: RunResult) -> Sectors:
    gri = next(f for f in result.frameworks if f.id == "GRI")
    assert gri.sectors is not None
    return gri.sectors


def _found(result: RunResult, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule]


def _line_of(name: str, text: str) -> int:
    return next(n for n, line in enumerate((FIXTURES / name).read_text(encoding="utf-8").splitlines(), 1)
                if text in line)


def test_a_full_gri_11_index_addresses_every_topic() -> None:
    result = _run("oil_gas_full.md")
    s = _sectors(result)
    assert s.stated == (GRI_11,) and not s.none_stated
    assert s.stated_line == _line_of("oil_gas_full.md", "| Applicable GRI Sector Standard(s) |")
    (choice,) = s.applicable
    assert (choice.standard.id, choice.basis) == (GRI_11, Basis.STATED)
    status = {t.topic.code: t.status for t in choice.topics}
    assert set(status) == {f"11.{n}" for n in range(1, 23)}
    assert {c for c, st in status.items() if st is TopicStatus.NOT_MATERIAL} == NOT_MATERIAL_FULL
    assert {c for c, st in status.items() if st is TopicStatus.MATERIAL} == set(status) - NOT_MATERIAL_FULL
    assert not [f for f in result.findings if f.rule in SECTOR_RULES]


def test_references_in_the_last_column_are_references_not_locations() -> None:
    rows = {e.code: e for e in _run("oil_gas_full.md").index.entries if e.code in ("305-1", "303-4", "2-1")}
    assert (rows["305-1"].references, rows["305-1"].raw_location) == (("11.1.5",), "Climate")
    assert (rows["303-4"].references, rows["303-4"].raw_location) == (("11.6.5",), "Waste and water")
    assert rows["2-1"].references == ()


def test_sector_topics_are_no_index_rows_of_their_own() -> None:
    result = _run("oil_gas_full.md")
    assert not [e for e in result.index.entries if e.code and re.fullmatch(r"1[1-4]\.\d+", e.code)]
    assert not [a for a in result.assessments if a.disclosure.role == "sector_topic"]
    assert not [a for a in result.assessments if a.disclosure.standard.kind == "sector"]


def test_an_index_that_leaves_out_topics_gets_a_finding_per_topic() -> None:
    result = _run("oil_gas_gaps.md")
    (choice,) = _sectors(result).applicable
    by = {st: {t.topic.code for t in choice.topics if t.status is st} for st in TopicStatus}
    assert by[TopicStatus.MATERIAL] == {"11.1", "11.8", "11.9"}
    assert by[TopicStatus.NOT_MATERIAL] == {"11.17"}
    assert by[TopicStatus.LISTED] == {"11.18"}
    assert len(by[TopicStatus.NOT_ADDRESSED]) == 17
    found = _found(result, "GRI-REQ-009")
    assert sorted(f.disclosure or "" for f in found) == sorted(by[TopicStatus.NOT_ADDRESSED] | {"11.18"})
    assert all(f.severity is Severity.ERROR and f.standard == GRI_11 for f in found)  # GRI 11's rows are official
    listed = next(f for f in found if f.disclosure == "11.18")
    assert listed.line == _line_of("oil_gas_gaps.md", "| Topic 11.18 Conflict and security |")
    assert "is listed in the content index" in listed.message
    waste = next(f for f in found if f.disclosure == "11.5")
    assert waste.message.startswith('GRI 11.5 "Waste" (GRI 11: Oil and Gas Sector 2021, named in the index) is '
                                    "neither reported as material nor explained as not material")
    assert not _found(result, "GRI-REQ-010")


def test_with_reference_reports_need_not_apply_sector_standards(tmp_path: Path) -> None:
    text = (FIXTURES / "oil_gas_gaps.md").read_text(encoding="utf-8").replace(
        "has reported in accordance with the GRI Standards for the period 1 January 2024 to 31 December 2024.",
        "has reported the information cited in this GRI content index for the period 1 January 2024 to 31 December "
        "2024 with reference to the GRI Standards.")
    result = _run_text(text, tmp_path)
    assert result.mode.mode.value == "with_reference"
    assert _sectors(result).applicable[0].standard.id == GRI_11  # still read and shown
    assert not [f for f in result.findings if f.rule in SECTOR_RULES]


def test_a_mining_report_that_names_no_sector_standard() -> None:
    result = _run("mining_unnamed.md")
    s = _sectors(result)
    assert s.stated == () and not s.none_stated
    (choice,) = s.applicable
    assert (choice.standard.id, choice.basis) == (GRI_14, Basis.INFERRED)
    assert '"tailings"' in choice.evidence and '"mine site"' in choice.evidence
    assert choice.count(TopicStatus.NOT_ADDRESSED) == 25
    (finding,) = _found(result, "GRI-REQ-010")
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("the content index names no applicable GRI Sector Standard, but the report's "
                                      "words are those of GRI 14: Mining Sector 2024")
    assert "neither reports nor explains 25 of its 25 topics" in finding.message
    assert not _found(result, "GRI-REQ-009")  # an inferred sector: the topics are in the one warning


def test_a_mining_report_published_before_gri_14_applies_gets_no_finding(tmp_path: Path) -> None:
    text = (FIXTURES / "mining_unnamed.md").read_text(encoding="utf-8")
    text = text.replace("2026", "2025").replace("1 July 2025 to 30 June 2025", "1 July 2024 to 30 June 2025")
    result = _run_text(text, tmp_path)
    assert _sectors(result).applicable[0].standard.id == GRI_14  # inferred, and shown
    assert not [f for f in result.findings if f.rule in SECTOR_RULES]  # GRI 14 applies from 1 January 2026


def test_a_bank_gets_no_sector() -> None:
    result = _run("bank.md")
    s = _sectors(result)
    assert (s.stated, s.applicable, s.inferred) == ((), (), None)
    assert s.why.startswith("the report's sector words are too few to infer a sector")
    assert not [f for f in result.findings if f.rule in SECTOR_RULES]
    (fs7,) = [e for e in result.index.entries if e.other]  # a G4 sector code: a row of its own, listed, not checked
    assert (fs7.code, fs7.raw_location) == ("FS7", "Responsible lending")
    assert "FS7" in report.render("terminal", result, color=False, width=100)


def test_none_stated_and_a_sector_the_words_show(tmp_path: Path) -> None:
    text = (FIXTURES / "mining_unnamed.md").read_text(encoding="utf-8").replace(
        "GRI 1 used: GRI 1: Foundation 2021", "GRI 1 used: GRI 1: Foundation 2021\n\n"
        "Applicable GRI Sector Standard(s): None")
    result = _run_text(text, tmp_path)
    s = _sectors(result)
    assert (s.stated, s.none_stated, s.applicable) == (("None",), True, ())
    assert s.inferred is not None and s.inferred.standard.id == GRI_14
    (finding,) = _found(result, "GRI-REQ-010")
    assert finding.message.startswith('the content index states that no GRI Sector Standard applies ("None", line')


def test_json_and_terminal_show_the_sector_standard() -> None:
    result = _run("oil_gas_gaps.md")
    data = json.loads(report.render("json", result))
    schema = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["content_index"]["sector_standards"] == [GRI_11]
    gri = next(f for f in data["frameworks"] if f["id"] == "GRI")
    (applicable,) = gri["sector_standards"]["applicable"]
    assert (applicable["id"], applicable["basis"], applicable["effective"]) == (GRI_11, "stated", "2023-01-01")
    assert applicable["counts"] == {"material": 3, "not_material": 1, "listed": 1, "not_addressed": 17}
    assert [t["code"] for t in applicable["topics"]][:3] == ["11.1", "11.2", "11.3"]
    line = _line_of("oil_gas_gaps.md", "Applicable GRI Sector Standard(s):")
    text = " ".join(report.render("terminal", result, color=False, width=100).split())
    assert (f"Sectors: {GRI_11} (stated, line {line}): 22 topics, 3 material, 1 not material, 1 listed, "
            "17 not addressed") in text


def test_page_ranges_are_no_codes_of_the_sector_standards() -> None:
    """GRI 11-14 code their topics "11.1": bundling them makes no "11-5" or "14-25" a code."""
    without = CodeReader.of(load_catalogue([f for f in bundled_files() if f.name != "gri_sectors.yaml"],
                                           bundled=False))
    for cell in ("14-25", "11-5", "12-13 March", "13-4", "11-21"):
        assert bundled_reader().read(cell) == without.read(cell), cell
    assert bundled_reader().read("14-25") is None and bundled_reader().read("11-5") is None


# The real corpus (../shared/corpus, SOURCES.md): no file is of a sector GRI 11-14 covers in a way the index or the
# words show. Origin Energy (an energy retailer with a gas business) prints a stand-alone index with no sector words;
# Edison (an Italian utility with oil and gas fields in 2017, before GRI 11) and the University of Turin are in
# Italian, for which the catalogue has no sector words; Samsung SDS states that no sector standard applies.
CORPUS = {
    "bluescope_2023_en.pdf": False, "cigna_2020_en.pdf": False, "edison_2017_it.pdf": False,
    "macquarie_2023_gri-index_en.pdf": False, "moncler_2023_en.pdf": False, "origin_2023_gri-index_en.pdf": False,
    "reply_2019_en.pdf": False, "samsung-sds_2024_en.md": True, "statestreet_2020_en.pdf": False,
    "unito_2017_it.pdf": False,
}


@pytest.mark.shared
@pytest.mark.parametrize(("name", "none_stated"), sorted(CORPUS.items()))
def test_no_false_sector_on_the_corpus(shared_dir: Path, name: str, none_stated: bool) -> None:
    doc = read(shared_dir / "corpus" / name)
    ci = index_stage.extract(doc, bundled(), bundled_reader())
    (s,) = choose_sectors(bundled(), ci, doc, language=detect_language(doc, ci.spans).code)
    assert (s.applicable, s.inferred, s.none_stated) == ((), None, none_stated), s.why
