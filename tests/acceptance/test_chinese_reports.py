"""Chinese and bilingual sample reports (tests/fixtures/zh, fictional), checked row by row by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gri_check import pipeline
from gri_check.index.model import LocationKind as K
from gri_check.index.model import OmissionReason as R
from gri_check.model import Mode, Status

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "zh"
ZH = FIXTURES / "huaxin_2024_zh.md"
BILINGUAL = FIXTURES / "huaxin_2024_bilingual.md"


@pytest.fixture(scope="module")
def zh(catalogue):
    return pipeline.run(ZH, pipeline.Options(), catalogue)


@pytest.fixture(scope="module")
def bilingual(catalogue):
    return pipeline.run(BILINGUAL, pipeline.Options(), catalogue)


def by_code(result) -> dict:
    return {a.disclosure.code: a for a in result.assessments if a.entry is not None}


def rules(result, rule: str) -> list:
    return [f for f in result.findings if f.rule == rule]


# --- the Chinese report ------------------------------------------------------------------------------------


def test_zh_rows_with_codes_and_chinese_titles(zh) -> None:
    ci = zh.index
    assert ci.title == "GRI内容索引"
    assert [e.code for e in ci.entries] == ["2-1", "2-2", "2-3", "2-5", "2-6", "2-7", "2-9", "2-22", "2-26", "205-2",
                                           "205-3", "302-1", "305-1", "305-2", "401-1", "403-9", "411-1"]
    titles = {e.code: e.title for e in ci.entries}
    assert titles["2-1"] == "组织详细情况" and titles["305-1"] == "直接(范畴1)温室气体排放"
    assert [g.number for g in ci.groups] == ["2", "205", "302", "305", "401", "403", "411"]


def test_zh_mode_and_gri1_from_chinese_labels(zh) -> None:
    assert zh.index.statement_of_use is not None and zh.index.statement_of_use.text.startswith("华信新材料")
    assert zh.mode.mode is Mode.WITH_REFERENCE and zh.mode.source == "statement_of_use"
    assert zh.index.gri1_used == "GRI 1:基础 2021"


def test_zh_ideographic_comma_locations_resolve_to_chinese_headings(zh) -> None:
    rows = by_code(zh)
    assert [(r.cited.text, [zh.document.sections[s].title for s in r.sections]) for r in rows["2-1"].locations] == [
        ("关于本报告", ["关于本报告"]), ("公司概况", ["公司概况"])]
    page, = rows["2-5"].locations  # 第2页: the printed page that holds the assurance paragraph
    assert page.cited.kind is K.PAGE and page.cited.pages == (2,)
    assert [zh.document.sections[s].title for s in page.sections] == ["关于本报告"]
    section, page9 = rows["403-9"].locations  # 安全生产、第9页
    assert section.resolved and page9.cited.pages == (9,) and page9.resolved
    ethics, statement = rows["205-3"].locations  # 商业道德；<a sentence> is a section and a direct answer
    assert ethics.resolved and statement.cited.kind is K.STATEMENT


def test_zh_omission_reason_and_explanation(zh) -> None:
    row = by_code(zh)["411-1"]
    assert row.status is Status.OMITTED
    assert row.entry.omission.reason is R.NOT_APPLICABLE
    assert row.entry.omission.explanation == "公司运营地点均不涉及原住民聚居区"


def test_zh_evidence_statuses_checked_by_hand(zh) -> None:
    rows = by_code(zh)
    # The cited sections clearly address these items (names, scope, assurance, figures with Chinese units).
    for code in ("2-1", "2-2", "2-3", "2-5", "2-6", "2-9", "2-22", "2-26", "205-2", "305-1", "305-2", "401-1"):
        assert rows[code].status is Status.SUPPORTED, code
    assert [i.score for i in rows["2-1"].items] == [1.0, 1.0, 0.5, 1.0]  # c: only 总部位于 (总部 is inside it)
    # 社区公益 (volunteering, donations) says nothing about the workforce; the data is under 员工权益.
    wrong = rows["2-7"]
    assert wrong.status is Status.UNSUPPORTED and wrong.coverage == 0
    assert [e.section for e in wrong.found_elsewhere] == ["员工权益"]
    assert any(f.disclosure == "2-7" for f in rules(zh, "GRI-EVD-001"))
    # Energy: non-renewable fuel, purchased electricity and the total are given; renewable fuel and sold energy are not.
    energy = {i.item.id: i.score for i in rows["302-1"].items}
    assert rows["302-1"].status is Status.PARTIAL and energy["a"] == 1.0 and energy["e"] == 1.0
    assert energy["b"] == 0 and energy["d"] == 0


def test_zh_correct_chinese_titles_are_not_mismatches(zh) -> None:
    assert rules(zh, "GRI-COD-002") == [] and rules(zh, "GRI-COD-003") == []
    assert all(a.title_score >= 85 for a in zh.assessments if a.entry is not None)


# --- the bilingual report ----------------------------------------------------------------------------------


def test_bilingual_rows_titles_and_mode(bilingual) -> None:
    ci = bilingual.index
    assert ci.title == "GRI Content Index GRI内容索引"
    assert len(ci.entries) == 11
    assert {e.code: e.title for e in ci.entries}["2-1"] == "Organizational details 组织详细情况"
    assert bilingual.mode.mode is Mode.IN_ACCORDANCE
    assert ci.gri1_used is not None and ci.gri1_used.startswith("GRI 1: Foundation 2021")


def test_bilingual_locations_pages_and_omission(bilingual) -> None:
    rows = by_code(bilingual)
    assert [r.cited.text for r in rows["2-1"].locations] == ["About This Report 关于本报告", "Company Profile 公司概况"]
    assert all(r.resolved for r in rows["2-1"].locations)
    (governance,) = rows["2-9"].locations  # 第4页
    assert [bilingual.document.sections[s].title for s in governance.sections] == ["Governance 公司治理"]
    (people,) = rows["2-7"].locations  # p. 5
    assert [bilingual.document.sections[s].title for s in people.sections] == ["Our People 员工权益"]
    scope3 = rows["305-3"]
    assert scope3.status is Status.OMITTED and scope3.entry.omission.reason is R.UNAVAILABLE


def test_bilingual_evidence_statuses_checked_by_hand(bilingual) -> None:
    rows = by_code(bilingual)
    for code in ("2-1", "2-3", "2-7", "2-9", "305-2"):
        assert rows[code].status is Status.SUPPORTED, code
    assert rows["2-27"].status is Status.UNSUPPORTED  # cited at Community 社区公益: nothing on compliance


def test_bilingual_swapped_chinese_title_is_reported(bilingual) -> None:
    (swap,) = rules(bilingual, "GRI-COD-003")
    assert swap.disclosure == "2-11" and "2-19" in swap.message
    assert rules(bilingual, "GRI-COD-002") == []


def test_json_keeps_chinese_text(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = run_cli("check", ZH, "--format", "json", "-o", out)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    row = next(d for d in data["disclosures"] if d["code"] == "2-1")
    assert row["index_row"]["raw_title"] == "组织详细情况"
    assert [loc["cited"] for loc in row["locations"]] == ["关于本报告", "公司概况"]
