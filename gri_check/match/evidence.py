"""Evidence search: do the report's blocks address a disclosure's requirement items?

Blocks are tokenised once into an inverted index. Catalogue terms are matched token by token:
exact stems first, then spelling variants found in one vectorised rapidfuzz pass (process.cdist)
over the report's vocabulary. A term hits a block when all its tokens occur there close together.

Chinese has no spaces, so a run of CJK characters becomes its overlapping character bigrams
("温室气体" -> 温室 室气 气体): a Chinese term then hits a block only where its characters stand
together (温室气体 in 温室气体排放量), never where they are scattered. A one-character term or run
stays one token, and a one-character term also meets every report bigram holding that character.
Chinese terms (evidence_zh) are only looked up in reports with Chinese prose (MIN_CJK_VOCAB).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain

import numpy as np
import Stemmer
from rapidfuzz import fuzz, process

from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.match.prefilter import folded, may_hold, required_words
from gri_check.match.shapes import mark, mark_term
from gri_check.standards.catalogue import Disclosure, Item

TOKEN_FUZZ_CUTOFF = 88  # fuzz.ratio between a term token and a report token: labour/labor, organisation/-zation
MIN_FUZZ_LEN = 5  # shorter tokens only match exactly: fuzzy short words are noise
FUZZ_PREFIX = 3  # a spelling variant starts with the same letters as the term
# Distinct Chinese tokens a report needs before its Chinese terms are looked up: a few Chinese lines
# in an English report (a screenshot, an address) are not Chinese prose, and a thousand Chinese
# terms searched there cost time and find only chance bigrams.
MIN_CJK_VOCAB = 50
# Words of any alphabet (attività, Größe), numbers, or a run of Chinese characters.
_WORD = re.compile(r"[^\W_\u3400-\u9fff]+(?:[.'][^\W_\u3400-\u9fff]+)*|[\u3400-\u9fff]+")
# Snowball stemmers (PyStemmer) by report language; a language without one is read with the English stemmer.
STEMMERS = {"en": "english", "it": "italian", "fr": "french", "de": "german", "es": "spanish", "pt": "portuguese",
            "nl": "dutch", "sv": "swedish", "da": "danish", "no": "norwegian", "fi": "finnish", "ru": "russian",
            "tr": "turkish", "ro": "romanian", "hu": "hungarian"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_TERM = re.compile(r"[\u3400-\u9fff]+")
_STOP = frozenset(
    "a an and are as at be by for from in into is it its of on or per the their to with within was were this that"
    " other any all".split()
)
_UNITS = (r"%|percent|per cent|t|tonnes?|tons?|kg|gj|tj|mj|mwh|kwh|gwh|twh|m3|m³|ml|megalit\w*|litres?|liters?"
          r"|tco2e?|co2e|tce|hours?|hrs?|h|employees|people|persons|days|million|billion|thousand"
          r"|usd|eur|rmb|cny|hkd|gbp|jpy|aud|yuan|dollars?|euros?")
# Chinese units and counters, after an optional magnitude (1.2万吨, 3.5亿元, 12万千瓦时). Dates
# (2024年, 12月31日) and page numbers (第12页) are not among them.
_CN_UNITS = ("吨|千克|公斤|克|千瓦时|兆瓦时|吉瓦时|度|立方米|升|吉焦|兆焦|太焦|焦耳|标准煤|标煤|公顷|亩|平方米"
             "|人次|人|名|位|小时|工时|元|美元|港元|欧元|次|起|宗|例|件|家|个|项|公里|千米")
# A figure: a number with a unit after it, or a currency before it ("CNY10,000", "$ 5", "人民币 5"). Three
# searches, as one alternation matches where one of its parts does, each quicker than the alternation: one that
# starts with a digit jumps from digit to digit, and a currency code is searched for only in a text that holds
# one (match/prefilter.py).
_FIGURE_UNIT = re.compile(rf"\d\s?(?:{_UNITS})(?![a-z])", re.I)
_FIGURE_SIGN = re.compile(r"[$€¥£]\d", re.I)
_FIGURE_CODE = re.compile(r"\b(?:usd|eur|rmb|cny|hkd|gbp)\s?\d", re.I)
_CURRENCIES = required_words(_FIGURE_CODE.pattern, _FIGURE_CODE.flags)
_CN_FIGURE = re.compile(rf"\d\s?(?:[万亿千百]\s?)?(?:{_CN_UNITS})|人民币\s?\d")
# In a table row the unit often stands in its own column ("Energy | GJ | 1,204", "排放量 | 吨 | 1,204"),
# or in brackets after the row label ("员工总数(人)"; NFKC has made the brackets ASCII).
# A unit cell may carry a magnitude ("thousands of m3", "migliaia di m3"), a qualifier after "of"/"di"
# ("t di CO2 eq."), or name a count ("No.", "n.", "nr."): the cells beside it are figures.
_MAGNITUDE = (r"(?:thousands?|millions?|billions?|migliaia|milioni|miliardi|mila|milliers|millions|tausend)"
              r"\s+(?:of|di|de)\s+")
_UNIT_CELL = re.compile(rf"^(?:{_MAGNITUDE})?(?:{_UNITS}|[a-z]*\d*[,.]?\d*\s?(?:{_UNITS}))"
                        rf"(?:/\S+|\s+(?:of|di|de)\s+\S.{{0,20}})?$"
                        r"|^(?:no|n|nr|num|número|numero)\.?$|^k?€$|^(?:k|m)?(?:eur|usd)$", re.I)
_CN_UNIT = rf"[万亿千百]?(?:{_CN_UNITS}|吨二氧化碳当量|二氧化碳当量|tco2e)(?:/\S+)?"
_CN_UNIT_CELL = re.compile(rf"^(?:单位\s*:?\s*)?{_CN_UNIT}$|[\u3400-\u9fff]\s*\({_CN_UNIT}\)$", re.I)
_DIGIT = re.compile(r"\d")
_LABEL_UNIT = re.compile(rf"\((?:[^()]*?\s)?(?:{_UNITS}|[a-z]*co2e?)(?:\s[^()]*)?\)", re.I)  # "(GJ per ...)"
_NUMBER_CELL = re.compile(r"^\s*[-+]?[\d,.]*\d[\d,.]*\s*%?\s*$")  # "15.2", "1,204", "8.1%"
_BUILT_IN_UNIT = re.compile(rf"(?:{_UNITS})", re.I)
_YEARLIKE = re.compile(r"^(19|20)\d\d$")
# A statement that something did not happen: the answer "zero" to an incident disclosure's count.
ZERO_INCIDENTS = re.compile(
    r"\b(no|zero|nil|none|not (been )?(involved|aware|identified|found|recorded|subject)|weren't involved"
    r"|did not (occur|have|experience|record|identify|receive)|were not|there (were|was) no)\b"
    r"|未发生|未出现|未涉及|未发现|没有发生|无重大|零起|0\s*起"
    r"|\bnessun[oa]?\s+(?:caso|episodio|evento|incidente|sanzione|segnalazione)|\bnon\s+(?:si\s+sono|sono\s+stat[ie])\s+"
    r"(?:verificat|registrat|rilevat|riscontrat)[ie]", re.I)


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
    """Lower-case words, stop words dropped, Snowball-stemmed in the report's language (memoised per instance,
    one per run). English stop words and spelling folds apply to English only."""

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in STEMMERS else "en"
        self._stemmer = Stemmer.Stemmer(STEMMERS[self.language])
        self._english = self.language == "en"
        self._memo: dict[str, str] = {}
        self._terms: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> list[str]:
        return self.stems(self.words(text))

    def words(self, text: str) -> list[str]:
        found = [w for w in _WORD.findall(mark(text).lower()) if w not in _STOP]
        if text.isascii() or not _CJK.search(text):  # isascii is O(1): most English blocks stop here
            return found
        return [b for w in found for b in (_bigrams(w) if w[0] >= "\u3400" else (w,))]

    def stems(self, words: Sequence[str]) -> list[str]:
        memo = self._memo
        try:
            return [memo[w] for w in words]  # the common case once the vocabulary is stemmed
        except KeyError:
            pass
        self.learn(words)
        return [memo[w] for w in words]

    def learn(self, words: Iterable[str]) -> None:
        """Stem the words not seen yet, in one stemWords call: the C stemmer is fast, the calls are not."""
        memo = self._memo
        unseen = [w for w in set(words) if w not in memo]
        if unseen:
            folded = [_us_spelling(w) for w in unseen] if self._english else unseen
            memo.update(zip(unseen, self._stemmer.stemWords(folded)))

    def term(self, term: str) -> tuple[str, ...]:
        """Tokens of a catalogue term, cached: terms are looked up once per disclosure and place."""
        got = self._terms.get(term)
        if got is None:  # an all-Chinese term needs no stemming: its bigrams are its tokens
            got = self._terms[term] = _bigrams(term) if _CJK_TERM.fullmatch(term) else tuple(self(mark_term(term)))
        return got


def _bigrams(run: str) -> tuple[str, ...]:
    """A CJK run as overlapping character bigrams; a single character stays itself."""
    return (run,) if len(run) < 3 else tuple(run[i : i + 2] for i in range(len(run) - 1))


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceIndex:
    """Inverted index over the report blocks that can be evidence (not headings, contents or the index)."""

    tokenizer: Tokenizer
    block_ids: tuple[int, ...]  # Document block index of each eligible block
    block_tokens: tuple[tuple[str, ...], ...]
    postings: dict[str, tuple[int, ...]]  # token -> positions in block_ids, ascending
    vocab: tuple[str, ...]
    blocks: tuple[Block, ...] = ()  # the Document block at each position
    cjk: bool = False  # the report has Chinese prose, so Chinese terms are looked up
    figures: FigureRule | None = None  # how a figure is told, with the catalogues' units
    # Asked only of the blocks that terms hit, a third of the report's or fewer: read on demand, remembered.
    _figure: dict[int, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _zero: dict[int, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def has_figure(self, pos: int) -> bool:
        """The block carries a number with a unit."""
        got = self._figure.get(pos)
        if got is None:
            b = self.blocks[pos]
            got = self._figure[pos] = (self.figures or FigureRule()).has_figure(b.text, b.cells)
        return got

    def states_zero(self, pos: int) -> bool:
        """The block says something did not happen ("no confirmed incidents")."""
        got = self._zero.get(pos)
        if got is None:
            got = self._zero[pos] = bool(ZERO_INCIDENTS.search(self.blocks[pos].text))
        return got


def build_evidence_index(doc: Document, exclude: Sequence[tuple[int, int]], *,
                         units: Sequence[str] = (), language: str = "en") -> EvidenceIndex:
    """The blocks that can be evidence: not headings, not the contents, not inside `exclude` (the index
    tables). `units`: the catalogues' units, added to the built-in ones for telling figures; `language`: the
    report's, whose stemmer reads it and whose terms are looked up."""
    tokens = Tokenizer(language)
    rule = FigureRule.of(units)
    ids: list[int] = []
    toks: list[tuple[str, ...]] = []
    postings: dict[str, list[int]] = {}
    blocks: list[Block] = []
    skipped = _in_spans(len(doc.blocks), exclude)
    eligible = [(n, b) for n, b in enumerate(doc.blocks)
                if b.kind not in (BlockKind.HEADING, BlockKind.TOC) and not skipped[n]]
    words = [tokens.words(b.text) for _, b in eligible]
    tokens.learn(chain.from_iterable(words))  # stem the whole vocabulary in one call
    for (n, b), ws in zip(eligible, words):
        t = tuple(tokens.stems(ws))
        if not t:
            continue
        pos = len(ids)
        ids.append(n)
        toks.append(t)
        blocks.append(b)
        for tok in set(t):
            postings.setdefault(tok, []).append(pos)  # once per block: set(t)
    vocab = tuple(postings)
    return EvidenceIndex(tokenizer=tokens, block_ids=tuple(ids), block_tokens=tuple(toks),
                         postings={k: tuple(v) for k, v in postings.items()}, vocab=vocab,
                         blocks=tuple(blocks),
                         cjk=sum(1 for v in vocab if v >= "\u3400") >= MIN_CJK_VOCAB, figures=rule)


