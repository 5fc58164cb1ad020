"""Data tests of the bundled ESRS Set 1 and IFRS S2 catalogues (standards/esrs_set1.yaml, standards/ifrs_s2.yaml).

The files are read with yaml.safe_load, not through the engine (whose API is changing). Code reading is checked with
the notation composed the way the engine documents it: optional prefix, the code pattern, an optional requirement
suffix, then a negative lookahead on the boundary.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from gri_check.standards.notation import build_notation

ROOT = Path(__file__).resolve().parents[2]
STANDARDS = ROOT / "standards"
SCHEMA = json.loads((STANDARDS / "schema" / "standard.schema.json").read_text(encoding="utf-8"))
ESRS_PATH = STANDARDS / "esrs_set1.yaml"
IFRS_PATH = STANDARDS / "ifrs_s2.yaml"
DEFAULT_BOUNDARY = r"[-.]?(?![\u3400-\u9fff])\w"  # as docs/catalogues.md: a letter, digit, or -/. and one


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def esrs() -> dict[str, Any]:
    return _load(ESRS_PATH)


@pytest.fixture(scope="module")
def ifrs() -> dict[str, Any]:
    return _load(IFRS_PATH)


def _tsv(path: Path) -> list[list[str]]:
    """Data rows of a reference TSV (comment lines and the header dropped)."""
    rows = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
    return rows[1:]


def _footer(path: Path) -> str:
    """The comment lines of a reference TSV as one text (wrapped lines joined)."""
    lines = [line.lstrip("#").strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    return " ".join(lines)


class Reader:
    """A framework's notation compiled as docs/catalogues.md describes it: optional prefix, the pattern, an
    optional requirement suffix, a negative lookahead on the boundary; in-index forms likewise."""

    def __init__(self, notation: dict[str, Any]) -> None:
        self.n = notation
        flags = re.I if notation.get("ignore_case") else 0
        prefix = f"(?:{notation['prefix']})?" if notation.get("prefix") else ""
        req = f"(?P<_req>{notation['requirement']})?" if notation.get("requirement") else "(?P<_req>)"
        boundary = f"(?!{notation.get('boundary', DEFAULT_BOUNDARY)})"

        def form(pattern: str) -> re.Pattern[str]:
            return re.compile(rf"^\s*{prefix}(?:{pattern}){req}{boundary}", flags)

        self.rx = form(notation["pattern"])
        self.in_index = [(form(e["pattern"]), e["canonical"]) for e in notation.get("in_index", ())]

    def _canonical(self, template: str, m: re.Match[str]) -> str:
        groups = {k: re.sub(r"\s+", "", v or "") for k, v in m.groupdict().items() if not k.startswith("_")}
        for k in self.n.get("integers", ()):
            if groups.get(k, "").isdigit():
                groups[k] = str(int(groups[k]))
        for k in self.n.get("upper", ()):
            if k in groups:
                groups[k] = groups[k].upper()
        return template.format(**groups)

    def read(self, cell: str) -> tuple[str, str] | None:
        """(canonical code, requirement suffix as printed) of the code at the start of a cell."""
        m = self.rx.match(cell)
        return (self._canonical(self.n["canonical"], m), (m["_req"] or "").strip()) if m else None

    def read_in_index(self, cell: str) -> str | None:
        if self.read(cell):
            return self.read(cell)[0]
        for rx, template in self.in_index:
            if m := rx.match(cell):
                return self._canonical(template, m)
        return None


# ---------------------------------------------------------------------------------------------- both files

@pytest.mark.parametrize("path", [ESRS_PATH, IFRS_PATH], ids=lambda p: p.name)
def test_file_validates_against_the_schema(path: Path) -> None:
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(_load(path)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:5]]
    from gri_check.standards.load import validate_file

    assert validate_file(path) == len(_load(path)["disclosures"])


@pytest.mark.parametrize("path", [ESRS_PATH, IFRS_PATH], ids=lambda p: p.name)
def test_codes_aliases_and_standards_are_consistent(path: Path) -> None:
    data = _load(path)
    std_ids = [s["id"] for s in data["standards"]]
    assert len(std_ids) == len(set(std_ids))
    codes = [d["code"] for d in data["disclosures"]]
    assert len(codes) == len(set(codes)), "duplicate codes"
    aliases = [a for d in data["disclosures"] for a in d.get("aliases", ())]
    assert len(aliases) == len(set(aliases)), "an alias is listed under two disclosures"
    assert not set(aliases) & set(codes), "an alias is also a code"
    for d in data["disclosures"]:
        assert d["standard"] in std_ids, d["code"]
        ids = [i["id"] for i in d["items"]]
        assert len(ids) == len(set(ids)), d["code"]


@pytest.mark.parametrize("path", [ESRS_PATH, IFRS_PATH], ids=lambda p: p.name)
def test_items_have_evidence_and_quantitative_items_have_units(path: Path) -> None:
    for d in _load(path)["disclosures"]:
        for item in d["items"]:
            where = (d["code"], item["id"])
            assert len(item["evidence"]) >= 2, where
            assert len(set(item["evidence"])) == len(item["evidence"]), where
            if item["quantitative"]:
                assert item.get("units"), where
            # evidence is what reports say, not single words that occur everywhere
            common = {"management", "company", "report", "data", "policy"}
            assert not common & {e.lower() for e in item["evidence"]}, where


@pytest.mark.parametrize("path", [ESRS_PATH, IFRS_PATH], ids=lambda p: p.name)
def test_no_evidence_term_is_contained_in_another(path: Path) -> None:
    """Two terms of an item must be two findings: "Scope 1" beside "gross Scope 1" would make one phrase count twice."""
    evidence = pytest.importorskip("gri_check.match.evidence")
    tokenizer = evidence.Tokenizer()
    for d in _load(path)["disclosures"]:
        for item in d["items"]:
            tokens = [(t, set(tokenizer.term(t))) for t in item["evidence"]]
            for a, ta in tokens:
                assert ta, (d["code"], item["id"], a)
                for b, tb in tokens:
                    assert a == b or not ta <= tb, (d["code"], item["id"], a, b)


@pytest.mark.parametrize("path", [ESRS_PATH, IFRS_PATH], ids=lambda p: p.name)
def test_every_regex_compiles(path: Path) -> None:
    fw = _load(path)["framework"]
    n = fw["notation"]
    patterns = [n[k] for k in ("prefix", "pattern", "requirement", "boundary", "group") if k in n]
    patterns += [e["pattern"] for e in n.get("in_index", ())] + list(n.get("other", ()))
    patterns += [p for k in ("titles", "headers", "names") for p in fw["index"].get(k, ())]
    for p in patterns:
        re.compile(p)
    Reader(n)  # the composed code pattern compiles too
    for e in n.get("in_index", ()):
        assert "para" in re.compile(e["pattern"]).groupindex


@pytest.mark.parametrize("path", [ESRS_PATH, IFRS_PATH], ids=lambda p: p.name)
def test_every_code_and_alias_reads_as_itself(path: Path) -> None:
    """The engine learns each family's codes by reading the catalogue's own codes with the notation."""
    data = _load(path)
    reader = Reader(data["framework"]["notation"])
    for d in data["disclosures"]:
        for code in (d["code"], *d.get("aliases", ())):
            assert reader.read(code) == (code, ""), code


@pytest.mark.parametrize("path", [ESRS_PATH, IFRS_PATH], ids=lambda p: p.name)
def test_the_engine_reads_codes_as_this_test_does(path: Path) -> None:
    """Cross-check of this test's reader with the engine's notation compiler."""
    fw = _load(path)["framework"]
    engine, ours = build_notation(fw["id"], fw["notation"]), Reader(fw["notation"])
    cells = ["E1-6", "ESRS 2 SBM-3", "BP - 1", "MDR-P", "ESRS E1 GOV-3", "E1-6_01", "S1-14", "S2.29(a)",
             "IFRS S2 para 6", "S2 14", "IFRS S2.6(a)(i)", "S2.29-31", "IFRS S2 第29段", "305-1", "2023", "6",
             "Paragraphs 5-7"]
    for cell in cells:
        got = engine.read(cell)
        assert (got.code if got else None) == ((ours.read(cell) or (None,))[0]), cell
        got = engine.read(cell, in_index=True)
        assert (got.code if got else None) == ours.read_in_index(cell), cell


# ---------------------------------------------------------------------------------------------- ESRS

def test_esrs_codes_and_titles_equal_the_reference_list(esrs, shared_dir: Path) -> None:
    rows = _tsv(shared_dir / "reference" / "esrs_set1.tsv")
    assert len(rows) == 86
    assert sum(r[3] == "DR" for r in rows) == 82 and sum(r[3] == "MDR" for r in rows) == 4
    ours = {d["code"]: d for d in esrs["disclosures"]}
    assert [d["code"] for d in esrs["disclosures"]] == [r[1] for r in rows]  # same codes, same order
    for std, code, title, _kind in rows:
        assert ours[code]["title"] == title, code  # verbatim, typographic apostrophes included
        assert ours[code]["standard"] == std, code
    assert [(s["id"], s["number"], s["title"]) for s in esrs["standards"]] == [
        (s, s.split(" ", 2)[1], s.split(" ", 2)[2]) for s in dict.fromkeys(r[0] for r in rows)]
    assert all(d.get("provenance", "official") == "official" for d in esrs["disclosures"])


def test_esrs_counts_per_standard(esrs) -> None:
    counts: dict[str, int] = {}
    for d in esrs["disclosures"]:
        counts[d["standard"].split()[1]] = counts.get(d["standard"].split()[1], 0) + 1
    assert counts == {"2": 16, "E1": 9, "E2": 6, "E3": 5, "E4": 6, "E5": 6, "S1": 17, "S2": 5, "S3": 5, "S4": 5,
                      "G1": 6}
    kinds = {s["number"]: s["kind"] for s in esrs["standards"]}
    assert kinds.pop("2") == "general" and set(kinds.values()) == {"topic"}


def test_esrs_title_variants_from_the_reference_notes(esrs, shared_dir: Path) -> None:
    notes = _footer(shared_dir / "reference" / "esrs_set1.tsv")
    ours = {d["code"]: d for d in esrs["disclosures"]}
    with_variants = {"BP-1", "IRO-1", "IRO-2", "E2-6", "E3-5", "E4-6", "E5-6", "E3-2", "S1-2", "S1-3", "S1-4", "S1-5",
                     "S1-6", "S1-10", "S1-13", "S1-15", "G1-1", "G1-4"}
    assert {c for c, d in ours.items() if d.get("titles")} == with_variants
    for code in with_variants:
        assert re.search(rf"(?<![\w-]){re.escape(code)}\b", notes), f"{code} has variants the notes do not name"
        assert all(t != ours[code]["title"] for t in ours[code]["titles"]), code
    # variants the notes quote in full are copied exactly
    for code, variant in [("G1-1", "Corporate culture and business conduct policies"),
                          ("G1-4", "Confirmed incidents of corruption or bribery"),
                          ("S1-10", "Adequate Wages"), ("S1-13", "Training and Skills Development metrics"),
                          ("S1-15", "Work-life balance"),
                          ("S1-5", "Targets related to managing material impacts, advancing positive impacts, "
                                   "as well as to risks and opportunities")]:
        assert variant in notes, variant
        assert variant in ours[code]["titles"], code
    # variants the notes give by the words that differ: the rest is the body title
    assert '"...related to water and marine resources policies"' in notes
    assert ours["E3-2"]["titles"] == ["Actions and resources related to water and marine resources policies"]
    assert '"approaches to mitigating material risks"' in notes
    assert ours["S1-4"]["titles"] == [ours["S1-4"]["title"].replace("approaches to managing material risks",
                                                                     "approaches to mitigating material risks")]


def test_esrs_2_is_required_and_not_omittable_topical_is_subject_to_materiality(esrs) -> None:
    fw = esrs["framework"]
    assert fw["id"] == "ESRS" and fw["required_when"] == "indexed"
    for d in esrs["disclosures"]:
        general_dr = d["standard"].startswith("ESRS 2 ") and not d["code"].startswith("MDR-")
        assert d["required"] is general_dr, d["code"]
        assert d["omittable"] is not general_dr, d["code"]
    required = {d["code"] for d in esrs["disclosures"] if d["required"]}
    assert required == {"BP-1", "BP-2", "GOV-1", "GOV-2", "GOV-3", "GOV-4", "GOV-5", "SBM-1", "SBM-2", "SBM-3",
                        "IRO-1", "IRO-2"}


def test_esrs_requirements_repeated_in_topical_standards_are_repeatable(esrs, shared_dir: Path) -> None:
    notes = _footer(shared_dir / "reference" / "esrs_set1.tsv")
    block = notes[notes.index("Disclosure Requirement related to ESRS 2"):notes.index("Status caveat")]
    repeated = set(re.findall(r"\b(?:GOV|SBM|IRO)-\d\b", block))
    assert repeated == {"GOV-1", "GOV-3", "SBM-2", "SBM-3", "IRO-1"}
    repeatable = {d["code"] for d in esrs["disclosures"] if d.get("repeatable")}
    assert repeatable == repeated | {"MDR-P", "MDR-A", "MDR-M", "MDR-T"}


def test_esrs_metric_disclosures_are_quantitative(esrs) -> None:
    ours = {d["code"]: d for d in esrs["disclosures"]}
    metric_drs = ["E1-5", "E1-6", "E1-7", "E1-8", "E2-4", "E2-5", "E3-4", "E4-5", "E5-4", "E5-5", "G1-4", "G1-6",
                  *(f"S1-{n}" for n in range(6, 18) if n != 11)]
    for code in metric_drs:
        assert any(i["quantitative"] for i in ours[code]["items"]), code
    e16 = {i["id"]: i for i in ours["E1-6"]["items"]}
    assert all(e16[k]["quantitative"] and "tCO2e" in e16[k]["units"] for k in "abcd")
    assert any("Scope 3" in e for e in e16["c"]["evidence"])
    assert "MWh" in ours["E1-5"]["items"][0]["units"]


def test_esrs_edition_and_index_words(esrs) -> None:
    fw = esrs["framework"]
    assert [(e["id"], e["effective"], e["basis"]) for e in fw["editions"]] == [
        ("Set 1", "2024-01-01", "financial_years_commencing")]
    titles = [re.compile(p, re.I) for p in fw["index"]["titles"]]
    for heading in ["ESRS content index", "ESRS Index", "ESRS disclosure requirements index",
                    "List of ESRS disclosure requirements",
                    "Disclosure Requirements in ESRS covered by the undertaking's sustainability statement",
                    "ESRS内容索引"]:
        assert any(p.search(heading) for p in titles), heading
    for heading in ["GRI content index", "IFRS S2 index", "TCFD index", "IRO-2"]:
        assert not any(p.search(heading) for p in titles), heading
    headers = [re.compile(rf"^(?:{p})$", re.I) for p in fw["index"]["headers"]]
    for cell in ["Disclosure requirement", "DR", "ESRS", "Datapoint", "Paragraph"]:
        assert any(p.match(cell) for p in headers), cell
    names = [re.compile(p) for p in fw["index"]["names"]]
    assert any(p.search("prepared in accordance with the ESRS and the CSRD") for p in names)


@pytest.mark.parametrize("cell, code", [
    ("E1-6", "E1-6"), ("ESRS E1-6", "E1-6"), ("BP - 1", "BP-1"), ("GOV-1", "GOV-1"), ("MDR-P", "MDR-P"),
    ("ESRS 2 SBM-3", "SBM-3"), ("S1-14", "S1-14"), ("ESRS2 IRO-2", "IRO-2"), ("ESRS 2: GOV-1", "GOV-1"),
    ("BP\u20131", "BP-1"), ("E1-6 Gross Scopes 1, 2, 3 and Total GHG emissions", "E1-6"),
    ("ESRS E1 GOV-3", "GOV-3"), ("E4 SBM-3", "SBM-3"), ("E1.GOV-3_01", "GOV-3"), ("E1-6_01", "E1-6"),
    ("E1-6温室气体排放", "E1-6"), ("G1-6", "G1-6"), ("S4-5", "S4-5"),
])
def test_esrs_notation_reads_and_canonicalises(esrs, cell: str, code: str) -> None:
    reader = Reader(esrs["framework"]["notation"])
    got = reader.read(cell)
    assert got and got[0] == code, cell
    assert code in {d["code"] for d in esrs["disclosures"]}


@pytest.mark.parametrize("cell", ["e1-6", "E6-1", "ESRS 1", "ESRS E1", "MDR-Policies", "2023-12", "305-1", "S2.29",
                                  "S2 14", "E1-6.44"])
def test_esrs_notation_rejects(esrs, cell: str) -> None:
    assert Reader(esrs["framework"]["notation"]).read(cell) is None, cell


def test_esrs_group_rows(esrs) -> None:
    group = re.compile(esrs["framework"]["notation"]["group"])
    numbers = {s["number"] for s in esrs["standards"]}
    for cell, number, name in [("ESRS 2 General disclosures", "2", "General disclosures"),
                               ("ESRS E1 Climate change", "E1", "Climate change"),
                               ("ESRS S1 \u2013 Own workforce", "S1", "Own workforce"), ("ESRS G1", "G1", None)]:
        m = group.match(cell)
        assert m and m["number"] == number and m["name"] == name, cell
        assert m["number"] in numbers
    for cell in ["ESRS E1-6", "ESRS 2 SBM-3", "ESRS 1 General requirements"]:
        assert not group.match(cell), cell


# ---------------------------------------------------------------------------------------------- IFRS

def _paragraphs(spec: str) -> list[int]:
    a, _, b = spec.partition("-")
    return list(range(int(a), int(b or a) + 1))


def _unconfirmed(confidence: str) -> set[int]:
    """Paragraphs the TSV's confidence marks M: 'S (10 confirmed; 11-12 range M)', 'S (33-35) ; 36-37 M'."""
    return {p for a, b in re.findall(r"(\d+)-(\d+)\s+(?:range\s+)?M\b", confidence) for p in range(int(a), int(b) + 1)}


