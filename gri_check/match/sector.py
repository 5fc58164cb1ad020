"""Which sector standards apply to a report (GRI 11-14), and how its index treats their likely material topics.

A sector standard applies when the index names it (the "Applicable GRI Sector Standard(s)" line, or a group row
"GRI 11: Oil and Gas Sector 2021"): basis `stated`; when the index cites its topics or references (a topic row
"Topic 11.18", a reference "11.1.5" in a sector-standard column) without naming it: `indexed`; failing both, and
unless the index says none applies, when the report's words are clearly those of its sector (the standard's
`detect` words; thresholds below): `inferred`. GRI 1 requirement 3: each likely material topic of an applicable
standard is reported as material or listed in the index as not material, with an explanation.

Pure: reads the Document, the ContentIndex and the catalogue; the rules (rules/sector.py) judge the result.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from gri_check.index.cells import parse_locations
from gri_check.index.model import ContentIndex
from gri_check.ingest.document import BlockKind, Document
from gri_check.ingest.layout import title_key
from gri_check.match.prefilter import folded, may_hold, plain
from gri_check.standards.catalogue import Catalogue, Disclosure, Standard
from gri_check.standards.framework import Framework

# Inference from words: a sector is inferred only when the report uses at least MIN_TERMS distinct words of that
# sector, MIN_HITS times in all and at least MIN_PER_10K times per 10,000 words of the report (index and contents
# left out), and its score (distinct words, plus up to 1 for how often each is used) is MARGIN times the runner-up's.
# Measured on the corpus: a bank or a steelmaker names coal, ore or oil and gas a few times per 10,000 words
# (financed emissions, raw materials); a producer's own report uses its sector's words tens of times as often.
MIN_TERMS = 3
MIN_HITS = 5
MIN_PER_10K = 5.0
MARGIN = 1.5

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+|[\u3400-\u9fff]")
# A topic row: "Topic 11.18 Conflict and security", "11.18", "议题11.18"; not "11.1.5" (a reference) nor "11.18.2".
_TOPIC_CELL = re.compile(r"^\s*(?P<label>(?:(?:material\s+)?topics?|议题|主题)\s*:?\s*)?"
                         r"(?P<code>\d{1,2}\.\d{1,2})(?![.\d])"
                         r"\s*[:.\-\u2013\u2014]?\s*(?P<rest>.*)$", re.I | re.S)
# What an index says of a topic found not material (a heading over the list, or the row's own words).
_NOT_MATERIAL = re.compile(r"\bnot\s+(?:\w+\s+){0,3}material\b|\bnon-?material\b|\bimmaterial\b|非实质|不具(?:有)?实质"
                           r"|未(?:被)?(?:识别|确定|判定|列)为实质", re.I)
_NONE = re.compile(r"^\s*(?:none|nil|n/?a|not\s+applicable|no(?:\s+\w+){0,4}\s+(?:applies|applicable)|no|-+|\u2014"
                   r"|无|不适用|没有|暂无|未适用)\s*[.。]?\s*$", re.I)
_NONE_SAID = re.compile(r"\b(?:none|not\s+applicable|n/a|no\s+(?:applicable\s+)?(?:GRI\s+)?sector\s+standards?"
                        r"|(?:does|do)\s+not\s+apply)\b|不适用|暂无", re.I)
_LABEL_PUNCT = " :|\t\u1175\u3164\u3161\u4e28\uff5c"  # separators printed between a label and its value
_BAND_LABEL = re.compile(r"^\s*(?:material\s+topics?|topics?|实质性议题)\s*[:\-\u2013]?\s*", re.I)
_BEFORE, _AFTER = 40, 80  # blocks around an index searched for topic rows (the not-material list follows it)
_TITLE_OK = 85  # a topic row's title this close to the topic's title confirms the code is the topic's


class Basis(StrEnum):
    STATED = "stated"  # the index names it
    INDEXED = "indexed"  # the index cites its topics or references without naming it
    INFERRED = "inferred"  # the report's words are those of its sector


class TopicStatus(StrEnum):
    """How the index treats one likely material topic. The JSON contract lists these values; never rename one."""

    MATERIAL = "material"  # reported: its references are cited, or its topic row or band heads index rows
    NOT_MATERIAL = "not_material"  # listed with an explanation (as not material)
    LISTED = "listed"  # named by a topic row with neither rows under it nor an explanation
    NOT_ADDRESSED = "not_addressed"


@dataclass(frozen=True, slots=True, kw_only=True)
class TopicResult:
    topic: Disclosure
    status: TopicStatus
    line: int | None = None  # where the index shows it
    evidence: str = ""  # what shows it: "11.1.5 (line 88)", "topic row (line 120)"


@dataclass(frozen=True, slots=True, kw_only=True)
class SectorChoice:
    standard: Standard
    basis: Basis
    evidence: str  # why: the line naming it, the references cited, or the words used
    line: int | None = None
    topics: tuple[TopicResult, ...] = ()

    def count(self, status: TopicStatus) -> int:
        return sum(1 for t in self.topics if t.status is status)


@dataclass(frozen=True, slots=True, kw_only=True)
class Sectors:
    """One framework's sector standards for a report (GRI's)."""

    framework: str
    stated: tuple[str, ...]  # the sector standards line(s), as printed
    stated_line: int | None
    none_stated: bool  # the line says no sector standard applies ("None", "不适用")
    applicable: tuple[SectorChoice, ...]
    inferred: SectorChoice | None  # what the report's words say, whatever the index states
    why: str  # how the inference from words went

    def standard(self, number: str) -> SectorChoice | None:
        return next((c for c in self.applicable if c.standard.number == number), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class _TopicRow:
    code: str
    line: int
    block: int
    explanation: str
    not_material: bool  # under a heading saying so, or saying so itself
    heads_rows: bool  # a band over index rows of the topic


def choose_sectors(catalogue: Catalogue, index: ContentIndex, doc: Document, *, language: str = "en",
                   text: Document | None = None) -> tuple[Sectors, ...]:
    """The sector standards of each framework that has them and whose index the report prints. doc holds the
    index; text is the report whose words tell its sector, when the index is a file of its own (--against)."""
    out = []
    for fw in catalogue.frameworks:
        sectors = [s for s in catalogue.standards_of(fw.id) if s.kind == "sector" and not s.superseded_by]
        if sectors and index.table_of(fw.id) is not None:
            out.append(_sectors(fw, sectors, catalogue, index, doc, language, text))
    return tuple(out)


def _sectors(fw: Framework, sectors: list[Standard], catalogue: Catalogue, index: ContentIndex, doc: Document,
             language: str, text: Document | None) -> Sectors:
    topics = {d.code: d for d in catalogue.of_framework(fw.id) if d.role == "sector_topic" and d.standard in sectors}
    stated, line = _stated(fw, sectors, index, doc)
    none = bool(stated) and all(_none(t, sectors) for t in stated)
    rows = _topic_rows(doc, index, fw.id, topics)
    refs = _references(index, fw.id, topics)
    chosen: dict[str, tuple[Basis, str, int | None]] = {}
    for s in sectors:
        named = next((t for t in stated if _names(t, s)), None)
        group = next((g for g in index.groups if g.framework == fw.id and g.number == s.number), None)
        cited = [(c, n) for c, n in (*refs, *((r.code, r.line) for r in rows)) if topics[_topic_of(c)].standard == s]
        if named is not None:
            chosen[s.id] = (Basis.STATED, f'the index names it: "{named}" (line {line})', line)
        elif group is not None:
            chosen[s.id] = (Basis.STATED, f'group row "{group.raw}" (line {group.line})', group.line)
        elif cited:
            shown = ", ".join(f"{c} (line {n})" for c, n in cited[:3])
            chosen[s.id] = (Basis.INDEXED, f"the index cites its topics or references: {shown}"
                            f"{', ...' if len(cited) > 3 else ''}", cited[0][1])
    inferred, why = _from_words(text or doc, sectors, () if text is not None else index.spans, language)
    if not chosen and not none and inferred is not None:
        chosen[inferred.standard.id] = (inferred.basis, inferred.evidence, None)
    bands = _bands(index, doc)
    applicable = tuple(SectorChoice(standard=s, basis=b, evidence=e, line=n,
                                    topics=_topic_results(s, topics, rows, refs, bands))
                       for s in sectors if s.id in chosen for b, e, n in [chosen[s.id]])
    return Sectors(framework=fw.id, stated=stated, stated_line=line, none_stated=none, applicable=applicable,
                   inferred=inferred, why=why)


def _stated(fw: Framework, sectors: Sequence[Standard], index: ContentIndex, doc: Document
            ) -> tuple[tuple[str, ...], int | None]:
    """The sector standards line(s): as the index parser read them, else the report's lines with the label. A label
    with no value takes the line after it or, where a conversion printed the value first, the line before, when
    that line names a sector standard or says none applies."""
    label = fw.claims.sector_label if fw.claims is not None else None
    if label is None:
        return (), None
    found: list[tuple[str, int]] = []
    for i, b in enumerate(doc.blocks):
        cells = b.cells or (b.text,)
        if b.kind is BlockKind.TOC or not label.match(cells[0]):
            continue
        rest = " ".join(c for c in cells[1:] if c) or label.sub("", cells[0]).strip(_LABEL_PUNCT)
        if not rest:
            near = [doc.blocks[j] for j in (i + 1, i - 1) if 0 <= j < len(doc.blocks)]
            rest = next((t for n in near if n.kind is BlockKind.PARAGRAPH and (t := n.text.strip(_LABEL_PUNCT))
                         and (_NONE_SAID.search(t) or any(_names(t, s) for s in sectors))), "")
        found.append((rest, b.line))
    texts = index.sector_standards if index.claims_framework == fw.id and index.sector_standards else \
        tuple(t for t, _ in found if t)
    line = next((n for t, n in found if t in texts), found[0][1] if found else None)
    return tuple(texts), line


def _none(text: str, sectors: Sequence[Standard]) -> bool:
    """The line says no sector standard applies ("None", "Not applicable", "不适用") and names none."""
    return bool(_NONE.match(text) or _NONE_SAID.search(text)) and not any(_names(text, s) for s in sectors)


def _topic_of(code: str) -> str:
    """The topic of a reference ("11.1.5" -> "11.1"); a topic's own code is its topic."""
    return code.rsplit(".", 1)[0] if code.count(".") == 2 else code


