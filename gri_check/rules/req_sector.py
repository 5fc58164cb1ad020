"""REQ (sector standards): GRI 1 requirement 3, the likely material topics of the applicable GRI Sector Standards."""
from __future__ import annotations

from collections.abc import Iterator

from gri_check.match.sector import Basis, SectorChoice, Sectors, TopicStatus
from gri_check.model import Finding, Mode, Severity
from gri_check.rules.base import CheckContext, Places, Rule, label

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def sector_topic_not_addressed(ctx: CheckContext) -> Iterator[Finding]:
    """A likely material topic of the applicable sector standard is neither reported nor explained as not material.

    GRI 1 requirement 3: a report "in accordance with" the GRI Standards reviews every topic of each GRI Sector
    Standard that applies (GRI 11 Oil and Gas, 12 Coal, 13 Agriculture, Aquaculture and Fishing, 14 Mining). A
    topic found material is reported with the disclosures the sector standard lists for it, and the index gives
    their sector standard reference numbers ("11.1.5"); a topic found not material is listed in the index with an
    explanation. gri-check counts a topic as addressed when the index cites one of its references (11.1.5 in a
    "GRI Sector Standard ref. no." column, or a row of its own), when a row naming the topic ("Topic 11.1 GHG
    emissions", "Material topic: GHG emissions") heads index rows, or when a row lists it with an explanation.
    This rule checks the sector standards the index names (its "Applicable GRI Sector Standard(s)" line or a group
    row "GRI 11: Oil and Gas Sector 2021") or whose topics or references it cites, also before the standard's
    effective date (early adoption); a sector known only from the report's words is GRI-REQ-010's. Findings on
    topic lists the catalogue marks unverified (GRI 12, most of GRI 13) are warnings. Reports "with reference to"
    the GRI Standards need not apply sector standards.
    Fix: cite the topic's sector references with the disclosures reported for it, or list it in the index among
    the topics determined as not material, with an explanation.

    Example finding: `GRI-REQ-009 GRI 11.8 "Asset integrity and critical incident management" (GRI 11: Oil and Gas Sector 2021, named in the index) is neither reported as material nor explained as not material in the content index. Cite its sector references (11.8.x) with the disclosures reported, or list it as not material with an explanation.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    if ctx.mode is not Mode.IN_ACCORDANCE:
        return
    for sectors in ctx.sectors:
        for choice in sectors.applicable:
            if choice.basis is Basis.INFERRED:
                continue
            how = "named in the index" if choice.basis is Basis.STATED else "its references are cited in the index"
            early = _early(choice, ctx.published.year)
            for t in choice.topics:
                head = f"{label(t.topic)} ({choice.standard.id}, {how}{early})"
                fix = (f"Cite its sector references ({t.topic.code}.x) with the disclosures reported, or list it as "
                       "not material with an explanation.")
                if t.status is TopicStatus.NOT_ADDRESSED:
                    yield REQ_009.finding(f"{head} is neither reported as material nor explained as not material in "
                                          f"the content index. {fix}", disclosure=t.topic, key=t.topic.code)
                elif t.status is TopicStatus.LISTED:
                    at = ctx.index_places.at(t.line)
                    yield REQ_009.finding(f"{head} is listed in the content index ({at}) with neither the "
                                          f"disclosures reported for it nor an explanation. {fix}", disclosure=t.topic,
                                          line=t.line, key=t.topic.code)


def sector_standard_not_named(ctx: CheckContext) -> Iterator[Finding]:
    """The index does not name the sector standard of the report's sector.

    An "in accordance" content index names the GRI Sector Standards that apply ("Applicable GRI Sector
    Standard(s): GRI 14: Mining Sector 2024", or that none applies), and GRI 1 requirement 3 asks for a review of
    each of their topics. When the index names none, gri-check infers the sector from the report's own words (the
    sector standard's `detect` words in the catalogue): at least 3 distinct words, used at least 5 times and at
    least 5 times per 10,000 words of the report, and clearly more than any other sector's words; and only when
    the report was published on or after the standard's effective date (the reporting year + 1 where the report
    does not say). A bank or a steelmaker that mentions coal or oil and gas now and then is no such report. The
    rule also fires when the index cites a sector standard's topics or references without naming it, and when it
    says no sector standard applies while the words are clearly a sector's. An inferred sector is a guess, so
    the finding is a warning; it says how many of the sector's topics the index neither reports nor explains.
    Fix: add the line "Applicable GRI Sector Standard(s): ..." to the index and review each topic of the
    standard (GRI-REQ-009), or state that none applies when the report is not of that sector.

    Example finding: `GRI-REQ-010 the content index names no applicable GRI Sector Standard, but the report's words are those of GRI 14: Mining Sector 2024 (the report uses its sector's words: "tailings" (14x), "mine site" (9x), "open pit" (6x); 38 per 10,000 words); the index neither reports nor explains 25 of its 25 topics. Name the applicable sector standard in the index and review each of its topics, or state that none applies.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    if ctx.mode is not Mode.IN_ACCORDANCE:
        return
    for sectors in ctx.sectors:
        yield from _not_named(sectors, ctx.published.year, ctx.index_places)


def _not_named(sectors: Sectors, published: int | None, places: Places) -> Iterator[Finding]:
    fix = "Name the applicable sector standard in the index and review each of its topics, or state that none applies."
    if sectors.none_stated:
        inferred = sectors.inferred
        if inferred is not None and _in_force(inferred, published):
            yield REQ_010.finding("the content index states that no GRI Sector Standard applies "
                                  f'("{sectors.stated[0]}", {places.at(sectors.stated_line)}), '
                                  "but the report's words are those of "
                                  f"{inferred.standard.id} ({inferred.evidence}). Check whether it applies; if it "
                                  "does, name it and review each of its topics.", line=sectors.stated_line,
                                  key=f"none:{inferred.standard.number}", framework=sectors.framework)
        return
    if any(c.basis is Basis.STATED for c in sectors.applicable):
        return
    for c in sectors.applicable:
        open_ = sum(1 for t in c.topics if t.status in (TopicStatus.NOT_ADDRESSED, TopicStatus.LISTED))
        left = f"the index neither reports nor explains {open_} of its {len(c.topics)} topics"
        if c.basis is Basis.INDEXED:
            yield REQ_010.finding(f"the content index cites topics or references of {c.standard.id} ({c.evidence}) "
                                  f"but does not name it as an applicable sector standard; {left}. {fix}",
                                  line=c.line, key=c.standard.number, framework=sectors.framework)
        elif _in_force(c, published):
            yield REQ_010.finding(f"the content index names no applicable GRI Sector Standard, but the report's words "
                                  f"are those of {c.standard.id} ({c.evidence}); {left}. {fix}",
                                  key=c.standard.number, framework=sectors.framework)


def _in_force(choice: SectorChoice, published: int | None) -> bool:
    """Published on or after its effective date (the effective dates are 1 January); unknown: assumed so."""
    eff = choice.standard.effective
    return eff is None or published is None or published >= int(eff[:4])


def _early(choice: SectorChoice, published: int | None) -> str:
    eff = choice.standard.effective
    if eff is None or _in_force(choice, published):
        return ""
    y, m, d = eff.split("-")
    return f"; adopted before its effective date, {int(d)} {_MONTHS[int(m) - 1]} {y}"


REQ_009 = Rule(id="GRI-REQ-009", name="sector-topic-not-addressed", severity=Severity.ERROR,
               check=sector_topic_not_addressed)
REQ_010 = Rule(id="GRI-REQ-010", name="sector-standard-not-named", severity=Severity.WARNING,
               check=sector_standard_not_named)

RULES = (REQ_009, REQ_010)
