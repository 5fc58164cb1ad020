"""The terminal report (rich): summary, gaps first with why and where, then a table per standard.

Rendered into a string at a fixed width so the same input gives the same bytes.
"""
from __future__ import annotations

import io
import textwrap
from collections import defaultdict

from rich.console import Console
from rich.text import Text

from gri_check import __version__
from gri_check.match.assess import Assessment
from gri_check.match.sector import Basis, Sectors, TopicStatus
from gri_check.model import Severity, Status, code_sort_key
from gri_check.result import RunResult

STYLE = {
    Status.SUPPORTED: "green", Status.PARTIAL: "yellow", Status.UNSUPPORTED: "red bold",
    Status.EXTERNAL: "cyan", Status.OMITTED: "magenta", Status.NOT_INDEXED: "red", Status.NOT_JUDGED: "dim",
}
SEVERITY_STYLE = {Severity.ERROR: "red bold", Severity.WARNING: "yellow", Severity.INFO: "dim"}
GAPS = (Status.UNSUPPORTED, Status.NOT_INDEXED, Status.PARTIAL)


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
                      highlight=False, emoji=False, legacy_windows=False, soft_wrap=False)
    _summary(console, result)
    shown = _gaps(console, result)
    _other_findings(console, result, shown)
    _other_rows(console, result)
    _scans(console, result)
    _tables(console, result)
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())  # no padding at line ends


def _summary(console: Console, r: RunResult) -> None:
    console.print(Text(f"gri-check {__version__} — {r.report_path}", style="bold"))
    ci = r.index
    if len(ci.tables) > 1:
        parts = [f"{t.framework or 'other'} {t.rows} rows from line {_first_line(r, n)}"
                 f"{f' ({t.title})' if t.title else ''}" for n, t in enumerate(ci.tables)]
        console.print(f"Content indexes: {'; '.join(parts)}", soft_wrap=True)
    elif ci.found:
        console.print(f"Content index: {len(ci.entries)} rows from line {ci.entries[0].line}"
                      f"{f' ({ci.title})' if ci.title else ''}", soft_wrap=True)
    else:
        console.print(Text("Content index: not found", style="red bold"))
    _hanging(console, "Catalogues:", "", ", ".join(r.catalogues), "", console.width)
    for f in r.frameworks:
        if f.industry is not None:
            ind = f.industry
            what = f"{ind.code} {ind.name}" if ind.code else "not determined"
            _hanging(console, "Industry:", "", f"{f.id} {what} ({ind.why})", "", console.width)
        if f.sectors is not None and (f.sectors.stated or f.sectors.applicable):
            _hanging(console, "Sectors:", "", _sector_line(f.sectors), "", console.width)
    _language(console, r)
    src = {"option": "set by --mode", "statement_of_use": "from the statement of use", "default": "no statement of "
           "use; checked as with reference"}[r.mode.source]
    console.print(f"Mode: {r.mode.mode.value.replace('_', ' ')} ({src})")
    cov = r.coverage
    console.print(Text(f"Coverage: {cov.percent}% supported, {cov.addressed_percent}% at least partly "
                       f"(of {cov.judged} disclosures checkable here)", style="bold"))
    counts = Text("  ")
    for n, (status, count) in enumerate(c for c in cov.counts if c[1] or c[0] is not Status.NOT_JUDGED):
        counts.append(("  " if n else "") + f"{status.value.replace('_', ' ')} {count}", style=STYLE[status])
    console.print(counts)
    sev: dict[Severity, int] = defaultdict(int)
    for finding in r.findings:
        sev[finding.severity] += 1
    if len(r.frameworks) > 1:
        _matrix(console, r)
    console.print(f"Findings: {sev[Severity.ERROR]} error, {sev[Severity.WARNING]} warning, {sev[Severity.INFO]} info")
    if not r.gate.passed:
        console.print(Text("Gate FAILED: " + "; ".join(r.gate.reasons), style="red bold"))
    console.print()


def _sector_line(s: Sectors) -> str:
    """What the index states and what applies: "GRI 11: Oil and Gas Sector 2021 (stated, line 62): 22 topics, 4
    material, 2 not material, 16 not addressed"."""
    if not s.applicable:
        said = f'none applies ("{s.stated[0]}", line {s.stated_line})' if s.none_stated else \
            f'"{"; ".join(s.stated)}" (line {s.stated_line}) names no sector standard the catalogues hold'
        return said + (f"; the report's words are those of {s.inferred.standard.id}" if s.inferred else "")
    parts = []
    for c in s.applicable:
        where = f", line {c.line}" if c.line else ""
        why = f" ({c.basis.value}{where})" if c.basis is not Basis.INFERRED else f" (inferred: {c.evidence})"
        counts = ", ".join(f"{c.count(st)} {st.value.replace('_', ' ')}" for st in TopicStatus if c.count(st))
        parts.append(f"{c.standard.id}{why}: {len(c.topics)} topics, {counts}")
    return "; ".join(parts)


