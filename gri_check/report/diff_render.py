"""A DiffResult (gri_check/diff.py) as terminal text, JSON (schema "1.0", kind "gri-check-diff") or Markdown.

Each renderer is pure: the same two reports give the same bytes (no timestamps, paths as given).
"""
from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping
from typing import Any

from rich.text import Text

from gri_check import __version__
from gri_check.diff import KIND, SCHEMA_VERSION, DiffResult, FindingRef, Row, RowChange, Side
from gri_check.report import terminal
from gri_check.report.cells import terminal_safe
from gri_check.report.terminal import console_for

_STATUS_STYLE = {"supported": "green", "partial": "yellow", "unsupported": "red bold", "external": "cyan",
                 "omitted": "magenta", "not_indexed": "red", "not_judged": "dim", "removed": "red"}
_SEVERITY_STYLE = {"error": "red bold", "warning": "yellow", "info": "dim"}


def _status(s: str | None) -> str:
    return (s or "removed").replace("_", " ")


def _label(c: RowChange) -> str:
    return f"{c.framework} {c.code}" + (f" (row {c.occurrence})" if c.occurrence > 1 else "")


def _at(row: Row | None) -> str:
    if row is None or row.line is None:
        return "not in the index"
    return f"index p. {row.page}" if row.page else f"index line {row.line}"


def _location(row: Row | None) -> str:
    if row is None or row.location is None:
        return "(not indexed)"
    return f'"{row.location}"' if row.location else "(no location)"


def _pct(v: float | None) -> str:
    return "?" if v is None else f"{v}%"


def _points(old: float | None, new: float | None) -> str:
    if old is None or new is None:
        return ""
    delta = round(new - old, 1)
    return f" ({'+' if delta > 0 else ''}{delta} points)" if delta else " (unchanged)"


def _counts(d: DiffResult) -> str:
    return (f"{len(d.of('supported'))} newly supported, {len(d.of('missing'))} newly missing, "
            f"{_n(len(d.status_changes), 'status change')}, {_n(len(d.location_changes), 'location change')}, "
            f"{_n(d.count('added'), 'row')} added, {d.count('removed')} removed; findings: {len(d.new_findings)} new, "
            f"{len(d.fixed_findings)} fixed")


