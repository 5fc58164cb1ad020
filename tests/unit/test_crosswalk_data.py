"""Data tests of the bundled crosswalks (standards/crosswalk/*.yaml).

Files are read with yaml.safe_load. Every member FRAMEWORK:CODE must name a disclosure (or an alias) of that
framework's bundled catalogue; wildcards are expanded with fnmatch and must match at least one code. A framework
whose catalogue file is not there yet is skipped, naming the file.
"""
from __future__ import annotations

import csv
import json
import re
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
STANDARDS = ROOT / "standards"
CROSSWALKS = STANDARDS / "crosswalk"
SCHEMA = json.loads((STANDARDS / "schema" / "crosswalk.schema.json").read_text(encoding="utf-8"))
FILES = sorted(CROSSWALKS.glob("*.yaml"))
OFFICIAL = CROSSWALKS / "sasb_ifrs_s2.yaml"
BY_SUBJECT = CROSSWALKS / "by_subject.yaml"

# framework id -> the bundled catalogue files that define its codes
CATALOGUES = {
    "GRI": ["gri_2021.yaml", "gri_2016.yaml"],
    "SASB": ["sasb_2023.yaml"],
    "HKEX": ["hkex_2025.yaml"],
    "ESRS": ["esrs_set1.yaml"],
    "IFRS": ["ifrs_s2.yaml"],
    "CN-EXCH": ["cn_exchanges_2024.yaml"],
}
# The IFRS S2 industry-based guidance printed provisional financed-emissions codes that SASB 2023-12 renumbered.
PROVISIONAL = re.compile(r"^FN-(?:AC|CB|IN|IB)-\d$")
# Seed rows whose IFRS cell names a paragraph that does not ask for the subject: "S2 29(a) (intensity not required)",
# "S2 29 (cross-industry) / IBG 130a.1" (energy is not a cross-industry metric category).
NO_IFRS = {"GHG intensity", "Energy consumption"}


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _members(path: Path) -> list[tuple[str, str, str]]:
    """(subject, framework, code) of every member of a crosswalk file."""
    out = []
    for link in _load(path)["links"]:
        for m in link["members"]:
            fw, _, code = m.partition(":")
            out.append((link["subject"], fw, code))
    return out


def _tsv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader((line for line in path.open(encoding="utf-8") if not line.startswith("#")),
                               delimiter="\t"))


def _keys(framework: str) -> set[str]:
    """Codes and aliases of a framework's catalogues (every one is bundled: a missing file fails)."""
    keys: set[str] = set()
    for name in CATALOGUES[framework]:
        data = _load(STANDARDS / name)
        fw = data["framework"] if isinstance(data["framework"], str) else data["framework"]["id"]
        assert fw == framework, name
        for d in data["disclosures"]:
            keys.add(d["code"])
            keys.update(d.get("aliases", ()))
    return keys