def _in_spans(n: int, spans: Sequence[tuple[int, int]]) -> list[bool]:
    out = [False] * n
    for a, b in spans:
        out[a:b] = [True] * max(0, min(b, n) - a)
    return out


# Unit names that say what kind of figure is asked for but are no unit printed after a number.
_NOT_PRINTED = frozenset({"number", "numbers", "rate", "ratio", "various", "n/a", "na", "see note", "text",
                          "presentation currency", "reporting currency", "currency", "percentage", "count"})


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureRule:
    """A number with a unit tells a figure: the built-in units, and those the loaded catalogues name."""

    extra: re.Pattern[str] | None = None

    @classmethod
    def of(cls, units: Iterable[str]) -> FigureRule:
        own = sorted({u.strip().lower() for u in units if u.strip() and u.strip().lower() not in _NOT_PRINTED
                      and not _BUILT_IN_UNIT.fullmatch(u.strip())}, key=lambda u: (-len(u), u))
        if not own:
            return cls()
        alternatives = "|".join(re.escape(u) for u in own)
        return cls(extra=re.compile(rf"\d\s?(?:{alternatives})(?![a-z])", re.I))

    def has_figure(self, text: str, cells: Sequence[str] = ()) -> bool:
        if has_figure(text, cells):
            return True
        return self.extra is not None and bool(_DIGIT.search(text)) and bool(self.extra.search(text))


