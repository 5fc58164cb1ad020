"""Evidence terms of the bundled non-GRI catalogues: specific enough that two of them really indicate the item.

The engine counts an item as addressed where two DIFFERENT terms of it occur in one section (and a figure,
for a quantitative item). So a term whose words are all inside another term of the same item ("Scope 1" beside
"Scope 1 emissions", "water stress" beside "water-stressed") makes one phrase count twice, and generic words
("revenue from", "sales of", "sustainable products") pair up in any report. These tests keep both out, and
list the words that stemming or fuzzy matching turn into common words ("reman" ~ "remain", "generators" ~
"generation", "REACH" ~ "reach", "materiality" ~ "material", "recyclable" ~ "recycled").

The YAML is read with yaml.safe_load; the engine's tokenizer is used only to compare terms as it does.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ["sasb_2023.yaml", "hkex_2025.yaml", "esrs_set1.yaml", "ifrs_s2.yaml", "cn_exchanges_2024.yaml",
              "cass_esg_5.yaml"]

# A literal metric name may stand beside its head word on purpose: a data row "Number of employees | 3,112" is
# the whole answer and has no second phrase, so the pair is what lets that row address the item.
LITERAL_PAIRS = {("employees", "number of employees"), ("hours worked", "total hours worked")}

# Never evidence on their own: they occur in every report, whatever the item.
GENERIC = {"revenue from", "sales of", "share of revenue", "sustainable products", "by industry", "by sector",
           "by standard", "production by product", "product line", "it load", "r&d", "not applicable",
           "approved the", "reviewed the", "management", "company", "report", "data", "policy", "risk", "revenue",
           "sales", "countries", "regulations", "integrity", "per employee", "covered by", "in or near"}

# Words the tokenizer or the fuzzy matcher folds onto common words: reman ~ remain, generators ~ generation,
# REACH ~ reach, ASK ~ ask, materiality ~ material, recyclable ~ recycled, particulates ~ particular, exceedances ~
# exceed, consistency ~ consist, approximations ~ approximately, siting ~ site, resourcing ~ resources, EPEAT ~
# repeat, mortality ~ moral, "wells serviced" ~ "as well as services", "phased-in" ~ phase.
FALSE_FRIENDS = {"reman", "generators", "reach", "ask", "asks", "materiality", "recyclable", "recyclability",
                 "particulates", "exceedances", "consistency", "approximations", "siting", "resourcing", "epeat",
                 "mortality", "wells serviced", "phased-in"}


def _load(name: str) -> dict:
    with open(ROOT / "standards" / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _items(name: str):
    for d in _load(name)["disclosures"]:
        for item in d["items"]:
            yield d["code"], item


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_term_is_inside_another_term_of_the_item(name: str) -> None:
    evidence = pytest.importorskip("gri_check.match.evidence")
    tokenizer = evidence.Tokenizer()
    bad = []
    for code, item in _items(name):
        tokens = [(t, set(tokenizer.term(t))) for t in item["evidence"]]
        for a, ta in tokens:
            assert ta, (code, item["id"], a)
            for b, tb in tokens:
                if a != b and ta <= tb and (a.lower(), b.lower()) not in LITERAL_PAIRS:
                    bad.append((code, item["id"], a, b))
    assert not bad, bad[:20]


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_generic_terms_or_false_friends(name: str) -> None:
    bad = [(code, item["id"], t) for code, item in _items(name) for t in item["evidence"]
           if t.lower() in GENERIC | FALSE_FRIENDS]
    assert not bad, bad[:20]


@pytest.mark.parametrize("name", CATALOGUES)
def test_term_counts(name: str) -> None:
    low = 4 if name.startswith("sasb") else 2
    for code, item in _items(name):
        assert low <= len(item["evidence"]) <= 12, (code, item["id"], len(item["evidence"]))
        assert len({t.lower() for t in item["evidence"]}) == len(item["evidence"]), (code, item["id"])
        zh = item.get("evidence_zh", ())
        assert len(set(zh)) == len(zh), (code, item["id"])


def test_remanufacturing_revenue_needs_remanufacturing_words() -> None:
    """RT-IG-440b.1 was addressed in reports that never mention remanufacturing ("revenue from" + "sales of").
    The stem "remanufactur" also meets "manufactur" through fuzzy matching, so only one term may carry it:
    a second one would make every manufacturing paragraph address the item."""
    item = next(i for code, i in _items("sasb_2023.yaml") if code == "RT-IG-440b.1")
    terms = [t.lower() for t in item["evidence"]]
    assert "remanufactured" in terms
    assert sum("remanufactur" in t for t in terms) == 1
    assert not {"revenue from", "sales of", "green revenue", "sustainable products", "circular economy"} & set(terms)
    assert not {"收入", "营业收入", "销售额", "绿色产品"} & set(item["evidence_zh"])