def _names(text: str, s: Standard) -> bool:
    """The text names the standard: "GRI 11", its title ("Oil and Gas Sector") or its Chinese title."""
    if re.search(rf"\bGRI\s*{re.escape(s.number)}(?![\d.\-\u2010-\u2015])", text, re.I):
        return True
    folded = title_key(text)
    return any(t and title_key(t) in folded for t in (s.title, s.title_zh or ""))


def _references(index: ContentIndex, framework: str, topics: dict[str, Disclosure]) -> list[tuple[str, int]]:
    """Sector references the index cites (11.1.5 before a row's code, or a row of its own), with their lines."""
    out: list[tuple[str, int]] = []
    for e in index.entries:
        if e.framework != framework:
            continue
        for ref in (*e.references, *((e.code,) if e.other and e.code else ())):
            if ref.count(".") == 2 and _topic_of(ref) in topics:
                out.append((ref, e.line))
    return out


def _topic_rows(doc: Document, index: ContentIndex, framework: str, topics: dict[str, Disclosure]
                ) -> list[_TopicRow]:
    """Rows naming a sector topic by its number, in and around the framework's index tables."""
    if not topics:
        return []
    entry_blocks = {e.block for e in index.entries}
    out: list[_TopicRow] = []
    for t in index.tables:
        if t.framework != framework:
            continue
        for i in range(max(0, t.first_block - _BEFORE), min(len(doc.blocks), t.end_block + _AFTER)):
            row = _topic_row(doc, i, topics, entry_blocks)
            if row is not None and all(r.block != i for r in out):
                out.append(row)
    return out


