"""Data tests of the bundled SASB catalogue (standards/sasb_2023.yaml) against the reference tables.

The YAML is read with yaml.safe_load (not through the engine). Reference tables come from
../shared/reference (the shared_dir fixture skips when it is absent):
  frameworks/sasb_industries.tsv ................. the 77 industries
  sasb_selected.tsv .............................. complete lists of TC-SC, RT-IG, RR-ST, RT-EE
  frameworks/sasb_metrics_selected_2023-12.tsv ... FN-CB (complete), TC-SI, EM-MM, CG-AA
  frameworks/sasb_climate_metrics_ifrs_s2_ibg.tsv  climate-related and activity metrics (IFRS S2 IBG)
Titles are compared after the normalisations the catalogue's header documents (see _norm).
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "standards" / "sasb_2023.yaml"
SCHEMA = ROOT / "standards" / "schema" / "standard.schema.json"

COMPLETE = {"TC-SC", "RT-IG", "RR-ST", "RT-EE", "FN-CB"}
CODE = re.compile(r"^[A-Z]{2}-[A-Z]{2}-(?:\d{3}[a-z]\.\d{1,2}|000\.[A-Z])$")
# PDF line-break hyphens left in the IBG extraction, joined by the catalogue
HYPHEN_FIX = {"adviso-ry": "advisory", "associ-ated": "associated", "deriva-tives": "derivatives",
              "Environ-mental": "Environmental", "Extreme-ly": "Extremely", "integra-tion": "integration",
              "invest-ments": "investments", "practi-ces": "practices", "percent-age": "percentage"}
# IBG rows that print the June-2023 amendment with the deleted words run into the new ones:
# code -> (deleted words the catalogue drops); these rows are unverified
AMENDED = {"CG-AM-410a.1": "the ENERGY STAR® program ", "TC-HW-410a.3": "meeting ENERGY STAR® criteria ",
           "EM-SV-110a.3": "meet Tier 4 compliance "}
# sasb_selected.tsv has no confidence column; its NOTES block says these rows come from memory ...
SEL_FROM_MEMORY = {"RR-ST-410b.3", "RR-ST-410b.4", "RR-ST-440a.1", "RR-ST-440a.2", "RT-EE-150a.2", "RT-EE-250a.1",
                   "RT-EE-250a.2", "RT-EE-440a.1", "RT-EE-510a.1", "RT-EE-510a.2", "RT-EE-510a.3"}
# ... and that RT-EE-150a.1 is confirmed by a third-party code listing only (title unverified)
SEL_TITLE_UNCONFIRMED = {"RT-EE-150a.1"}
# IBG rows marked Quantitative whose unit is n/a and whose text is a description: category discussion
CATEGORY_FIXED = {"RT-CP-140a.2"}
NO_CLIMATE_TOPIC = {"CG-TS", "FN-CF", "FN-EX", "FB-TB", "HC-BP", "SV-AD", "SV-ED", "SV-ME", "SV-PS"}


def _norm(text: str) -> str:
    """The catalogue's title normalisation: trim, drop soft hyphens and trailing footnote markers,
    join the listed PDF hyphenation breaks, collapse whitespace."""
    t = text.replace("\u00ad", "").strip()
    t = re.sub(r"\s*\^\d+$", "", t)
    t = re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+$", "", t)
    for broken, joined in HYPHEN_FIX.items():
        t = t.replace(broken, joined)
    return re.sub(r"\s+", " ", t).strip()


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=1)
def _catalogue() -> dict:
    with CATALOGUE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def cat() -> dict:
    return _catalogue()


@pytest.fixture(scope="module")
def by_code(cat) -> dict[str, dict]:
    return {d["code"]: d for d in cat["disclosures"]}


@pytest.fixture(scope="module")
def ref(shared_dir: Path) -> dict[str, list[dict[str, str]]]:
    base = shared_dir / "reference"
    return {"industries": _read(base / "frameworks" / "sasb_industries.tsv"),
            "sel": _read(base / "sasb_selected.tsv"),
            "ms": _read(base / "frameworks" / "sasb_metrics_selected_2023-12.tsv"),
            "ibg": _read(base / "frameworks" / "sasb_climate_metrics_ifrs_s2_ibg.tsv")}


@pytest.fixture(scope="module")
def expected(ref) -> dict[str, dict[str, str]]:
    """code -> the reference row the catalogue takes it from (sasb_selected, then metrics_selected, then IBG)."""
    out: dict[str, dict[str, str]] = {}
    for src in ("sel", "ms", "ibg"):
        for row in ref[src]:
            if CODE.match(row["code"]) and row["code"] not in out:
                out[row["code"]] = {**row, "_src": src}
    return out


def _confidence(conf: str) -> tuple[str, str]:
    """(code confidence, title confidence) of a metrics_selected confidence cell, e.g. 'S (code) ; title M'."""
    segs = [s.strip() for s in re.sub(r"\([^)]*\)", "", conf.strip('"')).split(";") if s.strip()]
    code = title = ""
    for seg in segs:
        if seg.lower().startswith("title"):
            title = seg.split()[1]
        elif not seg.lower().startswith("unit"):
            code = seg.split()[0]
    return code, title or code


# --- the file as a whole

def test_schema_valid(cat):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(cat),
                    key=lambda e: list(map(str, e.absolute_path)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:10]]


def test_engine_validates_file():
    from gri_check.standards.load import validate_file

    assert validate_file(CATALOGUE) == len(_catalogue()["disclosures"])


def test_header_comment():
    head = CATALOGUE.read_text(encoding="utf-8").split("catalogue_version:")[0]
    for word in ("sasb_industries.tsv", "sasb_selected.tsv", "sasb_metrics_selected_2023-12.tsv",
                 "sasb_climate_metrics_ifrs_s2_ibg.tsv", "UNVERIFIED", "OUR OWN WORDING", "COMPLETE"):
        assert word in head


def test_framework_block(cat):
    fw = cat["framework"]
    assert cat["catalogue_version"] == 2 and cat["edition"] == "2023-12"
    assert (fw["id"], fw["name"], fw["provenance"], fw["industries"]) == ("SASB", "SASB Standards", "official", True)
    assert fw["publisher"] == "IFRS Foundation (International Sustainability Standards Board)"
    assert fw["notation"] == {"prefix": r"SASB\s*",
                              "pattern": r"(?P<industry>[A-Z]{2}-[A-Z]{2})-(?P<metric>\d{3}[a-z]\.\d{1,2}|000\.[A-Z])",
                              "canonical": "{industry}-{metric}", "family": "{industry}", "distinctive": True}
    assert fw["editions"] == [{"id": "2023-12", "title": "SASB Standards, version 2023-12", "effective": "2025-01-01",
                               "basis": "periods_beginning"}]
    assert (fw["required_when"], fw["omission"]) == ("never", "explain")
    given_titles = [r"\bSASB\s+(?:content\s+|standards?\s+)?index\b", r"\bSASB\s+(?:disclosure\s+)?(?:table|metrics)\b",
                    r"Sustainability\s+Accounting\s+Standards\s+Board\s+(?:content\s+)?index",
                    r"SASB\s*(?:索引|对照表|指标索引)"]
    given_headers = [r"accounting\s+metrics?", r"unit\s+of\s+measure(?:ment)?", "category", "topic", r"sasb\s+code",
                     r"activity\s+metrics?", "metric", "response|reference"]
    assert fw["index"]["titles"][:len(given_titles)] == given_titles
    assert fw["index"]["headers"][:len(given_headers)] == given_headers
    assert fw["index"]["names"] == [r"\bSASB\b", "Sustainability Accounting Standards Board"]


def test_regexes_compile(cat):
    fw = cat["framework"]
    for key in ("prefix", "pattern"):
        re.compile(fw["notation"][key])
    for key in ("titles", "headers", "names"):
        for pattern in fw["index"][key]:
            re.compile(pattern, re.I)
    titles = [re.compile(p, re.I) for p in fw["index"]["titles"]]
    for heading in ("SASB Index", "SASB Content Index", "SASB Disclosure Index", "SASB 指标索引"):
        assert any(p.search(heading) for p in titles), heading


# --- industries

def test_77_industries_equal_reference(cat, ref):
    rows = ref["industries"]
    assert len(rows) == 77
    stds = cat["standards"]
    assert [s["number"] for s in stds] == [r["code"] for r in rows]
    for s, r in zip(stds, rows):
        assert s["id"] == f"SASB {r['code']}"
        assert s["title"] == r["industry"].strip()
        assert s["sector"] == r["sector"].strip()
        assert (s["kind"], s["year"]) == ("industry", 2023)


def test_complete_flags(cat):
    assert {s["number"] for s in cat["standards"] if s["complete"]} == COMPLETE
    assert all(s["complete"] is False for s in cat["standards"] if s["number"] not in COMPLETE)


def test_detect_words(cat):
    seen: dict[str, str] = {}
    for s in cat["standards"]:
        words = s["detect"]
        assert 4 <= len(words) <= 10, s["number"]
        assert len({w.lower() for w in words}) == len(words), s["number"]
        for w in words:
            seen.setdefault(w.lower(), s["number"])
    assert len(seen) > 400  # industries are told apart by their own words, not shared ones


def test_industries_without_metrics(cat, ref):
    with_metrics = {d["code"][:5] for d in cat["disclosures"]}
    without = {s["number"] for s in cat["standards"]} - with_metrics
    assert without == NO_CLIMATE_TOPIC
    not_in_ibg = {r["code"] for r in ref["industries"] if r["s2_ibg_volume"].startswith("not in")}
    assert without == not_in_ibg


# --- disclosures against the reference tables

def test_no_duplicate_codes(cat):
    codes = [d["code"] for d in cat["disclosures"]]
    assert len(codes) == len(set(codes))
    aliases = [a for d in cat["disclosures"] for a in d.get("aliases", ())]
    assert len(aliases) == len(set(aliases)) and not set(aliases) & set(codes)


def test_every_reference_code_present_once(cat, expected, ref):
    codes = {d["code"] for d in cat["disclosures"]}
    assert codes == set(expected), (sorted(set(expected) - codes)[:10], sorted(codes - set(expected))[:10])
    provisional = {r["code"] for r in ref["ibg"] if not CODE.match(r["code"])}
    assert provisional and not provisional & codes  # the IBG's provisional FN-xx-n codes are not taken


def test_titles_equal_reference(by_code, expected):
    for code, row in expected.items():
        want = _norm(row["metric"])
        if code in AMENDED:
            assert AMENDED[code] in want
            want = want.replace(AMENDED[code], "")
        assert by_code[code]["title"] == want, code


def test_ibg_rows_agree_where_another_table_wins(by_code, ref, expected):
    """A code the IBG shares with a higher-priority table keeps that table's title; the texts may differ only
    trivially."""

    def simple(s: str) -> str:
        return re.sub(r"[^a-z0-9]", "", s.lower().replace("that meet energy star® criteria", ""))

    for row in ref["ibg"]:
        code = row["code"]
        if not CODE.match(code) or expected[code]["_src"] == "ibg":
            continue
        ours, theirs = by_code[code]["title"], _norm(row["metric"])
        assert simple(ours).startswith(simple(theirs)) or simple(theirs).startswith(simple(ours)), code


def test_complete_industries_have_exactly_their_source_codes(cat, ref):
    source = {ind: ("sel" if ind != "FN-CB" else "ms") for ind in COMPLETE}
    for ind, src in source.items():
        listed = {r["code"] for r in ref[src] if r["code"].startswith(ind + "-")}
        ours = {d["code"] for d in cat["disclosures"] if d["code"].startswith(ind + "-")}
        assert listed and ours == listed, ind
        ibg = {r["code"] for r in ref["ibg"] if r["industry_code"] == ind and CODE.match(r["code"])}
        assert ibg <= listed, ind  # the IBG adds nothing to a complete list


def test_standard_is_code_prefix(cat):
    ids = {s["id"] for s in cat["standards"]}
    for d in cat["disclosures"]:
        assert d["standard"] == f"SASB {d['code'][:5]}" and d["standard"] in ids, d["code"]


def test_notation_reads_and_rebuilds_every_code(cat):
    n = cat["framework"]["notation"]
    rx = re.compile(rf"^\s*(?:{n['prefix']})?(?:{n['pattern']})$")
    for d in cat["disclosures"]:
        for printed in (d["code"], f"SASB {d['code']}"):
            m = rx.match(printed)
            assert m, printed
            assert n["canonical"].format(**m.groupdict()) == d["code"]
            assert n["family"].format(**m.groupdict()) == d["code"][:5]


def test_topics_and_categories(by_code, expected):
    categories = {"Quantitative": "quantitative", "Discussion and Analysis": "discussion"}
    for code, row in expected.items():
        d = by_code[code]
        if "-000." in code:
            assert d["category"] == "activity" and d["topic"] == "Activity Metrics", code
            continue
        want = "discussion" if code in CATEGORY_FIXED else categories[row["category"]]
        assert d["category"] == want, code
        if row["_src"] != "sel":  # sasb_selected.tsv gives topics in its NOTES block only
            assert d["topic"] == _norm(row["topic"]), code
        assert d["topic"], code
    assert {c for c, d in by_code.items() if d["category"] == "activity"} == {c for c in by_code if "-000." in c}


def test_unverified_rows(by_code, ref):
    want: dict[str, str] = {}
    for row in ref["ms"]:
        code_conf, title_conf = _confidence(row["confidence"])
        if code_conf.startswith("M"):
            want[row["code"]] = "unverified"
        elif title_conf.startswith("M"):
            want[row["code"]] = "title unverified"
    for code in SEL_FROM_MEMORY:
        want[code] = "unverified"
    for code in SEL_TITLE_UNCONFIRMED | set(AMENDED):
        want[code] = "title unverified"
    assert len(want) == 51
    unverified = {c for c, d in by_code.items() if d.get("provenance") == "unverified"}
    assert unverified == set(want), (sorted(unverified - set(want)), sorted(set(want) - unverified))
    for code, phrase in want.items():
        assert phrase in by_code[code].get("note", ""), code
    for _code, d in by_code.items():
        assert d.get("provenance", "official") in ("official", "unverified")


def test_official_rows_have_official_confidence(by_code, expected):
    for code, row in expected.items():
        if by_code[code].get("provenance") == "unverified":
            continue
        if row["_src"] == "ms":
            code_conf, title_conf = _confidence(row["confidence"])
            assert code_conf[:1] == "S" and title_conf[:1] == "S", code
        elif row["_src"] == "ibg":
            assert row["confidence"].startswith("S"), code


# --- items

def test_items(cat):
    marks = re.compile(r"\((\d{1,2})\)")
    for d in cat["disclosures"]:
        items = d["items"]
        parts = [int(m) for m in marks.findall(d["title"])]
        numbered = len(parts) >= 2 and parts[:len(parts)] == list(range(1, len(parts) + 1))
        ids = [i["id"] for i in items]
        assert ids == ([str(n) for n in range(1, len(parts) + 1)] if numbered else ["a"]), d["code"]
        assert d["omittable"] is True
        for i in items:
            assert len(i["evidence"]) >= 2, (d["code"], i["id"])
            assert 4 <= len(i["evidence"]) <= 12, (d["code"], i["id"])
            assert len({t.lower() for t in i["evidence"]}) == len(i["evidence"]), (d["code"], i["id"])
            if i["quantitative"]:
                assert i.get("units"), (d["code"], i["id"])
            else:
                assert not i.get("units"), (d["code"], i["id"])
            if d["category"] == "discussion":
                assert not i["quantitative"], (d["code"], i["id"])
        if d["category"] != "discussion":
            assert any(i["quantitative"] for i in items), d["code"]


def test_currency_units(by_code, expected):
    for code, row in expected.items():
        if re.search(r"(Presentation|Reporting) currency", row["unit"]) and row["unit"].count(",") == 0:
            for i in by_code[code]["items"]:
                assert {"USD", "RMB", "EUR"} <= set(i["units"]), code


def test_incident_flags(by_code):
    for code, d in by_code.items():
        counts_incidents = re.search(r"legal proceedings|non-compliance|data breaches|reportable spills|recalls issued",
                                     d["title"])
        if counts_incidents:
            assert d.get("incident") is True, code
        if d["category"] == "discussion":
            assert not d.get("incident"), code


def test_counts(cat, expected):
    ds = cat["disclosures"]
    assert len(cat["standards"]) == 77
    assert len(ds) == len(expected)
    unverified = sum(1 for d in ds if d.get("provenance") == "unverified")
    activity = sum(1 for d in ds if d["category"] == "activity")
    assert (unverified, activity) == (51, sum(1 for c in expected if "-000." in c))