def _language(console: Console, r: RunResult) -> None:
    """The report's language, and whether evidence could be judged in it (only said when it could not be, or
    when the report is not in English)."""
    lang = r.language
    unjudged = sum(1 for a in r.assessments if a.status is Status.NOT_JUDGED)
    if unjudged:
        _hanging(console, "Language:", "", f"{lang.name} ({lang.code}): the catalogues have no evidence terms in it, "
                 f"so the evidence of {unjudged} disclosures was not judged (status not judged); codes, titles, "
                 "locations and omissions were checked", "", console.width)
    elif lang.code not in ("en", ""):
        _hanging(console, "Language:", "", f"{lang.name} ({lang.code}); evidence judged with its terms",
                 "", console.width)


def _first_line(r: RunResult, table: int) -> int | str:
    return next((e.line for e in r.index.entries if e.table == table), "?")


def _matrix(console: Console, r: RunResult) -> None:
    """The framework x status matrix: one row per framework, a column per status."""
    statuses = [s for s, n in r.coverage.counts
                if s is not Status.NOT_JUDGED or any(f.coverage.count(s) for f in r.frameworks)]
    head = f"  {'Framework':<22}{'rows':>6}" + "".join(f"{s.value.replace('_', ' '):>13}" for s in statuses)
    console.print(Text(head, style="dim"), soft_wrap=True)
    for f in r.frameworks:
        name = f"{f.id} ({'scan' if f.basis == 'scan' else 'index'})"
        line = Text(f"  {name:<22}{f.rows:>6}")
        for s in statuses:
            n = f.coverage.count(s)
            line.append(f"{n:>13}", style=STYLE[s] if n else "")
        console.print(line, soft_wrap=True)


def _label(r: RunResult, a: Assessment) -> str:
    """A disclosure's code, with its framework when the run covers several."""
    return f"{a.framework} {a.disclosure.code}" if len(r.frameworks) > 1 else a.disclosure.code


_SUMMARISED = ("GRI-EVD-001", "GRI-EVD-002", "GRI-REQ-001")  # a gap's own line says what these say


def _gaps(console: Console, r: RunResult) -> set[int]:
    """The gaps, each with its findings; returns the positions in r.findings of the findings shown (or
    summarised by a gap's line), so that every other finding is listed after them."""
    order = {f.id: n for n, f in enumerate(r.frameworks)}
    gaps = sorted((a for a in r.assessments if a.status in GAPS and a.basis != "scan"),
                  key=lambda a: (GAPS.index(a.status), order.get(a.framework, 0), code_sort_key(a.disclosure.code),
                                 a.entry.line if a.entry else 0))
    shown: set[int] = set()
    if not gaps:
        return shown
    console.print(Text(f"Gaps ({len(gaps)})", style="bold underline"))
    by_code = defaultdict(list)
    for n, f in enumerate(r.findings):
        if f.disclosure:
            by_code[(f.standard, f.disclosure)].append(n)
    width = console.width
    for a in gaps:
        d = a.disclosure
        where = f"  (index line {a.entry.line})" if a.entry else ""
        _hanging(console, a.status.value.replace("_", " "), STYLE[a.status], f"{_label(r, a)} {d.title}{where}", "bold",
                 width)
        _hanging(console, "", "", _why(a), "", width)
        line = a.entry.line if a.entry else None
        for n in by_code.get((d.standard.id, d.code), []):
            f = r.findings[n]
            if n in shown or (line is not None and f.line is not None and f.line != line and f.rule not in _SUMMARISED):
                continue  # another row of the same disclosure (3-3 per topic) has its own findings
            if f.rule in _SUMMARISED:
                shown.add(n)
            elif f.severity is not Severity.INFO:
                _hanging(console, "", "", f"{f.rule} {f.message}", SEVERITY_STYLE[f.severity], width)
                shown.add(n)
    console.print()
    return shown


_LABEL = 12  # width of the label column; wrapped lines hang under the text


def _hanging(console: Console, label: str, label_style: str, body: str, body_style: str, width: int) -> None:
    """A label and a body wrapped with a hanging indent (textwrap: much cheaper than a rich grid)."""
    lines = textwrap.wrap(body, width=width - _LABEL, break_on_hyphens=False) or [""]
    first = Text(f"{label:<{_LABEL}}", style=label_style)
    first.append(lines[0], style=body_style)
    console.print(first, soft_wrap=True)
    for line in lines[1:]:
        console.print(Text(" " * _LABEL + line, style=body_style), soft_wrap=True)


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
        elsewhere = "; evidence elsewhere: " + ", ".join(
            f"{x.section} (line {x.line}, " + (f"figures for items {', '.join(x.figures)})" if x.figures else f"{x.score}%)")
            for x in a.found_elsewhere)
    return f"{where}{found if a.entry else ''}{quote}{elsewhere}{_related(a)}"


