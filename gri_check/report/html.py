"""The HTML gap report: one self-contained page (inline CSS, JS and SVG, no network), docs/html.md.

Data shaping lives here, markup in templates/report.html.j2. The JSON contract (json_.to_dict) is the data
source, so the page shows what the JSON says. Report text is untrusted: every string is made visible
(bidirectional overrides and zero-width characters become "[U+202E]"-style marks) and then autoescaped;
highlighted snippets are built from escaped pieces; no href or src is ever built from report text. A strict
Content-Security-Policy allows only the page's own inline style and script, by their sha256 hashes.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from gri_check import rules
from gri_check.match.assess import Assessment
from gri_check.model import Severity, Status, code_sort_key
from gri_check.report import json_
from gri_check.report.rows import GAPS, UNCHECKABLE, resolved_pages, rows_of
from gri_check.result import RunResult, coverage_of

STATUS_ORDER = (*GAPS, *UNCHECKABLE, Status.SUPPORTED)  # the Status column sorts gaps first
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_SHAPE = re.compile(r"<[^>]*>")  # catalogue terms name shapes ("<number>"): not words of the report
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_STOP = frozenset("with from that this other their which into over such than each what when have been".split())
LABEL_CHARS = 44  # chart labels longer than this are cut; the full name is in the bar's <title>


def render(result: RunResult, *, color: bool = False, width: int = 100) -> str:
    """The page; the same result gives the same bytes (no clock is read: the date shown is the data's)."""
    env = _env()
    css, js = (_source(env, name) for name in ("report.css", "report.js"))
    data = visible(json_.to_dict(result))
    page = env.get_template("report.html.j2")
    return page.render(d=data, css=Markup(css), js=Markup(js), csp=csp(css, js), statuses=_statuses(data),
                       gauge=_gauge(data["coverage"]), bars=_bars(result, data), rows=_rows(result, data),
                       frameworks=list(dict.fromkeys(x["framework"] for x in data["disclosures"])),
                       findings=_findings(result, data), run_date=data.get("run_date"),
                       gate_notes=[line for line in result.gate.summary() if not line.startswith("Gate FAILED")])


@functools.cache
def _env() -> Environment:
    return Environment(loader=PackageLoader("gri_check.report", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _source(env: Environment, name: str) -> str:
    assert env.loader is not None
    text = env.loader.get_source(env, name)[0]
    if "</" in text:  # would end the inline element early
        raise ValueError(f"templates/{name} must not contain '</'")
    return text


def csp(css: str, js: str) -> str:
    """Nothing may load; only this page's own style and script run, pinned by hash."""
    return (f"default-src 'none'; style-src '{_hash(css)}'; script-src '{_hash(js)}'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def visible(value: Any) -> Any:
    """Every string in a JSON value with its invisible or direction-changing characters shown as marks."""
    if isinstance(value, str):
        return _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)
    if isinstance(value, dict):
        return {k: visible(v) for k, v in value.items()}
    if isinstance(value, list):
        return [visible(v) for v in value]
    return value


def highlight(text: str, terms: Iterable[str]) -> Markup:
    """text escaped, with the words of the matched terms in <mark>: pieces are escaped one by one."""
    pattern = _term_pattern(terms)
    if pattern is None:
        return escape(text)
    out, at = [], 0
    for m in pattern.finditer(text):
        out += [escape(text[at:m.start()]), Markup("<mark>"), escape(m.group()), Markup("</mark>")]
        at = m.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)


def _term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Evidence is matched on stems, so a term's word marks the words sharing its first five letters;
    Chinese terms are marked where they occur as written."""
    parts: set[str] = set()
    for term in terms:
        term = _SHAPE.sub(" ", term)
        if _CJK.search(term):
            parts.add(re.escape(term.strip()))
            continue
        for w in re.findall(r"\w+", term):
            if len(w) >= 4 and w.lower() not in _STOP:
                parts.add(re.escape(w[:5]) + r"\w*")
            elif w.isupper() and len(w) >= 2:  # an acronym: GHG, CEO
                parts.add(re.escape(w) + r"\b")
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(parts, key=lambda p: (-len(p), p))) + ")", re.IGNORECASE)


def _statuses(d: dict[str, Any]) -> list[dict[str, Any]]:
    cov = d["coverage"]
    return [{"value": s.value, "label": s.value.replace("_", " "), "count": cov[s.value]} for s in STATUS_ORDER]


def _gauge(cov: dict[str, Any], r: float = 50.0) -> dict[str, Any]:
    """A donut: supported, then partly supported, as stroke-dash lengths of the circle."""
    circ = 2 * math.pi * r
    judged = cov["judged"] or 1
    sup, part = circ * cov["supported"] / judged, circ * cov["partial"] / judged
    return {"r": r, "circ": f"{circ:.2f}", "supported": f"{sup:.2f}", "partial": f"{part:.2f}",
            "partial_offset": f"{-sup:.2f}", "percent": cov["percent"], "addressed": cov["addressed_percent"],
            "judged": cov["judged"]}


def _bars(result: RunResult, d: dict[str, Any]) -> list[dict[str, Any]]:
    """Coverage per framework, then per standard (in framework and code order), as chart rows."""
    out = [_bar(f"{f['id']} (all)", f["name"], "framework", f["coverage"]) for f in d["frameworks"]]
    order = {f["id"]: n for n, f in enumerate(d["frameworks"])}
    by_std: dict[str, list[Assessment]] = defaultdict(list)
    for a in result.assessments:
        by_std[a.disclosure.standard.id].append(a)
    first = {s: min((order.get(a.framework, 99), code_sort_key(a.disclosure.code)) for a in xs)
             for s, xs in by_std.items()}
    for std in sorted(by_std, key=lambda s: (first[s], s)):
        cov = coverage_of(by_std[std])
        out.append(_bar(std, std, "standard", {**{s.value: n for s, n in cov.counts}, "judged": cov.judged,
                                               "percent": cov.percent, "addressed_percent": cov.addressed_percent}))
    for n, b in enumerate(out):
        b["y"] = n * 24
    return out


def _bar(label: str, full: str, kind: str, cov: dict[str, Any]) -> dict[str, Any]:
    short = label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"
    return {"label": short, "full": full, "kind": kind, "judged": cov["judged"], "supported": cov["supported"],
            "percent": cov["percent"], "addressed": cov["addressed_percent"],
            "w": f"{3 * cov['percent']:.1f}", "aw": f"{3 * cov['addressed_percent']:.1f}"}


def _rows(result: RunResult, d: dict[str, Any]) -> list[dict[str, Any]]:
    """One table row per disclosure, with the sort keys the script orders by and its findings' anchors."""
    numbers = {id(f): n for n, f in enumerate(result.findings)}
    view = rows_of(result).rows
    order = {f["id"]: n for n, f in enumerate(d["frameworks"])}
    code_rank = _ranks([(order.get(x["framework"], 99), code_sort_key(x["code"]), n)
                        for n, x in enumerate(d["disclosures"])])
    out = []
    for n, (x, a, row) in enumerate(zip(d["disclosures"], result.assessments, view)):
        terms = _terms(a)
        printed = (x["index_row"] or {}).get("raw_title") or ""
        out.append({"n": n, "x": x, "status_label": x["status"].replace("_", " "),
                    "status_rank": STATUS_ORDER.index(Status(x["status"])), "code_rank": code_rank[n],
                    "printed_title": printed if _norm(printed) != _norm(x["title"]) else "",
                    "sections": list(dict.fromkeys(t for loc in x["locations"] for t in loc["resolved"])),
                    "pages": visible(list(resolved_pages(result, a))),
                    "evidence": [{**q, "html": highlight(q["snippet"], terms)} for q in x["evidence"]],
                    "findings": [{"n": numbers[id(f)], "rule": f.rule} for f in row.findings if id(f) in numbers]})
    return out


def _ranks(keys: Sequence[Any]) -> list[int]:
    ranked = sorted(range(len(keys)), key=lambda n: keys[n])
    out = [0] * len(keys)
    for rank, n in enumerate(ranked):
        out[n] = rank
    return out


def _terms(a: Assessment) -> tuple[str, ...]:
    return tuple(sorted({h.term for i in a.items if i.score > 0 for h in i.hits}))


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _findings(result: RunResult, d: dict[str, Any]) -> list[dict[str, Any]]:
    """Findings by severity, then by rule (each rule's documentation once), in the JSON's order."""
    row_of = {id(f): n for n, row in enumerate(rows_of(result).rows) for f in row.findings}
    groups = []
    for sev in Severity:
        by_rule: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for n, (f, x) in enumerate(zip(result.findings, d["findings"])):
            if x["severity"] == sev.value:
                row = row_of.get(id(f))
                label = "" if row is None else f'{d["disclosures"][row]["framework"]} {d["disclosures"][row]["code"]}'
                by_rule[x["rule"]].append({"n": n, "x": x, "row": row, "row_label": label})
        groups.append({"severity": sev.value, "count": sum(len(v) for v in by_rule.values()),
                       "rules": [{"id": rid, **_rule_doc(rid), "items": items} for rid, items in by_rule.items()]})
    return groups


def _rule_doc(rule_id: str) -> dict[str, Any]:
    try:
        rule = rules.get(rule_id)
    except KeyError:
        return {"name": "", "summary": "", "explanation": []}
    paras = [" ".join(p.split()) for p in rule.doc.split("\n\n") if p.strip()]
    return {"name": rule.name, "summary": paras[0], "explanation": paras[1:]}
