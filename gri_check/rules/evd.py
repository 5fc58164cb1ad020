"""EVD: evidence for each disclosure at the place the index cites."""
from __future__ import annotations

from collections.abc import Iterator

from gri_check.index.model import LocationKind
from gri_check.model import Finding, Severity, Status
from gri_check.rules.base import CheckContext, Rule, label


def _places(a) -> str:
    names = [f'"{r.cited.text}"' for r in a.locations if r.resolved]
    if any(r.cited.kind is LocationKind.STATEMENT for r in a.locations):
        names.append("the answer written in the index")
    return ", ".join(names)


def _elsewhere(a, ctx: CheckContext) -> str:
    if not a.found_elsewhere:
        return ""
    parts = ", ".join(f'"{e.section}" ({ctx.places.at(e.line, e.page)}, '
                      + (f"a table with the figures for items {', '.join(e.figures)})" if e.figures else f"{e.score}%)")
                      for e in a.found_elsewhere)
    return f" Closest evidence elsewhere: {parts}."


def no_evidence(ctx: CheckContext) -> Iterator[Finding]:
    """The cited place holds no evidence for any requirement item of the disclosure.

    gri-check searched the cited sections for the words, phrases and figures that show each item
    (a, b, c ...) is addressed, and found none. The index claims a disclosure the report does not make
    where it says.
    Fix: cite the place where the disclosure is made, add the information, or state an omission.

    Example finding: `GRI-EVD-001 GRI 301-2 "Recycled input materials used": no evidence for any requirement item at "Green Operation". Cite where it is disclosed or add the information.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        answered = any(r.cited.kind is LocationKind.STATEMENT for r in a.locations)
        if a.status is Status.UNSUPPORTED and (answered or any(r.resolved for r in a.locations)):
            yield EVD_001.finding(f"{label(a.disclosure)}: no evidence for any requirement item at {_places(a)}."
                                  f"{_elsewhere(a, ctx)} Cite where it is disclosed or add the information.",
                                  disclosure=a.disclosure, entry=a.entry, key="no-evidence")


def partial_evidence(ctx: CheckContext) -> Iterator[Finding]:
    """The cited place addresses only some requirement items of the disclosure.

    Reporting a disclosure means reporting each of its items or giving a reason for omitting the rest.
    Fix: add the missing items, or list them as omitted with a permitted reason.

    Example finding: `GRI-EVD-002 GRI 404-1 "Average hours of training per year per employee": 50% of requirement items found at "Training"; no evidence for item b (Average training hours by employee category). Add them or state their omission.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        if a.status is Status.PARTIAL:
            missing = [f"{i.item.id} ({i.item.text.rstrip('.')})" for i in a.items if i.score == 0]
            if not missing:
                continue
            closest = _elsewhere(a, ctx)
            yield EVD_002.finding(f"{label(a.disclosure)}: {a.coverage}% of requirement items found at {_places(a)}; "
                                  f"no evidence for item {'; '.join(missing)}.{closest} Add them or state their "
                                  "omission.", disclosure=a.disclosure, entry=a.entry, key="partial",
                                  confidence=a.coverage)


def evidence_elsewhere(ctx: CheckContext) -> Iterator[Finding]:
    """The disclosure is better evidenced in a section the index does not cite.

    The index sends the reader to the wrong place. The section named is where the requirement
    items' words and figures occur most.
    Fix: add or correct the location in the content index.

    Example finding: `GRI-EVD-003 GRI 2-6 "Activities, value chain and other business relationships": "Supply Chain Management" (line 1351) addresses 88% of its items, the cited place 50%. Cite "Supply Chain Management" in the index.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        if a.entry is None or a.status in (Status.OMITTED, Status.SUPPORTED) or not a.found_elsewhere:
            continue
        best = a.found_elsewhere[0]
        if best.score >= 75 and best.score >= a.coverage + 30:
            at = ctx.places.at(best.line, best.page)
            yield EVD_003.finding(f'{label(a.disclosure)}: "{best.section}" ({at}) addresses {best.score}% '
                                  f"of its items, the cited place {a.coverage}%. Cite \"{best.section}\" in the index.",
                                  disclosure=a.disclosure, entry=a.entry, key=best.section, confidence=best.score)


