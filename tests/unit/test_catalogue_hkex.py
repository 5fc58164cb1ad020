"""Data tests of the bundled HKEX ESG Reporting Code catalogue (standards/hkex_2025.yaml).

The YAML is read with yaml.safe_load (not through the engine, whose API is changing) and compared with the
reference tables in ../shared/reference: hkex_esg.tsv (KPI codes and texts, 2020 Guide) and
frameworks/hkex_esg_code_2025.tsv (elements of the 2025 Code, obligations, 2025 status). Titles are compared as
exact strings, with no normalisation.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from gri_check.standards.load import validate_file
from tests.catalogue_checks import check_bilingual_items

PATH = Path(__file__).resolve().parents[2] / "standards" / "hkex_2025.yaml"
ASPECTS_ZH = {"A1": "排放物", "A2": "资源使用", "A3": "环境及天然资源", "A4": "气候变化",
              "B1": "雇佣", "B2": "健康与安全", "B3": "发展及培训", "B4": "劳工准则",
              "B5": "供应链管理", "B6": "产品责任", "B7": "反贪污", "B8": "社区投资"}
REPEALED = {"A4", "A4.1", "A1.2"}  # reported repealed or moved into Part D from 2025 [M]


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    return yaml.safe_load(PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_code(data) -> dict[str, dict[str, Any]]:
    return {d["code"]: d for d in data["disclosures"]}


@pytest.fixture(scope="module")
def standards(data) -> dict[str, dict[str, Any]]:
    return {s["id"]: s for s in data["standards"]}


def _rows(path: Path) -> list[list[str]]:
    lines = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
             if r and not r[0].startswith("#")]
    return lines[1:]  # header excluded


def _form(notation: dict[str, Any], pattern: str) -> re.Pattern[str]:
    """A code form compiled the way the engine composes it: optional prefix, pattern, no requirement, boundary."""
    prefix = f"(?:{notation['prefix']})?" if notation.get("prefix") else ""
    boundary = notation.get("boundary", r"[-.]?(?![\u3400-\u9fff])\w")
    flags = re.I if notation.get("ignore_case") else 0
    return re.compile(rf"^\s*{prefix}(?:{pattern})(?P<_req>)(?!{boundary})", flags)


def _read(form: re.Pattern[str], template: str, cell: str) -> str | None:
    m = form.match(cell)
    return template.format(**{k: v.upper() for k, v in m.groupdict().items() if v is not None}) if m else None


# ---------------------------------------------------------------- the file


def test_file_validates_against_the_schema() -> None:
    assert validate_file(PATH) == 65  # Part B 3 + General Disclosures 12 + KPIs 36 + Part D 14


def test_codes_are_unique_and_standards_exist(data, standards) -> None:
    codes = [d["code"] for d in data["disclosures"]]
    assert len(codes) == len(set(codes))
    aliases = [a for d in data["disclosures"] for a in d.get("aliases", ())]
    assert len(aliases) == len(set(aliases)) and not set(aliases) & set(codes)
    assert all(d["standard"] in standards for d in data["disclosures"])
    numbers = [s["number"] for s in data["standards"]]
    assert len(numbers) == len(set(numbers))


def test_framework_declaration(data) -> None:
    fw = data["framework"]
    assert fw["id"] == "HKEX" and fw["name"] == "HKEX ESG Reporting Code"
    assert fw["publisher"] == "Hong Kong Exchanges and Clearing (Appendix C2 to the Main Board Listing Rules)"
    assert fw["required_when"] == "indexed" and fw["omission"] == "explain"
    editions = {e["id"]: e for e in fw["editions"]}
    assert editions["2020"]["effective"] == "2020-07-01" and editions["2020"]["until"] == "2024-12-31"
    assert editions["2025"]["effective"] == "2025-01-01" and "until" not in editions["2025"]
    assert {e["basis"] for e in editions.values()} == {"financial_years_commencing"}


def test_standards_are_part_b_the_twelve_aspects_and_part_d(data) -> None:
    kinds = [(s["number"], s["kind"]) for s in data["standards"]]
    assert kinds == [("B-PART", "part"), *((a, "aspect") for a in ASPECTS_ZH), ("D-PART", "part")]
    assert {s["number"]: s.get("title_zh") for s in data["standards"] if s["kind"] == "aspect"} == ASPECTS_ZH


# ---------------------------------------------------------------- against the reference tables


def test_every_kpi_code_and_text_equals_the_reference(by_code, standards, shared_dir: Path) -> None:
    rows = _rows(shared_dir / "reference" / "hkex_esg.tsv")
    assert len(rows) == 36
    for code, aspect, text in rows:
        d = by_code[code]
        assert d["title"] == text, code
        number, _, name = aspect.partition(" ")
        std = standards[d["standard"]]
        assert (std["number"], std["title"]) == (number, name), code
    kpis = {c for c in by_code if re.fullmatch(r"[AB]\d\.\d+", c)}
    assert kpis == {r[0] for r in rows}  # no KPI the reference does not know


def _key(cell: str) -> str:
    m = re.search(r"internal key ([A-Z0-9-]+)", cell)
    if m:
        return m.group(1)
    return cell.removesuffix(" General Disclosure")


def _obligation(cell: str) -> str:
    low = cell.lower()
    if low.startswith("mandatory"):
        return "mandatory"
    assert low.startswith("comply or explain"), cell
    return "comply_or_explain"


def test_every_element_of_the_2025_code_is_represented_with_its_obligation(by_code, standards, shared_dir) -> None:
    rows = _rows(shared_dir / "reference" / "frameworks" / "hkex_esg_code_2025.tsv")
    assert len(rows) == 65
    for code, part, _element, obligation, status, _source, _conf in rows:
        key = _key(code)
        d = by_code[key]
        assert d["obligation"] == _obligation(obligation), key
        assert d["required"] is True, key
        assert d["omittable"] is (d["obligation"] != "mandatory"), key
        std = standards[d["standard"]]
        if part.startswith("Part C "):
            number, _, name = part.removeprefix("Part C ").partition(" ")
            assert (std["number"], std["title"]) == (number, name), key
        else:
            assert std["number"] == ("B-PART" if part.startswith("Part B") else "D-PART"), key
        if status.startswith("new from 1 Jan 2025"):
            assert d["effective"] == "2025-01-01", key
    assert {_key(r[0]) for r in rows} == set(by_code)


def test_rows_reported_repealed_are_unverified_and_end_in_2024(by_code, shared_dir) -> None:
    rows = _rows(shared_dir / "reference" / "frameworks" / "hkex_esg_code_2025.tsv")
    repealed = {_key(r[0]) for r in rows if "REPEALED" in r[4] and "[M" in r[4]}
    assert repealed == REPEALED
    for key in repealed:
        d = by_code[key]
        assert d["provenance"] == "unverified" and d["until"] == "2024-12-31", key
        assert "repealed" in d["note"] and "[M" in d["note"], key


def test_rows_whose_unchanged_status_is_unconfirmed_say_so(by_code, shared_dir) -> None:
    """Decision: a Part C row "unchanged [M]" keeps official code and title; its note says the status is unverified."""
    rows = _rows(shared_dir / "reference" / "frameworks" / "hkex_esg_code_2025.tsv")
    for r in rows:
        key = _key(r[0])
        if r[4].startswith("unchanged") and "[M]" in r[4]:
            d = by_code[key]
            if d.get("provenance", "official") == "official":
                assert "unverified" in d["note"], key
            else:  # Part B: unverified already, for its own key
                assert key.startswith("B-") and "[M]" in d["note"], key


def test_internal_keys_are_unverified_and_marked_as_ours(data) -> None:
    internal = [d for d in data["disclosures"] if re.fullmatch(r"[BD]-[A-Z0-9-]+", d["code"])]
    assert [d["code"] for d in internal][:3] == ["B-GOV", "B-PRIN", "B-BOUND"]
    assert len(internal) == 3 + 14
    for d in internal:
        assert d["provenance"] == "unverified", d["code"]
        assert "project's own key" in d["note"], d["code"]
        assert d.get("titles"), d["code"]  # reports cite these by heading, never by our key


def test_official_rows_are_hkex_codes(data) -> None:
    for d in data["disclosures"]:
        if d.get("provenance", data["provenance"]) == "official":
            assert re.fullmatch(r"[AB][1-8](?:\.\d{1,2})?", d["code"]), d["code"]


def test_general_disclosures(by_code) -> None:
    for aspect in ASPECTS_ZH:
        d = by_code[aspect]
        assert d["title"].startswith("General Disclosure: "), aspect
        assert "General Disclosure" in d["titles"] and "一般披露" in d["titles"], aspect
    compliance = {a for a in ASPECTS_ZH if any("compliance" in i["text"].lower() for i in by_code[a]["items"])}
    assert compliance == {"A1", "B1", "B2", "B4", "B6", "B7"}


def test_scope_1_and_2_are_mandatory_under_part_d(by_code) -> None:
    d = by_code["D-MT-GHG12"]
    assert d["obligation"] == "mandatory" and d["omittable"] is False and d["effective"] == "2025-01-01"


# ---------------------------------------------------------------- items and evidence


def test_items_have_evidence_in_english_and_chinese(data) -> None:
    check_bilingual_items(data)


# ---------------------------------------------------------------- regular expressions


def test_every_regex_compiles(data) -> None:
    fw = data["framework"]
    n = fw["notation"]
    for p in (n["prefix"], n["pattern"], n["boundary"], n["group"], *(f["pattern"] for f in n["in_index"])):
        re.compile(p)
    for p in (*fw["index"]["titles"], *fw["index"]["headers"], *fw["index"]["names"]):
        re.compile(p)


@pytest.mark.parametrize(("cell", "code"), [
    ("KPI A1.1", "A1.1"), ("A1.2", "A1.2"), ("B8.2", "B8.2"), ("KPI B5.4 Description of practices", "B5.4"),
    ("KPIs A1.1-A1.6", "A1.1"), ("A1.2–A1.6", "A1.2"), ("关键绩效指标A2.1", "A2.1"), ("A1.1排放物种类", "A1.1"),
    ("A9.1", None), ("A1.1.2", None), ("A1.1a", None), ("C1.1", None), ("Aspect A1", None),
    ("A1 General Disclosure", None),
])
def test_notation_reads_kpi_codes(data, cell: str, code: str | None) -> None:
    n = data["framework"]["notation"]
    assert _read(_form(n, n["pattern"]), n["canonical"], cell) == code


@pytest.mark.parametrize(("cell", "code"), [
    ("A1 General Disclosure", "A1"), ("Aspect B5", "B5"), ("A1", "A1"), ("Aspect A1: Emissions", "A1"),
    ("B5 Supply Chain Management", "B5"), ("A1一般披露", "A1"), ("层面A1:排放物", "A1"),
    ("A1.1", None), ("KPI A1.2", None), ("A4 paper", None), ("B2B", None), ("A9 General Disclosure", None),
])
def test_in_index_form_reads_general_disclosure_rows(data, cell: str, code: str | None) -> None:
    n = data["framework"]["notation"]
    (form,) = n["in_index"]
    assert _read(_form(n, form["pattern"]), form["canonical"], cell) == code


@pytest.mark.parametrize(("cell", "group"), [
    ("Aspect A1: Emissions", ("A1", "Emissions")), ("B5 Supply Chain Management", ("B5", "Supply Chain Management")),
    ("A3 The Environment and Natural Resources", ("A3", "The Environment and Natural Resources")),
    ("B7 Anti-corruption", ("B7", "Anti-corruption")), ("层面A1:排放物", ("A1", "排放物")),
    ("A1 General Disclosure", None), ("A1.1 The types of emissions", None), ("KPI A1.1", None), ("B2B", None),
])
def test_group_pattern_reads_aspect_band_rows(data, cell: str, group: tuple[str, str] | None) -> None:
    m = re.compile(data["framework"]["notation"]["group"], re.I).match(cell)  # the engine compiles it with re.I
    assert ((m["number"], m["name"].strip()) if m else None) == group


@pytest.mark.parametrize(("title", "hkex"), [
    ("HKEX ESG Reporting Guide Content Index", True), ("HKEX Index", True), ("ESG Reporting Code Index", True),
    ("Content Index of the HKEX ESG Reporting Code", True),
    ("Hong Kong Stock Exchange ESG Reporting Guide Index", True),
    ("香港联交所《环境、社会及管治报告指引》索引", True), ("《环境、社会及管治报告守则》内容索引", True),
    ("联交所ESG报告指引索引", True), ("港交所指标对照表", True), ("環境、社會及管治報告指引內容索引", True),
    ("GRI Content Index", False), ("SASB Index", False), ("上海证券交易所可持续发展报告指引索引", False),
    ("ESG Index", False),
])
def test_index_titles(data, title: str, hkex: bool) -> None:
    assert any(re.search(p, title, re.I) for p in data["framework"]["index"]["titles"]) is hkex


@pytest.mark.parametrize(("cell", "hkex"), [
    ("Aspects", True), ("KPI", True), ("Subject Areas", True), ("层面", True), ("关键绩效指标", True),
    ("Subject Areas, Aspects, General Disclosures and KPIs", True), ("HKEX ESG Reporting Guide", True),
    ("主要范畴、层面、一般披露及关键绩效指标", True),
    ("Description", False), ("Page", False), ("Section", False), ("章节", False), ("页码", False),
])
def test_header_words_are_specific(data, cell: str, hkex: bool) -> None:
    assert any(re.match(rf"^(?:{p})$", cell, re.I) for p in data["framework"]["index"]["headers"]) is hkex


def test_names(data) -> None:
    names = [re.compile(p) for p in data["framework"]["index"]["names"]]
    for text in ("prepared under the HKEX ESG Reporting Code", "Appendix C2 to the Main Board Listing Rules",
                 "香港联交所《环境、社会及管治报告指引》", "the Stock Exchange of Hong Kong Limited"):
        assert any(p.search(text) for p in names), text
    assert not any(p.search("the GRI Standards") for p in names)
