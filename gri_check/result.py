"""The outcome of one run: what every renderer reads. Coverage and gate are pure functions."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gri_check.index.model import ContentIndex, IndexTable
from gri_check.ingest.document import Document
from gri_check.match.assess import Assessment
from gri_check.match.industry import IndustryChoice
from gri_check.match.language import UNKNOWN, Language
from gri_check.match.sector import Sectors
from gri_check.model import Finding, Mode, Status
from gri_check.standards.catalogue import Catalogue

if TYPE_CHECKING:  # gri_check.gate reads coverage from here
    from gri_check.gate import GateResult

JUDGED = (Status.SUPPORTED, Status.PARTIAL, Status.UNSUPPORTED, Status.NOT_INDEXED)


@dataclass(frozen=True, slots=True, kw_only=True)
class Coverage:
    counts: tuple[tuple[Status, int], ...]  # every status, in Status order
    judged: int  # disclosures gri-check could verify: all but external and omitted
    percent: float  # supported / judged
    addressed_percent: float  # (supported + partial) / judged

    def count(self, status: Status) -> int:
        return dict(self.counts)[status]


def coverage_of(assessments: Sequence[Assessment]) -> Coverage:
    c = Counter(a.status for a in assessments)
    judged = sum(c[s] for s in JUDGED)
    pct = round(100 * c[Status.SUPPORTED] / judged, 1) if judged else 0.0
    addressed = round(100 * (c[Status.SUPPORTED] + c[Status.PARTIAL]) / judged, 1) if judged else 0.0
    return Coverage(counts=tuple((s, c[s]) for s in Status), judged=judged, percent=pct, addressed_percent=addressed)


@dataclass(frozen=True, slots=True, kw_only=True)
class ModeChoice:
    mode: Mode
    source: str  # "option", "statement_of_use" or "default"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A file the check read: its path as given on the command line, its hash, its Document."""

    path: str
    sha256: str
    document: Document


@dataclass(frozen=True, slots=True, kw_only=True)
class FrameworkResult:
    """One framework's part of the run: its index tables, how it was checked, its status counts."""

    id: str
    name: str
    basis: str  # "index": its index rows were checked; "scan": no index, the report was searched
    tables: tuple[IndexTable, ...]
    rows: int  # index rows of this framework, in any table
    coverage: Coverage  # its row of the framework x status matrix
    mode: ModeChoice | None = None  # for the framework whose claims the report makes (GRI)
    industry: IndustryChoice | None = None  # for a framework that applies by industry (SASB)
    unverified: int = 0  # of its assessed disclosures, those resting on unverified catalogue rows
    sectors: Sectors | None = None  # for a framework with sector standards (GRI 11-14)


def frameworks_of(catalogue: Catalogue, index: ContentIndex, assessments: Sequence[Assessment],
                  industries: Sequence[IndustryChoice], mode: ModeChoice,
                  sectors: Sequence[Sectors] = ()) -> tuple[FrameworkResult, ...]:
    """A FrameworkResult for every loaded framework the run touched, in catalogue order."""
    out = []
    for fw in catalogue.frameworks:
        own = [a for a in assessments if a.framework == fw.id]
        tables = tuple(t for t in index.tables if t.framework == fw.id)
        rows = sum(1 for e in index.entries if e.framework == fw.id)
        if not own and not tables and not rows:
            continue
        scanned = bool(own) and all(a.basis == "scan" for a in own)
        out.append(FrameworkResult(
            id=fw.id, name=fw.name, basis="scan" if scanned else "index", tables=tables, rows=rows,
            coverage=coverage_of(own), mode=mode if fw.id == index.claims_framework or (fw.claims and not index.found)
            else None, industry=next((c for c in industries if c.framework == fw.id), None),
            unverified=sum(1 for a in own if a.disclosure.unverified),
            sectors=next((s for s in sectors if s.framework == fw.id), None)))
    return tuple(out)


@dataclass(frozen=True, slots=True, kw_only=True)
class RunResult:
    report: Source  # the file holding the content index
    against: Source | None  # the report a stand-alone index was checked against, if any
    document: Document  # where locations and evidence were looked up: `against`, else the report
    index: ContentIndex
    catalogues: tuple[str, ...]  # file names of the catalogues used
    mode: ModeChoice
    assessments: tuple[Assessment, ...]
    unmatched_rows: int
    findings: tuple[Finding, ...]
    coverage: Coverage  # over index rows and required disclosures (scanned frameworks have their own)
    gate: GateResult
    frameworks: tuple[FrameworkResult, ...] = ()
    period: int | None = None  # the reporting year, when the report states it
    crosswalks: tuple[str, ...] = ()  # file names of the crosswalks used
    language: Language = UNKNOWN  # the report's, which decides which evidence terms are looked up

    @property
    def report_path(self) -> str:
        return self.report.path

