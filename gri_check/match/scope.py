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
from gri_check.ingest.document import BlockKind, Document
from gri_check.match.assess import Scope
from gri_check.match.industry import IndustryChoice
from gri_check.match.prefilter import folded, may_hold, required_words
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


# "This report was published on 20 March 2026", "Date of publication: April 2026", "发布日期：2026年4月". A report's
# own publication statement, not any "published in" (a standard, a policy, a press release).
_PUBLISHED = re.compile(
    r"\breport\b[^.;\n]{0,60}?\b(?:was|is|will\s+be)\s+published\b[^.;\n\d]{0,30}?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"[^.;\n\d]{0,12}?\b(?P<a>20\d\d)\b"
    r"|\b(?:date\s+of\s+publication|publication\s+date|published)\s*[:：]\s*[^.;\n\d]{0,20}?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?[^.;\n\d]{0,12}?\b(?P<b>20\d\d)\b"
    r"|(?:报告)?发布(?:日期|时间)\s*[:：]?\s*(?P<c>20\d\d)\s*年", re.I)
_PUBLISHED_WORDS = required_words(_PUBLISHED.pattern, _PUBLISHED.flags)  # "published", "发布": a pre-test


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportDate:
    """When the report was published, for the standards whose dates apply to "reports published on or after"."""

    year: int | None
    basis: str  # "stated": the report says when it was published; "period": reporting year + 1; "none"
    line: int | None = None  # where the report says it
    period: int | None = None  # the reporting year, for dates that apply to periods (not to publication)

    @property
    def text(self) -> str:
        """How a message names the date it used: "published 2026", "period 2025, so published 2026 assumed"."""
        if self.year is None:
            return "publication date unknown"
        if self.basis == "stated":
            return f"published {self.year}" + (f", line {self.line}" if self.line else "")
        return f"reporting period {self.period}, so published {self.year} assumed"


def report_date(doc: Document, period: Period) -> ReportDate:
    """The publication year the report states, else the reporting year + 1 (reports are published after the
    period they cover). A stated year before the reporting year, or more than two years after it, is no
    publication date of this report."""
    for b in doc.blocks:
        if b.kind is BlockKind.TOC or not may_hold(folded(b.text), _PUBLISHED_WORDS):
            continue
        m = _PUBLISHED.search(b.text)
        if m is None:
            continue
        year = int(m["a"] or m["b"] or m["c"])
        if period.year is None or period.year <= year <= period.year + 2:
            return ReportDate(year=year, basis="stated", line=b.line, period=period.year)
    if period.year is not None:
        return ReportDate(year=period.year + 1, basis="period", period=period.year)
    return ReportDate(year=None, basis="none")


def scope_of(catalogue: Catalogue, index: ContentIndex, mode: Mode, *, period: Period,
             industries: Sequence[IndustryChoice] = (), scan: Sequence[str] = ()) -> Scope:
    indexed = {e.framework for e in index.entries if e.framework}
    chosen = {c.framework: c.code for c in industries}
    required: list[Disclosure] = []
    for fw in catalogue.frameworks:
        due = ((fw.required_when == "in_accordance" and mode is Mode.IN_ACCORDANCE
                and not legacy_index(index, catalogue, fw.id))
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
        scanned.extend(d for d in catalogue.of_framework(fid) if _applies(d, scanned_fw, period, chosen)
                       and d.role != "sector_topic")  # sector topics are reviewed per sector (match/sector.py)
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