def _related(a: Assessment) -> str:
    """Related requirements checked in this run (the JSON lists the others too)."""
    checked = [x for x in a.related if x.status is not None]
    if not checked:
        return ""
    parts = []
    for x in checked[:4]:
        at = f' at "{x.offered.section}" (line {x.offered.line})' if x.offered else ""
        status = x.status.value.replace("_", " ") if x.status else "not checked"
        parts.append(f"{x.disclosure.framework} {x.disclosure.code} {status}{at}")
    more = f" and {len(checked) - 4} more" if len(checked) > 4 else ""
    return f"; related: {', '.join(parts)}{more}"


def _other_rows(console: Console, r: RunResult) -> None:
    """Rows whose code no loaded catalogue defines (GRI G4 sector codes FS7, MM1): listed, not checked."""
    rows = [e for e in r.index.entries if e.other]
    if not rows:
        return
    console.print(Text(f"Rows not checked ({len(rows)}: no loaded catalogue defines their codes)",
                       style="bold underline"))
    for e in rows:
        where = f"; cites {e.raw_location}" if e.raw_location else ""
        _hanging(console, e.raw_code, "", f"{e.title} (line {e.line}{where})", "", console.width)
    console.print()


def _scans(console: Console, r: RunResult) -> None:
    """Frameworks searched without an index: each requirement, its status and where its evidence is."""
    for f in r.frameworks:
        if f.basis != "scan":
            continue
        own = [a for a in r.assessments if a.framework == f.id and a.basis == "scan"]
        cov = f.coverage
        console.print(Text(f"Evidence scan: {f.name} ({f.id}; the report prints no {f.id} index) — "
                           f"{cov.count(Status.SUPPORTED)} supported, {cov.count(Status.PARTIAL)} partial, "
                           f"{cov.count(Status.UNSUPPORTED)} unsupported of {len(own)}", style="bold underline"),
                      soft_wrap=True)
        for a in own:
            where = ", ".join(f"{x.section} (line {x.line}{f', p. {x.page}' if x.page else ''}, {x.score}%)"
                              for x in a.found_elsewhere) or "no section addresses it"
            _hanging(console, a.status.value, STYLE[a.status], f"{a.disclosure.code} {a.disclosure.title} — {where}",
                     "", console.width)
        console.print()


def _other_findings(console: Console, r: RunResult, shown: set[int]) -> None:
    """Every finding not shown under a gap: about the index, rows that are not gaps, codes it does not know."""
    rest = [f for n, f in enumerate(r.findings) if n not in shown]
    if not rest:
        return
    console.print(Text(f"Other findings ({len(rest)})", style="bold underline"))
    for f in rest:
        _hanging(console, f.severity.value, SEVERITY_STYLE[f.severity], f"{f.rule} {f.message}", "", console.width)
    console.print()


def _tables(console: Console, r: RunResult) -> None:
    """A table per standard, laid out in fixed columns (rich.Table costs a tenth of a second here)."""
    by_std = defaultdict(list)
    for a in r.assessments:
        if a.basis != "scan":
            by_std[a.disclosure.standard].append(a)
    order = {f.id: n for n, f in enumerate(r.frameworks)}
    header = ("Code", "Status", "Items", "Title", "Cited location", "Evidence")
    for std in sorted(by_std, key=lambda s: (order.get(s.framework, 0), code_sort_key(s.number), s.year)):
        code_w = max(7, *(len(a.disclosure.code) for a in by_std[std]))
        free = max(console.width - 20 - code_w, 40)  # after code, status, items and the gaps between columns
        widths = (code_w, 12, 5, free * 2 // 5, free // 4, free - free * 2 // 5 - free // 4 - 2)
        console.print(Text(std.id, style="bold underline"), soft_wrap=True)
        console.print(Text(_row(header, widths)[0], style="dim"), soft_wrap=True)
        for a in by_std[std]:
            cited = "; ".join(x.cited.text for x in a.locations) or ("-" if a.entry else "not indexed")
            ev = a.evidence[0] if a.evidence else None
            cells = (a.disclosure.code, a.status.value, f"{a.coverage}%" if a.items else "", a.disclosure.title,
                     cited, f"line {ev.line} ({ev.section})" if ev else "")
            for n, line in enumerate(_row(cells, widths)):
                text = Text(line)
                if n == 0:
                    text.stylize(STYLE[a.status], widths[0] + 1, widths[0] + 1 + len(a.status.value))
                console.print(text, soft_wrap=True)
        console.print()


def _row(cells: tuple[str, ...], widths: tuple[int, ...]) -> list[str]:
    """Cells wrapped to their column widths, joined line by line."""
    wrapped = [textwrap.wrap(c, width=w, break_on_hyphens=False) or [""] for c, w in zip(cells, widths)]
    height = max(len(w) for w in wrapped)
    return [" ".join(f"{(w[i] if i < len(w) else ''):<{width}}" for w, width in zip(wrapped, widths)).rstrip()
            for i in range(height)]
