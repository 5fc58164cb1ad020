"""The review gate: thresholds, --fail-on, waivers and a baseline, applied to a run. Pure over its inputs.

A waived or baselined finding does not count for --fail-on; it stays in the report, marked. A waiver that
names a disclosure and no rule also takes the disclosure out of every coverage threshold while it is a gap
(partial, unsupported or not indexed): the gap is accepted, so it counts neither as supported nor as missing.
An expired waiver (its expiry date before the run's date) waives nothing and fails the gate. A waiver that
waives nothing is listed as unused; it does not fail the gate. Documented in docs/config.md.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from gri_check.match.assess import Assessment
from gri_check.model import Finding, Severity, Status
from gri_check.result import coverage_of

GAPS = (Status.PARTIAL, Status.UNSUPPORTED, Status.NOT_INDEXED)


@dataclass(frozen=True, slots=True, kw_only=True)
class Waiver:
    """An accepted finding or gap: a disclosure (code, optionally of one framework), a rule, or both."""

    number: int  # its position in the config file's waivers list, from 1: how messages name it
    justification: str
    owner: str
    expires: date  # valid through this day
    disclosure: str | None = None
    framework: str | None = None
    rule: str | None = None  # a rule id or id prefix ("GRI-LOC")

    @property
    def label(self) -> str:
        what = ", ".join(p for p in (f"{self.framework} {self.disclosure}" if self.framework and self.disclosure
                                     else self.disclosure, self.rule) if p)
        return f"waiver {self.number} ({what}; owner {self.owner})"

    def expired(self, today: date) -> bool:
        return self.expires < today

    def waives(self, f: Finding) -> bool:
        return ((self.rule is None or f.rule == self.rule or f.rule.startswith(f"{self.rule}-"))
                and (self.disclosure is None or f.disclosure == self.disclosure)
                and (self.framework is None or f.framework == self.framework))

    def accepts(self, a: Assessment) -> bool:
        """A disclosure waiver (no rule) accepts the disclosure's gap for the coverage thresholds."""
        return (self.rule is None and self.disclosure == a.disclosure.code and a.status in GAPS
                and (self.framework is None or a.framework == self.framework))


@dataclass(frozen=True, slots=True, kw_only=True)
class Gate:
    fail_under: float | None = None  # supported coverage of the whole run, percent
    fail_on: Severity | None = None
    fail_under_frameworks: tuple[tuple[str, float], ...] = ()  # (framework id, percent)
    fail_under_standards: tuple[tuple[str, float], ...] = ()  # (standard id or "GRI 2" form, percent)
    waivers: tuple[Waiver, ...] = ()
    baseline: frozenset[str] = frozenset()  # fingerprints of findings already known (an earlier run's JSON)
    today: date | None = None  # the run's date, for waiver expiry; None: the day it runs


@dataclass(frozen=True, slots=True, kw_only=True)
class Suppression:
    """Why a finding does not count for the gate."""

    kind: str  # "waiver" or "baseline"
    waiver: Waiver | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ThresholdResult:
    scope: str  # "overall", "framework" or "standard"
    id: str | None  # the framework or standard id; None overall
    fail_under: float
    percent: float  # supported / judged, waived gaps left out
    judged: int
    waived: int  # gaps left out by waivers
    passed: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class GateResult:
    passed: bool
    reasons: tuple[str, ...]
    suppressions: tuple[Suppression | None, ...] = ()  # aligned with the run's findings
    accepted: tuple[Waiver | None, ...] = ()  # aligned with the run's assessments: the waiver accepting its gap
    thresholds: tuple[ThresholdResult, ...] = ()
    expired_waivers: tuple[Waiver, ...] = ()
    unused_waivers: tuple[Waiver, ...] = ()
    configured: bool = False  # any threshold, --fail-on, waiver or baseline was set

    @property
    def waived(self) -> int:
        return sum(1 for s in self.suppressions if s is not None and s.kind == "waiver")

    @property
    def baselined(self) -> int:
        return sum(1 for s in self.suppressions if s is not None and s.kind == "baseline")

    def suppression(self, n: int) -> Suppression | None:
        """Of the run's n-th finding."""
        return self.suppressions[n] if n < len(self.suppressions) else None

    def acceptance(self, n: int) -> Waiver | None:
        """The waiver that accepts the gap of the run's n-th assessment, if any."""
        return self.accepted[n] if n < len(self.accepted) else None

    def summary(self) -> tuple[str, ...]:
        """The gate in a few lines of plain text, for the terminal and Markdown summaries: the first says
        passed or failed (with the reasons), then what was not counted, then unused waivers."""
        out = []
        if not self.passed:
            out.append("Gate FAILED: " + "; ".join(self.reasons))
        elif self.configured:
            met = [f"{'coverage' if t.id is None else f'{t.id} coverage'} {t.percent}% >= {t.fail_under:g}%"
                   for t in self.thresholds]
            out.append("Gate passed" + (f": {'; '.join(met)}" if met else ""))
        if self.waived or self.baselined:
            out.append(f"Not counted by the gate: {self.waived} waived, {self.baselined} baselined finding(s)")
        if self.unused_waivers:
            out.append("Unused waivers (they waive nothing; remove or correct them): "
                       + "; ".join(w.label for w in self.unused_waivers))
        return tuple(out)


