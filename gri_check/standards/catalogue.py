"""Catalogue model: standards and their disclosures, looked up by code."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    id: str
    text: str
    quantitative: bool
    evidence: tuple[str, ...]
    units: tuple[str, ...] = ()
    evidence_zh: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Standard:
    id: str  # e.g. "GRI 305: Emissions 2016"
    number: str
    title: str
    year: int
    kind: str
    framework: str = "GRI"
    title_zh: str | None = None
    superseded_by: str | None = None  # id of the standard that replaced it (GRI 102 2016 -> GRI 2 2021)


@dataclass(frozen=True, slots=True, kw_only=True)
class Disclosure:
    code: str  # canonical, e.g. "305-1"
    standard: Standard
    title: str
    omittable: bool
    items: tuple[Item, ...]
    incident: bool = False
    aliases: tuple[str, ...] = ()
    title_zh: str | None = None
    source: str = ""  # "file:line" of its definition, for messages

    @property
    def key(self) -> str:
        return f"{self.standard.id} / {self.code}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Catalogue:
    """One or more catalogue files merged; a code may map to several disclosures (306-3)."""

    standards: tuple[Standard, ...]
    disclosures: tuple[Disclosure, ...]
    sources: tuple[str, ...] = ()
    _by_code: Mapping[str, tuple[Disclosure, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, standards: tuple[Standard, ...], disclosures: tuple[Disclosure, ...],
              sources: tuple[str, ...] = ()) -> Catalogue:
        by_code: dict[str, list[Disclosure]] = {}
        for d in disclosures:
            for code in (d.code, *d.aliases):
                by_code.setdefault(code, []).append(d)
        return cls(standards=standards, disclosures=disclosures, sources=sources,
                   _by_code={k: tuple(v) for k, v in by_code.items()})

    def lookup(self, code: str) -> tuple[Disclosure, ...]:
        """Every disclosure with this canonical code (usually one)."""
        return self._by_code.get(code, ())

    def standard_by_number(self, number: str) -> tuple[Standard, ...]:
        return tuple(s for s in self.standards if s.number == number)

    def universal(self) -> tuple[Disclosure, ...]:
        """Disclosures of the universal standards in force (withdrawn editions excluded)."""
        return tuple(d for d in self.disclosures if d.standard.kind == "universal" and not d.standard.superseded_by)
