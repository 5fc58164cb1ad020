"""LOC: cited locations against the report's sections and pages."""
from __future__ import annotations

from collections.abc import Iterator

from gri_check.index.model import LocationKind
from gri_check.match.locations import EXACT
from gri_check.model import Finding, Severity
from gri_check.rules.base import CheckContext, Rule, label


def _closest(a, ctx: CheckContext) -> str:
    if not a.found_elsewhere:
        return ""
    best = a.found_elsewhere[0]
    if best.figures:
        return (f' Figures for items {", ".join(best.figures)} appear in a table under "{best.section}" '
                f'({ctx.places.at(best.line, best.page)}).')
    at = ctx.places.at(best.line, best.page)
    return f' Evidence for it appears under "{best.section}" ({at}, {best.score}% of items).'


def location_not_found(ctx: CheckContext) -> Iterator[Finding]:
    """A cited section cannot be found in the report.

    A content index that points nowhere cannot be verified by a reader or an assurer. gri-check
    compares the cited name with every heading, tolerating case, "&"/"and", punctuation and small
    wording differences.
    Fix: correct the location to the heading as printed, or add the section.

    Example finding: `GRI-LOC-001 GRI 2-8 "Workers who are not employees": cited section "Contractor Managment" is not a heading of this report. Evidence for it appears under "Our People" (line 120, 100% of items). Correct the location in the content index.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        for r in a.locations:
            if r.cited.kind is LocationKind.SECTION and not r.resolved:
                yield LOC_001.finding(f'{label(a.disclosure)}: cited section "{r.cited.text}" is not a heading of '
                                      f"this report.{_closest(a, ctx)} Correct the location in the content index.",
                                      disclosure=a.disclosure, entry=a.entry, key=r.cited.text)


def page_not_found(ctx: CheckContext) -> Iterator[Finding]:
    """A cited page does not exist in the report, or the report file carries no page numbers.

    Fix: correct the page number; for a text export, check the PDF the index was written for.

    Example finding: `GRI-LOC-004 GRI 305-1 "Direct (Scope 1) GHG emissions": cited page "p. 212" cannot be checked: page 212 not in the report. Correct the page reference.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        for r in a.locations:
            if r.cited.kind is LocationKind.PAGE and r.note:
                yield LOC_004.finding(f'{label(a.disclosure)}: cited page "{r.cited.text}" cannot be checked: '
                                      f"{r.note}. Correct the page reference.",
                                      disclosure=a.disclosure, entry=a.entry, key=r.cited.text)


def external_reference(ctx: CheckContext) -> Iterator[Finding]:
    """A location points to another document, which this check cannot read.

    The claim is neither confirmed nor refuted; an assurer needs that document.
    Fix: none needed in the index; supply the document to verify the claim.

    Example finding: `GRI-LOC-002 GRI 2-11 "Chair of the highest governance body" is located in another document (Annual Report); it was not checked. Obtain that document to verify the claim.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        docs = sorted({r.cited.document or r.cited.text for r in a.locations
                       if r.cited.kind is LocationKind.EXTERNAL and not r.resolved})
        if docs:
            yield LOC_002.finding(f"{label(a.disclosure)} is located in another document ({'; '.join(docs)}); "
                                  "it was not checked. Obtain that document to verify the claim.",
                                  disclosure=a.disclosure, entry=a.entry, key="; ".join(docs))


def approximate_location(ctx: CheckContext) -> Iterator[Finding]:
    """A cited section matches a heading only approximately.

    gri-check followed the closest heading; the printed location should match the heading exactly
    so that readers find it.
    Fix: use the heading as printed in the report.

    Example finding: `GRI-LOC-003 GRI 2-7 "Employees": cited section "Employee Wellbeing & Benefits" matches the heading "Employee Well-being and Benefits" only approximately (96%). Cite the heading as printed.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        for r in a.locations:
            if r.cited.kind is LocationKind.SECTION and r.resolved and r.score < EXACT:
                heading = ctx.document.sections[r.sections[0]].title
                yield LOC_003.finding(f'{label(a.disclosure)}: cited section "{r.cited.text}" matches the heading '
                                      f'"{heading}" only approximately ({r.score}%). Cite the heading as printed.',
                                      disclosure=a.disclosure, entry=a.entry, key=r.cited.text, confidence=r.score)


def page_without_evidence(ctx: CheckContext) -> Iterator[Finding]:
    """The cited page holds no evidence for the disclosure, while another page does.

    Page references drift when a report is re-paginated late; the reader lands on the wrong page.
    gri-check searched the cited pages for the requirement items and names the page where they are.

    Fix: correct the page number in the content index.

    Example finding: `GRI-LOC-005 GRI 305-1 "Direct (Scope 1) GHG emissions": cited page 45 holds no evidence for it; page 47 ("Climate change", 86% of items) does. Correct the page.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        pages = [r for r in a.locations if r.resolved and r.cited.pages]
        if not pages or a.coverage > 0 or not a.found_elsewhere or a.found_elsewhere[0].page is None:
            continue
        best = a.found_elsewhere[0]
        cited = ", ".join(r.cited.text for r in pages)
        yield LOC_005.finding(f'{label(a.disclosure)}: cited page {cited} holds no evidence for it; page {best.page} '
                              f'("{best.section}", {best.score}% of items) does. Correct the page.',
                              disclosure=a.disclosure, entry=a.entry, key=cited, confidence=best.score)


LOC_001 = Rule(id="GRI-LOC-001", name="location-not-found", severity=Severity.WARNING, check=location_not_found)
LOC_002 = Rule(id="GRI-LOC-002", name="external-reference", severity=Severity.INFO, check=external_reference)
LOC_003 = Rule(id="GRI-LOC-003", name="approximate-location", severity=Severity.INFO, check=approximate_location)
LOC_004 = Rule(id="GRI-LOC-004", name="page-not-found", severity=Severity.WARNING, check=page_not_found)

LOC_005 = Rule(id="GRI-LOC-005", name="page-without-evidence", severity=Severity.WARNING,
               check=page_without_evidence)

RULES = (LOC_001, LOC_002, LOC_003, LOC_004, LOC_005)