def apply_gate(gate: Gate, findings: Sequence[Finding], *, assessments: Sequence[Assessment] = (),
               fingerprints: Sequence[str] = (), standard_ids: Sequence[tuple[str, str]] = ()) -> GateResult:
    """Judge a run. `assessments` are those the coverage counts (the overall threshold leaves out scanned ones);
    `fingerprints` align with `findings`; `standard_ids` pairs each "GRI 2" short form with the standard ids it
    names (from the catalogue), for thresholds per standard."""
    today = gate.today or date.today()
    active = tuple(w for w in gate.waivers if not w.expired(today))
    expired = tuple(w for w in gate.waivers if w.expired(today))
    used: set[int] = set()
    suppressions: list[Suppression | None] = []
    for n, f in enumerate(findings):
        waiver = next((w for w in active if w.waives(f)), None)
        if waiver is not None:
            used.add(waiver.number)
            suppressions.append(Suppression(kind="waiver", waiver=waiver))
        elif n < len(fingerprints) and fingerprints[n] in gate.baseline:
            suppressions.append(Suppression(kind="baseline"))
        else:
            suppressions.append(None)
    accepted = tuple(next((w for w in active if w.accepts(a)), None) for a in assessments)
    used.update(w.number for w in accepted if w is not None)
    thresholds = _thresholds(gate, assessments, active, standard_ids)
    reasons = [_threshold_reason(t) for t in thresholds if not t.passed]
    if gate.fail_on is not None:
        hits = [f for f, s in zip(findings, suppressions) if s is None and f.severity.rank >= gate.fail_on.rank]
        if hits:
            reasons.append(f"{len(hits)} finding(s) at or above --fail-on {gate.fail_on.value}")
    reasons += [f"{w.label} expired on {w.expires.isoformat()}" for w in expired]
    return GateResult(passed=not reasons, reasons=tuple(reasons), suppressions=tuple(suppressions), accepted=accepted,
                      thresholds=thresholds, expired_waivers=expired,
                      unused_waivers=tuple(w for w in active if w.number not in used),
                      configured=gate != Gate(today=gate.today))


def _thresholds(gate: Gate, assessments: Sequence[Assessment], waivers: Sequence[Waiver],
                standard_ids: Sequence[tuple[str, str]]) -> tuple[ThresholdResult, ...]:
    out = []
    if gate.fail_under is not None:
        out.append(_judge("overall", None, gate.fail_under, [a for a in assessments if a.basis != "scan"], waivers))
    for fid, pct in gate.fail_under_frameworks:
        out.append(_judge("framework", fid, pct, [a for a in assessments if a.framework == fid.upper()], waivers))
    for sid, pct in gate.fail_under_standards:
        ids = {full.casefold() for short, full in standard_ids if short.casefold() == sid.casefold()} | {sid.casefold()}
        out.append(_judge("standard", sid, pct, [a for a in assessments if a.disclosure.standard.id.casefold() in ids],
                          waivers))
    return tuple(out)


def _judge(scope: str, sid: str | None, fail_under: float, assessments: Sequence[Assessment],
           waivers: Sequence[Waiver]) -> ThresholdResult:
    kept = [a for a in assessments if not any(w.accepts(a) for w in waivers)]
    cov = coverage_of(kept)
    return ThresholdResult(scope=scope, id=sid, fail_under=fail_under, percent=cov.percent, judged=cov.judged,
                           waived=len(assessments) - len(kept), passed=cov.percent >= fail_under)


def _threshold_reason(t: ThresholdResult) -> str:
    what = "coverage" if t.id is None else f"{t.id} coverage"
    waived = f", {t.waived} waived gap(s) left out" if t.waived else ""
    return f"{what} {t.percent}% is below --fail-under {t.fail_under:g}% ({t.judged} judged{waived})"
