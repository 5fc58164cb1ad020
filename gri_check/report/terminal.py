"""The terminal report (rich): summary, gaps first with why and where, then a table per standard.

Rendered into a string at a fixed width so the same input gives the same bytes. Places are printed
pages ("p. 46") where the report has pages, text lines otherwise; text is wrapped by terminal cells
(report/cells.py) so CJK text keeps to the width. A View narrows what is shown (--summary, --status,
--severity, --only-framework); the counts in the header, the JSON and the gate always cover everything.
"""
from __future__ import annotations

import io
from collections import defaultdict

from rich.console import Console
from rich.text import Text

from gri_check import __version__
from gri_check.index.model import IndexEntry
from gri_check.match.assess import Assessment, page_label
from gri_check.match.sector import Basis, Sectors, TopicStatus
from gri_check.model import Finding, Severity, Status, code_sort_key
from gri_check.report.cells import cell_len, clip, pad, terminal_safe, wrap
from gri_check.report.rows import suppressed_note
from gri_check.report.view import ALL, View
from gri_check.result import RunResult

STYLE = {
    Status.SUPPORTED: "green", Status.PARTIAL: "yellow", Status.UNSUPPORTED: "red bold",
    Status.EXTERNAL: "cyan", Status.OMITTED: "magenta", Status.NOT_INDEXED: "red", Status.NOT_JUDGED: "dim",
}
SEVERITY_STYLE = {Severity.ERROR: "red bold", Severity.WARNING: "yellow", Severity.INFO: "dim"}
GAPS = (Status.UNSUPPORTED, Status.NOT_INDEXED, Status.PARTIAL)




def render(result: RunResult, *, color: bool = False, width: int = 100, view: View = ALL) -> str:
    view = view.for_run(result)
    buf = io.StringIO()
    # _environ={}: colour is decided by the caller (report/colour.py), never by rich reading NO_COLOR or TERM,
    # so the same arguments give the same bytes whatever the environment.
    console = console_for(buf, width, color=color)
    _summary(console, result, view)
    if view.summary:
        _top_gaps(console, result, view)
    else:
        shown = _gaps(console, result, view)
        _other_findings(console, result, shown, view)
        _other_rows(console, result, view)
        _scans(console, result, view)
        _tables(console, result, view)
    out = "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())  # no padding at line ends
    return terminal_safe(out, color=color)


def _status(s: Status) -> str:
    return s.value.replace("_", " ")


def _where(page: str | None, line: int | None) -> str:
    """A place as an auditor finds it: the printed page when the report has pages, else the text line."""
    return f"p. {page}" if page else f"line {line}"


def _entry_at(r: RunResult, e: IndexEntry) -> str:
    return _where(page_label(r.report.document, e.page), e.line)


def _para(console: Console, text: str, style: str = "", indent: int = 2) -> None:
    """A paragraph wrapped by cells, its continuation lines indented."""
    lines = wrap(text, console.width - indent, first=console.width) or [""]
    console.print(Text(lines[0], style=style), soft_wrap=True)
    for line in lines[1:]:
        console.print(Text(" " * indent + line, style=style), soft_wrap=True)