def _ifrs_rows(shared_dir: Path) -> list[list[str]]:
    return _tsv(shared_dir / "reference" / "frameworks" / "issb_s1_s2_structure.tsv")


def _para(code: str) -> int:
    return int(code.split(".")[1])


def test_ifrs_s2_paragraph_structure_matches_the_reference(ifrs, shared_dir: Path) -> None:
    s2 = [d for d in ifrs["disclosures"] if d["standard"] == "IFRS S2"]
    rows = [r for r in _ifrs_rows(shared_dir) if r[0] == "IFRS S2"]
    assert len(rows) == 14 and len(s2) == len(rows)
    for _standard, paragraphs, section, _content, _source, confidence in rows:
        in_range = [d for d in s2 if _para(d["code"]) in _paragraphs(paragraphs)]
        assert len(in_range) == 1, paragraphs
        d = in_range[0]
        assert d["title"] == section, d["code"]
        unconfirmed = _unconfirmed(confidence)
        keyed = {_para(c) for c in [d["code"], *d.get("aliases", ())]}
        assert keyed == set(_paragraphs(paragraphs)) - unconfirmed, d["code"]
        assert all(c.startswith("S2.") for c in d.get("aliases", ()))
        for p in unconfirmed:  # unconfirmed paragraphs are named in the note, not keyed
            assert str(p) in d.get("note", ""), (d["code"], p)
        assert d.get("provenance", "official") == "official"
    assert {d["code"] for d in s2} == {"S2.1", "S2.6", "S2.9", "S2.10", "S2.13", "S2.14", "S2.15", "S2.22", "S2.23",
                                      "S2.25", "S2.28", "S2.29", "S2.32", "S2.33"}
    s29 = next(d for d in s2 if d["code"] == "S2.29")
    assert [i["id"] for i in s29["items"]] == list("abcdefg") and "M" in s29["note"]


