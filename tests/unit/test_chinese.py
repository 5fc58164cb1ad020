"""Chinese and bilingual reports: tokens, figures, codes, location cells, omissions, modes, titles."""
from __future__ import annotations

import pytest

from gri_check.index.cells import parse_locations, parse_omission
from gri_check.index.model import LocationKind as K
from gri_check.index.model import OmissionReason as R
from gri_check.index.parse import mode_of
from gri_check.ingest.markdown import parse_markdown
from gri_check.ingest.normalise import normalise_text
from gri_check.match.assess import assess
from gri_check.match.evidence import (
    TermMatcher,
    Tokenizer,
    build_evidence_index,
    has_figure,
    positions_in,
    score_items,
    term_tokens_of,
    variant_table,
)
from gri_check.model import Mode
from gri_check.standards.catalogue import Disclosure, Item, Standard
from gri_check.standards.codes import CodeReader
from tests.helpers import extract_index

ZH_BODY = """# 报告

## 应对气候变化

2024年，公司温室气体排放量为8,420吨二氧化碳当量，范围一排放主要来自天然气锅炉。

## 社区公益

温室内的植物需要气体交换，志愿者在大棚开展科普活动。

## 员工权益

截至报告期末，公司员工总数为2,318人。

"""
for _ in range(40):  # Chinese prose enough to count as a Chinese report (MIN_CJK_VOCAB)
    ZH_BODY += "公司坚持绿色低碳发展理念，持续推进节能降耗和清洁生产，保障员工职业健康与安全。\n\n"

STD = Standard(id="GRI 305: Emissions 2016", number="305", title="Emissions", year=2016, kind="topic")


def _index(md: str):
    doc = parse_markdown(md, "r.md")
    return doc, build_evidence_index(doc, [(len(doc.blocks), len(doc.blocks))])


def _matcher(ev, *terms: str) -> TermMatcher:
    item = Item(id="a", text="Scope 1 emissions.", quantitative=False, evidence=("scope 1", "direct emissions"),
                evidence_zh=terms)
    d = Disclosure(code="305-1", standard=STD, title="Direct (Scope 1) GHG emissions", omittable=True, items=(item,))
    return TermMatcher(ev, variant_table(ev, term_tokens_of(ev, [d])))


def _sections(doc, hits) -> set[str]:
    return {doc.sections[doc.blocks[h.block].section].title for h in hits}


# --- evidence -------------------------------------------------------------------------------------------


def test_cjk_runs_become_overlapping_bigrams() -> None:
    tok = Tokenizer()
    assert tok("温室气体排放量") == ["温室", "室气", "气体", "体排", "排放", "放量"]
    assert tok("排放") == ["排放"] and tok("吨") == ["吨"]
    assert tok("Scope 1排放量") == ["scope", "1", "排放", "放量"]
    assert tok("The emissions of the organization") == tok("emission organizations")  # English unchanged


def test_chinese_term_matches_adjacent_characters_only() -> None:
    doc, ev = _index(ZH_BODY)
    m = _matcher(ev, "温室气体", "吨")
    assert _sections(doc, m.hits("温室气体")) == {"应对气候变化"}  # not 温室内的…气体 in 社区公益
    assert _sections(doc, m.hits("吨")) == {"应对气候变化"}  # a one-character term meets the bigrams holding it


def test_chinese_terms_score_items_and_figures() -> None:
    doc, ev = _index(ZH_BODY)
    item = Item(id="a", text="Scope 1 emissions.", quantitative=True, evidence=("scope 1", "direct emissions"),
                evidence_zh=("范围一", "二氧化碳当量", "温室气体排放"))
    d = Disclosure(code="305-1", standard=STD, title="Direct (Scope 1) GHG emissions", omittable=True, items=(item,))
    m = TermMatcher(ev, variant_table(ev, term_tokens_of(ev, [d])))
    (climate,) = score_items(d, m, None)
    assert climate.score == 1.0 and all(h.figure for h in climate.hits)


def test_a_term_inside_a_longer_one_is_not_a_second_term() -> None:
    doc, ev = _index(ZH_BODY + "## 范围二\n\n外购电力产生36,750吨二氧化碳当量。\n")
    item = Item(id="a", text="Scope 1 emissions.", quantitative=True, evidence=("scope 1", "direct emissions"),
                evidence_zh=("范围一", "二氧化碳当量", "吨二氧化碳当量"))
    d = Disclosure(code="305-1", standard=STD, title="Direct (Scope 1) GHG emissions", omittable=True, items=(item,))
    m = TermMatcher(ev, variant_table(ev, term_tokens_of(ev, [d])))
    scope2 = next(s for s in doc.sections if s.title == "范围二")
    (result,) = score_items(d, m, positions_in(ev, [(scope2.first_block, scope2.end_block)]))
    assert {h.term for h in result.hits} == {"二氧化碳当量", "吨二氧化碳当量"} and result.score == 0.5
    (whole,) = score_items(d, m, None)  # 范围一 in 应对气候变化 is a second term
    assert whole.score == 1.0