def _summary(console: Console, r: RunResult, view: View) -> None:
    _para(console, f"gri-check {__version__} — {r.report_path}", "bold")
    ci = r.index
    if len(ci.tables) > 1:
        parts = [f"{t.framework or 'other'} {t.rows} rows from {_table_at(r, n)}{f' ({t.title})' if t.title else ''}"
                 for n, t in enumerate(ci.tables)]
        _para(console, f"Content indexes: {'; '.join(parts)}")
    elif ci.found:
        _para(console, f"Content index: {len(ci.entries)} rows from {_entry_at(r, ci.entries[0])}"
                       f"{f' ({ci.title})' if ci.title else ''}")
    else:
        console.print(Text("Content index: not found", style="red bold"))
    hanging(console, "Catalogues:", "", ", ".join(r.catalogues), "", console.width)
    for f in r.frameworks:
        if f.industry is not None:
            ind = f.industry
            what = f"{ind.code} {ind.name}" if ind.code else "not determined"
            hanging(console, "Industry:", "", f"{f.id} {what} ({ind.why})", "", console.width)
        if f.sectors is not None and (f.sectors.stated or f.sectors.applicable):
            hanging(console, "Sectors:", "", _sector_line(f.sectors), "", console.width)
    _language(console, r)
    src = {"option": "set by --mode", "statement_of_use": "from the statement of use", "default": "no statement of "
           "use; checked as with reference"}[r.mode.source]
    console.print(f"Mode: {r.mode.mode.value.replace('_', ' ')} ({src})")
    cov = r.coverage
    console.print(Text(f"Coverage: {cov.percent}% supported, {cov.addressed_percent}% at least partly "
                       f"(of {cov.judged} disclosures checkable here)", style="bold"))
    counts = Text("  ")
    for n, (status, count) in enumerate(c for c in cov.counts if c[1] or c[0] is not Status.NOT_JUDGED):
        counts.append(("  " if n else "") + f"{_status(status)} {count}", style=STYLE[status])
    console.print(counts)
    sev: dict[Severity, int] = defaultdict(int)
    for finding in r.findings:
        sev[finding.severity] += 1
    if len(r.frameworks) > 1:
        _matrix(console, r)
    console.print(f"Findings: {sev[Severity.ERROR]} error, {sev[Severity.WARNING]} warning, {sev[Severity.INFO]} info")
    gate = r.gate.summary()
    if not gate and view.summary:
        gate = ("Gate passed (no threshold or --fail-on set)",)
    for n, line in enumerate(gate):  # passed or failed with reasons, waived/baselined, unused waivers
        _para(console, line, ("red bold" if not r.gate.passed else "green") if n == 0 else "")
    if view.said():
        _para(console, view.said(), "dim")
    console.print()


def _table_at(r: RunResult, table: int) -> str:
    return next((_entry_at(r, e) for e in r.index.entries if e.table == table), "?")


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
        hanging(console, "Language:", "", f"{lang.name} ({lang.code}): the catalogues have no evidence terms in it, "
                 f"so the evidence of {unjudged} disclosures was not judged (status not judged); codes, titles, "
                 "locations and omissions were checked", "", console.width)
    elif lang.code not in ("en", ""):
        hanging(console, "Language:", "", f"{lang.name} ({lang.code}); evidence judged with its terms",
                 "", console.width)


def _matrix(console: Console, r: RunResult) -> None:
    """The framework x status matrix: one row per framework, a column per status (columns narrowed to their
    headings when the usual ones would not fit; a line per framework when even those would not)."""
    statuses = [s for s, n in r.coverage.counts
                if s is not Status.NOT_JUDGED or any(f.coverage.count(s) for f in r.frameworks)]
    names = [f"{f.id} ({'scan' if f.basis == 'scan' else 'index'})" for f in r.frameworks]
    name_w, cols = 22, [13] * len(statuses)
    if 2 + name_w + 6 + sum(cols) > console.width:
        name_w, cols = max(len(n) for n in [*names, "Framework"]) + 2, [len(_status(s)) + 2 for s in statuses]
    if 2 + name_w + 6 + sum(cols) > console.width:
        for name, f in zip(names, r.frameworks):
            counts = ", ".join(f"{_status(s)} {f.coverage.count(s)}" for s in statuses if f.coverage.count(s))
            _para(console, f"  {name}: {f.rows} rows; {counts or 'none judged'}", indent=4)
        return
    head = f"  {'Framework':<{name_w}}{'rows':>6}" + "".join(f"{_status(s):>{w}}" for s, w in zip(statuses, cols))
    console.print(Text(head, style="dim"), soft_wrap=True)
    for name, f in zip(names, r.frameworks):
        line = Text(f"  {name:<{name_w}}{f.rows:>6}")
        for s, w in zip(statuses, cols):
            n = f.coverage.count(s)
            line.append(f"{n:>{w}}", style=STYLE[s] if n else "")
        console.print(line, soft_wrap=True)


def _label(r: RunResult, a: Assessment) -> str:
    """A disclosure's code, with its framework when the run covers several."""
    return f"{a.framework} {a.disclosure.code}" if len(r.frameworks) > 1 else a.disclosure.code


def _gap_list(r: RunResult, view: View) -> list[Assessment]:
    """The gaps shown, worst first: unsupported, not indexed, partial; then by framework and code."""
    order = {f.id: n for n, f in enumerate(r.frameworks)}
    return sorted((a for a in r.assessments if a.status in GAPS and a.basis != "scan" and view.row(a)),
                  key=lambda a: (GAPS.index(a.status), order.get(a.framework, 0), code_sort_key(a.disclosure.code),
                                 a.entry.line if a.entry else 0))


