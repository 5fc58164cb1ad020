"""Chinese text in the stages after index parsing: sections, rules, snippets."""
from __future__ import annotations

from gri_check.index.cells import parse_locations
from gri_check.ingest.layout import _join_lines
from gri_check.ingest.markdown import parse_markdown
from gri_check.match.assess import snippet
from gri_check.match.evidence import ZERO_INCIDENTS as _ZERO_INCIDENTS
from gri_check.match.locations import _strip_numbering, build_section_table, match_section, resolve
from gri_check.rules.omi import _explains

MD = """# 报告

## About This Report 关于本报告

本报告涵盖2024年。

## 一、公司治理

董事会由九名董事组成。

## （二）员工权益

员工总数1,200人。
"""


def table_and_doc():
    doc = parse_markdown(MD, "r.md")
    return build_section_table(doc, [(0, 0)]), doc


def test_bilingual_heading_resolves_from_either_language() -> None:
    table, doc = table_and_doc()
    for cited in ("关于本报告", "About This Report", "About This Report 关于本报告"):
        sections, score = match_section(cited, table)
        assert [doc.sections[n].title for n in sections] == ["About This Report 关于本报告"], cited
        assert score == 100


def test_chinese_heading_numbering_is_ignored() -> None:
    table, doc = table_and_doc()
    (a, b) = resolve(parse_locations("公司治理、员工权益"), doc, table)
    # NFKC
    assert [doc.sections[a.sections[0]].title, doc.sections[b.sections[0]].title] == ["一、公司治理", "(二)员工权益"]
    assert [_strip_numbering(t) for t in ("第一章 关于本报告", "1.1标题", "2023 Highlights")] == [
        "关于本报告", "标题", "2023 Highlights"]


def test_zero_incident_statements_in_chinese() -> None:
    assert _ZERO_INCIDENTS.search("报告期内，公司未发生腐败事件。")
    assert _ZERO_INCIDENTS.search("全年发生0起安全事故")
    assert not _ZERO_INCIDENTS.search("公司发生两起腐败事件")


def test_chinese_lines_join_without_spaces_and_snippets_cut_by_characters() -> None:
    assert _join_lines(["公司在报告期内", "未发生腐败事件", "and English", "words"]) == (
        "公司在报告期内未发生腐败事件 and English words")
    quote = snippet("前言" * 100 + "公司未发生腐败事件" + "后记" * 100, "腐败")
    assert "腐败" in quote and len(quote) <= 162


def test_a_chinese_explanation_counts_as_an_explanation() -> None:
    assert _explains("本公司不涉及相关业务，故不适用")
    assert not _explains("不适用")
    assert _explains("we have no pension plan")
