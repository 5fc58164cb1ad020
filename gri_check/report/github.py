"""GitHub Actions workflow commands: one annotation per finding, on the report file and line.

`::error file=F,line=N,title=T::message`. Escaping follows the runner's command parser: in the message
%, CR and LF are percent-encoded; in property values also ":" and ",", which would end the value. Info
findings, and findings waived or in the baseline (marked so), are notices. A failed gate adds one error
annotation without a file, so the log shows why.
"""
from __future__ import annotations

from gri_check.gate import Suppression
from gri_check.model import Finding, Severity
from gri_check.report.cells import printable
from gri_check.report.rows import finding_page, suppressed_note
from gri_check.result import RunResult

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    lines = [_annotation(f, result, result.gate.suppression(n)) for n, f in enumerate(result.findings)]
    if not result.gate.passed:
        lines.append(command("error", {"title": "gri-check gate failed"},
                             f"{result.report_path}: " + "; ".join(result.gate.reasons)))
    return "".join(line + "\n" for line in lines)


def _annotation(f: Finding, result: RunResult, suppression: Suppression | None) -> str:
    props = {"file": result.report_path}
    if f.line is not None and f.line >= 1:
        props["line"] = str(f.line)
    props["title"] = f"{f.rule} {f.name}"
    page = finding_page(result, f) if result.report.document.pages else None
    level = COMMAND[f.severity] if suppression is None else "notice"  # the gate does not count it
    return command(level, props, f.message + (f" (report page {page})" if page else "") + suppressed_note(suppression))


def command(name: str, props: dict[str, str], message: str) -> str:
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{name} {joined}::{escape_data(message)}" if joined else f"::{name}::{escape_data(message)}"


def escape_data(text: str) -> str:
    text = printable(text.replace("\r", "\n"))  # line breaks are encoded below; an ESC from the report is not
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