def _top_gaps(console: Console, r: RunResult, view: View) -> None:
    """The summary's gaps: the worst `view.top`, a line each."""
    gaps = _gap_list(r, view)
    if not gaps:
        console.print(Text("No gaps" + (" among the rows shown" if view.said() else ""), style="bold"))
        return
    shown = gaps[:view.top]
    head = f"Gaps ({len(gaps)})" if len(shown) == len(gaps) else f"Top gaps ({len(shown)} of {len(gaps)})"
    console.print(Text(head, style="bold underline"))
    for a in shown:
        where = f" (index {_entry_at(r, a.entry)})" if a.entry else " (not in the index)"
        line = Text(pad(_status(a.status), _LABEL), style=STYLE[a.status])
        line.append(clip(f"{_label(r, a)} {a.disclosure.title}", console.width - _LABEL - cell_len(where)) + where)
        console.print(line, soft_wrap=True)
    if len(shown) < len(gaps):
        console.print(f"… and {len(gaps) - len(shown)} more; run without --summary for every gap, with why and where")


_SUMMARISED = ("GRI-EVD-001", "GRI-EVD-002", "GRI-REQ-001")  # a gap's own line says what these say


class _Said:
    """What the gaps have already printed, so a passage or finding quoted for several rows is printed once."""

    def __init__(self, quotes: dict[tuple[int, str], list[str]]) -> None:
        self.quotes = quotes  # (line, snippet) -> the labels of the gaps quoting it, in order
        self.first: dict[object, str] = {}  # a quote or an "evidence elsewhere" text -> where it was printed

    def once(self, key: object, where: str) -> str | None:
        """None the first time (print it), then where it was printed."""
        if key in self.first:
            return self.first[key]
        self.first[key] = where
        return None


def _gaps(console: Console, r: RunResult, view: View) -> set[int]:
    """The gaps, each with its findings; returns the positions in r.findings of the findings shown (or
    summarised by a gap's line), so that every other finding is listed after them."""
    gaps = _gap_list(r, view)
    shown: set[int] = set()
    if not gaps:
        return shown
    console.print(Text(f"Gaps ({len(gaps)})", style="bold underline"))
    by_code = defaultdict(list)
    for n, f in enumerate(r.findings):
        if f.disclosure:
            by_code[(f.standard, f.disclosure)].append(n)
    quotes: dict[tuple[int, str], list[str]] = defaultdict(list)
    for a in gaps:
        if a.status is Status.PARTIAL and a.evidence:
            quotes[(a.evidence[0].line, a.evidence[0].snippet)].append(_label(r, a))
    said = _Said(quotes)
    repeats = _repeats(r, view)
    width = console.width
    for a in gaps:
        d = a.disclosure
        where = f"  (index {_entry_at(r, a.entry)})" if a.entry else ""
        hanging(console, _status(a.status), STYLE[a.status], f"{_label(r, a)} {d.title}{where}", "bold", width)
        hanging(console, "", "", _why(r, a, said), "", width)
        line = a.entry.line if a.entry else None
        for n in by_code.get((d.standard.id, d.code), []):
            f = r.findings[n]
            if n in shown or (line is not None and f.line is not None and f.line != line and f.rule not in _SUMMARISED):
                continue  # another row of the same disclosure (3-3 per topic) has its own findings
            if f.rule in _SUMMARISED or not view.finding(f):
                shown.add(n)
            elif f.severity is not Severity.INFO:
                shown.add(n)
                if said.once((f.rule, f.message), "") is None:
                    hanging(console, "", "", f"{f.rule} {f.message}{_times(repeats, f)}{_suppressed(r, n)}",
                             SEVERITY_STYLE[f.severity], width)
    console.print()
    return shown