def test_ifrs_s1_rows_are_official_only_where_the_reference_confirms_them(ifrs, shared_dir: Path) -> None:
    rows = [r for r in _ifrs_rows(shared_dir) if r[0] == "IFRS S1"]
    s1 = [d for d in ifrs["disclosures"] if d["standard"] == "IFRS S1"]
    assert s1
    for d in s1:
        row = next(r for r in rows if _para(d["code"]) in _paragraphs(r[1]))
        confidence = row[5]
        m = re.search(r"\(([\d,\s]+) seen\)", confidence)
        seen = {int(p) for p in re.findall(r"\d+", m[1])} if m else set()
        confirmed = (confidence.startswith("S") and not seen) or _para(d["code"]) in seen
        assert (d.get("provenance", "official") == "official") is confirmed, d["code"]
        # "Strategy - business model and value chain"; "Judgements" under "Judgements, measurement uncertainty, errors"
        assert d["title"].startswith(row[2]) or d["title"].lower() in row[2].lower(), d["code"]
        for alias in d.get("aliases", ()):
            assert _para(alias) in _paragraphs(row[1]), alias
            if confirmed:
                assert _para(alias) in seen or not seen, alias
        assert d["required"] is False


def test_ifrs_required_core_content(ifrs) -> None:
    fw = ifrs["framework"]
    assert fw["id"] == "IFRS" and fw["required_when"] == "indexed"
    required = {d["code"] for d in ifrs["disclosures"] if d["required"]}
    assert required == {"S2.6", "S2.10", "S2.13", "S2.14", "S2.15", "S2.22", "S2.25", "S2.29", "S2.32", "S2.33"}
    editions = [(e["id"], e["effective"], e["basis"]) for e in fw["editions"]]
    assert editions == [("2023", "2024-01-01", "periods_beginning")]
    assert all(s["complete"] is False for s in ifrs["standards"])  # unconfirmed paragraphs are not listed


