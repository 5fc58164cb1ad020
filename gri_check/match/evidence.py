"""Evidence search: do the report's blocks address a disclosure's requirement items?

Blocks are tokenised once into an inverted index. Catalogue terms are matched token by token:
exact stems first, then spelling variants found in one vectorised rapidfuzz pass (process.cdist)
over the report's vocabulary. A term hits a block when all its tokens occur there close together.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import Stemmer
from rapidfuzz import fuzz, process

from gri_check.ingest.document import BlockKind, Document
from gri_check.standards.catalogue import Disclosure, Item

TOKEN_FUZZ_CUTOFF = 88  # fuzz.ratio between a term token and a report token: labour/labor, organisation/-zation
MIN_FUZZ_LEN = 5  # shorter tokens only match exactly: fuzzy short words are noise
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*|[\u3400-\u9fff]")
_STOP = frozenset(
    "a an and are as at be by for from in into is it its of on or per the their to with within was were this that"
    " other any all".split()
)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*\s?%?")
_UNITS = (r"%|percent|per cent|t|tonnes?|tons?|kg|gj|tj|mj|mwh|kwh|gwh|twh|m3|m³|ml|megalit\w*|litres?|liters?"
          r"|tco2e?|co2e|tce|hours?|hrs?|h|employees|people|persons|days|million|billion|thousand"
          r"|usd|eur|rmb|cny|hkd|gbp|jpy|aud|yuan|dollars?|euros?")
# A figure: a number with a unit after it, or a currency before it ("CNY10,000", "$ 5").
_FIGURE = re.compile(rf"\d\s?(?:{_UNITS})(?![a-z])|(?:[$€¥£]|\b(?:usd|eur|rmb|cny|hkd|gbp)\s?)\d", re.I)
# In a table row the unit often stands in its own column ("Energy | GJ | 1,204").
_UNIT_CELL = re.compile(rf"^(?:{_UNITS}|[a-z]*\d*[,.]?\d*\s?(?:{_UNITS}))(?:/\S+)?$", re.I)
_DIGIT = re.compile(r"\d")
_YEARLIKE = re.compile(r"^(19|20)\d\d$")


_BRITISH = ((re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
            (re.compile(r"(?<=\w{3})our(s?)$"), r"or\1"),
            (re.compile(r"(?<=\w{2})tre(s?)$"), r"ter\1"))


_BRITISH_ENDINGS = ("ise", "ised", "ises", "ising", "isation", "isations", "our", "ours", "tre", "tres")


def _us_spelling(word: str) -> str:
    """Fold British spellings onto US ones (organisation, labour, centre); applied to both sides alike."""
    if len(word) > 5 and word.endswith(_BRITISH_ENDINGS):
        for pattern, repl in _BRITISH:
            word = pattern.sub(repl, word)
    return word


class Tokenizer:
    """Lower-case words, stop words dropped, Snowball-stemmed (memoised per instance, one per run)."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("english")
        self._memo: dict[str, str] = {}
        self._terms: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> list[str]:
        return self.stems(self.words(text))

    @staticmethod
    def words(text: str) -> list[str]:
        return [w for w in _WORD.findall(text.lower()) if w not in _STOP]

    def stems(self, words: Sequence[str]) -> list[str]:
        memo = self._memo
        try:
            return [memo[w] for w in words]  # the common case once the vocabulary is stemmed
        except KeyError:
            pass
        unseen = [w for w in set(words) if w not in memo]
        if unseen:  # one stemWords call for all new words: the C stemmer is fast, the calls are not
            memo.update(zip(unseen, self._stemmer.stemWords([_us_spelling(w) for w in unseen])))
        return [memo[w] for w in words]

    def term(self, term: str) -> tuple[str, ...]:
        """Tokens of a catalogue term, cached: terms are looked up once per disclosure and place."""
        got = self._terms.get(term)
        if got is None:
            got = self._terms[term] = tuple(self(term))
        return got


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceIndex:
    """Inverted index over the report blocks that can be evidence (not headings, contents or the index)."""

    tokenizer: Tokenizer
    block_ids: tuple[int, ...]  # Document block index of each eligible block
    block_tokens: tuple[tuple[str, ...], ...]
    postings: dict[str, frozenset[int]]  # token -> positions in block_ids
    vocab: tuple[str, ...]
    has_figure: tuple[bool, ...]  # block carries a number with a unit


def build_evidence_index(doc: Document, exclude: tuple[int, int]) -> EvidenceIndex:
    tokens = Tokenizer()
    ids: list[int] = []
    toks: list[tuple[str, ...]] = []
    postings: dict[str, set[int]] = {}
    figures: list[bool] = []
    eligible = [(n, b) for n, b in enumerate(doc.blocks)
                if b.kind not in (BlockKind.HEADING, BlockKind.TOC) and not exclude[0] <= n < exclude[1]]
    words = [tokens.words(b.text) for _, b in eligible]
    tokens.stems([w for ws in words for w in ws])  # stem the whole vocabulary in one call
    for (n, b), ws in zip(eligible, words):
        t = tuple(tokens.stems(ws))
        if not t:
            continue
        pos = len(ids)
        ids.append(n)
        toks.append(t)
        figures.append(has_figure(b.text, b.cells))
        for tok in set(t):
            postings.setdefault(tok, set()).add(pos)
    return EvidenceIndex(tokenizer=tokens, block_ids=tuple(ids), block_tokens=tuple(toks),
                         postings={k: frozenset(v) for k, v in postings.items()}, vocab=tuple(postings),
                         has_figure=tuple(figures))