def has_figure(text: str, cells: Sequence[str] = ()) -> bool:
    """A number with a plausible unit: in the text, or in a table row with a unit cell or a label naming its
    unit in brackets ("Intensity (GJ per HK$ million revenue) | 15.2")."""
    if not _DIGIT.search(text):
        return False
    if _figure(text) or any(_UNIT_CELL.match(c) for c in cells if c):
        return True
    if cells and any(_LABEL_UNIT.search(c) for c in cells if c) and any(
            _NUMBER_CELL.match(c) and not _YEARLIKE.match(c.strip()) for c in cells if c):
        return True
    # Chinese units only where there is non-ASCII text (str.isascii is O(1) in CPython)
    return not text.isascii() and bool(_CN_FIGURE.search(text) or any(_CN_UNIT_CELL.search(c) for c in cells if c))


def _figure(text: str) -> bool:
    return bool(_FIGURE_UNIT.search(text) or _FIGURE_SIGN.search(text)
                or (may_hold(folded(text), _CURRENCIES) and _FIGURE_CODE.search(text)))


def variant_table(index: EvidenceIndex, term_tokens: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each term token, the report tokens that stand for it: itself, plus close spellings.

    process.cdist scores the long term tokens against the report's long tokens of the same start (a
    spelling variant shares its first letters), one call per start: the pairs of the whole comparison
    that share a start, for a fraction of its cost. A one-character Chinese token stands for every report
    bigram that holds it.
    """
    wanted = sorted(set(term_tokens))
    table: dict[str, tuple[str, ...]] = {t: ((t,) if t in index.postings else ()) for t in wanted}
    single = [t for t in wanted if len(t) == 1 and t >= "\u3400"]
    if single:
        cjk_vocab = [v for v in index.vocab if len(v) == 2 and v[0] >= "\u3400"]
        for t in single:
            table[t] = (*table[t], *(v for v in cjk_vocab if t in v))
    # Spelling variants share their start (labour/labor, modelling/modeling); a different first syllable is
    # another word (remanufacture/manufacture, breach/reach, flight/light).
    fuzzy: dict[str, list[str]] = {}
    for t in wanted:
        if len(t) >= MIN_FUZZ_LEN and not _YEARLIKE.match(t):
            fuzzy.setdefault(t[:FUZZ_PREFIX], []).append(t)
    long_vocab: dict[str, list[str]] = {}
    for v in index.vocab:
        if len(v) >= MIN_FUZZ_LEN:
            long_vocab.setdefault(v[:FUZZ_PREFIX], []).append(v)
    for start, terms in fuzzy.items():
        vocab = long_vocab.get(start)
        if not vocab:
            continue
        scores = process.cdist(terms, vocab, scorer=fuzz.ratio, score_cutoff=TOKEN_FUZZ_CUTOFF, dtype=np.uint8,
                               workers=1)
        rows, cols = np.nonzero(scores)
        for r, c in zip(rows.tolist(), cols.tolist()):  # each token's variants in vocabulary order
            if vocab[c] != terms[r]:
                table[terms[r]] = (*table[terms[r]], vocab[c])
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
        self._live: dict[Item, tuple[str, ...]] = {}

    def hits(self, term: str, within: frozenset[int] | None = None) -> tuple[Hit, ...]:
        found = self._hits.get(term)
        if found is None:
            found = self._hits[term] = self._find(term)
        return found if within is None else tuple(h for h in found if h.pos in within)

    def live_terms(self, item: Item) -> tuple[str, ...]:
        """The item's terms that occur somewhere in the report, in catalogue order (cached per item):
        a place is only ever searched for these."""
        got = self._live.get(item)
        if got is None:
            got = self._live[item] = tuple(t for t in terms_of(item, self.index) if self.hits(t))
        return got

    def _find(self, term: str) -> tuple[Hit, ...]:
        index, variants = self.index, self.variants
        parts = index.tokenizer.term(term)
        candidates: set[int] | None = None
        for p in parts:
            posting: set[int] = set()
            for v in variants.get(p, ()):
                posting.update(index.postings.get(v, ()))
            candidates = posting if candidates is None else candidates & posting
            if not candidates:
                return ()
        if len(parts) > 1 and term[0] >= "\u3400" and _CJK_TERM.fullmatch(term):
            near = partial(self._adjacent, parts)
        else:  # each report token that stands for a part, to that part (a token of two parts goes to the last)
            near = partial(self._near, {v: k for k, p in enumerate(parts) for v in variants.get(p, ())}, len(parts))
        return tuple(Hit(term=term, pos=pos, block=index.block_ids[pos], figure=index.has_figure(pos))
                     for pos in sorted(candidates or ()) if len(parts) == 1 or near(pos))

    def _adjacent(self, parts: tuple[str, ...], pos: int) -> bool:
        """A Chinese term's bigrams stand one after another in the block: the term occurs as written.

        Chinese bigrams have no spelling variants, so tuple.index scans for the first one at C speed.
        """
        tokens, rest = self.index.block_tokens[pos], parts[1:]
        i = -1
        while True:
            try:
                i = tokens.index(parts[0], i + 1)
            except ValueError:
                return False
            if tokens[i + 1 : i + len(parts)] == rest:
                return True

    def _near(self, slot: dict[str, int], n: int, pos: int) -> bool:
        """All n term tokens fall inside a window a little wider than the term. `slot`: the part each report
        token stands for. A part's positions are found by tuple.index, which scans at C speed: a term has a
        few report tokens, a block many."""
        tokens = self.index.block_tokens[pos]
        positions: list[list[int]] = [[] for _ in range(n)]
        for v, k in slot.items():
            positions[k].extend(_occurrences(tokens, v))
        window = n + 3  # the order of positions does not matter: only whether two fall within the window
        if n == 2:  # most terms: one flat scan instead of nested generators
            second = positions[1]
            return any(abs(j - i) < window for i in positions[0] for j in second)
        first, others = positions[0], positions[1:]
        return any(all(any(abs(j - i) < window for j in other) for other in others) for i in first)


def _occurrences(tokens: tuple[str, ...], token: str) -> list[int]:
    out: list[int] = []
    i = -1
    try:
        while True:
            i = tokens.index(token, i + 1)
            out.append(i)
    except ValueError:
        return out


def terms_of(item: Item, index: EvidenceIndex) -> tuple[str, ...]:
    """The item's evidence terms: English, its Chinese terms where the report has Chinese text, and its terms in
    the report's language."""
    own = item.terms_in(index.tokenizer.language)
    zh = item.evidence_zh if index.cjk else ()
    return (*item.evidence, *zh, *own, *item.answers) if own or zh or item.answers else item.evidence


