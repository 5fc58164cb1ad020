"""A batch's summary: one row per report (taken from its JSON output), as CSV, JSON and a terminal table (the
HTML page: report/batch_html.py). Pure: the same outcomes give the same bytes (no timestamps, no durations)."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from gri_check import __version__
from gri_check.batch_run import Done
from gri_check.model import Severity, Status

STATUSES = tuple(s.value for s in Status)
SEVERITIES = tuple(s.value for s in Severity)


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    path: str
    output: str | None  # DIR/<output>; None when the report failed
    sha256: str
    status: str  # "ok" (it ran; the gate may still have failed) or "error"
    exit_code: int
    error: str | None
    coverage_percent: float | None
    statuses: dict[str, int]  # disclosures per status (the coverage counts of `check`)
    findings: dict[str, int]  # findings per severity
    gate_passed: bool | None
    cached: bool


def row_of(done: Done) -> Row:
    out = done.outcome
    if out.output is None:
        return Row(path=done.task.path, output=None, sha256=done.sha256, status="error", exit_code=out.exit_code,
                   error=out.error, coverage_percent=None, statuses={}, findings={}, gate_passed=None,
                   cached=done.cached)
    data = json.loads(out.output)
    coverage = data["coverage"]
    severities = Counter(f["severity"] for f in data["findings"])
    return Row(path=done.task.path, output=f"{out.name}.json", sha256=done.sha256, status="ok",
               exit_code=out.exit_code, error=None, coverage_percent=coverage["percent"],
               statuses={s: int(coverage.get(s, 0)) for s in STATUSES},
               findings={s: severities.get(s, 0) for s in SEVERITIES}, gate_passed=bool(data["gate"]["passed"]),
               cached=done.cached)


def exit_code(rows: Sequence[Row]) -> int:
    """The worst report's exit code, as `check` with several reports gives (3 unreadable > 1 gate failed > 0)."""
    return max((r.exit_code for r in rows), default=0)


def totals(rows: Sequence[Row]) -> dict[str, int]:
    """The counts summary.json gives (the HTML page adds how many came from the cache)."""
    return {"reports": len(rows), "ok": sum(r.status == "ok" for r in rows),
            "errors": sum(r.status == "error" for r in rows),
            "gate_failed": sum(r.gate_passed is False for r in rows), "exit_code": exit_code(rows)}


def render_json(rows: Sequence[Row]) -> str:
    doc: dict[str, Any] = {"tool": {"name": "gri-check", "version": __version__}, "totals": totals(rows),
                           "reports": [asdict(r) for r in rows]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_csv(rows: Sequence[Row]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["path", "output", "sha256", "status", "exit_code", "error", "coverage_percent",
                     *STATUSES, *(f"findings_{s}" for s in SEVERITIES), "gate_passed", "cached"])
    for r in rows:
        writer.writerow([r.path, r.output or "", r.sha256, r.status, r.exit_code, r.error or "",
                         "" if r.coverage_percent is None else r.coverage_percent,
                         *(r.statuses.get(s, "") for s in STATUSES), *(r.findings.get(s, "") for s in SEVERITIES),
                         "" if r.gate_passed is None else str(r.gate_passed).lower(), str(r.cached).lower()])
    return buf.getvalue()


def render_table(rows: Sequence[Row], *, width: int = 100) -> str:
    """A short plain table for the terminal: one line per report, then the totals."""
    head = f"{'exit':>4}  {'gate':<6} {'cover':>6}  {'err/warn/info':>13}  report"
    lines = [head]
    for r in rows:
        gate = "-" if r.gate_passed is None else ("pass" if r.gate_passed else "FAIL")
        cover = "-" if r.coverage_percent is None else f"{r.coverage_percent:.1f}%"
        counts = "/".join(str(r.findings.get(s, 0)) for s in SEVERITIES) if r.status == "ok" else "-"
        # an error line names its file already ("x.pdf: file is empty"): the path is not printed twice
        name = r.path if r.error is None else r.error if r.error.startswith(f"{r.path}:") else f"{r.path}: {r.error}"
        room = max(20, width - 35)
        lines.append(f"{r.exit_code:>4}  {gate:<6} {cover:>6}  {counts:>13}  "
                     f"{name if len(name) <= room else name[:room - 1] + '…'}")
    ok = sum(r.status == "ok" for r in rows)
    failed = sum(r.gate_passed is False for r in rows)
    cached = sum(r.cached for r in rows)
    lines.append(f"{len(rows)} reports: {ok} checked ({failed} gate failed), {len(rows) - ok} could not be checked; "
                 f"{cached} from the cache")
    return "\n".join(lines) + "\n"
