"""IDX: the structure of the content index itself."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from gri_check.index.model import LocationKind
from gri_check.ingest.document import BlockKind
from gri_check.ingest.layout import title_key
from gri_check.match.period import most_stated, periods_in
from gri_check.match.prefilter import folded, may_hold, required_words
from gri_check.model import Finding, Severity
from gri_check.rules.base import CheckContext, Rule, label, row_label
from gri_check.standards.framework import Framework


def no_content_index(ctx: CheckContext) -> Iterator[Finding]:
    """The report has no content index of any loaded framework.

    GRI 1 requires a content index in both reporting modes, and the other frameworks' indexes are how a
    report says where each requirement is met; without one no claim can be checked. gri-check looks for
    a run of at least three rows that start with the disclosure codes of a loaded framework (or, for a
    framework without codes, a titled table whose rows carry its requirements' titles).
    Fix: publish the index (for GRI titled "GRI content index") in the report, or check the file that holds
    it; to search the report for a framework's requirements without an index, use --framework.

    Example finding: `GRI-IDX-001 no content index found (no run of rows starting with the disclosure codes of GRI, SASB, HKEX, ESRS or IFRS). Add the index to the report or check the file that contains it.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    if not ctx.index.found:
        names = [f.id for f in ctx.catalogue.frameworks if f.notation is not None] or ["the loaded frameworks"]
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        yield IDX_001.finding("no content index found (no run of rows starting with the disclosure codes of "
                              f"{listed}). "
                              "Add the index to the report or check the file that contains it.")


def duplicate_disclosure(ctx: CheckContext) -> Iterator[Finding]:
    """A disclosure is listed in more than one index row.

    Only disclosures listed once per material topic (GRI 3-3; marked `repeatable` in the catalogue)
    legitimately repeat. A repeated row is usually a copy error and leaves the reader with two different
    locations for one disclosure.
    Fix: merge the rows into one, citing all locations.

    Example finding: `GRI-IDX-002 GRI 2-7 "Employees" is listed in 2 index rows (lines 310, 342). Merge them into one row that cites every location.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    rows = defaultdict(list)
    for a in ctx.assessed.assessments:
        if a.entry is not None and not a.disclosure.repeatable:
            # Rows citing different codes of one disclosure (IFRS S2 paragraphs 15 and 16) are not a repeat.
            rows[(a.disclosure.key, a.entry.code)].append(a)
    for group in rows.values():
        if len(group) > 1:
            first = group[0]
            lines = ", ".join(str(a.entry.line) for a in group if a.entry is not None)
            yield IDX_002.finding(f"{label(first.disclosure)} is listed in {len(group)} index rows (lines {lines}). "
                                  "Merge them into one row that cites every location.",
                                  disclosure=first.disclosure, entry=group[1].entry, key="repeated")  # no line numbers


def group_standard_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """A group row names a different standard from the disclosures listed under it.

    Example: a row "GRI 202: Indirect Economic Performance" heading 203-1 and 203-2, which belong to
    GRI 203: Indirect Economic Impacts. The reader is told the wrong standard for those rows.
    Fix: correct the group row to the standard of its disclosures.

    Example finding: `GRI-IDX-003 group row "GRI 202: Indirect Economic Performance" (line 1960) heads 203-1, 203-2, which belong to GRI 203: Indirect Economic Impacts 2016. Correct the group row to GRI 203: Indirect Economic Impacts 2016.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    under = defaultdict(list)
    for a in ctx.assessed.assessments:
        g = a.entry.group if a.entry else None
        # 3-3 is listed under each material topic's group by design, so it never contradicts its group; nor do the
        # topic standards' disclosures under a sector standard's group row ("GRI 11: Oil and Gas Sector 2021").
        if (g is not None and g.framework == a.framework and g.number != a.disclosure.standard.number and g.line
                and not a.disclosure.repeatable and not _sector_group(ctx, g.number, g.framework)):
            under[(g.line, g.raw, g.number)].append(a)
    for (line, raw, _), group in sorted(under.items()):
        std = group[0].disclosure.standard
        codes = ", ".join(a.disclosure.code for a in group)
        at = ctx.index_places.at(line)
        yield IDX_003.finding(f'group row "{raw}" ({at}) heads {codes}, which belong to {std.id}. '
                              f"Correct the group row to {std.id}.",
                              disclosure=group[0].disclosure, line=line, key=raw)


def _sector_group(ctx: CheckContext, number: str, framework: str) -> bool:
    stds = ctx.catalogue.standard_by_number(number, framework)
    return bool(stds) and all(s.kind == "sector" for s in stds)


def group_name_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """A group row gives a standard's number with a title that is not the standard's title.

    Example: "GRI 406: Anti-Discrimination" where the standard is GRI 406: Non-discrimination.
    Readers and GRI's reviewers look standards up by their official titles.
    Fix: use the official standard title.

    Example finding: `GRI-IDX-008 group row "GRI 406: Anti-Discrimination" (line 2014) names GRI 406 "Anti-Discrimination"; its official title is "Non-discrimination". Use the official title.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for g in ctx.index.groups:
        stds = ctx.catalogue.standard_by_number(g.number, g.framework)
        if not stds or not g.name:
            continue
        best = max(stds, key=lambda s: _group_title_score(g.name, s))
        score = _group_title_score(g.name, best)
        if score < 70:
            at = ctx.index_places.at(g.line)
            yield IDX_008.finding(f'group row "{g.raw}" ({at}) names {g.framework} {g.number} "{g.name}"; '
                                  f'its official title is "{best.title}". Use the official title.',
                                  line=g.line, key=g.raw, confidence=int(score), framework=g.framework)


def _group_title_score(name: str, std) -> float:
    """The printed group title against the standard's English or Chinese title, whichever is closer."""
    scores = [fuzz.token_set_ratio(title_key(name), title_key(std.title))]
    if std.title_zh:
        scores.append(fuzz.partial_ratio(title_key(name).replace(" ", ""), title_key(std.title_zh).replace(" ", "")))
    return max(scores)


def row_without_location(ctx: CheckContext) -> Iterator[Finding]:
    """An index row gives neither a location nor a reason for omission.

    GRI 1 requires every listed disclosure to say where it is reported (page, URL or the answer
    itself) or why it is omitted.
    Fix: add the location, or state the omission with a permitted reason.

    Example finding: `GRI-IDX-004 index row "2-15" (line 288) gives no location and no reason for omission. Add where the disclosure is reported or why it is omitted.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for e in ctx.index.entries:
        if e.framework and not e.other and not e.locations and e.omission is None:
            yield IDX_004.finding(f"{row_label(e, ctx)} gives no location and no reason for omission. "
                                  "Add where the disclosure is reported or why it is omitted.", entry=e)


def placeholder_location(ctx: CheckContext) -> Iterator[Finding]:
    """A location is an unfilled template placeholder such as "pg X" or "xx".

    A placeholder means the index was published before it was completed.
    Fix: replace it with the real page number or section.

    Example finding: `GRI-IDX-005 index row "2-25" (line 301) cites the placeholder "pg X" instead of a location. Fill in the real page or section.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for e in ctx.index.entries:
        for loc in e.locations:
            if loc.kind is LocationKind.PLACEHOLDER:
                yield IDX_005.finding(f'{row_label(e, ctx)} cites the placeholder "{loc.text}" instead of a location. '
                                      "Fill in the real page or section.", entry=e, key=loc.text)


def missing_statement_of_use(ctx: CheckContext) -> Iterator[Finding]:
    """The content index has no statement of use.

    GRI 1 requires the statement of use ("... has reported in accordance with / with reference to
    the GRI Standards for the period ...") in the content index in both modes; it also tells the
    reader which mode the report claims.
    Fix: add the statement of use at the top of the index.

    Example finding: `GRI-IDX-006 the content index has no statement of use, so the reporting mode cannot be read from the report. Add GRI's statement of use to the index.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    fw = _claiming(ctx)
    if fw is not None and ctx.index.statement_of_use is None:
        yield IDX_006.finding("the content index has no statement of use, so the reporting mode cannot be "
                              f"read from the report. Add {fw.id}'s statement of use to the index.", framework=fw.id)


def missing_gri1_used(ctx: CheckContext) -> Iterator[Finding]:
    """The content index does not say which GRI 1 was used.

    Both modes require the line "GRI 1 used: GRI 1: Foundation 2021".
    Fix: add that line to the index.

    Example finding: `GRI-IDX-007 the content index does not name the GRI 1 used. Add "GRI 1 used: GRI 1: Foundation 2021" to the index.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    fw = _claiming(ctx)
    if fw is not None and fw.claims is not None and fw.claims.foundation_label and not ctx.index.gri1_used:
        text = fw.claims.foundation_text
        used = text.split(":", 1)[0].removesuffix(" used") if text else "foundation standard"
        yield IDX_007.finding(f'the content index does not name the {used} used. Add "{text}" to the index.',
                              framework=fw.id)


def _claiming(ctx: CheckContext) -> Framework | None:
    """The framework whose index states claims (a statement of use), when the report prints its index."""
    fw = ctx.framework(ctx.index.claims_framework)
    if fw is None or fw.claims is None or ctx.index.table_of(fw.id) is None:
        return None
    return fw


def row_without_code(ctx: CheckContext) -> Iterator[Finding]:
    """An index row has a title and a location but no disclosure code.

    Without its code the reader cannot tell which requirement the row answers. gri-check reads the row
    as the disclosure whose official title it carries (within its group's standard) when the title is
    at least 90% alike, and checks it as such.

    Fix: add the disclosure code to the row.

    Example finding: `GRI-IDX-009 index row at line 6793 has no disclosure code; its title is that of GRI 206-1 "Legal actions for anti-competitive behavior, anti-trust, and monopoly practices". Add the code.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    titled = {f.id for f in ctx.catalogue.frameworks if f.keyed_by == "title"}  # no codes by design
    for a in ctx.assessed.assessments:
        if a.entry is not None and a.corrected_from == "" and a.framework not in titled:
            at = ctx.index_places.at(a.entry.line, a.entry.page)
            yield IDX_009.finding(f"index row at {at} has no disclosure code; its title is that of "
                                  f"{label(a.disclosure)}. Add the code.", disclosure=a.disclosure, entry=a.entry,
                                  key=a.entry.title)
    for u in ctx.assessed.unmatched:
        if not u.entry.code and u.entry.framework not in titled:
            at = ctx.index_places.at(u.entry.line, u.entry.page)
            yield IDX_009.finding(f'index row at {at} ("{u.entry.title[:60]}") has no disclosure code '
                                  "and its title matches no disclosure. Add the code.", entry=u.entry,
                                  key=u.entry.title)


# Where a report speaks of itself and its period: "This report covers ...", "Reporting period", "报告期".
# Where a report speaks of itself and its period ("This report covers ...", "The reporting period is ...",
# "本报告涵盖", "报告期为"), not a data note ("Scope 3 - reporting period: ... for one brand").
_ABOUT_ITSELF = re.compile(
    r"\b(?:this|the\s+present|our)\s+(?:\w+\s+){0,2}(?:report|review|statement)\s+(?:covers|relates|refers|is\s+for)\b"
    r"|\bthe\s+reporting\s+period\s+(?:is|was|runs|of\s+this)\b|\bperiod\s+covered\s+by\s+this\b"
    r"|\b(?:this|the)\s+report\s+(?:\w+\s+){0,3}(?:the\s+)?(?:period|year|calendar\s+year|financial\s+year)\b"
    r"|报告期(?:间)?为|本报告(?:的)?(?:时间)?(?:范围|涵盖|覆盖)|il\s+presente\s+(?:bilancio|rapporto|documento)", re.I)
_ABOUT_ITSELF_WORDS = required_words(_ABOUT_ITSELF.pattern, _ABOUT_ITSELF.flags)  # "report", "本报告": a pre-test


def period_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """The statement of use names a reporting period the report does not.

    The statement of use says which period the indexed information covers; the report says it again
    where it describes itself (GRI 2-3: "This report covers 1 April 2024 to 31 March 2025"). When the
    report never states the statement's period and states another one, one of them is wrong, and a
    reader cannot tell which period the figures cover. gri-check reads full date ranges ("1 January
    2024 to 31 December 2024", "April 1, 2024 - March 31, 2025", "2024年1月1日至12月31日") and "the
    calendar year 2024", in paragraphs outside the index that speak of the report and its period.
    Fix: correct the statement of use or the period stated in the report so that both name the same period.

    Example finding: `GRI-IDX-010 the statement of use gives the reporting period 2024-01-01 to 2024-12-31, but the report states 2024-04-01 to 2025-03-31 (line 12, "About this report"). Make the statement of use and the report name the same period.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    fw = _claiming(ctx)
    sou = ctx.index.statement_of_use
    claimed = periods_in(sou.text) if fw is not None and sou is not None else []
    if not claimed:
        return
    doc, inside = ctx.document, ctx.index.spans
    own = [b for n, b in enumerate(doc.blocks) if b.kind is not BlockKind.TOC and len(b.text) <= 2000
           and may_hold(folded(b.text), _ABOUT_ITSELF_WORDS)
           and not any(a <= n < z for a, z in inside) and _ABOUT_ITSELF.search(b.text)]
    stated = {p: b for b in own for p in reversed(periods_in(b.text))}  # first block stating each period
    if not stated or any(p in stated for p in claimed):
        return
    best = most_stated(b.text for b in own)
    assert best is not None
    period, _ = best
    block = stated[period]
    where = ctx.places.at(block.line, block.page) + (f', "{doc.sections[block.section].title}"'
                                                      if block.section >= 0 else "")
    yield IDX_010.finding(f"the statement of use gives the reporting period {claimed[0]}, but the report states "
                          f"{period} ({where}). Make the statement of use and the report name the same period.",
                          framework=fw.id if fw else None, key=str(period), line=sou.line if sou else None)


IDX_001 = Rule(id="GRI-IDX-001", name="no-content-index", severity=Severity.ERROR, check=no_content_index)
IDX_002 = Rule(id="GRI-IDX-002", name="duplicate-disclosure", severity=Severity.WARNING, check=duplicate_disclosure)
IDX_003 = Rule(id="GRI-IDX-003", name="group-standard-mismatch", severity=Severity.WARNING,
               check=group_standard_mismatch)
IDX_004 = Rule(id="GRI-IDX-004", name="row-without-location", severity=Severity.ERROR, check=row_without_location)
IDX_005 = Rule(id="GRI-IDX-005", name="placeholder-location", severity=Severity.ERROR, check=placeholder_location)
IDX_006 = Rule(id="GRI-IDX-006", name="missing-statement-of-use", severity=Severity.ERROR,
               check=missing_statement_of_use)
IDX_007 = Rule(id="GRI-IDX-007", name="missing-gri1-used", severity=Severity.WARNING, check=missing_gri1_used)
IDX_008 = Rule(id="GRI-IDX-008", name="group-title-mismatch", severity=Severity.INFO, check=group_name_mismatch)
IDX_009 = Rule(id="GRI-IDX-009", name="row-without-code", severity=Severity.WARNING, check=row_without_code)
IDX_010 = Rule(id="GRI-IDX-010", name="period-mismatch", severity=Severity.WARNING, check=period_mismatch)

RULES = (IDX_001, IDX_002, IDX_003, IDX_004, IDX_005, IDX_006, IDX_007, IDX_008, IDX_009, IDX_010)