def term_tokens_of(index: EvidenceIndex, disclosures: Iterable[Disclosure]) -> set[str]:
    out: set[str] = set()
    for d in disclosures:
        for item in d.items:
            for term in terms_of(item, index):
                out.update(index.tokenizer.term(term))
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemResult:
    item: Item
    score: float  # 1 addressed, 0.5 only mentioned (one term, or no figure where one is asked), 0 not found
    hits: tuple[Hit, ...]


def item_score(item: Item, hits: Sequence[Hit]) -> float:
    """Two different evidence terms (and a figure, for a quantitative item) address an item; one mentions it.

    One term alone is often a passing word ("training" under another topic), so it counts half, even where it
    is rare in the report: "supplier selection" under a supply-chain heading does not give the share of
    suppliers screened.
    """
    if not hits:
        return 0.0
    if item.answers and any(h.term in item.answers for h in hits):
        return 1.0  # "no restatements": the answer itself
    distinct = _distinct_terms(hits)
    if item.quantitative and not any(h.figure for h in hits):
        return 0.5
    return 1.0 if distinct >= 2 else 0.5


def _distinct_terms(hits: Sequence[Hit]) -> int:
    """Different terms among the hits. A Chinese term inside a longer term that hits the same block
    (二氧化碳当量 in 吨二氧化碳当量) is the same words again, not a second term: bigrams find every substring."""
    terms = {h.term for h in hits}
    if len(terms) < 2 or not any(_CJK.search(t) for t in terms):
        return len(terms)
    in_block: dict[int, set[str]] = {}
    for h in hits:
        in_block.setdefault(h.block, set()).add(h.term)
    counted: set[str] = set()
    for found in in_block.values():
        counted.update(t for t in found if not (_CJK.search(t) and any(t != u and t in u for u in found)))
    return len(counted)