def _topic_row(doc: Document, i: int, topics: dict[str, Disclosure], entry_blocks: set[int]) -> _TopicRow | None:
    b = doc.blocks[i]
    if b.kind is BlockKind.TOC:
        return None
    cells = [c for c in (b.cells or (b.text,)) if c.strip()]
    if not cells:
        return None
    m = _TOPIC_CELL.match(cells[0])
    if m is None or m["code"] not in topics:
        return None
    topic = topics[m["code"]]
    rest, others = m["rest"].strip(), cells[1:]
    title = rest or (others[0] if others else "")
    if not rest and others:
        others = others[1:]
    title_part, after = _split_title(title, topic.title)
    context = _not_material_context(doc, i)
    if not (m["label"] or context or fuzz.ratio(title_key(title_part), title_key(topic.title)) >= _TITLE_OK):
        return None  # a numbered heading or chapter ("11.2 Waste management"), not the topic
    explanation = " ".join(p for p in (after, *others) if p).strip(" :-\u2013")
    if i in entry_blocks:  # the topic in the row of one of its disclosures ("Topic 11.1 | 305-1 | ..."): reported
        explanation, heads = "", True
    else:
        heads = not explanation and any(j in entry_blocks for j in range(i + 1, min(i + 4, len(doc.blocks))))
    return _TopicRow(code=m["code"], line=b.line, block=i, explanation=explanation,
                     not_material=context or bool(_NOT_MATERIAL.search(explanation)), heads_rows=heads)


