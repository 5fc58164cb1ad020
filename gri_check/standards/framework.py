"""What a framework is, as its catalogue declares it: notation, index words, editions, claims.

The engine knows kinds (an index row, a requirement item, an omission); a framework's own words and
patterns live in its catalogue. Patterns are compiled once, when the catalogue is loaded.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from gri_check.standards.notation import Notation, build_notation


class Provenance(StrEnum):
    """Whether codes and titles are confirmed (official) or not (unverified: never the only basis of an error)."""

    OFFICIAL = "official"
    UNVERIFIED = "unverified"


@dataclass(frozen=True, slots=True, kw_only=True)
class Edition:
    id: str
    effective: str  # ISO date from which it applies
    basis: str  # reports_published | periods_beginning | financial_years_commencing
    title: str = ""
    until: str | None = None


def _rx(source: str | None, flags: int = re.I) -> re.Pattern[str] | None:
    """A pattern compiled where it is used: re keeps compiled patterns, and a run compiles only those it needs
    (a catalogue is cached as data, and compiling every pattern of every framework at load costs more)."""
    return re.compile(source, flags) if source else None


def _any(sources: tuple[str, ...], flags: int = re.I, *, whole: bool = False) -> str:
    """Several patterns as one alternation (one search instead of many)."""
    body = "|".join(f"(?:{p})" for p in sources)
    return f"^(?:{body})$" if whole and body else body


@dataclass(frozen=True, slots=True, kw_only=True)
class Wording:
    name: str  # as messages print it: "Core option"
    source: str
    mode: str | None = None  # the mode it claims, when it is a mode's wording

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class Claims:
    """How a report states its use of the framework (GRI 1's statement of use and content-index lines)."""

    modes: tuple[tuple[str, tuple[str, ...]], ...]  # mode -> patterns, tried in order
    statement_source: str | None = None
    template_sources: tuple[tuple[str, str], ...] = ()
    wordings: tuple[Wording, ...] = ()
    report_source: str | None = None
    foundation_source: str | None = None
    foundation_text: str = ""
    sector_source: str | None = None
    index_title_source: str | None = None
    index_title_text: str = ""

    def mode_of(self, text: str) -> str | None:
        for mode, patterns in self.modes:
            if any(re.search(p, text, re.I) for p in patterns):
                return mode
        return None

    @property
    def statement_label(self) -> re.Pattern[str] | None:
        return _rx(self.statement_source)

    @property
    def templates(self) -> dict[str, re.Pattern[str]]:
        return {m: re.compile(p, re.I) for m, p in self.template_sources}

    @property
    def report_words(self) -> re.Pattern[str] | None:
        return _rx(self.report_source)

    @property
    def foundation_label(self) -> re.Pattern[str] | None:
        return _rx(self.foundation_source)

    @property
    def sector_label(self) -> re.Pattern[str] | None:
        return _rx(self.sector_source)

    @property
    def index_title(self) -> re.Pattern[str] | None:
        return _rx(self.index_title_source)


@dataclass(frozen=True, slots=True, kw_only=True)
class Framework:
    id: str  # "GRI", "SASB", "HKEX"
    name: str
    publisher: str = ""
    rulebook: str = ""  # the text that sets its rules, for messages: "GRI 1"
    provenance: str = Provenance.OFFICIAL
    keyed_by: str = "code"  # "title": no official codes, rows are matched by their titles
    title_check: bool = True  # rows are expected to print the official titles (GRI 1); else only a description
    notation: Notation | None = None
    titles: tuple[str, ...] = ()  # patterns of its index tables' titles (case-insensitive)
    headers: tuple[str, ...] = ()  # patterns of its column header labels (whole cell, case-insensitive)
    names: tuple[str, ...] = ()  # patterns of how reports name it in prose (case-sensitive)
    title_pattern: str = ""  # the titles as one alternation: one search a heading (built once, at load)
    names_pattern: str = ""
    editions: tuple[Edition, ...] = ()
    required_when: str = "never"  # in_accordance | indexed | never
    omission: str = "explain"  # "reasons": only the permitted reasons; "explain": any explanation
    claims: Claims | None = None
    industries: bool = False  # disclosures apply by industry (SASB)
    source: str = ""  # "file:line" of the declaration

    def titles_index(self, text: str) -> bool:
        """Whether a heading or label names an index table of this framework."""
        return bool(self.title_pattern) and re.search(self.title_pattern, text, re.I) is not None

    def named_in(self, text: str) -> bool:
        return bool(self.names_pattern) and re.search(self.names_pattern, text) is not None


def header_pattern(frameworks: tuple[Framework, ...] | list[Framework]) -> re.Pattern[str] | None:
    """Every framework's header labels as one whole-cell pattern."""
    sources = tuple(h for f in frameworks for h in f.headers)
    return re.compile(_any(sources, whole=True), re.I) if sources else None


def build_framework(raw: Mapping[str, Any], source: str) -> Framework:
    """A Framework from its validated catalogue declaration; a bad regular expression raises re.error."""
    index = raw.get("index", {})
    claims = raw.get("claims")
    titles, headers, names = (tuple(index.get(k, ())) for k in ("titles", "headers", "names"))
    for pattern in (*titles, *headers, *names):
        re.compile(pattern)  # reject a bad pattern at load (validate), not at first use
    return Framework(
        id=raw["id"], name=raw["name"], publisher=raw.get("publisher", ""),
        rulebook=raw.get("rulebook", f"the {raw['name']}"),
        provenance=raw.get("provenance", Provenance.OFFICIAL), keyed_by=raw.get("keyed_by", "code"),
        title_check=raw.get("title_check", True),
        notation=build_notation(raw["id"], raw["notation"]) if raw.get("notation") else None,
        titles=titles, headers=headers, names=names, title_pattern=_any(titles), names_pattern=_any(names),
        editions=tuple(Edition(id=e["id"], effective=e["effective"], basis=e["basis"], title=e.get("title", ""),
                               until=e.get("until")) for e in raw.get("editions", ())),
        required_when=raw.get("required_when", "never"), omission=raw.get("omission", "explain"),
        claims=_build_claims(claims) if claims else None, industries=raw.get("industries", False), source=source,
    )


def _build_claims(raw: Mapping[str, Any]) -> Claims:
    claims = Claims(
        modes=tuple((mode, tuple(pats)) for mode, pats in raw["modes"].items()),
        statement_source=raw.get("statement_label"),
        template_sources=tuple(raw.get("templates", {}).items()),
        wordings=tuple(Wording(name=w["name"], source=w["pattern"], mode=w.get("mode"))
                       for w in raw.get("wordings", ())),
        report_source=raw.get("report_words"),
        foundation_source=raw.get("foundation_label"), foundation_text=raw.get("foundation_text", ""),
        sector_source=raw.get("sector_label"), index_title_source=raw.get("index_title"),
        index_title_text=raw.get("index_title_text", ""),
    )
    for pattern in (*(p for _, ps in claims.modes for p in ps), *(p for _, p in claims.template_sources),
                    *(w.source for w in claims.wordings), claims.statement_source, claims.report_source,
                    claims.foundation_source, claims.sector_source, claims.index_title_source):
        if pattern:
            re.compile(pattern)
    return claims
