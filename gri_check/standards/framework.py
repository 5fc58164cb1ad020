"""What a framework is, as its catalogue declares it: notation, index words, editions, claims.

The engine knows kinds (an index row, a requirement item, an omission); a framework's own words and
patterns live in its catalogue. Patterns are compiled once, when the catalogue is loaded.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True, kw_only=True)
class Wording:
    name: str  # as messages print it: "Core option"
    pattern: re.Pattern[str]
    mode: str | None = None  # the mode it claims, when it is a mode's wording


@dataclass(frozen=True, slots=True, kw_only=True)
class Claims:
    """How a report states its use of the framework (GRI 1's statement of use and content-index lines)."""

    modes: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # mode -> patterns, tried in order
    statement_label: re.Pattern[str] | None = None
    templates: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    wordings: tuple[Wording, ...] = ()
    report_words: re.Pattern[str] | None = None
    foundation_label: re.Pattern[str] | None = None
    foundation_text: str = ""
    sector_label: re.Pattern[str] | None = None
    index_title: re.Pattern[str] | None = None
    index_title_text: str = ""

    def mode_of(self, text: str) -> str | None:
        for mode, patterns in self.modes:
            if any(p.search(text) for p in patterns):
                return mode
        return None


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
    titles: tuple[re.Pattern[str], ...] = ()  # titles of its index tables
    title_pattern: re.Pattern[str] | None = None  # the titles as one alternation: one search per heading
    headers: tuple[re.Pattern[str], ...] = ()  # its column header labels (whole cell)
    names: tuple[re.Pattern[str], ...] = ()  # how reports name it in prose
    editions: tuple[Edition, ...] = ()
    required_when: str = "never"  # in_accordance | indexed | never
    omission: str = "explain"  # "reasons": only the permitted reasons; "explain": any explanation
    claims: Claims | None = None
    industries: bool = False  # disclosures apply by industry (SASB)
    source: str = ""  # "file:line" of the declaration

    def titles_index(self, text: str) -> bool:
        """Whether a heading or label names an index table of this framework."""
        return self.title_pattern is not None and self.title_pattern.search(text) is not None

    def named_in(self, text: str) -> bool:
        return any(p.search(text) for p in self.names)


def build_framework(raw: Mapping[str, Any], source: str) -> Framework:
    """A Framework from its validated catalogue declaration; a bad regular expression raises re.error."""
    index = raw.get("index", {})
    claims = raw.get("claims")
    return Framework(
        id=raw["id"], name=raw["name"], publisher=raw.get("publisher", ""),
        rulebook=raw.get("rulebook", f"the {raw['name']}"),
        provenance=raw.get("provenance", Provenance.OFFICIAL), keyed_by=raw.get("keyed_by", "code"),
        title_check=raw.get("title_check", True),
        notation=build_notation(raw["id"], raw["notation"]) if raw.get("notation") else None,
        titles=_compile_all(index.get("titles", ()), re.I), title_pattern=_alternation(index.get("titles", ()), re.I),
        headers=_compile_all(index.get("headers", ()), re.I,
                                                                                 whole=True),
        names=_compile_all(index.get("names", ()), 0),
        editions=tuple(Edition(id=e["id"], effective=e["effective"], basis=e["basis"], title=e.get("title", ""),
                               until=e.get("until")) for e in raw.get("editions", ())),
        required_when=raw.get("required_when", "never"), omission=raw.get("omission", "explain"),
        claims=_build_claims(claims) if claims else None, industries=raw.get("industries", False), source=source,
    )


def _compile_all(patterns: Any, flags: int, *, whole: bool = False) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"^(?:{p})$" if whole else p, flags) for p in patterns)


def _alternation(patterns: Any, flags: int) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


def _optional(pattern: str | None, flags: int = re.I) -> re.Pattern[str] | None:
    return re.compile(pattern, flags) if pattern else None


def _build_claims(raw: Mapping[str, Any]) -> Claims:
    return Claims(
        modes=tuple((mode, tuple(re.compile(p, re.I) for p in pats)) for mode, pats in raw["modes"].items()),
        statement_label=_optional(raw.get("statement_label")),
        templates={m: re.compile(p, re.I) for m, p in raw.get("templates", {}).items()},
        wordings=tuple(Wording(name=w["name"], pattern=re.compile(w["pattern"], re.I), mode=w.get("mode"))
                       for w in raw.get("wordings", ())),
        report_words=_optional(raw.get("report_words")),
        foundation_label=_optional(raw.get("foundation_label")), foundation_text=raw.get("foundation_text", ""),
        sector_label=_optional(raw.get("sector_label")), index_title=_optional(raw.get("index_title")),
        index_title_text=raw.get("index_title_text", ""),
    )