def has_figure(text: str, cells: Sequence[str] = ()) -> bool:
    """A number with a plausible unit: in the text, or in a table row with a unit cell."""
    if not _DIGIT.search(text):
        return False
    return bool(_FIGURE.search(text)) or any(_UNIT_CELL.match(c) for c in cells if c)


def variant_table(index: EvidenceIndex, term_tokens: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each term token, the report tokens that stand for it: itself, plus close spellings.

    One process.cdist call scores every unseen long term token against the whole vocabulary.
    """
    wanted = sorted(set(term_tokens))
    table = {t: ((t,) if t in index.postings else ()) for t in wanted}
    fuzzy = [t for t in wanted if len(t) >= MIN_FUZZ_LEN and not _YEARLIKE.match(t)]
    long_vocab = [v for v in index.vocab if len(v) >= MIN_FUZZ_LEN]
    if fuzzy and long_vocab:
        scores = process.cdist(fuzzy, long_vocab, scorer=fuzz.ratio, score_cutoff=TOKEN_FUZZ_CUTOFF,
                               dtype=np.uint8, workers=1)
        rows, cols = np.nonzero(scores)
        for r, c in zip(rows.tolist(), cols.tolist()):
            if long_vocab[c] != fuzzy[r]:
                table[fuzzy[r]] = (*table[fuzzy[r]], long_vocab[c])
    return table


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    term: str
    pos: int  # position in the EvidenceIndex
    block: int  # Document block index
    figure: bool


class TermMatcher:
    """Finds catalogue terms in the report. Built once per run; caches each term's hits in the whole
    report, so the cited place and the search elsewhere share one lookup."""

    def __init__(self, index: EvidenceIndex, variants: dict[str, tuple[str, ...]]) -> None:
        self.index = index
        self.variants = variants
        self._hits: dict[str, tuple[Hit, ...]] = {}

    def hits(self, term: str, within: frozenset[int] | None = None) -> tuple[Hit, ...]:
        found = self._hits.get(term)
        if found is None:
            found = self._hits[term] = self._find(term)
        return found if within is None else tuple(h for h in found if h.pos in within)

    def _find(self, term: str) -> tuple[Hit, ...]:
        index, variants = self.index, self.variants
        parts = index.tokenizer.term(term)
        candidates: set[int] | None = None
        for p in parts:
            posting: set[int] = set()
            for v in variants.get(p, ()):
                posting |= index.postings.get(v, frozenset())
            candidates = posting if candidates is None else candidates & posting
            if not candidates:
                return ()
        return tuple(Hit(term=term, pos=pos, block=index.block_ids[pos], figure=index.has_figure[pos])
                     for pos in sorted(candidates or ()) if len(parts) == 1 or self._near(parts, pos))

    def _near(self, parts: Sequence[str], pos: int) -> bool:
        """All term tokens fall inside a window a little wider than the term (one pass over the block)."""
        slot = {v: k for k, p in enumerate(parts) for v in self.variants.get(p, ())}
        positions: list[list[int]] = [[] for _ in parts]
        for i, t in enumerate(self.index.block_tokens[pos]):
            k = slot.get(t)
            if k is not None:
                positions[k].append(i)
        window = len(parts) + 3
        first, others = positions[0], positions[1:]
        return any(all(any(abs(j - i) < window for j in other) for other in others) for i in first)


def term_tokens_of(index: EvidenceIndex, disclosures: Iterable[Disclosure]) -> set[str]:
    out: set[str] = set()
    for d in disclosures:
        for item in d.items:
            for term in (*item.evidence, *item.evidence_zh):
                out.update(index.tokenizer.term(term))
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemResult:
    item: Item
    score: float  # 1 addressed, 0.5 only mentioned (one term, or no figure where one is asked), 0 not found
    hits: tuple[Hit, ...]


def item_score(item: Item, hits: Sequence[Hit]) -> float:
    """Two different evidence terms (and a figure, for a quantitative item) address an item; one mentions it.

    One term alone is often a passing word ("training" under another topic), so it counts half.
    """
    if not hits:
        return 0.0
    distinct = len({h.term for h in hits})
    if item.quantitative and not any(h.figure for h in hits):
        return 0.5
    return 1.0 if distinct >= 2 else 0.5


def score_items(disclosure: Disclosure, matcher: TermMatcher, within: frozenset[int] | None) -> tuple[ItemResult, ...]:
    out = []
    for item in disclosure.items:
        hits = tuple(h for term in (*item.evidence, *item.evidence_zh) for h in matcher.hits(term, within))
        out.append(ItemResult(item=item, score=item_score(item, hits), hits=hits))
    return tuple(out)


def positions_in(index: EvidenceIndex, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Evidence-index positions of the blocks inside the given Document block spans."""
    out: set[int] = set()
    for start, end in spans:
        out.update(range(bisect_left(index.block_ids, start), bisect_left(index.block_ids, end)))
    return frozenset(out)
