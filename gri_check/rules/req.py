"""REQ: GRI 1's requirements for the claimed reporting mode."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from gri_check.ingest.document import BlockKind
from gri_check.match.prefilter import folded, may_hold, required_words
from gri_check.model import Finding, Mode, Severity, Status
from gri_check.rules.base import CheckContext, Rule, label
from gri_check.standards.catalogue import Disclosure

_CJK = re.compile(r"[\u3400-\u9fff]")

def required_not_indexed(ctx: CheckContext) -> Iterator[Finding]:
    """A disclosure its framework requires is missing from the index.

    In accordance with GRI 1, all of GRI 2 and 3-1, 3-2 and 3-3 must be reported or, where permitted,
    omitted with a reason, and listed in the index. An HKEX ESG index must report or explain every
    comply-or-explain provision and report every mandatory one; an ESRS index, every ESRS 2 disclosure
    requirement. The catalogue says when a framework's required disclosures apply (`required_when`),
    from which date each applies, and which are required.
    Fix: add the disclosure to the index with its location, or a reason for omission (an explanation).

    Example finding: `GRI-REQ-001 GRI 2-5 "External assurance" is required in accordance with GRI 1 but is not in the content index. It may not be omitted. Add it to the index.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        if a.status is not Status.NOT_INDEXED:
            continue
        fw = ctx.framework(a.framework)
        best = a.found_elsewhere[0] if a.found_elsewhere else None
        where = (f' Evidence for it appears under "{best.section}" ({ctx.places.at(best.line, best.page)}).'
                 if best is not None else "")
        must = " It may not be omitted." if not a.disclosure.omittable else ""
        if fw is not None and fw.required_when == "in_accordance":
            claim = f"is required in accordance with {fw.rulebook} but is not in the content index"
        else:
            kind = {"mandatory": " (mandatory)", "comply_or_explain": " (comply or explain)"}.get(
                a.disclosure.obligation, "")
            claim = f"is required by {fw.rulebook if fw else a.framework}{kind} but is not in the {a.framework} index"
        yield REQ_001.finding(f"{label(a.disclosure)} {claim}.{must}{where} Add it to the index.",
                              disclosure=a.disclosure, key="not-indexed")


def statement_of_use_wording(ctx: CheckContext) -> Iterator[Finding]:
    """The statement of use does not follow GRI's wording for its mode.

    GRI 1 fixes the statement: "[Organization] has reported in accordance with the GRI Standards for
    the period [dates]" or "... has reported the information cited in this GRI content index for the
    period [dates] with reference to the GRI Standards". Other wording leaves the claim unclear.
    Fix: use GRI's wording.

    Example finding: `GRI-REQ-002 the statement of use (line 1928) does not follow GRI's wording for reporting in accordance. Use GRI's statement of use.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    s = ctx.index.statement_of_use
    fw = ctx.framework(ctx.index.claims_framework)
    if s is None or fw is None or fw.claims is None:
        return
    if s.mode is Mode.UNKNOWN:
        at = ctx.index_places.at(s.line)
        yield REQ_002.finding(f'the statement of use ({at}) claims neither "in accordance with" nor '
                              f'"with reference to" the {fw.name}. Use {fw.id}\'s wording.', line=s.line, key="mode",
                              framework=fw.id)
        return
    template = fw.claims.templates.get(s.mode.value)
    if template is not None and not _CJK.search(s.text) and not template.search(s.text):  # wording checked in English
        at = ctx.index_places.at(s.line)
        yield REQ_002.finding(f"the statement of use ({at}) does not follow {fw.id}'s wording for reporting "
                              f"{s.mode.value.replace('_', ' ')}. Use {fw.id}'s statement of use.", line=s.line,
                              key="wording", framework=fw.id)


