"""A Markdown summary for a review comment or $GITHUB_STEP_SUMMARY: gate, counts, coverage per framework,
the top gaps with their findings, and the full lists folded in <details>.

Report text is untrusted: HTML is escaped, Markdown punctuation is backslash-escaped (so a title cannot
open a link, an image, a table cell or an @mention), control and bidirectional-override characters are
dropped. The whole stays under GitHub's 65,536-character comment limit: the folded lists are cut first.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gri_check import __version__
from gri_check.gate import Suppression
from gri_check.model import Finding, Severity, Status, code_sort_key
from gri_check.report.rows import GAPS, Row, cited, label, resolved_pages, rows_of, suppressed_note, why
from gri_check.result import Coverage, RunResult

LIMIT = 60_000  # characters; GitHub refuses comments over 65,536
TOP_GAPS = 10
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_PUNCT = re.compile(r"([\\`*_\[\]|~$@#])")  # what acts inline; line starts are always ours


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    view = rows_of(result)
    head = [*_summary(result), "", *_coverage(result), "", *_gaps(result, view.rows)]
    budget = LIMIT - sum(len(line) + 1 for line in head)
    rows = _fit(_disclosure_table(result, view.rows), budget // 2, "disclosures")
    found = _fit([_finding(f, result.gate.suppression(n)) for n, f in enumerate(result.findings)],
                 budget - sum(len(x) + 1 for x in rows), "findings")
    out = [*head, "", f"<details><summary>All disclosures ({len(view.rows)})</summary>", "", *rows, "",
           "</details>", "", f"<details><summary>All findings ({len(result.findings)})</summary>", "", *found, "",
           "</details>"]
    return "\n".join(out) + "\n"


def esc(text: str) -> str:
    """Report text made inert in GitHub Markdown, on one line."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _PUNCT.sub(r"\\\1", text)


def _summary(r: RunResult) -> list[str]:
    gate = ("**Gate passed.**" if r.gate.passed else
            "**Gate failed:** " + esc("; ".join(r.gate.reasons)) + ".")
    lines = r.gate.summary()
    rest = lines[1:] if lines and lines[0].startswith("Gate") else lines
    if r.gate.passed and lines and lines[0].startswith("Gate passed:"):
        gate = f"**Gate passed:** {esc(lines[0].removeprefix('Gate passed: '))}."
    gate += "".join(f"  \n{esc(x)}" for x in rest)
    cov = r.coverage
    sev = Counter(f.severity for f in r.findings)
    mode = r.mode.mode.value.replace("_", " ")
    return [f"## gri-check: {'passed' if r.gate.passed else 'failed'} — {esc(r.report_path)}", "",
            gate, "",
            f"**Coverage: {cov.percent}% supported**, {cov.addressed_percent}% at least partly, of {cov.judged} "
            f"disclosures checkable here. Mode: {mode}. Findings: {sev[Severity.ERROR]} error, "
            f"{sev[Severity.WARNING]} warning, {sev[Severity.INFO]} info. gri-check {__version__}."]


def _coverage(r: RunResult) -> list[str]:
    """The framework x status matrix, with each framework's supported share."""
    shown = [s for s, n in r.coverage.counts if n or s is not Status.NOT_JUDGED]
    head = ["Framework", "Rows", *(s.value.replace("_", " ").capitalize() for s in shown), "Coverage"]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    frameworks = r.frameworks or ()
    for f in frameworks:
        out.append(_matrix_row(f"{esc(f.id)} ({'scan' if f.basis == 'scan' else 'index'})", f.rows, f.coverage, shown))
    if len(frameworks) != 1:
        out.append(_matrix_row("**All**", sum(f.rows for f in frameworks), r.coverage, shown))
    return out


def _matrix_row(name: str, rows: int, cov: Coverage, shown: Sequence[Status]) -> str:
    return "| " + " | ".join([name, str(rows), *(str(cov.count(s)) for s in shown), f"{cov.percent}%"]) + " |"


def _gaps(r: RunResult, rows: Sequence[Row]) -> list[str]:
    order = {f.id: n for n, f in enumerate(r.frameworks)}
    waived = sum(1 for x in rows if x.assessment.status in GAPS and x.waiver is not None)
    gaps = sorted((x for x in rows
                   if x.assessment.status in GAPS and x.assessment.basis != "scan" and x.waiver is None),
                  key=lambda x: (GAPS.index(x.assessment.status), order.get(x.assessment.framework, 0),
                                 code_sort_key(x.assessment.disclosure.code),
                                 x.assessment.entry.line if x.assessment.entry else 0))
    accepted = [f"{waived} gap(s) accepted by waivers are not listed here."] if waived else []
    if not gaps:
        return ["No gaps: every disclosure checked is supported or accounted for.", *accepted]
    out = [f"### Top gaps ({min(len(gaps), TOP_GAPS)} of {len(gaps)})", "", *accepted, *([""] if accepted else [])]
    for n, x in enumerate(gaps[:TOP_GAPS], 1):
        a = x.assessment
        where = f" (index line {a.entry.line})" if a.entry else ""
        out.append(f"{n}. **{a.status.value.replace('_', ' ')}** {esc(label(a))} {esc(a.disclosure.title)}{where}  ")
        out.append(f"   {esc(why(a))}")
        out += [f"   - `{f.rule}` {f.severity.value}: {esc(f.message)}{esc(suppressed_note(s))}"
                for f, s in zip(x.findings, x.suppressions or (None,) * len(x.findings))
                if f.severity is not Severity.INFO]
    return out


def _disclosure_table(r: RunResult, rows: Sequence[Row]) -> list[str]:
    out = ["| Code | Title | Status | Items | Cited location | Pages | Findings |",
           "|---|---|---|---:|---|---|---:|"]
    for x in rows:
        a = x.assessment
        out.append("| " + " | ".join([
            esc(label(a)), esc(a.disclosure.title), a.status.value.replace("_", " "),
            f"{a.coverage}%" if a.items else "", esc(cited(a)) or ("" if a.entry else "not indexed"),
            esc(", ".join(resolved_pages(r, a))), str(len(x.findings))]) + " |")
    return out


def _finding(f: Finding, suppression: Suppression | None) -> str:
    line = f" (line {f.line})" if f.line is not None else ""
    return f"- **{f.severity.value}** `{f.rule}` {esc(f.message)}{line}{esc(suppressed_note(suppression))}"


def _fit(lines: list[str], budget: int, what: str) -> list[str]:
    """As many lines as fit in budget characters, then a line saying how many were left out."""
    used, out = 0, list[str]()
    for n, line in enumerate(lines):
        if used + len(line) + 1 > budget:
            return [*out, "", f"… {len(lines) - n} more {what} left out to stay under GitHub's size limit: "
                              "see the JSON or CSV output."]
        out.append(line)
        used += len(line) + 1
    return out
