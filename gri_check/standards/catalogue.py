"""Catalogue model: frameworks, their standards and disclosures, looked up by framework and code."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gri_check.standards.framework import Framework, Provenance


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    id: str
    text: str
    quantitative: bool
    evidence: tuple[str, ...]
    units: tuple[str, ...] = ()
    evidence_zh: tuple[str, ...] = ()
    evidence_lang: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (language code, terms): "it" -> Italian terms
    answers: tuple[str, ...] = ()  # phrases that alone answer it, any language: a stated nil ("no restatements")

    def terms_in(self, language: str) -> tuple[str, ...]:
        """Its terms in a language other than English and Chinese (empty when it has none)."""
        return next((terms for code, terms in self.evidence_lang if code == language), ())


@dataclass(frozen=True, slots=True, kw_only=True)
class Standard:
    id: str  # e.g. "GRI 305: Emissions 2016", "SASB RT-IG"
    number: str  # as printed in group rows and codes: "305", "RT-IG", "A1"
    title: str
    year: int
    kind: str  # universal | topic | sector | industry | general | part | aspect
    framework: str = "GRI"
    title_zh: str | None = None
    superseded_by: str | None = None  # id of the standard that replaced it (GRI 102 2016 -> GRI 2 2021)
    complete: bool = True  # the catalogue lists all its disclosures: a code it lacks does not exist
    provenance: str = Provenance.OFFICIAL
    sector: str = ""
    detect: tuple[str, ...] = ()  # words that show a report belongs to this industry
    effective: str | None = None  # ISO date from which it applies (a sector standard: reports published on/after)


@dataclass(frozen=True, slots=True, kw_only=True)
class Disclosure:
    code: str  # canonical in its framework's notation: "305-1", "RT-IG-130a.1", "A1.2"
    standard: Standard
    title: str
    omittable: bool
    items: tuple[Item, ...]
    incident: bool = False
    aliases: tuple[str, ...] = ()
    title_zh: str | None = None
    titles: tuple[str, ...] = ()  # other printed titles
    title_lang: tuple[tuple[str, str], ...] = ()  # (language code, title) in the framework's translations
    required: bool = False  # must be indexed when the framework's required_when holds
    repeatable: bool = False  # legitimately listed more than once (3-3 per material topic)
    role: str = ""  # "management_approach" for GRI 3-3 / 103-x
    obligation: str = ""  # mandatory | comply_or_explain | voluntary
    effective: str | None = None  # ISO date from which it applies, when later than its edition
    until: str | None = None  # last date it applies
    # Codes (same framework) that replace it from the day after `until`; () when replaced with no one-to-one
    # successor (302-5), None when the catalogue names none (an `until` alone only ends its scope).
    successors: tuple[str, ...] | None = None
    category: str = ""  # quantitative | discussion | activity
    topic: str = ""
    provenance: str = Provenance.OFFICIAL
    note: str = ""
    source: str = ""  # "file:line" of its definition, for messages

    @property
    def key(self) -> str:
        return f"{self.standard.id} / {self.code}"

    @property
    def framework(self) -> str:
        return self.standard.framework

    @property
    def unverified(self) -> bool:
        return self.provenance == Provenance.UNVERIFIED

    def titled_in(self, language: str) -> bool:
        """Whether the catalogue knows its title in a report language (so a printed title can be compared)."""
        return language in ("en", "zh", "") or any(code == language for code, _ in self.title_lang)

    def judged_in(self, language: str) -> bool:
        """Whether the catalogue gives it evidence terms in a report language (English and Chinese always count:
        every disclosure has English terms, and Chinese reports are read as bigrams beside English)."""
        return language in ("en", "zh", "") or any(i.terms_in(language) for i in self.items)


@dataclass(frozen=True, slots=True, kw_only=True)
class Catalogue:
    """Catalogue files merged; a code may map to several disclosures of one framework (306-3)."""

    frameworks: tuple[Framework, ...]
    standards: tuple[Standard, ...]
    disclosures: tuple[Disclosure, ...]
    sources: tuple[str, ...] = ()
    _by_code: Mapping[tuple[str, str], tuple[Disclosure, ...]] = field(default_factory=dict, repr=False)
    _frameworks: Mapping[str, Framework] = field(default_factory=dict, repr=False)
    _of_framework: Mapping[str, tuple[Disclosure, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, frameworks: tuple[Framework, ...], standards: tuple[Standard, ...],
              disclosures: tuple[Disclosure, ...], sources: tuple[str, ...] = ()) -> Catalogue:
        by_code: dict[tuple[str, str], list[Disclosure]] = {}
        by_framework: dict[str, list[Disclosure]] = {}
        for d in disclosures:
            by_framework.setdefault(d.framework, []).append(d)
            for code in (d.code, *d.aliases):
                by_code.setdefault((d.framework, code), []).append(d)
        return cls(frameworks=frameworks, standards=standards, disclosures=disclosures, sources=sources,
                   _by_code={k: tuple(v) for k, v in by_code.items()},
                   _frameworks={f.id: f for f in frameworks},
                   _of_framework={k: tuple(v) for k, v in by_framework.items()})

    def framework(self, framework_id: str) -> Framework | None:
        return self._frameworks.get(framework_id)

    def lookup(self, framework: str, code: str) -> tuple[Disclosure, ...]:
        """Every disclosure of the framework with this canonical code or alias (usually one)."""
        return self._by_code.get((framework, code), ())

    def of_framework(self, framework: str) -> tuple[Disclosure, ...]:
        return self._of_framework.get(framework, ())

    def standard_by_number(self, number: str, framework: str = "GRI") -> tuple[Standard, ...]:
        return tuple(s for s in self.standards if s.number == number and s.framework == framework)

    def standards_of(self, framework: str) -> tuple[Standard, ...]:
        return tuple(s for s in self.standards if s.framework == framework)

    def required(self, framework: str) -> tuple[Disclosure, ...]:
        """Disclosures the framework requires in its index (withdrawn editions excluded)."""
        return tuple(d for d in self.disclosures
                     if d.framework == framework and d.required and not d.standard.superseded_by)
