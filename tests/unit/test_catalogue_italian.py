"""Italian titles and evidence terms of the GRI catalogues (title_lang.it, evidence_lang.it).

Italian reports are judged only on disclosures with Italian terms, and printed Italian titles are compared with
title_lang.it. These tests keep every GRI disclosure covered and the terms specific: the engine counts an item as
addressed where two DIFFERENT terms occur, so a term whose words are all inside another term of the same item
(Italian or English: both are looked up in Italian reports, stemmed with the Italian stemmer) makes one phrase
count twice.

The YAML is read with yaml.safe_load; the engine's Italian tokenizer is used only to compare terms as it does.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ["gri_2016.yaml", "gri_2021.yaml"]

# Never evidence on their own: words every Italian report uses, whatever the item.
GENERIC = {"gestione", "società", "attività", "sostenibilità", "rapporto", "bilancio", "ambiente", "dipendenti",
           "personale", "dati", "politica", "politiche", "rischi", "rischio", "impatti", "progetti", "obiettivi",
           "fornitori", "clienti", "azienda", "gruppo", "servizi", "prodotti", "sistema", "territorio", "stima",
           "stime", "per paese", "per mercato", "in natura", "in pericolo"}

# Stemming or fuzzy matching folds these onto common words: metano ~ metà, particolato ~ particolare,
# sedute ~ sede, denominatore ~ denominazione, contenziosi ~ contenuti, concussione ~ concessione,
# occupabilità ~ occupazione, stabilimenti ~ stabilire, scaricabile ~ scarico, pesate ~ peso,
# licenziamenti ~ licenze, riparazione ~ ripartizione, compensazioni ~ compensi, legname ~ legami.
FALSE_FRIENDS = {"metano", "particolato", "sedute", "denominatore", "contenziosi", "concussione", "occupabilità",
                 "stabilimenti", "scaricabile", "pesate", "licenziamenti", "riparazione", "compensazioni",
                 "legname", "archiviazione", "validato", "ordinanza", "minoranze", "consultabile", "multe"}


def _load(name: str) -> dict:
    with open(ROOT / "standards" / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _items(name: str):
    for d in _load(name)["disclosures"]:
        for item in d["items"]:
            yield d["code"], item


@pytest.fixture(scope="module")
def tokenizer():
    evidence = pytest.importorskip("gri_check.match.evidence")
    return evidence.Tokenizer("it")


@pytest.mark.parametrize("name", CATALOGUES)
def test_file_validates(name: str) -> None:
    from gri_check.standards.load import validate_file

    assert validate_file(ROOT / "standards" / name) == len(_load(name)["disclosures"])


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_disclosure_has_an_italian_title(name: str) -> None:
    missing = [d["code"] for d in _load(name)["disclosures"]
               if not str((d.get("title_lang") or {}).get("it", "")).strip()]
    assert not missing, missing


@pytest.mark.parametrize("name", CATALOGUES)
def test_italian_titles_are_not_the_english_ones(name: str) -> None:
    same = [d["code"] for d in _load(name)["disclosures"] if d["title_lang"]["it"].lower() == d["title"].lower()]
    assert not same, same


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_item_has_italian_terms(name: str) -> None:
    bad = [(code, item["id"], len(item.get("evidence_lang", {}).get("it", []))) for code, item in _items(name)
           if not 2 <= len(item.get("evidence_lang", {}).get("it", [])) <= 12]
    assert not bad, bad[:20]


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_duplicate_or_generic_italian_terms(name: str) -> None:
    bad = []
    for code, item in _items(name):
        terms = item["evidence_lang"]["it"]
        if len({t.lower() for t in terms}) != len(terms):
            bad.append((code, item["id"], "duplicate"))
        bad += [(code, item["id"], t) for t in terms if t.lower() in GENERIC | FALSE_FRIENDS]
    assert not bad, bad[:20]


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_italian_term_is_inside_another_term_of_the_item(name: str, tokenizer) -> None:
    bad = []
    for code, item in _items(name):
        tokens = [(t, set(tokenizer.term(t))) for t in item["evidence_lang"]["it"]]
        for a, ta in tokens:
            assert ta, (code, item["id"], a)  # a term of stop words only would match nothing
            for b, tb in tokens:
                if a != b and ta <= tb:
                    bad.append((code, item["id"], a, b))
    assert not bad, bad[:20]


@pytest.mark.parametrize("name", CATALOGUES)
def test_italian_terms_do_not_repeat_english_terms(name: str, tokenizer) -> None:
    """English terms are looked up in Italian reports too, stemmed the Italian way: "natural gas" there is
    "gas naturale", so an Italian "gas naturale" beside it would count the same words twice."""
    bad = []
    for code, item in _items(name):
        english = [(t, set(tokenizer.term(t))) for t in item["evidence"]]
        for a in item["evidence_lang"]["it"]:
            ta = set(tokenizer.term(a))
            bad += [(code, item["id"], a, b) for b, tb in english if tb and (ta <= tb or tb <= ta)]
    assert not bad, bad[:20]


def test_headers_say_the_italian_wording_is_unverified() -> None:
    for name in CATALOGUES:
        head = (ROOT / "standards" / name).read_text(encoding="utf-8").split("\ncatalogue_version:")[0]
        assert "title_lang.it" in head and "NOT checked against GRI's official Italian" in head, name


@pytest.mark.parametrize("report", ["edison_2017_it.pdf", "unito_2017_it.pdf"])
def test_italian_reports_are_judged(report: str, shared_dir: Path, run_cli) -> None:
    path = shared_dir / "corpus" / report
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    result = run_cli("check", path, "--format", "json")
    out = json.loads(result.output)
    assert out["language"]["code"] == "it" and out["language"]["evidence_judged"]
    coverage = out["coverage"]
    assert coverage["not_judged"] == 0
    assert coverage["supported"] >= 5 and coverage["unsupported"] > 0  # judged, and not everything passes
