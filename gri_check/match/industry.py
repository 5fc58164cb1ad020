"""Which industry's disclosures apply (SASB): given, read from the index codes, or from the report's words.

The output says which industry was chosen and why, so an auditor can overrule it with --industry.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from gri_check.errors import UsageError
from gri_check.index.model import ContentIndex
from gri_check.ingest.document import BlockKind, Document
from gri_check.standards.catalogue import Catalogue, Standard
from gri_check.standards.codes import CodeReader

MIN_TERMS = 2  # distinct industry words a report must use before its words choose an industry
MARGIN = 1.5  # the best industry must score this many times the runner-up


@dataclass(frozen=True, slots=True, kw_only=True)
class IndustryChoice:
    framework: str
    code: str | None  # the industry's code ("RT-IG"), None when none could be chosen
    name: str | None
    source: str  # "option" | "index_codes" | "report_text" | "none"
    why: str


def choose_industry(framework: str, catalogue: Catalogue, index: ContentIndex, doc: Document,
                    reader: CodeReader, option: str | None = None) -> IndustryChoice:
    industries = {s.number: s for s in catalogue.standards_of(framework) if s.kind == "industry"}
    if option:
        std = industries.get(option.upper())
        if std is None:
            raise UsageError(f'--industry {option}: no {framework} industry has this code',
                             hint=f"run 'gri-check standards list --framework {framework}' for the codes")
        return IndustryChoice(framework=framework, code=std.number, name=std.title, source="option",
                              why="set by --industry")
    by_codes = _from_codes(framework, index, reader, industries)
    return by_codes or _from_words(framework, doc, industries.values())


def _from_codes(framework: str, index: ContentIndex, reader: CodeReader,
                industries: dict[str, Standard]) -> IndustryChoice | None:
    families: Counter[str] = Counter()
    for e in index.entries:
        if e.framework == framework and e.code:
            parsed = reader.read_as(framework, e.code)
            if parsed is not None and parsed.family in industries:
                families[parsed.family] += 1
    if not families:
        return None
    code, n = families.most_common(1)[0]
    total = sum(families.values())
    std = industries[code]
    return IndustryChoice(framework=framework, code=code, name=std.title, source="index_codes",
                          why=f"{n} of the {total} {framework} codes in the index are {code}")


def _from_words(framework: str, doc: Document, industries: Iterable[Standard]) -> IndustryChoice:
    """The industry whose words the report uses most, when it clearly leads (one pass over the text)."""
    terms = {t.lower(): s for s in industries for t in s.detect}
    if not terms:
        return _none(framework, "the catalogue lists no industry words")
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")s?\b",
                         re.I)
    counts: Counter[str] = Counter()
    for b in doc.blocks:
        if b.kind is not BlockKind.TOC:
            counts.update(m.group(1).lower() for m in pattern.finditer(b.text))
    score: dict[str, float] = {}
    used: dict[str, list[str]] = {}
    for term, n in counts.items():
        std = terms[term]
        score[std.number] = score.get(std.number, 0.0) + 1 + min(n, 20) / 20  # distinct words count most
        used.setdefault(std.number, []).append(term)
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or len(used[ranked[0][0]]) < MIN_TERMS:
        return _none(framework, "the report's words name no industry clearly")
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return _none(framework, f"the report's words fit {ranked[0][0]} and {ranked[1][0]} alike")
    code = ranked[0][0]
    std = next(s for s in terms.values() if s.number == code)
    words = ", ".join(f'"{t}" ({counts[t]}x)' for t in sorted(used[code], key=lambda t: (-counts[t], t))[:4])
    return IndustryChoice(framework=framework, code=code, name=std.title, source="report_text",
                          why=f"the report uses {code}'s words: {words}")


def _none(framework: str, why: str) -> IndustryChoice:
    return IndustryChoice(framework=framework, code=None, name=None, source="none", why=why)