def _split_title(text: str, title: str) -> tuple[str, str]:
    """A cell "Conflict and security: not material because ..." -> ("Conflict and security", the rest)."""
    words, n = text.split(), len(title.split())
    head = " ".join(words[:n])
    if fuzz.ratio(title_key(head), title_key(title)) >= _TITLE_OK:
        return head, " ".join(words[n:])
    return text, ""


def _not_material_context(doc: Document, i: int) -> bool:
    """Whether the nearest heading or band above the row (within a page or so) says its topics are not material."""
    for j in range(i - 1, max(-1, i - 30), -1):
        b = doc.blocks[j]
        filled = [c for c in (b.cells or (b.text,)) if c.strip()]
        if b.kind is BlockKind.TABLE_ROW and len(filled) > 1:
            continue  # a row of the list, or its column header
        if b.kind is BlockKind.TABLE_ROW and _TOPIC_CELL.match(filled[0] if filled else ""):
            continue
        if _NOT_MATERIAL.search(b.text):
            return True
        if b.kind is BlockKind.HEADING:
            return False
    return False


def _topic_results(s: Standard, topics: dict[str, Disclosure], rows: Sequence[_TopicRow],
                   refs: Sequence[tuple[str, int]], bands: Sequence[tuple[str, int]]) -> tuple[TopicResult, ...]:
    out = []
    for code, topic in topics.items():
        if topic.standard != s:
            continue
        cited = [(r, n) for r, n in refs if _topic_of(r) == code]
        mine = [r for r in rows if r.code == code]
        band = next(((text, n) for text, n in bands if fuzz.ratio(title_key(text), title_key(topic.title)) >= 90), None)
        out.append(_status(topic, cited, mine, band))
    return tuple(out)


def _status(topic: Disclosure, cited: list[tuple[str, int]], rows: list[_TopicRow],
            band: tuple[str, int] | None) -> TopicResult:
    if cited:
        shown = ", ".join(r for r, _ in cited[:4]) + (", ..." if len(cited) > 4 else "")
        return TopicResult(topic=topic, status=TopicStatus.MATERIAL, line=cited[0][1],
                           evidence=f"references {shown} (line {cited[0][1]})")
    heading = next((r for r in rows if r.heads_rows), None)
    if heading is not None:
        return TopicResult(topic=topic, status=TopicStatus.MATERIAL, line=heading.line,
                           evidence=f"topic row over index rows (line {heading.line})")
    explained = next((r for r in rows if r.explanation), None)
    if explained is not None:
        located = not explained.not_material and any(loc.pages for loc in parse_locations(explained.explanation))
        return TopicResult(topic=topic, status=TopicStatus.MATERIAL if located else TopicStatus.NOT_MATERIAL,
                           line=explained.line,
                           evidence=f"topic row (line {explained.line}): {explained.explanation[:80]}")
    if band is not None:
        return TopicResult(topic=topic, status=TopicStatus.MATERIAL, line=band[1],
                           evidence=f'material topic row "{band[0]}" (line {band[1]})')
    if rows:
        return TopicResult(topic=topic, status=TopicStatus.LISTED, line=rows[0].line,
                           evidence=f"topic row (line {rows[0].line}) with no explanation and no rows")
    return TopicResult(topic=topic, status=TopicStatus.NOT_ADDRESSED)


