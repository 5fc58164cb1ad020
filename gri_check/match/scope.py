"""Which disclosures apply to a report beyond its index rows: required ones missing from the index, and
the requirements of frameworks scanned for evidence because the report prints no index for them.

A framework's catalogue says when its required disclosures must be indexed (in_accordance: GRI's mode;
indexed: whenever the report prints the framework's index); dates and industry narrow the list.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gri_check.errors import UsageError
from gri_check.index.model import ContentIndex
from gri_check.ingest.document import Document
from gri_check.match.assess import Scope
from gri_check.match.industry import IndustryChoice
from gri_check.model import Mode
from gri_check.standards.catalogue import Catalogue, Disclosure
from gri_check.standards.framework import Framework

_YEAR = re.compile(r"\b(20\d\d)\b")


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    year: int | None  # the reporting year, when the report states it
    source: str  # "statement_of_use" | "title" | "none"


def reporting_period(doc: Document, index: ContentIndex) -> Period:
    """The reporting year: the last year in the statement of use ("for the period 1 January 2023 to 31
    December 2023"), else a year in the report's first heading ("Sustainability Report 2024")."""
    sou = index.statement_of_use
    years = [int(y) for y in _YEAR.findall(sou.text)] if sou else []
    if years:
        return Period(year=max(years), source="statement_of_use")
    first = next((s.title for s in doc.sections), "")
    years = [int(y) for y in _YEAR.findall(first)]
    return Period(year=max(years), source="title") if years else Period(year=None, source="none")


def scope_of(catalogue: Catalogue, index: ContentIndex, mode: Mode, *, period: Period,
             industries: Sequence[IndustryChoice] = (), scan: Sequence[str] = ()) -> Scope:
    indexed = {e.framework for e in index.entries if e.framework}
    chosen = {c.framework: c.code for c in industries}
    required: list[Disclosure] = []
    for fw in catalogue.frameworks:
        due = ((fw.required_when == "in_accordance" and mode is Mode.IN_ACCORDANCE and not legacy_index(index, catalogue,
                                                                                                          fw.id))
               or (fw.required_when == "indexed" and fw.id in indexed))
        if due:
            required.extend(d for d in catalogue.required(fw.id) if _applies(d, fw, period, chosen))
    scanned: list[Disclosure] = []
    for fid in scan:
        scanned_fw = catalogue.framework(fid)
        if scanned_fw is None:
            raise UsageError(f"--framework {fid}: no loaded catalogue declares this framework",
                             hint="run 'gri-check standards list' for the frameworks")
        if fid in indexed:
            continue  # the report prints its index: the rows are checked instead
        if scanned_fw.industries and not chosen.get(fid):
            why = next((c.why for c in industries if c.framework == fid), "")
            raise UsageError(f"--framework {fid}: the report's industry could not be told"
                             f"{f' ({why})' if why else ''}", hint="give it with --industry CODE")
        scanned.extend(d for d in catalogue.of_framework(fid) if _applies(d, scanned_fw, period, chosen))
    return Scope(required=tuple(required), scan=tuple(scanned))


def legacy_index(index: ContentIndex, catalogue: Catalogue, framework: str) -> bool:
    """An index written to withdrawn universal standards (GRI 102/103 of 2016) and to none in force: its
    required list is the withdrawn one, so the requirements in force are not listed as missing."""
    universal = [d.standard for e in index.entries if e.framework == framework and e.code
                 for d in catalogue.lookup(framework, e.code) if d.standard.kind == "universal"]
    return any(s.superseded_by for s in universal) and not any(not s.superseded_by for s in universal)


def _applies(d: Disclosure, fw: Framework, period: Period, industries: dict[str, str | None]) -> bool:
    """In force for the report's year (the newest edition's when the year is not stated), and of the chosen
    industry for a framework that applies by industry."""
    if fw.industries and d.standard.kind == "industry" and d.standard.number != industries.get(fw.id):
        return False
    year = period.year if period.year is not None else _newest(fw)
    if year is None:
        return True
    if d.effective and int(d.effective[:4]) > year:
        return False
    return not (d.until and int(d.until[:4]) < year)


def _newest(fw: Framework) -> int | None:
    return max((int(e.effective[:4]) for e in fw.editions), default=None)
