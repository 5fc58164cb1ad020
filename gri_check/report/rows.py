"""The per-disclosure view the CI formats share (JUnit, Markdown, CSV, SARIF): each row's findings and pages."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from gri_check.gate import Suppression, Waiver
from gri_check.match.assess import Assessment, page_label
from gri_check.model import Finding, Severity, Status
from gri_check.result import RunResult

GAPS = (Status.UNSUPPORTED, Status.NOT_INDEXED, Status.PARTIAL)  # as the terminal orders them
UNCHECKABLE = (Status.EXTERNAL, Status.OMITTED, Status.NOT_JUDGED)  # not verifiable in this report
SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """One assessed disclosure (one index row, a required disclosure missing from it, or a scanned one)."""

    assessment: Assessment
    findings: tuple[Finding, ...]
    suppressions: tuple[Suppression | None, ...] = ()  # aligned with findings: waived or baselined ones
    waiver: Waiver | None = None  # accepts the row's gap

    @property
    def failed(self) -> bool:
        """A gap no waiver accepts, or an error-severity finding the gate counts: what CI shows as a failure."""
        return ((self.assessment.status in GAPS and self.waiver is None)
                or any(f.severity is Severity.ERROR for f in self.counted))

    @property
    def counted(self) -> tuple[Finding, ...]:
        """The findings neither waived nor baselined."""
        return tuple(f for f, s in zip(self.findings, self._aligned) if s is None)

    @property
    def _aligned(self) -> tuple[Suppression | None, ...]:
        return self.suppressions or (None,) * len(self.findings)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rows:
    rows: tuple[Row, ...]  # in result.assessments order
    loose: tuple[Finding, ...]  # about the index or the report as a whole, or rows no catalogue defines
    loose_suppressions: tuple[Suppression | None, ...] = ()


def rows_of(result: RunResult) -> Rows:
    """Each finding goes to the row of its disclosure; of several rows of one code (3-3 per topic), to the
    row on the finding's line, else the first."""
    by_code: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, a in enumerate(result.assessments):
        by_code[(a.disclosure.standard.id, a.disclosure.code)].append(n)
    by_line: dict[int, list[int]] = defaultdict(list)
    for n, a in enumerate(result.assessments):
        if a.entry is not None:
            by_line[a.entry.line].append(n)
    own: list[list[tuple[Finding, Suppression | None]]] = [[] for _ in result.assessments]
    loose: list[tuple[Finding, Suppression | None]] = []
    for k, f in enumerate(result.findings):
        pair = (f, result.gate.suppression(k))
        if f.standard:
            candidates = by_code.get((f.standard, f.disclosure or ""), [])
        else:  # a finding about an index row (a placeholder location): the row on its line, same code
            candidates = [n for n in by_line.get(f.line or 0, [])
                          if (e := result.assessments[n].entry) is not None and f.disclosure in (None, e.code)]
        if not candidates:
            loose.append(pair)
            continue
        on_line = [n for n in candidates if (e := result.assessments[n].entry) is not None and e.line == f.line]
        own[(on_line or candidates)[0]].append(pair)
    return Rows(rows=tuple(Row(assessment=a, findings=tuple(f for f, _ in fs), suppressions=tuple(s for _, s in fs),
                               waiver=result.gate.acceptance(n))
                           for n, (a, fs) in enumerate(zip(result.assessments, own))),
                loose=tuple(f for f, _ in loose), loose_suppressions=tuple(s for _, s in loose))


def suppressed_note(s: Suppression | None) -> str:
    """" [waived: ...]" or " [baselined]" after a finding's message; "" when the gate counts it."""
    if s is None:
        return ""
    if s.waiver is None:
        return " [baselined]"
    w = s.waiver
    return f" [waived by {w.owner} until {w.expires.isoformat()}: {w.justification}]"


def label(a: Assessment) -> str:
    """A disclosure's code with its framework ("GRI 2-1", "SASB RT-IG-130a.1")."""
    return f"{a.framework} {a.disclosure.code}"


def cited(a: Assessment) -> str:
    return "; ".join(r.cited.text for r in a.locations)


def resolved_sections(result: RunResult, a: Assessment) -> tuple[str, ...]:
    titles = (result.document.sections[n].title for r in a.locations for n in r.sections)
    return tuple(dict.fromkeys(titles))


def resolved_pages(result: RunResult, a: Assessment) -> tuple[str, ...]:
    """The printed page (physical where none is printed) where each resolved location starts."""
    doc = result.document
    firsts = (doc.blocks[start].page for r in a.locations for start, _ in r.spans if start < len(doc.blocks))
    return tuple(dict.fromkeys(lbl for p in firsts if (lbl := page_label(doc, p)) is not None))


def finding_page(result: RunResult, f: Finding) -> str | None:
    """The printed page of the index row a finding is about (the report's pages: the index is in it)."""
    return page_label(result.report.document, f.page)


def why(a: Assessment) -> str:
    """One line on what the check saw: the cited place, the share of items found and what is missing."""
    if a.entry is None:
        return "not in the content index" if a.basis != "scan" else f"evidence scan: items found {a.coverage}%"
    missing = [i.item.id for i in a.items if i.score == 0]
    items = f"; items found {a.coverage}%" + (f", missing {', '.join(missing)}" if missing else "") if a.items else ""
    omitted = f"; omitted: {a.entry.omission.text}" if a.entry.omission is not None else ""
    return f"cited {cited(a) or '(no location)'}{items}{omitted}"
