"""The JSON report: a public, versioned contract (docs/json-format.md). Never change a field's meaning."""
from __future__ import annotations

import json
from typing import Any

from gri_check import __version__
from gri_check.fingerprint import of_run
from gri_check.gate import GateResult, Suppression, Waiver
from gri_check.match.assess import Assessment, page_label
from gri_check.match.sector import SectorChoice, Sectors, TopicStatus
from gri_check.model import Finding
from gri_check.result import Coverage, FrameworkResult, RunResult, Source

SCHEMA_VERSION = "2.3"


def to_dict(result: RunResult) -> dict[str, Any]:
    ci, sou = result.index, result.index.statement_of_use
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "gri-check", "version": __version__},
        "report": _source(result.report),
        "against": _source(result.against) if result.against else None,
        "catalogues": list(result.catalogues),
        "crosswalks": list(result.crosswalks),
        "reporting_year": result.period,
        "language": {"code": result.language.code or None, "name": result.language.name,
                     "percent": result.language.percent, "reliable": result.language.reliable,
                     "evidence_judged": result.language.code in _judged_languages(result)},
        "mode": {"value": result.mode.mode.value, "source": result.mode.source},
        "statement_of_use": {"mode": sou.mode.value if sou else None, "text": sou.text if sou else None,
                             "line": sou.line if sou else None},
        "content_index": {"found": ci.found, "title": ci.title, "line": ci.title_line, "rows": len(ci.entries),
                          "tables": [{"framework": t.framework, "title": t.title, "line": t.title_line, "rows": t.rows}
                                     for t in ci.tables],
                          "groups": len(ci.groups), "gri1_used": ci.gri1_used,
                          "sector_standards": list(ci.sector_standards),
                          "rows_unknown_code": result.unmatched_rows,
                          "rows_other_codes": sum(1 for e in ci.entries if e.other),
                          "other_rows": [{"framework": e.framework, "raw_code": e.raw_code, "title": e.title,
                                          "raw_location": e.raw_location, "line": e.line,
                                          "page": page_label(result.report.document, e.page)}
                                         for e in ci.entries if e.other]},
        "frameworks": [_framework(f) for f in result.frameworks],
        "coverage": _coverage(result.coverage),
        "gate": _gate(result.gate),
        "disclosures": [_disclosure(a, result, result.gate.acceptance(n)) for n, a in enumerate(result.assessments)],
        "findings": [_finding(f, result, fp, result.gate.suppression(n))
                     for n, (f, fp) in enumerate(zip(result.findings, of_run(result)))],
    }


def _judged_languages(result: RunResult) -> set[str]:
    """Languages the checked disclosures have evidence terms in: English, Chinese, and their evidence_lang."""
    langs = {"en", "zh"}
    for a in result.assessments:
        langs.update(code for i in a.disclosure.items for code, _ in i.evidence_lang)
    return langs


def _coverage(cov: Coverage) -> dict[str, Any]:
    return {**{s.value: n for s, n in cov.counts}, "judged": cov.judged, "percent": cov.percent,
            "addressed_percent": cov.addressed_percent}


def _framework(f: FrameworkResult) -> dict[str, Any]:
    ind = f.industry
    return {"id": f.id, "name": f.name, "basis": f.basis, "rows": f.rows,
            "tables": [{"title": t.title, "line": t.title_line, "rows": t.rows} for t in f.tables],
            "mode": {"value": f.mode.mode.value, "source": f.mode.source} if f.mode else None,
            "industry": None if ind is None else {"code": ind.code, "name": ind.name, "source": ind.source,
                                                  "why": ind.why},
            "coverage": _coverage(f.coverage), "unverified": f.unverified,
            "sector_standards": _sectors(f.sectors)}


def _sectors(s: Sectors | None) -> dict[str, Any] | None:
    """A framework's sector standards: stated, applicable (with each topic's status), inferred from words."""
    if s is None:
        return None
    return {"stated": list(s.stated), "line": s.stated_line, "none_stated": s.none_stated,
            "applicable": [_sector(c) for c in s.applicable],
            "inferred": None if s.inferred is None else {"id": s.inferred.standard.id, "evidence": s.inferred.evidence},
            "why": s.why}


