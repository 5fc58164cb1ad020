"""The fast paths of the check give the answers of the plain code they replaced, kept here as the measure:
one cdist over the whole vocabulary, one scan of a block per window test, one figure pattern, one sector
words pattern over every text, a page looked up in the page list, a code read afresh each time."""
from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz, process

from gri_check.ingest import read
from gri_check.ingest.document import Document, Page
from gri_check.ingest.markdown import parse_markdown
from gri_check.match import evidence, sector, shapes
from gri_check.match.assess import _PageLabels, page_label
from gri_check.match.evidence import TermMatcher, build_evidence_index, term_tokens_of, variant_table
from gri_check.match.locations import build_section_table, match_section
from gri_check.pipeline import Options, Standards, check_document
from tests.helpers import bundled, bundled_reader

REPORTS = Path(__file__).parents[2] / "reports"


def _documents(shared: Path | None = None) -> list[Document]:
    files = sorted(REPORTS.glob("*.md"))
    if shared is not None:
        files += sorted((shared / "corpus").glob("*.md")) + sorted((shared / "seeds").glob("*.txt"))
    return [read(f) for f in files]


def _plain_variant_table(index: evidence.EvidenceIndex, term_tokens: set[str]) -> dict[str, tuple[str, ...]]:
    """variant_table as it was: one cdist over every long term token and the whole long vocabulary."""
    wanted = sorted(set(term_tokens))
    table = {t: ((t,) if t in index.postings else ()) for t in wanted}
    for t in [t for t in wanted if len(t) == 1 and t >= "\u3400"]:
        table[t] = (*table[t], *(v for v in index.vocab if len(v) == 2 and v[0] >= "\u3400" and t in v))
    fuzzy = [t for t in wanted if len(t) >= evidence.MIN_FUZZ_LEN and not evidence._YEARLIKE.match(t)]
    long_vocab = [v for v in index.vocab if len(v) >= evidence.MIN_FUZZ_LEN]
    if fuzzy and long_vocab:
        scores = process.cdist(fuzzy, long_vocab, scorer=fuzz.ratio, score_cutoff=evidence.TOKEN_FUZZ_CUTOFF,
                               dtype=np.uint8, workers=1)
        for r, c in zip(*(a.tolist() for a in np.nonzero(scores))):
            if long_vocab[c] != fuzzy[r] and long_vocab[c][:3] == fuzzy[r][:3]:
                table[fuzzy[r]] = (*table[fuzzy[r]], long_vocab[c])
    return table


def _plain_near(matcher: TermMatcher, parts: Sequence[str], pos: int) -> bool:
    """The window test as it was: one pass over the block's tokens."""
    slot = {v: k for k, p in enumerate(parts) for v in matcher.variants.get(p, ())}
    positions: list[list[int]] = [[] for _ in parts]
    for i, t in enumerate(matcher.index.block_tokens[pos]):
        if t in slot:
            positions[slot[t]].append(i)
    window = len(parts) + 3
    return any(all(any(abs(j - i) < window for j in other) for other in positions[1:]) for i in positions[0])


def _check_matching(doc: Document) -> int:
    ev = build_evidence_index(doc, [], units=("tCO2e", "GJ", "MWh"))
    tokens = term_tokens_of(ev, bundled().disclosures)
    table = variant_table(ev, tokens)
    assert table == _plain_variant_table(ev, tokens)
    matcher = TermMatcher(ev, table)
    compared = 0
    for d in bundled().disclosures[:400]:
        for item in d.items:
            for term in evidence.terms_of(item, ev):
                parts = ev.tokenizer.term(term)
                found = {h.pos for h in matcher.hits(term)}
                if len(parts) < 2 or _chinese(term):
                    continue
                candidates = set.intersection(*({p for v in table.get(part, ()) for p in ev.postings.get(v, ())}
                                                for part in parts))
                assert found == {p for p in candidates if _plain_near(matcher, parts, p)}, term
                compared += len(candidates)
    for pos, n in enumerate(ev.block_ids):  # on demand, as computed for every block before
        b = doc.blocks[n]
        assert ev.has_figure(pos) == (ev.figures or evidence.FigureRule()).has_figure(b.text, b.cells)
        assert ev.states_zero(pos) == bool(evidence.ZERO_INCIDENTS.search(b.text))
    return compared


def _chinese(term: str) -> bool:  # matched bigram by bigram (_adjacent), not by the window
    return bool(evidence._CJK_TERM.fullmatch(term))


def test_matching_as_before_on_the_project_reports() -> None:
    assert sum(_check_matching(doc) for doc in _documents()) > 500


def test_matching_as_before_on_real_reports(shared_dir: Path) -> None:
    docs = _documents(shared_dir)[len(_documents()):]
    if not docs:
        pytest.skip("no text reports in ../shared")
    assert sum(_check_matching(doc) for doc in docs) > 500


