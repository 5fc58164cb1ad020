"""The terminal report (rich): summary, gaps first with why and where, then a table per standard.

Rendered into a string at a fixed width so the same input gives the same bytes.
"""
from __future__ import annotations

import io
from collections import defaultdict

from rich.console import Console
from rich.table import Table
from rich.text import Text

from gri_check import __version__
from gri_check.match.assess import Assessment
from gri_check.model import Severity, Status, code_sort_key
from gri_check.result import RunResult

STYLE = {
    Status.SUPPORTED: "green", Status.PARTIAL: "yellow", Status.UNSUPPORTED: "red bold",
    Status.EXTERNAL: "cyan", Status.OMITTED: "magenta", Status.NOT_INDEXED: "red",
}
SEVERITY_STYLE = {Severity.ERROR: "red bold", Severity.WARNING: "yellow", Severity.INFO: "dim"}
GAPS = (Status.UNSUPPORTED, Status.NOT_INDEXED, Status.PARTIAL)


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
                      highlight=False, emoji=False, legacy_windows=False, soft_wrap=False)
    _summary(console, result)
    _gaps(console, result)
    _other_findings(console, result)
    _tables(console, result)
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())  # no padding at line ends


def _summary(console: Console, r: RunResult) -> None:
    console.print(Text(f"gri-check {__version__} — {r.report_path}", style="bold"))
    ci = r.index
    if ci.found:
        console.print(f"Content index: {len(ci.entries)} rows from line {ci.entries[0].line}"
                      f"{f' ({ci.title})' if ci.title else ''}; catalogue: {', '.join(r.catalogues)}")
    else:
        console.print(Text("Content index: not found", style="red bold"))
    src = {"option": "set by --mode", "statement_of_use": "from the statement of use", "default": "no statement of "
           "use; checked as with reference"}[r.mode.source]
    console.print(f"Mode: {r.mode.mode.value.replace('_', ' ')} ({src})")
    cov = r.coverage
    console.print(Text(f"Coverage: {cov.percent}% supported, {cov.addressed_percent}% at least partly "
                       f"(of {cov.judged} disclosures checkable here)", style="bold"))
    counts = Text("  ")
    for n, (status, count) in enumerate(cov.counts):
        counts.append(("  " if n else "") + f"{status.value.replace('_', ' ')} {count}", style=STYLE[status])
    console.print(counts)
    sev = defaultdict(int)
    for f in r.findings:
        sev[f.severity] += 1
    console.print(f"Findings: {sev[Severity.ERROR]} error, {sev[Severity.WARNING]} warning, {sev[Severity.INFO]} info")
    if not r.gate.passed:
        console.print(Text("Gate FAILED: " + "; ".join(r.gate.reasons), style="red bold"))
    console.print()


def _gaps(console: Console, r: RunResult) -> None:
    gaps = sorted((a for a in r.assessments if a.status in GAPS),
                  key=lambda a: (GAPS.index(a.status), code_sort_key(a.disclosure.code), a.entry.line if a.entry else 0))
    if not gaps:
        return
    console.print(Text(f"Gaps ({len(gaps)})", style="bold underline"))
    by_code = defaultdict(list)
    for f in r.findings:
        if f.disclosure:
            by_code[(f.standard, f.disclosure)].append(f)
    grid = Table.grid(padding=(0, 1))  # a grid gives wrapped lines a hanging indent
    grid.add_column(no_wrap=True, width=11)
    grid.add_column()
    for a in gaps:
        d = a.disclosure
        head = Text(f"{d.code} {d.title}", style="bold")
        if a.entry:
            head.append(f"  (index line {a.entry.line})", style="dim")
        grid.add_row(Text(a.status.value.replace("_", " "), style=STYLE[a.status]), head)
        grid.add_row("", Text(_why(a)))
        for f in by_code.get((d.standard.id, d.code), []):
            if f.severity is not Severity.INFO and f.rule not in ("GRI-EVD-001", "GRI-EVD-002", "GRI-REQ-001"):
                grid.add_row("", Text(f"{f.rule} {f.message}", style=SEVERITY_STYLE[f.severity]))
    console.print(grid)
    console.print()


def _why(a: Assessment) -> str:
    if a.entry is None:
        where = "not in the content index"
    else:
        cited = [r.cited.text for r in a.locations] or ["(no location)"]
        unresolved = [r.cited.text for r in a.locations if r.cited.kind.value == "section" and not r.resolved]
        where = f"cited: {'; '.join(cited)}"
        if unresolved:
            where += f" — not found: {'; '.join(unresolved)}"
    missing = [i.item.id for i in a.items if i.score == 0]
    found = f"; items found {a.coverage}%" + (f", missing {', '.join(missing)}" if missing and a.items else "")
    best = a.evidence[0] if a.evidence else None
    quote = f'; e.g. line {best.line}: "{best.snippet}"' if best and a.status is Status.PARTIAL else ""
    elsewhere = ""
    if a.found_elsewhere:
        elsewhere = "; evidence elsewhere: " + ", ".join(f"{x.section} (line {x.line}, {x.score}%)"
                                                         for x in a.found_elsewhere)
    return f"{where}{found if a.entry else ''}{quote}{elsewhere}"


def _other_findings(console: Console, r: RunResult) -> None:
    rest = [f for f in r.findings if not f.disclosure or f.severity is Severity.INFO]
    if not rest:
        return
    console.print(Text(f"Other findings ({len(rest)})", style="bold underline"))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=11)
    grid.add_column()
    for f in rest:
        grid.add_row(Text(f.severity.value, style=SEVERITY_STYLE[f.severity]), Text(f"{f.rule} {f.message}"))
    console.print(grid)
    console.print()


def _tables(console: Console, r: RunResult) -> None:
    """One table, a band per standard: cheaper to render than a table each, and easier to scan."""
    by_std = defaultdict(list)
    for a in r.assessments:
        by_std[a.disclosure.standard].append(a)
    if not by_std:
        return
    table = Table(title="Disclosures", title_justify="left", expand=True)
    table.add_column("Code", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Status", no_wrap=True)
    table.add_column("Items", justify="right", no_wrap=True)
    table.add_column("Cited location", ratio=2)
    table.add_column("Evidence", ratio=2)
    for std in sorted(by_std, key=lambda s: (code_sort_key(s.number), s.year)):
        table.add_row("", Text(std.id, style="bold"), "", "", "", "")
        for a in by_std[std]:
            cited = "; ".join(r.cited.text for r in a.locations) or ("—" if a.entry else "not indexed")
            ev = a.evidence[0] if a.evidence else None
            evidence = f"line {ev.line} ({ev.section})" if ev else ""
            table.add_row(a.disclosure.code, a.disclosure.title, Text(a.status.value, style=STYLE[a.status]),
                          f"{a.coverage}%" if a.items else "", cited, evidence)
        table.add_section()
    console.print(table)