def _sector(c: SectorChoice) -> dict[str, Any]:
    return {"id": c.standard.id, "basis": c.basis.value, "evidence": c.evidence, "line": c.line,
            "effective": c.standard.effective, "provenance": c.standard.provenance,
            "counts": {st.value: c.count(st) for st in TopicStatus},
            "topics": [{"code": t.topic.code, "title": t.topic.title, "status": t.status.value, "line": t.line,
                        "evidence": t.evidence, "provenance": t.topic.provenance} for t in c.topics]}


def _source(src: Source) -> dict[str, Any]:
    doc = src.document
    return {"path": src.path, "sha256": src.sha256, "format": doc.format, "sections": len(doc.sections),
            "pages": len(doc.pages)}


def _disclosure(a: Assessment, result: RunResult, waiver: Waiver | None) -> dict[str, Any]:
    d, e = a.disclosure, a.entry
    sections = result.document.sections
    return {
        "framework": d.framework,
        "code": d.code,
        "title": d.title,
        "standard": d.standard.id,
        "provenance": d.provenance,
        "status": a.status.value,
        "basis": a.basis,
        "indexed": e is not None,
        "coverage": a.coverage,
        "index_row": None if e is None else {"raw_code": e.raw_code, "raw_title": e.title,
                                             "raw_location": e.raw_location, "line": e.line,
                                             "page": page_label(result.report.document, e.page), "table": e.table,
                                             "references": list(e.references)},
        "omission": None if e is None or e.omission is None else {"reason": e.omission.reason.value,
                                                                  "explanation": e.omission.explanation,
                                                                  "text": e.omission.text},
        "locations": [{"cited": r.cited.text, "kind": r.cited.kind.value,
                       "resolved": [sections[n].title for n in r.sections], "score": r.score,
                       "pages": list(r.cited.pages), "document": r.cited.document, "note": r.note or None}
                      for r in a.locations],
        "items": [{"id": i.item.id, "score": i.score} for i in a.items],
        "evidence": [{"section": q.section, "line": q.line, "page": q.page, "snippet": q.snippet, "score": q.score}
                     for q in a.evidence],
        "found_elsewhere": [{"section": x.section, "line": x.line, "page": x.page, "score": x.score,
                             "figures": list(x.figures)} for x in a.found_elsewhere],
        "related": [{"framework": r.disclosure.framework, "code": r.disclosure.code, "title": r.disclosure.title,
                     "subject": r.subject, "provenance": r.provenance,
                     "status": r.status.value if r.status else None,
                     "evidence": None if r.offered is None else {"section": r.offered.section, "line": r.offered.line,
                                                                 "page": r.offered.page, "snippet": r.offered.snippet}}
                    for r in a.related],
        "waiver": None if waiver is None else _waiver(waiver),  # 2.3: the waiver accepting this gap
    }


def _gate(g: GateResult) -> dict[str, Any]:
    """Schema 2.3 adds everything after reasons."""
    return {"passed": g.passed, "reasons": list(g.reasons), "waived": g.waived, "baselined": g.baselined,
            "thresholds": [{"scope": t.scope, "id": t.id, "fail_under": t.fail_under, "percent": t.percent,
                            "judged": t.judged, "waived": t.waived, "passed": t.passed} for t in g.thresholds],
            "expired_waivers": [_waiver(w) for w in g.expired_waivers],
            "unused_waivers": [_waiver(w) for w in g.unused_waivers]}


def _waiver(w: Waiver) -> dict[str, Any]:
    return {"number": w.number, "disclosure": w.disclosure, "framework": w.framework, "rule": w.rule,
            "justification": w.justification, "owner": w.owner, "expires": w.expires.isoformat()}


def _suppression(s: Suppression | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"kind": s.kind, "waiver": _waiver(s.waiver) if s.waiver else None}


def _finding(f: Finding, result: RunResult, fingerprint: str, suppression: Suppression | None) -> dict[str, Any]:
    return {"rule": f.rule, "name": f.name, "severity": f.severity.value, "framework": f.framework,
            "disclosure": f.disclosure, "standard": f.standard, "line": f.line,
            "page": page_label(result.report.document, f.page),
            "confidence": f.confidence,
            "message": f.message, "fingerprint": fingerprint, "suppression": _suppression(suppression)}


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2) + "\n"