@pytest.mark.parametrize("cell, code, requirement", [
    ("S2.29(a)", "S2.29", "(a)"), ("IFRS S2 para 6", "S2.6", ""), ("S2 14", "S2.14", ""),
    ("IFRS S2.6(a)(i)", "S2.6", "(a)(i)"), ("IFRS S2 paragraph 29(a)(i)(1)", "S2.29", "(a)(i)(1)"),
    ("IFRS S2 Para. 22", "S2.22", ""), ("S2.29-31", "S2.29", ""), ("IFRS S2 paragraphs 5-7", "S2.5", ""),
    ("IFRS S2 第29段", "S2.29", ""), ("S2.06", "S2.6", ""), ("S1.27(a)", "S1.27", "(a)"), ("S2.29a", "S2.29", "a"),
])
def test_ifrs_notation_reads_and_canonicalises(ifrs, cell: str, code: str, requirement: str) -> None:
    reader = Reader(ifrs["framework"]["notation"])
    assert reader.read(cell) == (code, requirement), cell
    keyed = {c for d in ifrs["disclosures"] for c in [d["code"], *d.get("aliases", ())]}
    assert code in keyed


@pytest.mark.parametrize("cell", ["S2-1", "S1-14", "IFRS S2 Climate-related Disclosures", "IFRS S2 2023", "s2.29",
                                  "S3.1", "E1-6"])