def _n(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _others(d: DiffResult) -> tuple[RowChange, ...]:
    """Status changes that are neither newly supported nor newly missing (partial -> unsupported ...)."""
    return tuple(c for c in d.status_changes if c.newly is None)


def _added_removed(d: DiffResult) -> tuple[RowChange, ...]:
    """Rows added or removed that are neither newly supported nor newly missing (a new partial row ...)."""
    return tuple(c for c in d.rows if c.change in ("added", "removed") and c.newly is None)


def _change_line(c: RowChange) -> str:
    """"GRI 413-1 Title: unsupported (index line 407) -> supported (index line 406)"."""
    return f"{_label(c)} {c.title}: {_status(c.old.status) if c.old else 'not in the old run'} ({_at(c.old)}) → " \
           f"{_status(c.new.status) if c.new else 'gone from the index'}" + (f" ({_at(c.new)})" if c.new else "")


def _finding_line(f: FindingRef) -> str:
    return f"{f.rule} {f.message}"


# --- terminal

def render_terminal(d: DiffResult, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    console = console_for(buf, width, color=color)

    def hanging(label: str, style: str, body: str, body_style: str = "") -> None:
        terminal.hanging(console, label, style, body, body_style, width)

    def head(title: str, n: int) -> None:
        console.print()
        console.print(Text(f"{title} ({n})", style="bold underline"))

    console.print(Text(f"gri-check diff {__version__}", style="bold"))
    hanging("Old:", "", _side_line(d.old))
    hanging("New:", "", _side_line(d.new))
    hanging("Coverage:", "bold", f"{_pct(d.old.percent)} → {_pct(d.new.percent)} supported"
            f"{_points(d.old.percent, d.new.percent)}; {_pct(d.old.addressed_percent)} → "
            f"{_pct(d.new.addressed_percent)} at least partly")
    hanging("Changes:", "", _counts(d))
    sections: list[tuple[str, tuple[RowChange, ...]]] = [
        ("Newly supported", d.of("supported")), ("Newly missing", d.of("missing")),
        ("Other status changes", _others(d)), ("Rows added or removed", _added_removed(d))]
    for title, rows in sections:
        if rows:
            head(title, len(rows))
            for c in rows:
                state = _status(c.new.status) if c.new else "removed"
                hanging(state, _STATUS_STYLE.get(c.new.status if c.new else "removed", ""), _change_line(c))
    if d.location_changes:
        head("Locations changed", len(d.location_changes))
        for c in d.location_changes:
            hanging("", "", f"{_label(c)} {c.title}: {_location(c.old)} → {_location(c.new)}")
    for title, found in (("New findings", d.new_findings), ("Fixed findings", d.fixed_findings)):
        if found:
            head(title, len(found))
            for f in found:
                hanging(f.severity, _SEVERITY_STYLE.get(f.severity, ""), _finding_line(f))
    if not d.rows and not d.new_findings and not d.fixed_findings:
        console.print()
        console.print("No changes in disclosures or findings.")
    return terminal_safe("".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines()), color=color)


def _side_line(s: Side) -> str:
    year = f", reporting year {s.reporting_year}" if s.reporting_year else ""
    return f"{s.file} (report {s.report}{year}; schema {s.schema_version})"


# --- JSON

def to_dict(d: DiffResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": KIND,
        "tool": {"name": "gri-check", "version": __version__},
        "old": _side(d.old),
        "new": _side(d.new),
        "coverage": {"old": d.old.percent, "new": d.new.percent,
                     "change": None if d.old.percent is None or d.new.percent is None
                     else round(d.new.percent - d.old.percent, 1),
                     "addressed_old": d.old.addressed_percent, "addressed_new": d.new.addressed_percent},
        "summary": {"newly_supported": len(d.of("supported")), "newly_missing": len(d.of("missing")),
                    "status_changes": len(d.status_changes), "location_changes": len(d.location_changes),
                    "rows_added": d.count("added"), "rows_removed": d.count("removed"),
                    "new_findings": len(d.new_findings), "fixed_findings": len(d.fixed_findings),
                    "regressed": d.regressed},
        "disclosures": [{"framework": c.framework, "code": c.code, "title": c.title, "occurrence": c.occurrence,
                         "change": c.change, "newly": c.newly, "location_changed": c.location_changed,
                         "old": _row(c.old), "new": _row(c.new)} for c in d.rows],
        "findings": {"new": [_finding(f) for f in d.new_findings], "fixed": [_finding(f) for f in d.fixed_findings]},
    }


def _side(s: Side) -> dict[str, Any]:
    return {"file": s.file, "report": s.report, "sha256": s.sha256, "schema_version": s.schema_version,
            "reporting_year": s.reporting_year}


def _row(r: Row | None) -> dict[str, Any] | None:
    return None if r is None else {"status": r.status, "location": r.location, "line": r.line, "page": r.page}


def _finding(f: FindingRef) -> dict[str, Any]:
    return {"rule": f.rule, "severity": f.severity, "framework": f.framework, "disclosure": f.disclosure,
            "line": f.line, "page": f.page, "message": f.message, "fingerprint": f.fingerprint}


def render_json(d: DiffResult, *, color: bool = False, width: int = 100) -> str:
    return json.dumps(to_dict(d), ensure_ascii=False, indent=2) + "\n"


# --- Markdown

def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head),
            *("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows), ""]


def render_markdown(d: DiffResult, *, color: bool = False, width: int = 100) -> str:
    out = ["# gri-check diff", "",
           *_table(("", "Old", "New"), [
               ("JSON report", d.old.file, d.new.file), ("Report checked", d.old.report, d.new.report),
               ("Reporting year", str(d.old.reporting_year or ""), str(d.new.reporting_year or "")),
               ("Supported coverage", _pct(d.old.percent), _pct(d.new.percent)),
               ("At least partly", _pct(d.old.addressed_percent), _pct(d.new.addressed_percent))]),
           f"**Changes:** {_counts(d)}.", ""]
    sections = (("Newly supported", d.of("supported")), ("Newly missing", d.of("missing")),
                ("Other status changes", _others(d)),
                ("Rows added or removed", _added_removed(d)))
    for title, rows in sections:
        if rows:
            out += [f"## {title} ({len(rows)})", "",
                    *_table(("Disclosure", "Title", "Old", "New"),
                            [(_label(c), c.title, f"{_status(c.old.status)} ({_at(c.old)})" if c.old else "—",
                              f"{_status(c.new.status)} ({_at(c.new)})" if c.new else "gone from the index")
                             for c in rows])]
    if d.location_changes:
        out += [f"## Locations changed ({len(d.location_changes)})", "",
                *_table(("Disclosure", "Title", "Old location", "New location"),
                        [(_label(c), c.title, _location(c.old), _location(c.new)) for c in d.location_changes])]
    for title, found in (("New findings", d.new_findings), ("Fixed findings", d.fixed_findings)):
        if found:
            out += [f"## {title} ({len(found)})", "",
                    *_table(("Severity", "Rule", "Disclosure", "Message"),
                            [(f.severity, f.rule, " ".join(x for x in (f.framework, f.disclosure) if x), f.message)
                             for f in found])]
    if not d.rows and not d.new_findings and not d.fixed_findings:
        out += ["No changes in disclosures or findings.", ""]
    return "\n".join(out).rstrip("\n") + "\n"


FORMATS: Mapping[str, Callable[..., str]] = {"terminal": render_terminal, "json": render_json,
                                             "markdown": render_markdown}


def render(fmt: str, d: DiffResult, *, color: bool = False, width: int = 100) -> str:
    return FORMATS[fmt](d, color=color, width=width)
