"""The report's language: detected, stated, and used to choose the stemmer and the evidence terms."""
from __future__ import annotations

from gri_check import pipeline
from gri_check.ingest.markdown import parse_markdown
from gri_check.match.evidence import Tokenizer
from gri_check.match.language import detect_language
from gri_check.model import Status
from tests.conftest import ROOT, SAMPLE
from tests.helpers import bundled

IT = """# Relazione di sostenibilità 2024

## Ambiente

Nel 2024 le emissioni dirette di gas a effetto serra (Scope 1) sono state pari a 4.860 tCO2e, in calo
del 6% rispetto all'anno precedente. I consumi energetici complessivi sono stati di 150.480 GJ.

## Indice dei contenuti GRI

| Informativa | Titolo | Pagina |
|---|---|---|
| 305-1 | Emissioni dirette di GHG (Scope 1) | Ambiente |
| 302-1 | Energia consumata all'interno dell'organizzazione | Ambiente |
| 2-1 | Dettagli organizzativi | Ambiente |
"""


def test_languages_are_told_apart() -> None:
    assert detect_language(parse_markdown(IT, "r.md")).code == "it"
    assert detect_language(parse_markdown(SAMPLE.read_text(encoding="utf-8"), "r.md")).code == "en"
    zh = ROOT / "tests" / "fixtures" / "zh" / "huaxin_2024_zh.md"
    assert detect_language(parse_markdown(zh.read_text(encoding="utf-8"), "r.md")).code == "zh"
    assert detect_language(parse_markdown("# \n\n1 2 3\n", "r.md")).code == ""


def test_the_stemmer_follows_the_language() -> None:
    assert Tokenizer("it")("emissioni dirette") == Tokenizer("it")("emissione diretta")
    assert Tokenizer("en")("organisation") == Tokenizer("en")("organization")  # US/UK folding: English only
    assert Tokenizer("xx").language == "en"  # no stemmer for it: read as English
    assert Tokenizer("it").words("attività è più") == ["attività", "è", "più"]  # accented letters are letters


def test_without_terms_in_its_language_evidence_is_not_judged(tmp_path) -> None:
    path = tmp_path / "r.md"
    path.write_text(IT, encoding="utf-8")
    result = pipeline.run(path, pipeline.Options(), bundled())
    assert result.language.code == "it"
    for a in result.assessments:
        judged = a.disclosure.judged_in("it")
        assert (a.status is Status.NOT_JUDGED) is not judged, a.disclosure.code
        if not judged:
            assert not a.items and not a.found_elsewhere
    if any(a.status is Status.NOT_JUDGED for a in result.assessments):
        assert result.coverage.judged == sum(1 for a in result.assessments if a.status is not Status.NOT_JUDGED)
        assert not [f for f in result.findings if f.rule in ("GRI-EVD-001", "GRI-EVD-002", "GRI-COD-002")
                    and f.disclosure in {a.disclosure.code for a in result.assessments
                                         if a.status is Status.NOT_JUDGED}]