def test_chinese_terms_are_skipped_without_chinese_prose() -> None:
    english = "# Report\n\n## Climate\n\nScope 1 emissions were 1,250 tCO2e. 汇聚能量\n"
    _, ev = _index(english)
    assert not ev.cjk
    item = Item(id="a", text="Scope 1.", quantitative=False, evidence=("scope 1", "tco2e"), evidence_zh=("汇聚能量",))
    d = Disclosure(code="305-1", standard=STD, title="Direct (Scope 1) GHG emissions", omittable=True, items=(item,))
    m = TermMatcher(ev, variant_table(ev, term_tokens_of(ev, [d])))
    assert m.live_terms(item) == ("scope 1", "tco2e")
    _, ev = _index(ZH_BODY)
    assert ev.cjk


@pytest.mark.parametrize("text", ["排放总量为8,420吨二氧化碳当量", "消耗天然气312万立方米", "外购电力61,530兆瓦时",
                                  "能源消耗总量345,600吉焦", "员工总数2,318人", "培训1,286人次", "工时410小时",
                                  "捐赠120万元", "营业收入35.6亿元", "占比27%", "人民币 500", "发生0起"])
def test_chinese_units_make_a_figure(text: str) -> None:
    assert has_figure(text)


@pytest.mark.parametrize("text", ["截至2024年12月31日", "详见第12页", "见第3章", "GRI 305-1", "2024年度"])
def test_dates_pages_and_codes_are_not_figures(text: str) -> None:
    assert not has_figure(text)


def test_chinese_unit_cells() -> None:
    assert has_figure("范围一排放 | 吨二氧化碳当量 | 8,420", ("范围一排放", "吨二氧化碳当量", "8,420"))
    assert has_figure("员工总数(人) | 2,318", ("员工总数(人)", "2,318"))
    assert has_figure("能耗 | 单位:吉焦 | 12", ("能耗", "单位:吉焦", "12"))
    assert not has_figure("人力资源部 | 2024", ("人力资源部", "2024"))


# --- codes, location cells, omissions --------------------------------------------------------------------


def test_code_followed_by_chinese_title(catalogue) -> None:
    reader = CodeReader.of(catalogue)
    code = reader.read("2-1组织详细情况")
    assert code is not None and code.code == "2-1" and code.end == 3
    assert reader.read("GRI 305-1直接(范畴1)温室气体排放").code == "305-1"
    assert reader.read("2-1x") is None


def cells(cell: str) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(loc.kind.value, loc.text, loc.pages) for loc in parse_locations(normalise_text(cell))]


def test_ideographic_and_full_width_separators() -> None:
    assert cells("关于本报告、公司概况") == [("section", "关于本报告", ()), ("section", "公司概况", ())]
    assert cells("商业道德；合规管理，风险管理") == [
        ("section", "商业道德", ()), ("section", "合规管理", ()), ("section", "风险管理", ())]


@pytest.mark.parametrize("cell, pages", [("第12页", (12,)), ("第12-14页", (12, 13, 14)), ("第12至14页", (12, 13, 14)),
                                         ("第12、14页", (12, 14)), ("第12页-第14页", (12, 13, 14)), ("12页", (12,)),
                                         ("P12", (12,)), ("P08-P09, P58-P61", (8, 9, 58, 59, 60, 61))])
def test_chinese_page_references(cell: str, pages: tuple[int, ...]) -> None:
    (loc,) = parse_locations(normalise_text(cell))
    assert loc.kind is K.PAGE and loc.pages == pages


def test_other_documents_in_chinese() -> None:
    (ar,) = parse_locations("年报第62页")
    assert (ar.kind, ar.document, ar.pages) == (K.EXTERNAL, "年报", (62,))
    (named,) = parse_locations("《2024年年度报告》第45页")
    assert named.kind is K.EXTERNAL and named.pages == (45,)
    assert cells("参见公司官网")[0][0] == "external"
    assert cells("详见公司治理") == [("section", "公司治理", ())]


def test_chinese_statement_stays_whole() -> None:
    assert cells("商业道德；报告期内，公司未发生贪污、贿赂等腐败事件。") == [
        ("section", "商业道德", ()), ("statement", "报告期内,公司未发生贪污、贿赂等腐败事件。", ())]
    assert cells("报告期内未发生重大安全事故") == [("statement", "报告期内未发生重大安全事故", ())]
    assert cells("安全生产、第9页") == [("section", "安全生产", ()), ("page", "第9页", (9,))]