def test_there_are_crosswalk_files() -> None:
    assert {p.name for p in FILES} >= {"sasb_ifrs_s2.yaml", "by_subject.yaml"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_validates_against_the_schema(path: Path) -> None:
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(_load(path)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:5]]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_links_join_different_frameworks_and_name_known_ones(path: Path) -> None:
    data = _load(path)
    subjects = [link["subject"] for link in data["links"]]
    assert len(subjects) == len(set(subjects)), "a subject is linked twice"
    for link in data["links"]:
        frameworks = {m.partition(":")[0] for m in link["members"]}
        assert frameworks <= set(CATALOGUES), link["subject"]
        assert len(frameworks) >= 2, f"{link['subject']}: a link within one framework"
        assert link.get("provenance", data.get("provenance")) in {"official", "unverified"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_gri_2025_successor_codes(path: Path) -> None:
    """GRI 102-x/103-x of the 2025 climate and energy standards clash with GRI 2016 102/103: not members yet."""
    gri = [code for _, fw, code in _members(path) if fw == "GRI"]
    assert not [c for c in gri if c.startswith(("102-", "103-"))]


PAIRS = [(p, fw) for p in FILES for fw in sorted({fw for _, fw, _ in _members(p)} & set(CATALOGUES))]


@pytest.mark.parametrize("path, framework", PAIRS, ids=[f"{p.name}-{fw}" for p, fw in PAIRS])
def test_every_member_exists_in_its_catalogue(path: Path, framework: str) -> None:
    codes = [(s, c) for s, fw, c in _members(path) if fw == framework]
    keys = _keys(framework)
    missing = [(s, c) for s, c in codes if not any(fnmatchcase(k, c) for k in keys)]
    assert not missing, missing


def test_official_link_is_every_ibg_disclosure_metric(shared_dir: Path) -> None:
    rows = _tsv(shared_dir / "reference" / "frameworks" / "sasb_climate_metrics_ifrs_s2_ibg.tsv")
    disclosure = [r["code"] for r in rows if r["kind"] == "disclosure"]
    assert len(disclosure) == 351
    data = _load(OFFICIAL)
    assert data["provenance"] == "official"
    main = data["links"][0]
    assert main.get("provenance", "official") == "official"
    assert "paragraph 32" in main["subject"]
    members = main["members"]
    assert members[0] == "IFRS:S2.32" and len(members) == len(set(members))
    assert not any("*" in m or "?" in m for m in members), "official members are listed one by one"
    expected = [c for c in disclosure if not PROVISIONAL.match(c)]
    assert [m.partition(":")[2] for m in members[1:]] == expected
    assert len(disclosure) - len(expected) == 16
    header = OFFICIAL.read_text(encoding="utf-8")
    for code in disclosure:
        if PROVISIONAL.match(code):
            assert code in header, f"{code} left out without a word"
    # anything beyond the printed guidance is not official
    assert all(link.get("provenance") == "unverified" for link in data["links"][1:])


def _seed_codes(cell: str, pattern: str) -> set[str]:
    cell = re.sub(r"\[[^\]]*\]", "", cell)
    return set(re.findall(pattern, cell))


def test_subject_links_follow_the_seed(shared_dir: Path) -> None:
    frameworks = shared_dir / "reference" / "frameworks"
    seed = _tsv(frameworks / "crosswalk_seed.tsv")
    topics = [r["title_zh"] for r in _tsv(frameworks / "china_sustainability_disclosure.tsv") if r["ordinal"].isdigit()]
    assert len(topics) == 21
    cn_key = {t: f"CN-{n:02d}" for n, t in enumerate(topics, 1)}
    data = _load(BY_SUBJECT)
    assert data["provenance"] == "unverified"
    assert all(link["provenance"] == "unverified" for link in data["links"])
    ifrs_key = {int(c.split(".")[1]): d["code"] for d in _load(STANDARDS / "ifrs_s2.yaml")["disclosures"]
                for c in [d["code"], *d.get("aliases", ())] if c.startswith("S2.")}
    links = data["links"]
    assert [link["subject"] for link in links[: len(seed)]] == [r["subject"] for r in seed]
    assert len(links) > len(seed)
    for row, link in zip(seed, links):
        members = set(link["members"])
        gri = _seed_codes(row["gri"], r"\b\d{1,3}-\d{1,2}\b")
        assert {f"GRI:{c}" for c in gri} <= members, row["subject"]
        esrs = _seed_codes(row["esrs_set1"], r"\b(?:BP|GOV|SBM|IRO|E[1-5]|S[1-4]|G1)-\d{1,2}\b")
        assert {f"ESRS:{c}" for c in esrs} <= members, row["subject"]
        hkex = _seed_codes(row["hkex_2025"], r"\b[AB]\d\.\d\b")
        assert {f"HKEX:{c}" for c in hkex} <= members, row["subject"]
        assert f"CN-EXCH:{cn_key[row['cn_exchange_topic']]}" in members, row["subject"]
        if row["sasb_example"].strip() not in {"", "-"}:
            for code in re.split(r"\s*;\s*", row["sasb_example"].strip()):
                assert f"SASB:{code}" in members, row["subject"]
        # IFRS: the disclosure keyed by the first paragraph the cell names ("S2 29(a)(i)(1)" -> S2.29, "S2 10-21" ->
        # S2.10), except where the seed itself says IFRS S2 has no such requirement (the links' comments say so)
        if m := re.search(r"S2 (\d{1,2})", row["ifrs_s2"]):
            ifrs = {f"IFRS:{ifrs_key[int(m[1])]}"}
            if row["subject"] in NO_IFRS:
                assert not any(x.startswith("IFRS:") for x in members), row["subject"]
            else:
                assert ifrs <= members, row["subject"]
        else:
            assert not any(x.startswith("IFRS:") for x in members), row["subject"]
        # members only from the framework columns, never the GRI 2025 successor column
        successor = _seed_codes(row["gri_2025_successor"], r"\b10[23]-\d{1,2}\b")
        assert not {f"GRI:{c}" for c in successor} & members, row["subject"]


def test_subject_links_map_part_d_to_internal_keys() -> None:
    by_subject = {link["subject"]: set(link["members"]) for link in _load(BY_SUBJECT)["links"]}
    assert "HKEX:D-MT-GHG12" in by_subject["Scope 1 GHG emissions"] & by_subject["Scope 2 GHG emissions"]
    assert "HKEX:D-MT-GHG3" in by_subject["Scope 3 GHG emissions"]
    assert "HKEX:D-MT-TGT" in by_subject["GHG reduction targets"]
    assert "HKEX:D-STR-DM" in by_subject["Transition plan"]
    assert "HKEX:D-MT-REM" in by_subject["Remuneration linked to climate"]
    assert {"HKEX:D-STR-RO", "HKEX:D-STR-FIN"} <= by_subject["Climate risks and opportunities / financial effects"]