def _bands(index: ContentIndex, doc: Document) -> list[tuple[str, int]]:
    """Band rows inside the index tables that name a material topic ("Material topic: GHG emissions")."""
    out: list[tuple[str, int]] = []
    entry_blocks = {e.block for e in index.entries}
    for first, end in index.spans:
        for i in range(first, min(end, len(doc.blocks))):
            b = doc.blocks[i]
            filled = [c for c in (b.cells or (b.text,)) if c.strip()]
            if i in entry_blocks or len(filled) != 1 or len(filled[0]) > 120:
                continue
            text = _BAND_LABEL.sub("", filled[0].strip(" *_#")).strip(" *_")
            if text:
                out.append((text, b.line))
    return out


def _words_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """A sector's words (longest first), each alone or with a plural s."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in terms) + r")s?(?![\w-])", re.I)


def _from_words(doc: Document, sectors: Iterable[Standard], spans: Sequence[tuple[int, int]], language: str
                ) -> tuple[SectorChoice | None, str]:
    """The sector whose words the report uses clearly most (thresholds above), from its text outside the index."""
    chinese = language == "zh"
    if language not in ("en", "zh", ""):
        return None, f"the catalogue's sector words are in English and the report is in another language ({language})"
    terms = {t.lower(): s for s in sectors for t in s.detect if bool(_CJK.search(t)) == chinese}
    if not terms:
        return None, "the catalogue lists no sector words in the report's language"
    ordered = sorted(terms, key=len, reverse=True)
    pattern = _words_pattern(ordered)
    inside = {i for first, end in spans for i in range(first, end)}
    texts = [b.text for i, b in enumerate(doc.blocks) if b.kind is not BlockKind.TOC and i not in inside]
    # Each text is searched only for the words it may hold (match/prefilter.py): most hold none, and a term
    # no text holds is left out of the search, which then finds the same words as the search for all.
    lows = [folded(t) for t in texts] if all(plain(t) for t in ordered) else [None] * len(texts)
    joined = "\n".join(low for low in lows if low is not None)
    held = [t for t in ordered if t in joined]
    few = _words_pattern(held) if held else None
    counts: Counter[str] = Counter()
    words = 0
    for text, low in zip(texts, lows):
        words += len(_WORD.findall(text))
        search = pattern if low is None else few if may_hold(low, held) else None
        if search is not None:
            counts.update(m.group(1).lower() for m in search.finditer(text))
    score: dict[str, float] = {}
    used: dict[str, list[str]] = {}
    for term, n in counts.items():
        s = terms[term]
        score[s.id] = score.get(s.id, 0.0) + 1 + min(n, 20) / 20  # distinct words count most
        used.setdefault(s.id, []).append(term)
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return None, "the report uses none of the sector standards' words"
    best, top = ranked[0]
    hits = sum(counts[t] for t in used[best])
    per_10k = 10000 * hits / max(words, 1)
    shown = ", ".join(f'"{t}" ({counts[t]}x)' for t in sorted(used[best], key=lambda t: (-counts[t], t))[:4])
    std = next(s for s in terms.values() if s.id == best)
    if len(used[best]) < MIN_TERMS or hits < MIN_HITS or per_10k < MIN_PER_10K:
        return None, (f"the report's sector words are too few to infer a sector: {std.id} {shown}, "
                      f"{per_10k:.1f} per 10,000 words")
    if len(ranked) > 1 and top < MARGIN * ranked[1][1]:
        return None, f"the report's words fit {best} and {ranked[1][0]} alike"
    choice = SectorChoice(standard=std, basis=Basis.INFERRED,
                          evidence=f"the report uses its sector's words: {shown}; {per_10k:.0f} per 10,000 words")
    return choice, choice.evidence