_FIGURE = re.compile(rf"\d\s?(?:{evidence._UNITS})(?![a-z])|(?:[$€¥£]|\b(?:usd|eur|rmb|cny|hkd|gbp)\s?)\d", re.I)


@pytest.mark.parametrize("text", ["1,204 GJ", "USD 5m", "usd5", "ſ 5", "$ 5", "€5", "5 employees", "Gbp 12",
                                  "cny 1", "HKD", "no figure 2024", "12 tonnes", "5 tons of", "tbd", "3 hrs"])
def test_the_figure_search_in_three_parts(text: str) -> None:
    assert evidence._figure(text) == bool(_FIGURE.search(text))


def test_the_figure_search_on_every_block() -> None:
    texts = [t for doc in _documents() for b in doc.blocks for t in (b.text, *b.cells)]
    assert sum(evidence._figure(t) for t in texts) > 20
    assert all(evidence._figure(t) == bool(_FIGURE.search(t)) for t in texts)


_FOLDING = ("gri_check.match.editions", "gri_check.match.scope", "gri_check.match.sector", "gri_check.match.evidence",
            "gri_check.index.locate", "gri_check.rules.idx", "gri_check.rules.req")


def _searching_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """No pre-test passes a text by: every text searched with every pattern, as before the pre-tests."""
    for module in _FOLDING:
        monkeypatch.setattr(importlib.import_module(module), "folded", lambda text: None)
    monkeypatch.setattr("gri_check.match.evidence.mark", lambda text: shapes._IN_TEXT[True, "all"].sub(
        lambda m: f"{m.group(0)} {shapes.WORDS[m.lastgroup or '']} ", text))


def test_pre_tests_change_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    standards = Standards.of(bundled())
    docs = [*_documents(), read_text(SECTOR_WORDS)]
    quick = [check_document(doc, standards, Options()) for doc in docs]
    _searching_everything(monkeypatch)
    assert sum(len(r.assessments) for r in quick) > 100 and sum(len(r.findings) for r in quick) > 10
    assert [check_document(doc, standards, Options()) for doc in docs] == quick


SECTOR_WORDS = ("# Report\n\n## Operations\n\nOur crude oil and natural gas production grew. CRUDE OILS and "
                "refineries; the refinery ſite. Oilfield services, upstream oil and gas, oil and gas.\n\n"
                "Coal mining stopped. ſmelter tailings.\n\n"
                "Tailings, tailings dams and the open-pit mine; iron ore reserves.\n\n") * 3


def test_sector_words_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words only some texts hold, in other cases, beside ſ (which folds oddly): the same choice and reasons."""
    sectors = [s for s in bundled().standards_of("GRI") if s.kind == "sector" and not s.superseded_by]
    doc = read_text(SECTOR_WORDS)
    quick = sector._from_words(doc, sectors, (), "en")
    assert quick[0] is not None and quick[0].standard.number == "11" and '"crude oil" (6x)' in quick[1]
    _searching_everything(monkeypatch)
    assert sector._from_words(doc, sectors, (), "en") == quick


def read_text(body: str) -> Document:
    return parse_markdown(body, "r.md")


def test_page_labels_as_page_label() -> None:
    """Printed numbers, none printed, a spread of two, a physical number twice (the first one counts)."""
    pages = (Page(number=1), Page(number=2, printed=(7,)), Page(number=3, printed=(8, 9)), Page(number=3, printed=(4,)),
             Page(number=5, printed=()))
    doc = replace(_documents()[0], pages=pages)
    label = _PageLabels(doc)
    numbers = [None, 0, 4, 10_000, *(p.number for p in pages)]
    assert [label(n) for n in numbers] == [page_label(doc, n) for n in numbers]
    assert [label(n) for n in (1, 2, 3, 4)] == ["1", "7", "8-9", "4"]


def test_section_matches_are_remembered_per_table() -> None:
    doc = _documents()[0]
    table = build_section_table(doc, [])
    cited = [s.title for s in doc.sections[:20]] + ["no such heading at all", "Governance > Board"]
    first = [match_section(c, table) for c in cited]
    assert set(table.found) == set(cited) and table.near
    assert [match_section(c, table) for c in cited] == first
    assert [match_section(c, build_section_table(doc, [])) for c in cited] == first


def test_a_run_reads_codes_with_a_memory_of_its_own() -> None:
    shared = bundled_reader()
    run = shared.for_run()
    cells = ["GRI 2-1", "305-1 a", "2-31", "RT-IG-130a.1", "A1.2", "nothing", "GRI 2-1"]
    for table in (None, "GRI", "HKEX"):
        assert [run.read(c, table=table) for c in cells] == [shared.read(c, table=table) for c in cells]
    assert shared._memo is None and run._memo and run == shared  # the shared reader remembers nothing


def test_checks_are_the_same_run_after_run() -> None:
    standards = Standards.of(bundled())
    doc = _documents()[0]
    first = check_document(doc, standards, Options())
    again = check_document(doc, standards, Options())
    assert first == again and standards.reader._memo is None