def test_ifrs_notation_rejects(ifrs, cell: str) -> None:
    assert Reader(ifrs["framework"]["notation"]).read(cell) is None, cell


def test_ifrs_bare_paragraphs_inside_an_index(ifrs) -> None:
    reader = Reader(ifrs["framework"]["notation"])
    for cell, code in [("6", "S2.6"), ("29", "S2.29"), ("Para 14", "S2.14"), ("第22段", "S2.22"),
                       ("Paragraphs 5-7", "S2.5"), ("6(a)", "S2.6")]:
        assert reader.read_in_index(cell) == code, cell
    for cell in ["2-1", "305-1", "2023"]:  # GRI codes and years in a combined index are not paragraphs
        assert reader.read_in_index(cell) is None, cell


def test_ifrs_index_words(ifrs) -> None:
    index = ifrs["framework"]["index"]
    titles = [re.compile(p, re.I) for p in index["titles"]]
    for heading in ["IFRS S2 Content Index", "ISSB index", "IFRS S1 and S2 index",
                    "IFRS Sustainability Disclosure Standards index", "ISSB准则内容索引"]:
        assert any(p.search(heading) for p in titles), heading
    for heading in ["TCFD index", "GRI content index", "ESRS index"]:
        assert not any(p.search(heading) for p in titles), heading
    names = [re.compile(p) for p in index["names"]]
    assert any(p.search("aligned with IFRS S2") for p in names) and any(p.search("the ISSB Standards") for p in names)
