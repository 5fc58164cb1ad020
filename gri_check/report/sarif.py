"""SARIF 2.1.0 for code-scanning tools (GitHub's upload-sarif, GitLab, IDEs).

Every rule of the registry is listed with its docstring as help; each finding is a result pointing to the
report file and line. SARIF regions have no page, so for paged reports (PDF) the printed page is a result
property and is said in the message. partialFingerprints carry the JSON report's fingerprint, so code scanning
tracks a finding across drafts as the baseline does.
"""
from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from gri_check import __version__, rules
from gri_check.fingerprint import of_run
from gri_check.gate import Suppression
from gri_check.model import Finding
from gri_check.report.rows import SARIF_LEVEL, finding_page
from gri_check.result import RunResult, Source
from gri_check.rules.base import Rule

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"  # the folder gri-check ran in: report paths are given relative to it
FINGERPRINT = "griCheck/v1"


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2) + "\n"


def to_dict(result: RunResult) -> dict[str, Any]:
    index = {r.id: n for n, r in enumerate(rules.RULES)}
    prints = of_run(result)  # the JSON report's, so a baseline and code scanning track the same identity
    artifacts = [_artifact(result.report, "analysisTarget")]
    if result.against is not None:
        artifacts.append(_artifact(result.against, "referencedOnCommandLine"))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "gri-check", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(r) for r in rules.RULES]}},
            "originalUriBaseIds": {SRCROOT: {"description": {"text": "The folder gri-check was run in."}}},
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, fp, index.get(f.rule), result, result.gate.suppression(n))
                        for n, (f, fp) in enumerate(zip(result.findings, prints))],
            "properties": {"gate": {"passed": result.gate.passed, "reasons": list(result.gate.reasons)},
                           "coverage": {"percent": result.coverage.percent,
                                        "addressed_percent": result.coverage.addressed_percent,
                                        "judged": result.coverage.judged}},
        }],
    }


def _rule(rule: Rule) -> dict[str, Any]:
    doc = rule.doc
    body = [p for p in doc.split("\n\n")[1:] if not p.startswith("Example finding")]
    return {"id": rule.id, "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": "\n\n".join(body) or rule.summary},
            "help": {"text": doc, "markdown": doc},
            "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity]},
            "properties": {"tags": [rule.id.split("-")[1]], "docs": f"docs/rules.md#{rule.id.lower()}"}}


def _result(f: Finding, fp: str, rule_index: int | None, result: RunResult,
            suppression: Suppression | None) -> dict[str, Any]:
    page = finding_page(result, f) if result.report.document.pages else None
    physical: dict[str, Any] = {"artifactLocation": {**_uri(result.report.path), "index": 0}}
    if f.line is not None and f.line >= 1:
        physical["region"] = {"startLine": f.line}
    props = {k: v for k, v in (("framework", f.framework), ("standard", f.standard), ("disclosure", f.disclosure),
                               ("page", page), ("confidence", f.confidence)) if v is not None}
    out: dict[str, Any] = {"ruleId": f.rule}
    if rule_index is not None:  # a rule id the registry lacks (a finding read from elsewhere) has no index
        out["ruleIndex"] = rule_index
    out |= {"level": SARIF_LEVEL[f.severity],
            "message": {"text": f.message + (f" (report page {page})" if page else "")},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {FINGERPRINT: fp},
            "properties": {"severity": f.severity.value, **props}}
    if suppression is not None:  # code scanning shows it as dismissed, as the gate does not count it
        out["suppressions"] = [_suppression(suppression)]
    return out


def _suppression(s: Suppression) -> dict[str, Any]:
    """A waiver or the baseline, as SARIF's external, accepted suppression."""
    if s.waiver is None:
        return {"kind": "external", "status": "accepted", "justification": "in the --baseline report"}
    w = s.waiver
    return {"kind": "external", "status": "accepted",
            "justification": f"{w.justification} (waiver {w.number}, owner {w.owner}, until {w.expires.isoformat()})",
            "properties": {"owner": w.owner, "expires": w.expires.isoformat()}}


def _artifact(src: Source, role: str) -> dict[str, Any]:
    return {"location": _uri(src.path), "roles": [role], "hashes": {"sha-256": src.sha256}}


def _uri(path: str) -> dict[str, str]:
    """A relative path as a URI reference under %SRCROOT%; an absolute one as a file: URI."""
    p = PurePath(path)
    if p.is_absolute():
        return {"uri": "file://" + quote(p.as_posix())}
    return {"uri": quote(p.as_posix()), "uriBaseId": SRCROOT}
