"""The outcome of one run: what every renderer reads. Coverage and gate are pure functions."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from gri_check.index.model import ContentIndex
from gri_check.ingest.document import Document
from gri_check.match.assess import Assessment
from gri_check.model import Finding, Mode, Severity, Status

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
class Gate:
    fail_under: float | None = None
    fail_on: Severity | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GateResult:
    passed: bool
    reasons: tuple[str, ...]


def apply_gate(gate: Gate, coverage: Coverage, findings: Sequence[Finding]) -> GateResult:
    reasons: list[str] = []
    if gate.fail_under is not None and coverage.percent < gate.fail_under:
        reasons.append(f"coverage {coverage.percent}% is below --fail-under {gate.fail_under:g}%")
    if gate.fail_on is not None:
        hits = [f for f in findings if f.severity.rank >= gate.fail_on.rank]
        if hits:
            reasons.append(f"{len(hits)} finding(s) at or above --fail-on {gate.fail_on.value}")
    return GateResult(passed=not reasons, reasons=tuple(reasons))


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
    coverage: Coverage
    gate: GateResult

    @property
    def report_path(self) -> str:
        return self.report.path
