"""Which edition a clashing code means (match/editions.py), the report's publication date (match/scope.py), and
the foundation edition a report cites. Disclosures come from the bundled catalogues; rows are built here."""
from __future__ import annotations

from dataclasses import replace

import pytest

from gri_check.index.model import GroupRow
from gri_check.ingest.markdown import parse_markdown
from gri_check.match.editions import EditionContext, choose_edition, edition_context, foundation_years
from gri_check.match.scope import Period, ReportDate, report_date
from gri_check.standards.catalogue import Disclosure
from tests.helpers import bundled

G2016, G2016_MA = "GRI 102: General Disclosures 2016", "GRI 103: Management Approach 2016"
CLIMATE, ENERGY = "GRI 102: Climate Change 2025", "GRI 103: Energy 2025"
GRI2 = "GRI 2: General Disclosures 2021"


def _candidates(code: str) -> tuple[Disclosure, ...]:
    found = bundled().lookup("GRI", code)
    assert len(found) == 2, [d.key for d in found]
    return found


def _group(raw: str, number: str, name: str, year: int | None) -> GroupRow:
    return GroupRow(raw=raw, number=number, name=name, year=year, line=1)


def _choose(code: str, **kw) -> tuple[str, str]:
    choice = choose_edition(_candidates(code), **kw)
    return choice.disclosure.standard.id, choice.basis


# ---------------------------------------------------------------- choose_edition: the evidence and its order


def test_a_code_of_one_standard_needs_no_evidence() -> None:
    (only,) = bundled().lookup("GRI", "305-1")
    choice = choose_edition((only,), title="something else entirely")
    assert (choice.disclosure, choice.basis) == (only, "only")


@pytest.mark.parametrize(("group", "expected"), [
    (_group("GRI 102: Climate Change 2025", "102", "Climate Change", 2025), CLIMATE),
    (_group("GRI 102: Climate change", "102", "Climate change", None), CLIMATE),  # its name, no year
    (_group("GRI 102: General Disclosures 2016", "102", "General Disclosures", 2016), G2016),
    (_group("GRI 102 (2016)", "102", "", 2016), G2016),  # its year, no name
])
def test_the_group_row_names_the_edition(group: GroupRow, expected: str) -> None:
    assert _choose("102-1", group=group) == (expected, "group")


def test_the_group_row_outranks_title_and_context() -> None:
    # A loose title ("Emissions") would not decide; the report context says 2016; the group row says 2025.
    context = EditionContext(in_use=frozenset({G2016}), ruled_out=frozenset({CLIMATE}))
    assert _choose("102-5", title="Emissions", group=_group("GRI 102: Climate Change 2025", "102", "Climate Change",
                                                           2025), context=context) == (CLIMATE, "group")


def test_a_group_row_of_another_standard_is_no_evidence() -> None:
    # 2016 indexes print 103-x under each topic's group row ("GRI 305: Emissions 2016").
    group = _group("GRI 305: Emissions 2016", "305", "Emissions", 2016)
    assert _choose("103-2", title="The management approach and its components", group=group) == (G2016_MA, "title")


def test_a_band_naming_the_wrong_standard_gives_way_to_an_exact_title() -> None:
    waste = _group("GRI 306: Waste 2020", "306", "Waste", 2020)
    assert _choose("306-3", title="Significant spills", group=waste) == ("GRI 306: Effluents and Waste 2016", "title")
    assert _choose("306-3", title="", group=waste) == ("GRI 306: Waste 2020", "group")
    assert _choose("306-3", title="Waste generated", group=waste) == ("GRI 306: Waste 2020", "group")


@pytest.mark.parametrize(("code", "title", "expected"), [
    ("102-1", "Name of the organization", G2016),
    ("102-1", "Transition plan for climate change mitigation", CLIMATE),
    ("102-5", "Scope 1 GHG emissions", CLIMATE),
    ("102-5", "Direct (Scope 1) GHG emissions", CLIMATE),  # the 2016 wording of the same subject, under the new code
    ("102-5", "Ownership and legal form", G2016),
    ("102-8", "Information on employees and other workers", G2016),
    ("103-2", "Energy consumption and self-generation", ENERGY),  # a variant title the catalogue lists
    ("103-3", "Evaluation of the management approach", G2016_MA),
])
def test_the_title_decides_without_a_group_row(code: str, title: str, expected: str) -> None:
    context = EditionContext(ruled_out=frozenset({expected}))  # the context points the other way: the title decides
    assert _choose(code, title=title, context=context) == (expected, "title")


@pytest.mark.parametrize("title", ["", "Management approach", "continued", "管理方法"])
def test_without_a_telling_title_the_report_context_decides(title: str) -> None:
    used_2016 = EditionContext(in_use=frozenset({G2016, G2016_MA}))
    assert _choose("103-1", title=title, context=used_2016) == (G2016_MA, "context")
    replaced = EditionContext(in_use=frozenset({GRI2}), ruled_out=frozenset({G2016, G2016_MA}))
    assert _choose("103-1", title=title, context=replaced) == (ENERGY, "context")