def figure_missing(ctx: CheckContext) -> Iterator[Finding]:
    """A quantitative item is mentioned at the cited place but no figure with a unit is given.

    Items such as total Scope 1 emissions or hours of training ask for a number; words alone do not
    report it.
    Fix: report the figure with its unit.

    Example finding: `GRI-EVD-004 GRI 302-1 "Energy consumption within the organization": item e asks for a figure (Total energy consumed within the organization); the cited place mentions it but gives no number with a unit (e.g. GJ, TJ, MWh). Report the figure.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        if a.statement_supports:
            continue  # "no incidents" is the figure: zero
        for i in a.items:
            # Mentioned without a figure: a mention by one term beside a figure is another matter (EVD-002).
            if i.item.quantitative and i.score == 0.5 and not any(h.figure for h in i.hits):
                units = f" (e.g. {', '.join(i.item.units[:3])})" if i.item.units else ""
                yield EVD_004.finding(f"{label(a.disclosure)}: item {i.item.id} asks for a figure "
                                      f"({i.item.text.rstrip('.')})"
                                      f"; the cited place mentions it but gives no number with a unit{units}. "
                                      "Report the figure.", disclosure=a.disclosure, entry=a.entry,
                                      key=f"item-{i.item.id}")


def related_evidence(ctx: CheckContext) -> Iterator[Finding]:
    """A weakly evidenced disclosure has a related requirement of another framework that is evidenced.

    Crosswalks link requirements that ask for the same information (GRI 305-1, ESRS E1-6, IFRS S2 29(a),
    HKEX's Scope 1 and 2 emissions). When one is supported and the other is not, the evidence of the first
    is likely the answer to the second, or the index cites different places for the same figures.
    Fix: cite the place where the related requirement is evidenced, or add what the second one asks for.

    Example finding: `GRI-EVD-005 SASB RT-IG-130a.1 "(1) Total energy consumed, (2) percentage grid electricity, (3) percentage renewable": its cited place is weak (unsupported), but the related GRI 302-1 "Energy consumption within the organization" (energy consumption; unverified link) is evidenced at "Energy Management" (line 512). Check whether that answers it and cite it.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        for r in a.related:
            if r.offered is None:
                continue
            link = "official link" if r.provenance == "official" else "unverified link"
            weak = {"required": "it is not in the index", "scan": "the report addresses it only in part"}.get(
                a.basis, f"its cited place is weak ({a.status.value.replace('_', ' ')})")
            at = ctx.places.at(r.offered.line, r.offered.page)
            yield EVD_005.finding(f"{label(a.disclosure)}: {weak}, "
                                  f"but the related {label(r.disclosure)} ({r.subject.lower()}; {link}) is evidenced "
                                  f'at "{r.offered.section}" ({at}). Check whether that answers '
                                  "it and cite it.", disclosure=a.disclosure, entry=a.entry, key=r.disclosure.key)
            break  # the strongest related evidence is enough to point the reader there


EVD_001 = Rule(id="GRI-EVD-001", name="no-evidence", severity=Severity.ERROR, check=no_evidence)
EVD_002 = Rule(id="GRI-EVD-002", name="partial-evidence", severity=Severity.WARNING, check=partial_evidence)
EVD_003 = Rule(id="GRI-EVD-003", name="evidence-elsewhere", severity=Severity.WARNING, check=evidence_elsewhere)
EVD_004 = Rule(id="GRI-EVD-004", name="figure-missing", severity=Severity.WARNING, check=figure_missing)

EVD_005 = Rule(id="GRI-EVD-005", name="related-evidence", severity=Severity.INFO, check=related_evidence)

RULES = (EVD_001, EVD_002, EVD_003, EVD_004, EVD_005)
