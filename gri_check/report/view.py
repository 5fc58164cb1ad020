"""What the terminal report shows of a run (--summary, --status, --severity, --only-framework): a value the
command line builds without importing the renderers, so a JSON run never loads rich."""
from __future__ import annotations

from dataclasses import dataclass, replace

from gri_check.match.assess import Assessment
from gri_check.model import Finding, Severity, Status
from gri_check.result import RunResult


def _status(s: Status) -> str:
    return s.value.replace("_", " ")


@dataclass(frozen=True, slots=True, kw_only=True)
class View:
    """What the terminal shows of a run. Empty sets mean everything."""

    summary: bool = False  # only the header (counts, gate, coverage per framework) and the top gaps
    statuses: frozenset[Status] = frozenset()  # disclosure rows of these statuses
    min_severity: Severity | None = None  # findings of this severity or a higher one
    frameworks: frozenset[str] = frozenset()  # rows, findings and scans of these frameworks (ids, upper case)
    top: int = 10  # gaps listed by the summary
    shown: frozenset[tuple[str, str]] | None = None  # with statuses: (framework, code) of the rows shown, whose
    # findings alone are shown among those about a disclosure (set by for_run)

    def for_run(self, r: RunResult) -> View:
        if not self.statuses:
            return self
        return replace(self, shown=frozenset((a.framework, a.disclosure.code) for a in r.assessments if self.row(a)))

    def row(self, a: Assessment) -> bool:
        return (not self.statuses or a.status in self.statuses) and self.framework(a.framework)

    def finding(self, f: Finding) -> bool:
        return (self.min_severity is None or f.severity.rank >= self.min_severity.rank) and \
            self.framework(f.framework) and \
            (self.shown is None or f.disclosure is None or (f.framework or "", f.disclosure) in self.shown)

    def framework(self, fw: str | None) -> bool:
        return not self.frameworks or (fw or "").upper() in self.frameworks

    def said(self) -> str:
        """The filters in force, in a line ("" when none)."""
        parts = []
        if self.statuses:
            parts.append("rows " + ", ".join(_status(s) for s in Status if s in self.statuses))
        if self.min_severity is not None and self.min_severity is not Severity.INFO:
            parts.append(f"findings {self.min_severity.value} and above" if self.min_severity is not Severity.ERROR
                         else "findings error")
        if self.frameworks:
            parts.append("framework " + ", ".join(sorted(self.frameworks)))
        return "Shown: " + "; ".join(parts) + " (the counts above cover everything)" if parts else ""


ALL = View()