@pytest.mark.parametrize("cell, reason, explanation", [
    ("不适用：公司运营地点均不涉及原住民聚居区。", R.NOT_APPLICABLE, "公司运营地点均不涉及原住民聚居区"),
    ("法律禁止：当地法律禁止披露该信息", R.LEGAL_PROHIBITIONS, "当地法律禁止披露该信息"),
    ("保密限制：涉及客户商业机密", R.CONFIDENTIALITY, "涉及客户商业机密"),
    ("因商业保密限制从略披露", R.CONFIDENTIALITY, ""),
    ("信息不可获得/不完整：尚未建立范围三核算体系", R.UNAVAILABLE, "尚未建立范围三核算体系"),
    ("信息不完整", R.UNAVAILABLE, ""),
    ("暂不披露", R.OTHER, "暂不披露"),
])
def test_chinese_omission_reasons(cell: str, reason: R, explanation: str) -> None:
    omission = parse_omission(normalise_text(cell))
    assert omission is not None and omission.reason is reason and omission.explanation == explanation


# --- statement of use, labels, index title -----------------------------------------------------------------


@pytest.mark.parametrize("text, mode", [
    ("华信新材料股份有限公司已参照GRI标准报告了2024年1月1日至2024年12月31日期间本GRI内容索引中引用的信息。",
     Mode.WITH_REFERENCE),
    ("本报告参照全球报告倡议组织(GRI)《可持续发展报告标准》编制。", Mode.WITH_REFERENCE),
    ("华信新材料股份有限公司已符合GRI标准报告了2024年1月1日至2024年12月31日期间的信息。", Mode.IN_ACCORDANCE),
    ("本报告依据GRI标准编制。", Mode.IN_ACCORDANCE),
    ("根据GRI 305的要求,我们披露了温室气体排放。", Mode.UNKNOWN),
])
def test_chinese_statement_of_use(catalogue, text: str, mode: Mode) -> None:
    assert mode_of(text, catalogue.framework("GRI").claims) is mode


@pytest.mark.parametrize("title", ["GRI内容索引", "GRI 标准索引", "附录:GRI标准内容索引表", "GRI指标对照表",
                                   "GRI指标、联合国可持续发展目标(SDGs)索引"])
def test_chinese_index_titles(catalogue, title: str) -> None:
    assert catalogue.framework("GRI").titles_index(title)


def test_statement_citing_the_index_is_not_its_title(catalogue) -> None:
    assert not catalogue.framework("GRI").titles_index("使用声明 | 华信已参照GRI标准报告了2024年期间"
                                                        "本GRI内容索引中引用的信息。")


INDEX = """# 报告

## 公司治理

公司建立了由股东大会、董事会和监事会组成的治理架构,董事会下设审计委员会和提名委员会。

## 薪酬管理

公司制定薪酬政策,高级管理人员实行固定薪酬与绩效奖金相结合的薪酬制度。

## GRI 标准索引

| 使用声明 | 本公司已符合GRI标准报告了2024年1月1日至2024年12月31日期间的信息。 |
|---|---|
| 使用的GRI 1 | GRI 1:基础 2021 |

| 披露项 | 披露标题 | 页码/位置 | 省略原因 |
|---|---|---|---|
| GRI 2-9 | 管治架构和组成 | 公司治理 | |
| GRI 2-19 | 薪酬政策 | 薪酬管理 | |
| 2-10 | 薪酬政策 | 公司治理 | |
| 2-11 | Chair of the highest governance body 最高管治机构的主席 | 公司治理 | |
| 2-21 | 年度总薪酬比率 | | 保密限制:涉及员工个人薪酬信息 |
"""


def test_chinese_index_rows_labels_and_columns() -> None:
    ci = extract_index(parse_markdown(INDEX, "r.md"))
    assert ci.title == "GRI 标准索引"
    assert ci.statement_of_use is not None and ci.statement_of_use.mode is Mode.IN_ACCORDANCE
    assert ci.gri1_used == "GRI 1:基础 2021"
    assert [(e.code, e.title) for e in ci.entries] == [
        ("2-9", "管治架构和组成"), ("2-19", "薪酬政策"), ("2-10", "薪酬政策"),
        ("2-11", "Chair of the highest governance body 最高管治机构的主席"), ("2-21", "年度总薪酬比率")]
    omitted = ci.entries[-1]
    assert omitted.locations == () and omitted.omission is not None
    assert omitted.omission.reason is R.CONFIDENTIALITY and omitted.omission.explanation == "涉及员工个人薪酬信息"


def test_chinese_titles_compare_with_title_zh(catalogue) -> None:
    doc = parse_markdown(INDEX, "r.md")
    ci = extract_index(doc)
    by_code = {a.disclosure.code: a for a in assess(doc, ci, catalogue, mode=Mode.WITH_REFERENCE).assessments}
    assert by_code["2-9"].title_score == 100 and by_code["2-9"].title_of_other is None
    assert by_code["2-19"].title_score == 100
    assert by_code["2-11"].title_score == 100  # bilingual: counts in its closer language
    swapped = by_code["2-10"]
    assert swapped.title_score < 85 and swapped.title_of_other is not None
    assert swapped.title_of_other.code == "2-19"