def test_a_chinese_title_counts_only_against_a_chinese_title() -> None:
    # title_similarity scores a Chinese title 100 against a disclosure without title_zh, for want of a comparison:
    # that is no evidence for it. Here the 2016 disclosure is given a Chinese title; the 2025 one has none.
    old, new = sorted(_candidates("102-5"), key=lambda d: d.standard.year)
    pair = (replace(old, title_zh="所有权与法律形式"), new)
    assert choose_edition(pair, title="所有权与法律形式").disclosure.standard.id == G2016
    context = EditionContext(ruled_out=frozenset({G2016}))
    choice = choose_edition(pair, title="范围一温室气体排放", context=context)
    assert (choice.disclosure.standard.id, choice.basis) == (CLIMATE, "context")
    assert _choose("102-5", title="范围一温室气体排放", context=context) == (CLIMATE, "context")


def test_no_evidence_keeps_the_former_default_the_newest_standard() -> None:
    assert _choose("102-1") == (CLIMATE, "default")
    assert _choose("306-3") == ("GRI 306: Waste 2020", "default")


# ---------------------------------------------------------------- edition_context: what the report as a whole says


def test_codes_of_one_standard_only_put_it_in_use() -> None:
    ctx = edition_context(bundled(), [("GRI", "102-40"), ("GRI", "102-1"), ("GRI", "305-1")])
    assert {G2016, "GRI 305: Emissions 2016"} <= ctx.in_use
    assert G2016_MA in ctx.in_use  # withdrawn together with GRI 102 2016: used together
    assert CLIMATE not in ctx.in_use and ENERGY not in ctx.in_use  # 102-1 alone names two standards
    assert not ctx.ruled_out


def test_the_2021_universal_codes_rule_out_the_withdrawn_2016_universal_standards() -> None:
    ctx = edition_context(bundled(), [("GRI", "2-1"), ("GRI", "102-5")])
    assert GRI2 in ctx.in_use
    assert {G2016, G2016_MA} <= ctx.ruled_out  # 103 2016 too: its edition was replaced as a whole
    assert CLIMATE not in ctx.ruled_out


def test_the_foundation_edition_rules_out_the_standards_it_replaced() -> None:
    ctx = edition_context(bundled(), [("GRI", "102-5")], foundations={"GRI": 2021})
    assert {G2016, G2016_MA} <= ctx.ruled_out
    assert not edition_context(bundled(), [("GRI", "102-5")], foundations={"GRI": 2016}).ruled_out


def test_a_report_cannot_use_a_standard_published_after_it() -> None:
    ctx = edition_context(bundled(), [], published=2020)
    assert {CLIMATE, ENERGY, "GRI 101: Biodiversity 2024"} <= ctx.ruled_out and G2016 not in ctx.ruled_out
    assert not edition_context(bundled(), [], published=2025).ruled_out & {CLIMATE, ENERGY}  # early adoption


@pytest.mark.parametrize(("texts", "expected"), [
    (["GRI 1 used: GRI 1: Foundation 2021"], {"GRI": 2021}),
    (["", "We used GRI 1 : Foundation 2021 for this report."], {"GRI": 2021}),
    (["GRI 101: Foundation 2016"], {}),  # the 2016 foundation standard is another code
    (["GRI 1.2 of the guidance, 2020"], {}),
])
def test_foundation_years(texts: list[str], expected: dict[str, int]) -> None:
    assert foundation_years(bundled(), texts) == expected


# ---------------------------------------------------------------- report_date


def _doc(text: str):
    return parse_markdown(f"# Example Ltd Sustainability Report\n\n## About this report\n\n{text}\n", "r.md")


@pytest.mark.parametrize(("text", "period", "expected"), [
    ("This report was published on 20 March 2026.", 2025, ReportDate(year=2026, basis="stated", line=5, period=2025)),
    ("The report was published on March 20, 2026.", None, ReportDate(year=2026, basis="stated", line=5)),
    ("Date of publication: April 2026", 2025, ReportDate(year=2026, basis="stated", line=5, period=2025)),
    ("发布日期：2026年4月", 2025, ReportDate(year=2026, basis="stated", line=5, period=2025)),
    ("GRI published its climate standard in 2025.", 2025, ReportDate(year=2026, basis="period", period=2025)),
    ("Our first report was published in 2015.", 2025, ReportDate(year=2026, basis="period", period=2025)),  # too early
    ("No date here.", None, ReportDate(year=None, basis="none")),
])
def test_report_date(text: str, period: int | None, expected: ReportDate) -> None:
    assert report_date(_doc(text), Period(year=period, source="title" if period else "none")) == expected


def test_report_date_says_which_date_it_used() -> None:
    assert ReportDate(year=2026, basis="stated", line=12, period=2025).text == "published 2026, line 12"
    assert ReportDate(year=2026, basis="period", period=2025).text == "reporting period 2025, so published 2026 assumed"
    assert ReportDate(year=None, basis="none").text == "publication date unknown"
