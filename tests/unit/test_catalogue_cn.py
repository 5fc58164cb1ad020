"""Data tests of the Chinese catalogues: the exchanges' 2024 sustainability reporting guidelines
(standards/cn_exchanges_2024.yaml) and CASS-ESG 5.0 (standards/cass_esg_5.yaml).

Read with yaml.safe_load (the engine's API is changing). The 21 topic names are compared, as exact strings and in
order, with ../shared/reference/frameworks/china_sustainability_disclosure.tsv.
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

STANDARDS = Path(__file__).resolve().parents[2] / "standards"
CN = STANDARDS / "cn_exchanges_2024.yaml"
CASS = STANDARDS / "cass_esg_5.yaml"
GROUPS = {"E": "环境信息", "S": "社会信息", "G": "可持续发展相关治理信息"}


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cn() -> dict[str, Any]:
    return _load(CN)


@pytest.fixture(scope="module")
def cass() -> dict[str, Any]:
    return _load(CASS)


def _topics(shared_dir: Path) -> list[list[str]]:
    path = shared_dir / "reference" / "frameworks" / "china_sustainability_disclosure.tsv"
    rows = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")][1:]
    return sorted((r for r in rows if r[1].isdigit()), key=lambda r: int(r[1]))


def _check_unique(data: dict[str, Any]) -> None:
    codes = [d["code"] for d in data["disclosures"]]
    assert len(codes) == len(set(codes))
    ids = {s["id"] for s in data["standards"]}
    assert len(ids) == len(data["standards"]) and all(d["standard"] in ids for d in data["disclosures"])
    # keyed by title: a title or variant names one disclosure only
    owner: dict[str, str] = {}
    for d in data["disclosures"]:
        for t in {d["title"], d["title_zh"], *d.get("titles", ())}:
            assert owner.setdefault(t, d["code"]) == d["code"], (t, owner[t], d["code"])


def _compile_all(data: dict[str, Any]) -> None:
    index = data["framework"]["index"]
    for p in (*index["titles"], *index["headers"], *index["names"]):
        re.compile(p)


def _titles_index(data: dict[str, Any], text: str) -> bool:
    return any(re.search(p, text, re.I) for p in data["framework"]["index"]["titles"])


# ---------------------------------------------------------------- SSE / SZSE / BSE guidelines


def test_cn_validates_against_the_schema() -> None:
    assert validate_file(CN) == 21


def test_cn_framework_is_keyed_by_title_with_our_keys_unverified(cn) -> None:
    fw = cn["framework"]
    assert fw["id"] == "CN-EXCH" and fw["keyed_by"] == "title" and fw["provenance"] == "unverified"
    assert "notation" not in fw
    assert fw["required_when"] == "never" and fw["omission"] == "explain"
    (edition,) = fw["editions"]
    assert (edition["id"], edition["effective"], edition["basis"]) == ("2024", "2024-05-01", "reports_published")


def test_cn_has_the_21_topics_in_the_guidelines_order(cn, shared_dir: Path) -> None:
    topics = _topics(shared_dir)
    assert len(topics) == 21
    assert [d["code"] for d in cn["disclosures"]] == [f"CN-{n:02d}" for n in range(1, 22)]
    assert [d["title_zh"] for d in cn["disclosures"]] == [r[3] for r in topics]
    assert [d["title"] for d in cn["disclosures"]] == [r[4] for r in topics]  # our translation, kept with the TSV's
    standards = {s["id"]: s for s in cn["standards"]}
    for d, r in zip(cn["disclosures"], topics):
        number, _, name = r[5].partition(" - ")
        assert (standards[d["standard"]]["number"], standards[d["standard"]]["title_zh"]) == (number, name), d["code"]


def test_cn_standards_are_the_three_groups(cn) -> None:
    assert [(s["number"], s["title_zh"], s["kind"]) for s in cn["standards"]] == [
        (k, v, "general") for k, v in GROUPS.items()]


def test_cn_rows_are_official_because_their_names_are_confirmed(cn) -> None:
    for d in cn["disclosures"]:
        assert d["provenance"] == "official", d["code"]
        assert "project's own key" in d["note"], d["code"]


def test_cn_titles_are_unique_and_items_have_evidence(cn) -> None:
    _check_unique(cn)
    check_bilingual_items(cn)


def test_cn_climate_topic_asks_for_the_four_elements_and_scopes(cn) -> None:
    climate = next(d for d in cn["disclosures"] if d["title_zh"] == "应对气候变化")
    texts = " ".join(i["text"] for i in climate["items"])
    for word in ("Governance", "Strategy", "risk and opportunity management", "Scope 1 and Scope 2", "Scope 3"):
        assert word in texts, word
    assert "气候变化" in climate["titles"]


def test_cn_regexes_compile(cn) -> None:
    _compile_all(cn)


@pytest.mark.parametrize(("title", "cn_index"), [
    ("上市公司可持续发展报告指引索引", True), ("《可持续发展报告指引》对照表", True),
    ("上海证券交易所上市公司自律监管指引第14号——可持续发展报告（试行）", True),
    ("深圳证券交易所上市公司自律监管指引第17号指标索引", True), ("北京证券交易所上市公司持续监管指引第11号", True),
    ("深交所可持续发展报告指引指标对照表", True), ("SSE Sustainability Reporting Guidelines Index", True),
    ("Sustainability Reporting Guidelines Content Index", True),
    ("GRI G4 Sustainability Reporting Guidelines Content Index", False), ("GRI内容索引", False),
    ("HKEX ESG Reporting Guide Content Index", False),
    ("本报告依据《上海证券交易所上市公司自律监管指引第14号——可持续发展报告（试行）》编制，"
     "报告范围涵盖公司及其全部控股子公司。", False),
])
def test_cn_index_titles(cn, title: str, cn_index: bool) -> None:
    assert _titles_index(cn, title) is cn_index


def test_cn_names_leave_out_the_bombay_stock_exchange(cn) -> None:
    names = [re.compile(p) for p in cn["framework"]["index"]["names"]]
    assert any(p.search("上海证券交易所") for p in names) and any(p.search("listed on the SZSE") for p in names)
    assert not any(p.search("listed on the BSE and NSE") for p in names)


# ---------------------------------------------------------------- CASS-ESG 5.0


def test_cass_validates_against_the_schema() -> None:
    assert validate_file(CASS) == 27


def test_cass_is_unverified_throughout(cass) -> None:
    fw = cass["framework"]
    assert fw["id"] == "CASS-ESG" and fw["keyed_by"] == "title"
    assert fw["provenance"] == "unverified" and cass["provenance"] == "unverified"
    assert "notation" not in fw  # CASS's printed codes are not confirmed: rows are matched by title
    assert fw["required_when"] == "never"
    for s in cass["standards"]:
        assert s["provenance"] == "unverified" and s["complete"] is False, s["id"]
    for d in cass["disclosures"]:
        assert d["provenance"] == "unverified" and d.get("note"), d["code"]


def test_cass_parts_and_keys(cass) -> None:
    assert [(s["number"], s["title_zh"]) for s in cass["standards"]] == [
        ("P", "报告前言"), ("G", "责任管理"), ("M", "市场绩效"), ("S", "社会绩效"), ("E", "环境绩效"),
        ("A", "报告后记")]
    numbers = {s["id"]: s["number"] for s in cass["standards"]}
    for d in cass["disclosures"]:
        m = re.fullmatch(r"CASS-([PGMSEA])-(\d{2})", d["code"])
        assert m and m.group(1) == numbers[d["standard"]], d["code"]
        assert not re.search(r"(?<![A-Z])[PGMSEA]\d{1,2}\.\d", d["code"])  # never looks like a CASS code (P1.1)
    counts = {n: sum(1 for d in cass["disclosures"] if numbers[d["standard"]] == n) for n in "PGMSEA"}
    assert counts == {"P": 5, "G": 6, "M": 3, "S": 4, "E": 3, "A": 6}


def test_cass_header_says_the_table_is_not_confirmed() -> None:
    header = "\n".join(line for line in CASS.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    assert "COULD NOT BE CONFIRMED" in header
    assert "their own catalogue" in header and "docs/catalogues.md" in header


def test_cass_titles_are_unique_and_items_have_evidence(cass) -> None:
    _check_unique(cass)
    check_bilingual_items(cass)


def test_cass_regexes_compile(cass) -> None:
    _compile_all(cass)


@pytest.mark.parametrize(("title", "cass_index"), [
    ("CASS-ESG 5.0 指标索引", True), ("CASS-ESG5.0索引", True),
    ("中国企业社会责任报告指南（CASS-CSR 4.0）指标索引", True),
    ("《中国企业社会责任报告编写指南》索引", True), ("社科院指南指标索引", True), ("社科院《指南》对照表", True),
    ("GRI内容索引", False), ("上市公司可持续发展报告指引索引", False),
])
def test_cass_index_titles(cass, title: str, cass_index: bool) -> None:
    assert _titles_index(cass, title) is cass_index
