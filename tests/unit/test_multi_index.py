"""Several index tables in one report, each read in its own framework; rows of one framework in another's table."""
from __future__ import annotations

from gri_check import pipeline
from gri_check.ingest.markdown import parse_markdown
from gri_check.model import Status
from tests.helpers import bundled, extract_index

BODY = """# Example Ltd. ESG Report 2024

## Energy

In 2024 we consumed 120,400 GJ of energy in total: grid electricity 84,000 GJ and natural gas 36,400 GJ.
Grid electricity was 70% of the total and renewable energy from rooftop solar 6%.

## Safety

The total recordable incident rate (TRIR) was 0.82 per 200,000 hours worked and the fatality rate 0.
The near miss frequency rate (NMFR) was 3.1. There were no fatalities.

## Emissions

Scope 1 direct GHG emissions were 2,100 tCO2e and Scope 2 indirect GHG emissions 9,800 tCO2e.
"""

GRI = """## GRI content index

| Disclosure | Title | Location |
|---|---|---|
| 302-1 | Energy consumption within the organization | Energy |
| 305-1 | Direct (Scope 1) GHG emissions | Emissions |
| 305-2 | Energy indirect (Scope 2) GHG emissions | Emissions |
| 403-9 | Work-related injuries | Safety |
"""

SASB = """## SASB index

| Code | Accounting metric | Location |
|---|---|---|
| RT-IG-130a.1 | (1) Total energy consumed, (2) percentage grid electricity, (3) percentage renewable | Energy |
| RT-IG-320a.1 | (1) Total recordable incident rate (TRIR), (2) fatality rate, and (3) near miss frequency rate (NMFR) | Safety |
| RT-IG-000.B | Number of employees | Our People |
"""  # noqa: E501  # a row as reports print it: the long line is the test

IFRS = """## IFRS S2 index

| Topic | Paragraph | Disclosure | Page |
|---|---|---|---|
| Governance | 6 | Governance of climate-related risks | Energy |
| Strategy | 10 | Climate-related risks and opportunities | Energy |
| Metrics | 29 | Cross-industry metrics | Emissions |
"""

CN = """## 上交所可持续发展报告指引对照表

| 议题 | 报告章节 |
|---|---|
| 应对气候变化 | Emissions |
| 能源利用 | Energy |
| 员工 | Safety |
"""


def _doc(*parts: str):
    return parse_markdown(BODY + "\n" + "\n".join(parts), "r.md")


def test_each_index_is_found_and_named_by_its_framework() -> None:
    ci = extract_index(_doc(GRI, SASB, IFRS))
    assert [(t.framework, t.rows) for t in ci.tables] == [("GRI", 4), ("SASB", 3), ("IFRS", 3)]
    assert {e.framework for e in ci.entries if e.table == 1} == {"SASB"}
    assert [e.code for e in ci.entries if e.framework == "IFRS"] == ["S2.6", "S2.10", "S2.29"]  # bare paragraphs


def test_rows_of_another_framework_inside_a_table_keep_their_framework() -> None:
    mixed = GRI.replace("| 403-9 |", "| RT-IG-130a.1 | Energy | Energy |\n| 403-9 |")
    ci = extract_index(_doc(mixed))
    assert [t.framework for t in ci.tables] == ["GRI"]
    assert [(e.framework, e.code) for e in ci.entries][3] == ("SASB", "RT-IG-130a.1")


def test_an_index_keyed_by_titles_is_found_under_its_title() -> None:
    ci = extract_index(_doc(CN))
    assert [(t.framework, t.rows) for t in ci.tables] == [("CN-EXCH", 3)]
    assert [e.code for e in ci.entries] == ["CN-01", "CN-06", "CN-17"]
    untitled = CN.replace("## 上交所可持续发展报告指引对照表", "## 附表")
    assert not extract_index(_doc(untitled)).found  # topic names alone do not make an index


def test_rows_are_checked_in_their_own_framework() -> None:
    result = pipeline.check_document(_doc(GRI, SASB, IFRS, CN), bundled(), pipeline.Options(), report_path="r.md")
    by = {(a.framework, a.disclosure.code): a for a in result.assessments}
    assert by[("SASB", "RT-IG-130a.1")].status is Status.SUPPORTED
    assert by[("SASB", "RT-IG-320a.1")].status is Status.SUPPORTED
    assert by[("SASB", "RT-IG-000.B")].status is Status.UNSUPPORTED  # "Our People" is no heading here
    assert by[("GRI", "302-1")].framework == "GRI"
    assert [f.id for f in result.frameworks] == ["GRI", "SASB", "IFRS", "CN-EXCH"]
    sasb = next(f for f in result.frameworks if f.id == "SASB")
    assert sasb.industry is not None and sasb.industry.code == "RT-IG" and sasb.industry.source == "index_codes"
    # IFRS S2's core content is required in an IFRS S2 index: what this one leaves out is listed
    missing = {a.disclosure.code for a in result.assessments if a.framework == "IFRS" and a.basis == "required"}
    assert {"S2.13", "S2.14", "S2.15", "S2.22", "S2.25", "S2.33"} <= missing
    assert all(a.status is Status.NOT_INDEXED for a in result.assessments if a.basis == "required")


def test_related_requirements_carry_their_status_in_the_run() -> None:
    result = pipeline.check_document(_doc(GRI, SASB), bundled(), pipeline.Options(), report_path="r.md")
    energy = next(a for a in result.assessments if a.disclosure.code == "RT-IG-130a.1")
    related = {(r.disclosure.framework, r.disclosure.code): r for r in energy.related}
    gri = next(a for a in result.assessments if a.disclosure.code == "302-1")
    assert related[("GRI", "302-1")].status is gri.status is not None
    assert all(r.disclosure.standard.number in ("RT-IG",) for r in energy.related if r.disclosure.framework == "SASB")