def contradictory_claims(ctx: CheckContext) -> Iterator[Finding]:
    """The report describes its use of the GRI Standards in contradictory ways.

    Example: the index says "in accordance" while an earlier page says "Core option" (a 2016 claim
    that no longer exists), or "with reference" elsewhere.
    Fix: state one claim, in GRI 1's wording, everywhere.

    Example finding: `GRI-REQ-003 the report makes contradictory claims about its use of the GRI Standards: "Core option" (line 14); "in accordance" (line 402). State one claim in GRI 1's wording.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for fw in ctx.catalogue.frameworks:
        if fw.claims is None or not fw.claims.wordings or not any(e.framework == fw.id for e in ctx.index.entries):
            continue
        wordings = fw.claims.wordings
        seen: dict[str, int] = {}
        names = required_words(fw.names_pattern) if fw.names_pattern else None  # "gri": a pre-test
        for b in ctx.document.blocks:
            if b.kind is BlockKind.TOC or not may_hold(folded(b.text), names) or not fw.named_in(b.text):
                continue  # a claim about the framework names it
            for w in wordings:
                if w.name not in seen and w.pattern.search(b.text):
                    seen[w.name] = b.line
        modes = {w.name for w in wordings if w.mode and w.name in seen}
        legacy = {w.name for w in wordings if not w.mode and w.name in seen}
        if len(modes) > 1 or (modes and legacy) or len(legacy) > 1:
            parts = "; ".join(f'"{n}" ({ctx.places.at(line)})' for n, line in sorted(seen.items(), key=lambda t: t[1]))
            yield REQ_003.finding(f"the report makes contradictory claims about its use of the {fw.name}: {parts}. "
                                  f"State one claim in {fw.rulebook}'s wording.", line=min(seen.values()),
                                  key="; ".join(sorted(seen)),
                                  framework=fw.id)


def index_title(ctx: CheckContext) -> Iterator[Finding]:
    """The index is not titled "GRI content index".

    GRI 1 asks for that title so that readers and GRI can find the index.
    Fix: title the index "GRI content index".

    Example finding: `GRI-REQ-004 the content index is not titled "GRI content index" (found "Index of Indicators"). Use that title.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for fw in ctx.catalogue.frameworks:
        table = ctx.index.table_of(fw.id)
        if fw.claims is None or fw.claims.index_title is None or table is None:
            continue
        if not (table.title and fw.claims.index_title.search(table.title)):
            found = f' (found "{table.title}")' if table.title else ""
            yield REQ_004.finding(f'the content index is not titled "{fw.claims.index_title_text}"{found}. Use that '
                                  "title.", line=table.title_line, key="title", framework=fw.id)


def topic_without_management(ctx: CheckContext) -> Iterator[Finding]:
    """Topic disclosures are reported but no 3-3 (management of material topics) is indexed.

    In accordance with GRI 1, each material topic reported needs a 3-3 disclosure.
    Fix: add 3-3 for each material topic.

    Example finding: `GRI-REQ-005 12 topic standards are reported (GRI 205: Anti-corruption 2016, ...) but no 3-3 is indexed. Add 3-3 for each material topic.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    if ctx.mode is not Mode.IN_ACCORDANCE:
        return
    for fw in ctx.catalogue.frameworks:
        management = [d for d in ctx.catalogue.of_framework(fw.id) if d.role == "management_approach"
                      and not d.standard.superseded_by]
        if fw.required_when != "in_accordance" or not management:
            continue
        indexed = [a for a in ctx.assessed.assessments if a.entry is not None and a.framework == fw.id]
        has_management = any(a.disclosure.role == "management_approach" for a in indexed)
        topics = sorted({a.disclosure.standard.id for a in indexed if a.disclosure.standard.kind == "topic"})
        code = management[0].code
        if topics and not has_management:
            yield REQ_005.finding(f"{len(topics)} topic standards are reported ({', '.join(topics[:4])}"
                                  f"{', ...' if len(topics) > 4 else ''}) but no {code} is indexed. "
                                  f"Add {code} for each material topic.", key=code, framework=fw.id)