def score_items(disclosure: Disclosure, matcher: TermMatcher, within: frozenset[int] | None) -> tuple[ItemResult, ...]:
    """Each item's score at the given evidence positions (None: the whole report)."""
    out = []
    for item in disclosure.items:
        hits = tuple(h for term in matcher.live_terms(item) for h in matcher.hits(term, within))
        if disclosure.incident and item.quantitative:  # "there were no confirmed incidents" is the count 0
            zero = matcher.index.states_zero
            hits = tuple(replace(h, figure=True) if zero(h.pos) else h for h in hits)
        out.append(ItemResult(item=item, score=item_score(item, hits), hits=hits))
    return tuple(out)


def positions_in(index: EvidenceIndex, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Evidence-index positions of the blocks inside the given Document block spans."""
    out: set[int] = set()
    for start, end in spans:
        out.update(range(bisect_left(index.block_ids, start), bisect_left(index.block_ids, end)))
    return frozenset(out)


def score_statement(disclosure: Disclosure, text: str, matcher: TermMatcher) -> tuple[ItemResult, ...]:
    """Items addressed by an answer written into the index itself (GRI 1 allows short answers there).

    The index is not part of the evidence index, so the answer is tokenised here and each term looked up
    in it directly, with the same window rule as in the report.
    """
    tok = matcher.index.tokenizer
    where: dict[str, list[int]] = {}
    for i, t in enumerate(tok(text)):
        where.setdefault(t, []).append(i)
    figure = (matcher.index.figures or FigureRule()).has_figure(text)
    out = []
    for item in disclosure.items:
        hits = []
        for term in terms_of(item, matcher.index):
            parts = tok.term(term)
            positions = [[i for v in {p, *matcher.variants.get(p, ())} for i in where.get(v, ())] for p in parts]
            if parts and all(positions) and (len(parts) == 1 or _within(positions, len(parts) + 3)):
                hits.append(Hit(term=term, pos=-1, block=-1, figure=figure))
        out.append(ItemResult(item=item, score=item_score(item, hits), hits=tuple(hits)))
    return tuple(out)


def _within(positions: list[list[int]], window: int) -> bool:
    first, others = positions[0], positions[1:]
    return any(all(any(abs(j - i) < window for j in other) for other in others) for i in first)