def _repeats(r: RunResult, view: View) -> dict[tuple[str, str], int]:
    """How many shown findings say the same thing (rule and message)."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for f in r.findings:
        if view.finding(f):
            counts[(f.rule, f.message)] += 1
    return counts


def _times(repeats: dict[tuple[str, str], int], f: Finding) -> str:
    n = repeats.get((f.rule, f.message), 1)
    return f" (×{n})" if n > 1 else ""


_LABEL = 12  # width of the label column; wrapped lines hang under the text


def console_for(buf: io.StringIO, width: int, *, color: bool) -> Console:
    """A Console that writes plain report text: markup, emoji and highlighting off; colour only when asked."""
    return Console(file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
                   no_color=not color, highlight=False, emoji=False, markup=False, legacy_windows=False,
                   soft_wrap=False, _environ={})


def hanging(console: Console, label: str, label_style: str, body: str, body_style: str, width: int) -> None:
    """A label and a body wrapped by cells with a hanging indent (much cheaper than a rich grid); a label
    wider than its column pushes the first line along."""
    lead = max(_LABEL, cell_len(label) + 1) if label else _LABEL
    lines = wrap(body, width - _LABEL, first=width - lead) or [""]
    first = Text(pad(label, lead), style=label_style)
    first.append(lines[0], style=body_style)
    console.print(first, soft_wrap=True)
    for line in lines[1:]:
        console.print(Text(" " * _LABEL + line, style=body_style), soft_wrap=True)


def _why(r: RunResult, a: Assessment, said: _Said) -> str:
    here = f"{_label(r, a)}, index {_entry_at(r, a.entry)}" if a.entry else _label(r, a)
    if a.entry is None:
        where = "not in the content index"
    else:
        cited = [x.cited.text for x in a.locations] or ["(no location)"]
        unresolved = [x.cited.text for x in a.locations if x.cited.kind.value == "section" and not x.resolved]
        where = f"cited: {'; '.join(cited)}"
        if unresolved:
            where += f" — not found: {'; '.join(unresolved)}"
    missing = [i.item.id for i in a.items if i.score == 0]
    found = f"; items found {a.coverage}%" + (f", missing {', '.join(missing)}" if missing and a.items else "")
    best = a.evidence[0] if a.evidence else None
    quote = ""
    if best and a.status is Status.PARTIAL:
        key = (best.line, best.snippet)
        earlier = said.once(key, here)
        at = _where(best.page, best.line)
        if earlier is not None:
            quote = f"; e.g. {at}: as quoted above ({earlier})"
        else:
            users = said.quotes.get(key, [])
            also = f" (quoted for {len(users)} rows: {_codes(users)})" if len(users) > 1 else ""
            quote = f'; e.g. {at}: "{best.snippet}"{also}'
    elsewhere = ""
    if a.found_elsewhere:
        text = ", ".join(
            f"{x.section} ({_where(x.page, x.line)}, "
            + (f"figures for items {', '.join(x.figures)})" if x.figures else f"{x.score}%)")
            for x in a.found_elsewhere)
        earlier = said.once(("elsewhere", text), here)
        elsewhere = f"; evidence elsewhere: {text}" if earlier is None else f"; evidence elsewhere: as for {earlier}"
    return f"{where}{found if a.entry else ''}{quote}{elsewhere}{_related(a)}"


def _codes(labels: list[str]) -> str:
    """"3-3 ×5, 2-13": each label once, in order, with how often it occurs."""
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return ", ".join(f"{k} ×{n}" if n > 1 else k for k, n in counts.items())


def _related(a: Assessment) -> str:
    """Related requirements checked in this run (the JSON lists the others too)."""
    checked = [x for x in a.related if x.status is not None]
    if not checked:
        return ""
    parts = []
    for x in checked[:4]:
        at = f' at "{x.offered.section}" ({_where(x.offered.page, x.offered.line)})' if x.offered else ""
        status = x.status.value.replace("_", " ") if x.status else "not checked"
        parts.append(f"{x.disclosure.framework} {x.disclosure.code} {status}{at}")
    more = f" and {len(checked) - 4} more" if len(checked) > 4 else ""
    return f"; related: {', '.join(parts)}{more}"


def _other_rows(console: Console, r: RunResult, view: View) -> None:
    """Rows whose code no loaded catalogue defines (GRI G4 sector codes FS7, MM1): listed, not checked."""
    rows = [e for e in r.index.entries if e.other and view.framework(e.framework) and not view.statuses]
    if not rows:
        return
    console.print(Text(f"Rows not checked ({len(rows)}: no loaded catalogue defines their codes)",
                       style="bold underline"))
    for e in rows:
        where = f"; cites {e.raw_location}" if e.raw_location else ""
        hanging(console, e.raw_code, "", f"{e.title} ({_entry_at(r, e)}{where})", "", console.width)
    console.print()


def _scans(console: Console, r: RunResult, view: View) -> None:
    """Frameworks searched without an index: each requirement, its status and where its evidence is."""
    for f in r.frameworks:
        if f.basis != "scan" or not view.framework(f.id):
            continue
        own = [a for a in r.assessments if a.framework == f.id and a.basis == "scan"]
        cov = f.coverage
        _para(console, f"Evidence scan: {f.name} ({f.id}; the report prints no {f.id} index) — "
                       f"{cov.count(Status.SUPPORTED)} supported, {cov.count(Status.PARTIAL)} partial, "
                       f"{cov.count(Status.UNSUPPORTED)} unsupported of {len(own)}", "bold underline")
        for a in own:
            if not view.row(a):
                continue
            where = ", ".join(f"{x.section} ({_where(x.page, x.line)}, {x.score}%)"
                              for x in a.found_elsewhere) or "no section addresses it"
            hanging(console, a.status.value, STYLE[a.status], f"{a.disclosure.code} {a.disclosure.title} — {where}",
                     "", console.width)
        console.print()


def _other_findings(console: Console, r: RunResult, shown: set[int], view: View) -> None:
    """Every finding not shown under a gap: about the index, rows that are not gaps, codes it does not know.
    Findings saying the same thing are printed once, with how many there are."""
    rest = [(n, f) for n, f in enumerate(r.findings) if n not in shown and view.finding(f)]
    if not rest:
        return
    console.print(Text(f"Other findings ({len(rest)})", style="bold underline"))
    repeats: dict[tuple[str, str], int] = defaultdict(int)
    for _, f in rest:
        repeats[(f.rule, f.message)] += 1
    printed: set[tuple[str, str]] = set()
    for n, f in rest:
        if (f.rule, f.message) in printed:
            continue
        printed.add((f.rule, f.message))
        hanging(console, f.severity.value, SEVERITY_STYLE[f.severity],
                 f"{f.rule} {f.message}{_times(repeats, f)}{_suppressed(r, n)}", "", console.width)
    console.print()


def _suppressed(r: RunResult, n: int) -> str:
    """How the gate treats the n-th finding: waived (by whom, until when, why) or baselined; else nothing."""
    return suppressed_note(r.gate.suppression(n))


_CODE_MAX = 16  # cells; a longer code (frameworks keyed by title) wraps in its column


def _tables(console: Console, r: RunResult, view: View) -> None:
    """A table per standard, laid out in fixed columns (rich.Table costs a tenth of a second here)."""
    by_std = defaultdict(list)
    for a in r.assessments:
        if a.basis != "scan" and view.row(a):
            by_std[a.disclosure.standard].append(a)
    order = {f.id: n for n, f in enumerate(r.frameworks)}
    header = ("Code", "Status", "Items", "Title", "Cited location", "Evidence")
    for std in sorted(by_std, key=lambda s: (order.get(s.framework, 0), code_sort_key(s.number), s.year)):
        code_w = min(max(7, *(cell_len(a.disclosure.code) for a in by_std[std])), _CODE_MAX)
        free = max(console.width - 20 - code_w, 24)  # after code, status, items and the gaps between columns
        widths = (code_w, 12, 5, free * 2 // 5, free // 4, free - free * 2 // 5 - free // 4 - 2)
        _para(console, std.id, "bold underline")
        console.print(Text(" ".join(_row(header, widths)[0]).rstrip(), style="dim"), soft_wrap=True)
        for a in by_std[std]:
            cited = "; ".join(x.cited.text for x in a.locations) or ("-" if a.entry else "not indexed")
            ev = a.evidence[0] if a.evidence else None
            cells = (a.disclosure.code, a.status.value, f"{a.coverage}%" if a.items else "", a.disclosure.title,
                     cited, f"{_where(ev.page, ev.line)} ({ev.section})" if ev else "")
            for n, line in enumerate(_row(cells, widths)):
                text = Text(" ".join(line).rstrip())
                if n == 0:
                    start = len(line[0]) + 1
                    text.stylize(STYLE[a.status], start, start + len(a.status.value))
                console.print(text, soft_wrap=True)
        console.print()


def _row(cells: tuple[str, ...], widths: tuple[int, ...]) -> list[list[str]]:
    """Cells wrapped to their column widths (in cells), line by line, each padded to its column."""
    wrapped = [wrap(c, w) or [""] for c, w in zip(cells, widths)]
    height = max(len(w) for w in wrapped)
    return [[pad(w[i] if i < len(w) else "", width) for w, width in zip(wrapped, widths)] for i in range(height)]
