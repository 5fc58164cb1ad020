"""Data tests of the newer GRI catalogue files: standards/gri_2025.yaml (GRI 102: Climate Change 2025, GRI 103:
Energy 2025), standards/gri_sectors.yaml (GRI 11-14 likely material topics) and the `until`/`successors` fields that
standards/gri_2021.yaml carries for the disclosures these standards supersede.

The YAML is read with yaml.safe_load (not through the engine, whose API is changing) and compared with the reference
tables in ../shared/reference: frameworks/gri_topic_standards_2024_2026.tsv (GRI 102/103 codes, titles, dates),
gri_2021_disclosures.tsv (titles), frameworks/gri_supersession_map.tsv (old -> new disclosures and dates),
frameworks/gri_sector_topics.tsv (sector topics, per-row confidence) and frameworks/effective_dates_2026.tsv. The
TSVs are read with csv's default quoting (fields holding quotes are CSV-quoted there). Codes and titles are compared
as exact strings, with no normalisation.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from gri_check.paths import DEFAULT_CATALOGUES
from gri_check.standards.load import load_catalogue, validate_file

ROOT = Path(__file__).resolve().parents[2]
G2025 = ROOT / "standards" / "gri_2025.yaml"
SECTORS = ROOT / "standards" / "gri_sectors.yaml"
G2021 = ROOT / "standards" / "gri_2021.yaml"

NEW_STANDARDS = {"GRI 101: Biodiversity 2024", "GRI 102: Climate Change 2025", "GRI 103: Energy 2025"}
SECTOR_IDS = {"11": "GRI 11: Oil and Gas Sector 2021", "12": "GRI 12: Coal Sector 2022",
              "13": "GRI 13: Agriculture, Aquaculture and Fishing Sectors 2022", "14": "GRI 14: Mining Sector 2024"}
SECTOR_EFFECTIVE = {"11": "2023-01-01", "12": "2024-01-01", "13": "2024-01-01", "14": "2026-01-01"}
SECTOR_COUNTS = {"11": 22, "12": 22, "13": 26, "14": 25}
SECTOR_ITEM = ("The topic is reported as a material topic (with the disclosures the sector standard lists) or "
               "explained as not material.")
FUEL_WORDS = re.compile(r"\b(coal|oil|gas|petroleum|crude|LNG|hydrocarbon)", re.I)
_CJK = re.compile(r"[\u3400-\u9fff]")


# ---------------------------------------------------------------- helpers and fixtures


def _yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
    header, body = lines[0], lines[1:]
    assert all(len(r) == len(header) for r in body), path.name
    return [dict(zip(header, r)) for r in body]


def _codes(cell: str) -> list[str]:
    """'101-4; 101-6' -> ['101-4', '101-6']; '(no 1:1 successor found)' -> []."""
    return re.findall(r"\b\d{3}-\d{1,2}\b", cell)


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def _sector_provenance(confidence: str) -> str:
    """The rule the file follows: a row is official when its code and full title wording are sourced (S...);
    M rows, and S rows whose source abbreviates the title (14.2, 14.18-14.20), are unverified."""
    if confidence.startswith("M") or "title wording M" in confidence or "titles partly abbreviated" in confidence:
        return "unverified"
    assert confidence.startswith("S"), confidence
    return "official"


@pytest.fixture(scope="module")
def g2025() -> dict[str, Any]:
    return _yaml(G2025)


@pytest.fixture(scope="module")
def sectors() -> dict[str, Any]:
    return _yaml(SECTORS)


@pytest.fixture(scope="module")
def g2021() -> dict[str, Any]:
    return _yaml(G2021)


@pytest.fixture(scope="module")
def ref(shared_dir: Path) -> Path:
    return shared_dir / "reference"


@pytest.fixture(scope="module")
def topic_rows(ref) -> list[dict[str, str]]:
    return [r for r in _rows(ref / "frameworks" / "gri_topic_standards_2024_2026.tsv")
            if r["standard"] in ("GRI 102: Climate Change 2025", "GRI 103: Energy 2025")]


@pytest.fixture(scope="module")
def supersession(ref) -> list[dict[str, str]]:
    """Rows of the map whose successor is GRI 101, 102 or 103 (the standards these catalogues hold)."""
    return [r for r in _rows(ref / "frameworks" / "gri_supersession_map.tsv") if r["new_standard"] in NEW_STANDARDS]


@pytest.fixture(scope="module")
def sector_rows(ref) -> list[dict[str, str]]:
    return _rows(ref / "frameworks" / "gri_sector_topics.tsv")


def _by_code(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["code"]: d for d in data["disclosures"]}


def _all_items(*files: dict[str, Any]):
    for data in files:
        for d in data["disclosures"]:
            for item in d["items"]:
                yield d, item


# ---------------------------------------------------------------- both files


def test_files_validate_against_the_schema() -> None:
    assert validate_file(G2025) == 15  # 102-1..102-10, 103-1..103-5
    assert validate_file(SECTORS) == 95  # 22 + 22 + 26 + 25 topics
    assert validate_file(G2021) == 129  # unchanged count; until/successors added


def test_files_name_the_gri_framework_and_are_format_2(g2025, sectors) -> None:
    for data, edition in ((g2025, "2025"), (sectors, "sectors")):
        assert data["framework"] == "GRI"  # declared in gri_2021.yaml, named here by its id
        assert data["catalogue_version"] == 2 and data["edition"] == edition


def test_codes_unique_and_standards_exist(g2025, sectors) -> None:
    for data in (g2025, sectors):
        codes = [d["code"] for d in data["disclosures"]]
        assert len(codes) == len(set(codes))
        assert not any(d.get("aliases") for d in data["disclosures"])  # an alias would hide a supersession
        ids = {s["id"] for s in data["standards"]}
        assert all(d["standard"] in ids for d in data["disclosures"])


def test_items_have_evidence_and_units(g2025, sectors) -> None:
    for d, item in _all_items(g2025, sectors):
        where = (d["code"], item["id"])
        assert len(item["evidence"]) >= 2, where
        assert len({t.lower() for t in item["evidence"]}) == len(item["evidence"]), where
        assert len(item.get("evidence_zh", ())) >= 2, where
        assert all(_CJK.search(t) for t in item["evidence_zh"]), where
        if item["quantitative"]:
            assert item.get("units"), where
    for d in (*g2025["disclosures"], *sectors["disclosures"]):
        ids = [i["id"] for i in d["items"]]
        assert len(ids) == len(set(ids)), d["code"]


def test_headers_explain_the_files() -> None:
    head = G2025.read_text(encoding="utf-8").split("catalogue_version")[0].lower()
    for words in ("early adoption", "gri 102: general disclosures 2016", "gri 102: climate change 2025", "our own"):
        assert words in head, words
    head = SECTORS.read_text(encoding="utf-8").split("catalogue_version")[0].lower()
    for words in ("requirement 3", "11.1.5", "sector standard ref. no.", "unverified", "our own"):
        assert words in head, words


def test_load_catalogue_accepts_the_files_passed_explicitly() -> None:
    cat = load_catalogue([p for p in (G2025, SECTORS) if p.name not in DEFAULT_CATALOGUES])  # those not bundled
    scope1 = {d.standard.id: d for d in cat.lookup("GRI", "102-5")}
    assert scope1["GRI 102: Climate Change 2025"].title == "Scope 1 GHG emissions"
    assert scope1["GRI 102: General Disclosures 2016"].title == "Ownership and legal form"  # the clashing code
    (topic,) = cat.lookup("GRI", "14.6")
    assert topic.role == "sector_topic" and topic.standard.kind == "sector" and not topic.required
    assert {s.id for s in cat.standards_of("GRI")} >= set(SECTOR_IDS.values()) | NEW_STANDARDS


# ---------------------------------------------------------------- gri_2025.yaml


def test_2025_standards(g2025) -> None:
    std = {s["id"]: s for s in g2025["standards"]}
    assert set(std) == {"GRI 102: Climate Change 2025", "GRI 103: Energy 2025"}
    for sid, number, title in (("GRI 102: Climate Change 2025", "102", "Climate Change"),
                               ("GRI 103: Energy 2025", "103", "Energy")):
        s = std[sid]
        assert (s["number"], s["title"], s["year"], s["kind"], s["effective"]) == (number, title, 2025, "topic",
                                                                                    "2027-01-01")
        assert s.get("provenance", "official") == "official" and "superseded_by" not in s


def test_2025_codes_and_titles_equal_the_reference(g2025, topic_rows, ref) -> None:
    mine = {d["code"]: (d["standard"], d["title"]) for d in g2025["disclosures"]}
    assert mine == {r["code"]: (r["standard"], r["title"]) for r in topic_rows}
    listing = {r["code"]: r["title"] for r in _rows(ref / "gri_2021_disclosures.tsv")}
    assert all(listing[code] == title for code, (_, title) in mine.items())
    assert [d["code"] for d in g2025["disclosures"]] == [f"102-{n}" for n in range(1, 11)] + [
        f"103-{n}" for n in range(1, 6)]


def test_2025_provenance_follows_the_confidence(g2025, topic_rows) -> None:
    conf = {r["code"]: r["confidence"] for r in topic_rows}
    for d in g2025["disclosures"]:
        assert conf[d["code"]].startswith("S"), d["code"]  # S, S-, S2: may go in as official
        assert d.get("provenance", g2025.get("provenance", "official")) == "official", d["code"]


def test_2025_disclosures_are_dated_and_omittable(g2025, topic_rows) -> None:
    effective = {r["code"]: r["effective"] for r in topic_rows}
    for d in g2025["disclosures"]:
        assert effective[d["code"]].startswith("2027-01-01"), d["code"]
        assert d["effective"] == "2027-01-01" and d["omittable"] is True and "until" not in d, d["code"]
        assert d.get("required", False) is False and "role" not in d, d["code"]


def test_2025_variant_titles_are_listed(g2025) -> None:
    by_code = _by_code(g2025)
    assert by_code["103-2"]["titles"] == ["Energy consumption and self-generation"]
    assert by_code["103-5"]["titles"] == ["Reductions in energy consumption"]


def test_2025_emission_items_ask_for_tco2e(g2025) -> None:
    by_code = _by_code(g2025)
    for code in ("102-5", "102-6", "102-7", "102-9", "102-10"):
        first = by_code[code]["items"][0]
        assert first["quantitative"] and "tCO2e" in first["units"], code
    for code, item in (("103-2", "f"), ("103-3", "a"), ("103-4", "a"), ("103-5", "a")):
        found = next(i for i in by_code[code]["items"] if i["id"] == item)
        assert found["quantitative"] and {"GJ", "MWh"} <= set(found["units"]), code
    texts = " ".join(i["text"] for i in by_code["102-5"]["items"]).lower()
    for words in ("gases", "base year", "emission factors", "consolidation"):
        assert words in texts, words


# ---------------------------------------------------------------- gri_2021.yaml: until and successors


def test_superseded_disclosures_carry_until_and_successors(g2021, g2025, supersession) -> None:
    old = _by_code(g2021)
    new_codes = {(d["standard"], d["code"]) for d in (*g2021["disclosures"], *g2025["disclosures"])}
    assert len(supersession) == 15  # 304-1..4, 305-1..5, 201-2, 302-1..5
    for row in supersession:
        d = old[row["old_code"]]
        assert (d["standard"], d["title"]) == (row["old_standard"], row["old_title"]), row["old_code"]
        assert d["until"] == _day_before(row["old_superseded_from"][:10]), row["old_code"]
        assert d.get("successors", []) == _codes(row["new_code"]), row["old_code"]
        for code in d.get("successors", []):
            assert (row["new_standard"], code) in new_codes, (row["old_code"], code)


def test_until_dates(g2021) -> None:
    old = _by_code(g2021)
    assert all(old[f"304-{n}"]["until"] == "2025-12-31" for n in range(1, 5))  # GRI 101: reports from 2026
    for code in [f"305-{n}" for n in range(1, 6)] + [f"302-{n}" for n in range(1, 6)] + ["201-2"]:
        assert old[code]["until"] == "2026-12-31", code  # GRI 102/103: from 2027


def test_302_5_has_no_successor(g2021) -> None:
    assert _by_code(g2021)["302-5"].get("successors", []) == []


def test_ods_and_air_emissions_stay_in_force(g2021) -> None:
    old = _by_code(g2021)
    for code in ("305-6", "305-7"):
        assert "until" not in old[code] and "successors" not in old[code], code


def test_only_the_mapped_disclosures_are_dated(g2021, supersession) -> None:
    mapped = {r["old_code"] for r in supersession}
    dated = {d["code"] for d in g2021["disclosures"] if "until" in d or "successors" in d}
    assert dated == mapped


def test_analyst_mappings_are_commented() -> None:
    """Each M code-to-code correspondence says in a comment that it is by subject."""
    text = G2021.read_text(encoding="utf-8")
    for code in [f"304-{n}" for n in range(1, 5)] + [f"305-{n}" for n in range(1, 6)] + [
            f"302-{n}" for n in range(1, 6)] + ["201-2"]:
        block = text.split(f'- code: "{code}"', 1)[1].split("items:", 1)[0]
        assert re.search(r"#.*(by subject|no 1:1 successor)", block), code


# ---------------------------------------------------------------- gri_sectors.yaml


def test_sector_standards(sectors, ref) -> None:
    std = {s["number"]: s for s in sectors["standards"]}
    assert set(std) == set(SECTOR_IDS)
    dates = {r["instrument"]: r["date"] for r in _rows(ref / "frameworks" / "effective_dates_2026.tsv")}
    for number, sid in SECTOR_IDS.items():
        s = std[number]
        assert s["id"] == sid and s["kind"] == "sector", number
        assert s["year"] == int(sid[-4:]) and s["title"] == sid.split(": ", 1)[1][:-5], number
        assert s["effective"] == SECTOR_EFFECTIVE[number] == dates[sid], number
    assert std["12"]["provenance"] == std["13"]["provenance"] == "unverified"
    assert std["11"]["provenance"] == std["14"]["provenance"] == "official"
    assert std["12"]["complete"] is False and std["13"]["complete"] is False


def test_sector_detect_words(sectors) -> None:
    seen: dict[str, str] = {}
    for s in sectors["standards"]:
        words = s["detect"]
        assert 6 <= len(words) <= 12, s["id"]
        for w in words:
            assert w.lower() not in seen, (w, s["id"], seen.get(w.lower()))  # one word names one sector
            seen[w.lower()] = s["id"]
    mining = next(s for s in sectors["standards"] if s["number"] == "14")
    assert not [w for w in mining["detect"] if FUEL_WORDS.search(w)]  # GRI 14 excludes coal, oil and gas
    coal = next(s for s in sectors["standards"] if s["number"] == "12")
    assert all("coal" in w for w in coal["detect"])


def test_every_sector_topic_is_present(sectors, sector_rows) -> None:
    mine = {d["code"]: d for d in sectors["disclosures"]}
    assert {r["code"] for r in sector_rows} == set(mine)
    for number, n in SECTOR_COUNTS.items():
        assert sum(1 for r in sector_rows if r["code"].split(".")[0] == number) == n, number
    for r in sector_rows:
        d = mine[r["code"]]
        assert (d["standard"], d["title"]) == (r["standard"], r["title"]), r["code"]
        assert d["role"] == "sector_topic" and d["omittable"] is True and d["required"] is False, r["code"]


def test_sector_codes_are_topic_numbers(sectors) -> None:
    std = {s["id"]: s["number"] for s in sectors["standards"]}
    for d in sectors["disclosures"]:
        m = re.fullmatch(r"(1[1-4])\.([1-9]\d?)", d["code"])
        assert m and m.group(1) == std[d["standard"]], d["code"]


def test_sector_provenance_follows_row_confidence(sectors, sector_rows) -> None:
    mine = _by_code(sectors)
    for r in sector_rows:
        d = mine[r["code"]]
        expected = _sector_provenance(r["confidence"])
        assert d["provenance"] == expected, (r["code"], r["confidence"])
        if expected == "unverified":
            assert len(d.get("note", "")) > 20, r["code"]  # says what is unverified
        if r["confidence"].startswith("M"):
            assert d["provenance"] == "unverified", r["code"]


def test_sector_provenance_counts(sectors) -> None:
    counts: dict[tuple[str, str], int] = {}
    for d in sectors["disclosures"]:
        key = (d["code"].split(".")[0], d["provenance"])
        counts[key] = counts.get(key, 0) + 1
    assert counts == {("11", "official"): 22, ("12", "unverified"): 22, ("13", "official"): 6,
                      ("13", "unverified"): 20, ("14", "official"): 21, ("14", "unverified"): 4}


def test_sector_topic_items(sectors) -> None:
    for d in sectors["disclosures"]:
        (item,) = d["items"]
        assert item["id"] == "a" and item["text"] == SECTOR_ITEM and item["quantitative"] is False, d["code"]
        assert 5 <= len(item["evidence"]) <= 10, d["code"]
        assert len(item["evidence_zh"]) >= 2, d["code"]


def test_sector_topic_evidence_fits_the_topic(sectors) -> None:
    by_code = _by_code(sectors)

    def terms(code: str) -> set[str]:
        return {t.lower() for t in by_code[code]["items"][0]["evidence"]}

    assert {"scope 1", "methane emissions", "flaring", "venting"} <= terms("11.1")
    assert {"mine closure", "rehabilitation", "closure plan"} <= terms("14.8")
    assert {"decommissioning", "closure plan"} <= terms("11.7")
    assert {"tailings", "tailings storage facility"} <= terms("14.6")
    assert "coal mine methane" in terms("12.1")
