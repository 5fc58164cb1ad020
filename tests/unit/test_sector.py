"""match/sector.py: which GRI Sector Standard applies (stated, indexed, inferred) and each topic's status, on small
fictional snippets (expected values worked out by hand from the snippet text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check import index as index_stage
from gri_check.ingest import parse
from gri_check.match.sector import MIN_PER_10K, Basis, Sectors, TopicStatus, choose_sectors
from tests.helpers import bundled, bundled_reader

INDEX = """
## GRI content index

Example Ltd has reported in accordance with the GRI Standards for the period 1 January 2024 to 31 December 2024.

{line}

| Disclosure | Title | Location |
|---|---|---|
| 2-1 | Organizational details | About us |
| 305-1 | Direct (Scope 1) GHG emissions | About us |
| 403-9 | Work-related injuries | About us |
{rows}"""


def _sectors(body: str, *, line: str = "", rows: str = "", language: str = "en") -> Sectors:
    text = f"# Example Ltd Report 2024\n\n## About us\n\n{body}\n" + INDEX.format(line=line, rows=rows)
    doc = parse(text.encode("utf-8"), Path("report.md"))
    ci = index_stage.extract(doc, bundled(), bundled_reader())
    (s,) = choose_sectors(bundled(), ci, doc, language=language)
    return s


def _ids(s: Sectors) -> list[tuple[str, Basis]]:
    return [(c.standard.number, c.basis) for c in s.applicable]


@pytest.mark.parametrize(("value", "number"), [
    ("GRI 11: Oil and Gas Sector 2021", "11"), ("GRI 14", "14"), ("Coal Sector", "12"),
    ("GRI 13: Agriculture, Aquaculture and Fishing Sectors 2022", "13"), ("采矿业", "14"),
])
def test_the_line_names_a_standard(value: str, number: str) -> None:
    s = _sectors("We make things.", line=f"Applicable GRI Sector Standard(s): {value}")
    assert _ids(s) == [(number, Basis.STATED)] and s.stated == (value,) and not s.none_stated


@pytest.mark.parametrize("value", ["None", "N/A", "Not applicable", "不适用",
                                   "No GRI Sector Standard is yet available for our sector"])
def test_the_line_says_none_applies(value: str) -> None:
    s = _sectors("We make things.", line=f"Applicable GRI Sector Standard(s): {value}")
    assert (s.none_stated, s.applicable) == (True, ())


def test_gri_110_is_not_gri_11() -> None:
    s = _sectors("We make things.", line="Applicable GRI Sector Standard(s): GRI 110")
    assert (s.applicable, s.none_stated) == ((), False)


def test_a_label_with_its_value_on_the_line_before() -> None:
    """A conversion that printed the value above its label (the label is then followed by the table)."""
    s = _sectors("We make things.", line="| Sector standards not applicable as of the date of issue\n\n"
                                        "Applicable GRI Sector Standards |")
    assert s.none_stated and s.stated == ("Sector standards not applicable as of the date of issue",)


def test_references_without_the_line_are_indexed() -> None:
    rows = ("| 305-2 | Energy indirect (Scope 2) GHG emissions | About us |\n"
            "| 14.15.4 | Additional sector disclosure | About us |\n")
    s = _sectors("We make things.", rows=rows)
    assert _ids(s) == [("14", Basis.INDEXED)]
    status = {t.topic.code: t.status for t in s.applicable[0].topics}
    assert status["14.15"] is TopicStatus.MATERIAL and status["14.1"] is TopicStatus.NOT_ADDRESSED


OIL = ("We produce crude oil and natural gas production is rising. Our oil and gas fields are served by a drilling rig "
       "and a gas pipeline. ")


def test_words_of_one_sector_infer_it() -> None:
    s = _sectors(OIL * 2)
    assert _ids(s) == [("11", Basis.INFERRED)]
    assert s.inferred is not None and '"crude oil" (2x)' in s.inferred.evidence


def test_two_distinct_words_are_too_few() -> None:
    s = _sectors("Crude oil and more crude oil; oil and gas, oil and gas, oil and gas.")
    assert (s.applicable, s.inferred) == ((), None)
    assert "too few" in s.why


def test_words_too_rare_in_a_long_report_infer_nothing() -> None:
    """Four oil words, 10 uses, in about 30,000 words: 3.3 per 10,000 words, under the threshold."""
    filler = "Our branches serve households and small firms across the region every day. " * 2500
    s = _sectors(OIL * 2 + filler)
    assert MIN_PER_10K > 3.4 and (s.applicable, s.inferred) == ((), None)


def test_words_of_two_sectors_alike_infer_nothing() -> None:
    mining = "Our mine site stores tailings; the open pit and the mineral processing plant run all year. "
    s = _sectors((OIL + mining) * 2)
    assert (s.applicable, s.inferred) == ((), None) and "alike" in s.why


def test_no_inference_in_a_language_the_words_are_not_in() -> None:
    s = _sectors(OIL * 2, language="it")
    assert (s.applicable, s.inferred) == ((), None) and "(it)" in s.why


def test_a_stated_none_keeps_what_the_words_show() -> None:
    s = _sectors(OIL * 2, line="Applicable GRI Sector Standard(s): None")
    assert s.none_stated and s.applicable == () and s.inferred is not None and s.inferred.standard.number == "11"


def test_a_numbered_heading_near_the_index_is_no_topic_row() -> None:
    """"11.2 Waste management" is a chapter number: its title is not topic 11.2's ("Climate adaptation ...")."""
    rows = ("| 305-2 | Energy indirect (Scope 2) GHG emissions | About us |\n"
            "\n### 11.2 Waste management\n\nWe recycle.\n")
    s = _sectors("We make things.", line="Applicable GRI Sector Standard(s): GRI 11: Oil and Gas Sector 2021",
                 rows=rows)
    status = {t.topic.code: t.status for t in s.applicable[0].topics}
    assert set(status.values()) == {TopicStatus.NOT_ADDRESSED}


def test_a_topic_row_in_the_row_of_one_of_its_disclosures_is_material() -> None:
    rows = ("| Topic 11.3 Air emissions | 305-7 Nitrogen oxides (NOx), sulfur oxides (SOx), "
            "and other significant air emissions | About us |\n")
    s = _sectors("We make things.", line="Applicable GRI Sector Standard(s): GRI 11: Oil and Gas Sector 2021",
                 rows=rows)
    status = {t.topic.code: t.status for t in s.applicable[0].topics}
    assert status["11.3"] is TopicStatus.MATERIAL


def test_a_group_row_naming_the_sector_standard_states_it() -> None:
    rows = "| GRI 11: Oil and Gas Sector 2021 | | |\n| 305-2 | Energy indirect (Scope 2) GHG emissions | About us |\n"
    s = _sectors("We make things.", rows=rows)
    assert _ids(s) == [("11", Basis.STATED)]
    assert s.applicable[0].evidence.startswith('group row "GRI 11: Oil and Gas Sector 2021" (line ')