def withdrawn_standards(ctx: CheckContext) -> Iterator[Finding]:
    """The index cites disclosures of withdrawn standards (GRI 102 and 103 of 2016, 307-1, 419-1).

    They were replaced by GRI 1, 2 and 3 (2021) and by 2-27 for reports published on or after
    1 January 2023; an index written to them was valid only for reports published before that date.

    Fix: for a report published from 2023 on, use the 2021 universal standards and their codes.

    Example finding: `GRI-REQ-006 the index cites 58 disclosures of withdrawn standards (GRI 102: General Disclosures 2016, GRI 103: Management Approach 2016); they apply only to reports published before 1 January 2023. For later reports use GRI 2: General Disclosures 2021 and GRI 3: Material Topics 2021.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    old = [a for a in ctx.assessed.assessments if a.entry is not None and a.disclosure.standard.superseded_by]
    for fid in dict.fromkeys(a.framework for a in old):
        mine = [a for a in old if a.framework == fid]
        names = sorted({a.disclosure.standard.id for a in mine})
        successors = sorted({a.disclosure.standard.superseded_by or "" for a in mine})
        fw = ctx.framework(fid)
        since = min((e.effective for e in fw.editions), default="") if fw else ""
        n = len(mine)
        when = f"they apply only to reports published before {_date(since)}. " if since else ""
        yield REQ_006.finding(f"the index cites {n} disclosure{'s' if n != 1 else ''} of withdrawn standards "
                              f"({', '.join(names)}); {when}For later reports use {' and '.join(successors)}.",
                              key="withdrawn", framework=fid)


def superseded_disclosure(ctx: CheckContext) -> Iterator[Finding]:
    """The index cites a disclosure that a newer standard replaces for this report.

    GRI 101: Biodiversity 2024 replaces GRI 304 for reports published from 1 January 2026; GRI 102: Climate
    Change 2025 and GRI 103: Energy 2025 replace 305-1 to 305-5, GRI 302 and 201-2 from 1 January 2027. The
    catalogue gives each replaced disclosure its last date (`until`) and its successors (`successors`). The
    report's date is the publication year it states ("This report was published on ..."), else the year after
    its reporting period (GRI's dates apply to reports published on or after them); the finding says which.
    For a framework whose dates apply to reporting periods, the reporting year is compared instead. Citing a
    successor early is allowed (no finding), and so is citing the old disclosure before its successor applies.
    Fix: report the successor disclosures instead; if the report was published earlier than assumed, state its
    publication date.

    Example finding: `GRI-REQ-008 the index cites 304-3 "Habitats protected or restored" of GRI 304: Biodiversity 2016, superseded by GRI 101: Biodiversity 2024 for reports published from 1 January 2026; this report (published 2026, line 12) should report 101-2 "Management of biodiversity impacts" instead. Replace the row with its successor.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        d = a.disclosure
        if a.entry is None or not d.until or d.successors is None:
            continue  # an `until` without successors only ends the disclosure's scope
        year, when, applies = _report_year(ctx, d.framework)
        if year is None or d.until >= f"{year}-01-01":
            continue  # dated (at the earliest) on or before its last day
        successors = _successors(ctx, d)
        names = list(dict.fromkeys(s.standard.id for s in successors)) or _sibling_successor_standards(ctx, d)
        by = f", superseded by {' and '.join(names)}" if names else ", superseded"
        since = (dt.date.fromisoformat(d.until) + dt.timedelta(days=1)).isoformat()
        if successors:
            named = [f'{s.code} "{s.title}"' for s in successors]
            them = " and ".join((", ".join(named[:-1]), named[-1])) if len(named) > 1 else named[0]
            one = "its successor" if len(successors) == 1 else "them"
            advice = f"should report {them} instead. Replace the row with {one}."
        else:
            advice = (f"should report the disclosures of {' and '.join(names)} instead (none replaces it one to one)."
                      if names else "should report the disclosures that replace it instead.")
        yield REQ_008.finding(f'the index cites {d.code} "{d.title}" of {d.standard.id}{by} for {applies} from '
                              f"{_date(since)}; this report ({when}) {advice}", disclosure=d, entry=a.entry,
                              key=f"superseded:{d.code}")


def _report_year(ctx: CheckContext, framework: str) -> tuple[int | None, str, str]:
    """(year, how the message names it, what the dates apply to) on the basis of the framework's editions."""
    fw = ctx.framework(framework)
    basis = max(fw.editions, key=lambda e: e.effective).basis if fw and fw.editions else "reports_published"
    date = ctx.published
    if basis == "reports_published":
        return date.year, date.text, "reports published"
    return date.period, f"reporting period {date.period}", basis.replace("_", " ").replace("commencing", "beginning")


def _successors(ctx: CheckContext, d: Disclosure) -> list[Disclosure]:
    """The disclosures its successor codes name: of a standard in force, not the withdrawn edition that shares the
    code (102-5 is also "Ownership and legal form" of 2016)."""
    return [s for code in d.successors or () for s in ctx.catalogue.lookup(d.framework, code)
            if s.standard.id != d.standard.id and not s.standard.superseded_by and s.standard.year >= d.standard.year]


def _sibling_successor_standards(ctx: CheckContext, d: Disclosure) -> list[str]:
    """For a disclosure with no one-to-one successor (302-5): the standards replacing the other disclosures of its
    standard that end the same day."""
    siblings = [o for o in ctx.catalogue.of_framework(d.framework)
                if o.standard.id == d.standard.id and o.until == d.until and o.successors]
    return list(dict.fromkeys(s.standard.id for o in siblings for s in _successors(ctx, o)))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date(iso: str) -> str:
    """2023-01-01 -> 1 January 2023."""
    y, m, d = iso.split("-")
    return f"{int(d)} {_MONTHS[int(m) - 1]} {y}"


def industry_metrics_not_indexed(ctx: CheckContext) -> Iterator[Finding]:
    """An industry framework's index leaves out metrics of the report's industry.

    SASB asks each company to report its industry's metrics (disclosure and activity metrics) or say why
    one does not apply. gri-check lists the metrics of the report's industry that the loaded catalogue
    knows and the framework's index does not cite. For an industry the catalogue holds only in part (the
    climate-related metrics), the list is partial too.
    Fix: add the metrics to the index with their locations, or explain why they are not reported.

    Example finding: `GRI-REQ-007 the SASB index cites 13 of the 15 metrics of RT-IG (Industrial Machinery & Goods) in the catalogue; not indexed: RT-IG-000.A, RT-IG-000.B. Add them with their locations or explain why they do not apply.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for fw in ctx.catalogue.frameworks:
        choice = ctx.industry(fw.id)
        if not fw.industries or choice is None or not choice.code:
            continue
        if not any(e.framework == fw.id for e in ctx.index.entries):
            continue
        metrics = [d for d in ctx.catalogue.of_framework(fw.id) if d.standard.number == choice.code]
        cited = {a.disclosure.code for a in ctx.assessed.assessments if a.entry is not None and a.framework == fw.id}
        missing = [d.code for d in metrics if d.code not in cited]
        if metrics and missing:
            partial = ("" if metrics[0].standard.complete
                       else " (the catalogue holds only part of this industry's metrics)")
            yield REQ_007.finding(f"the {fw.id} index cites {len(metrics) - len(missing)} of the {len(metrics)} "
                                  f"metrics of {choice.code} ({choice.name}) in the catalogue{partial}; not indexed: "
                                  f"{', '.join(missing)}. Add them with their locations or explain why they do not "
                                  "apply.",
                                  key=choice.code, framework=fw.id)


REQ_001 = Rule(id="GRI-REQ-001", name="required-not-indexed", severity=Severity.ERROR, check=required_not_indexed)
REQ_002 = Rule(id="GRI-REQ-002", name="statement-of-use-wording", severity=Severity.WARNING,
               check=statement_of_use_wording)
REQ_003 = Rule(id="GRI-REQ-003", name="contradictory-claims", severity=Severity.WARNING, check=contradictory_claims)
REQ_004 = Rule(id="GRI-REQ-004", name="index-title", severity=Severity.INFO, check=index_title)
REQ_005 = Rule(id="GRI-REQ-005", name="topic-without-management", severity=Severity.WARNING,
               check=topic_without_management)
REQ_006 = Rule(id="GRI-REQ-006", name="withdrawn-standards", severity=Severity.WARNING, check=withdrawn_standards)

REQ_007 = Rule(id="GRI-REQ-007", name="industry-metrics-not-indexed", severity=Severity.WARNING,
               check=industry_metrics_not_indexed)
REQ_008 = Rule(id="GRI-REQ-008", name="superseded-disclosure", severity=Severity.WARNING,
               check=superseded_disclosure)

RULES = (REQ_001, REQ_002, REQ_003, REQ_004, REQ_005, REQ_006, REQ_007, REQ_008)

