"""JUnit XML for CI test reports (GitLab, Jenkins, Azure): a testsuite per standard, a testcase per disclosure.

A gap (unsupported, not indexed, partial) or a disclosure with an error-severity finding is a failure whose
text lists its findings; waived and baselined findings do not fail a testcase, and a gap accepted by a
waiver is skipped with the waiver's owner, expiry and justification; a disclosure that cannot be checked
here (external, omitted, not judged) is skipped; the rest pass, with any lesser findings as system-out.
Findings about the index as a whole are testcases of a "report" suite, and the gate is a testcase of its own,
so a failed gate shows in the CI view.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence

from gri_check.gate import Suppression
from gri_check.model import Finding, Severity
from gri_check.report.rows import GAPS, UNCHECKABLE, Row, label, rows_of, suppressed_note, why
from gri_check.result import RunResult

# not allowed in XML 1.0 even escaped
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    view = rows_of(result)
    by_std: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in view.rows:
        d = row.assessment.disclosure
        by_std[(d.framework, d.standard.id)].append(row)
    root = ET.Element("testsuites", name=_clean(f"gri-check {result.report_path}"))
    for (framework, standard), rows in by_std.items():
        suite = _suite(root, f"{framework} / {standard}", framework)
        for row in rows:
            _disclosure_case(suite, row, f"{framework}.{standard}", result.report_path)
    report = _suite(root, "report", "")
    for rule, found in _by_rule(zip(view.loose, view.loose_suppressions or (None,) * len(view.loose))).items():
        _finding_case(report, rule, found, result.report_path)
    gate = ET.SubElement(report, "testcase", classname="gri-check", name="gate")
    if not result.gate.passed:
        ET.SubElement(gate, "failure", type="gate", message=_clean("; ".join(result.gate.reasons)))
    for suite in root:
        _count(suite)
    _count(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(root: ET.Element, name: str, framework: str) -> ET.Element:
    suite = ET.SubElement(root, "testsuite", name=_clean(name))
    if framework:
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="framework", value=_clean(framework))
    return suite


def _disclosure_case(suite: ET.Element, row: Row, classname: str, path: str) -> None:
    a = row.assessment
    name = f"{label(a)} {a.disclosure.title}" + (f" (index line {a.entry.line})" if a.entry else "")
    case = ET.SubElement(suite, "testcase", classname=_clean(classname), name=_clean(name), file=_clean(path))
    if a.entry is not None:
        case.set("line", str(a.entry.line))
    text = "\n".join(f"{f.rule} {f.severity.value}: {f.message}{suppressed_note(s)}"
                     for f, s in zip(row.findings, row.suppressions or (None,) * len(row.findings)))
    message = _clean(f"{a.status.value.replace('_', ' ')}: {why(a)}")
    if row.failed:
        kind = (a.status.value if a.status in GAPS and row.waiver is None
                else next(f.rule for f in row.counted if f.severity is Severity.ERROR))
        fail = ET.SubElement(case, "failure", type=kind, message=message)
        fail.text = _clean(text) or None
    elif a.status in GAPS and row.waiver is not None:  # an accepted gap: neither passed nor failed
        w = row.waiver
        ET.SubElement(case, "skipped", message=_clean(f"{message}; waived by {w.owner} until "
                                                      f"{w.expires.isoformat()}: {w.justification}"))
    elif a.status in UNCHECKABLE:
        ET.SubElement(case, "skipped", message=message)
    if text and not row.failed:
        ET.SubElement(case, "system-out").text = _clean(text)


def _finding_case(suite: ET.Element, rule: str, found: Sequence[tuple[Finding, Suppression | None]],
                  path: str) -> None:
    first = found[0][0]
    case = ET.SubElement(suite, "testcase", classname="gri-check.report", name=_clean(f"{rule} {first.name}"),
                         file=_clean(path))
    text = _clean("\n".join(f"{f.severity.value}: {f.message}{suppressed_note(s)}" for f, s in found))
    counted = [f for f, s in found if s is None and f.severity is Severity.ERROR]
    if counted:
        ET.SubElement(case, "failure", type=rule, message=_clean(counted[0].message)).text = text
    else:
        ET.SubElement(case, "system-out").text = text


def _by_rule(findings: Iterable[tuple[Finding, Suppression | None]]
             ) -> dict[str, list[tuple[Finding, Suppression | None]]]:
    out: dict[str, list[tuple[Finding, Suppression | None]]] = defaultdict(list)
    for pair in findings:
        out[pair[0].rule].append(pair)
    return dict(sorted(out.items()))


def _count(node: ET.Element) -> None:
    """tests/failures/errors/skipped on a suite (from its cases) or on the root (from its suites)."""
    cases = list(node.iter("testcase"))
    node.set("tests", str(len(cases)))
    node.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    node.set("errors", "0")  # an error would be gri-check failing, which exits instead of reporting
    node.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))


def _clean(text: str) -> str:
    """ElementTree escapes &, <, > and quotes; characters XML cannot carry at all are replaced."""
    return _XML_ILLEGAL.sub("\ufffd", text)
