"""Related requirements of the other loaded frameworks, with their status in this run.

Where a disclosure is weak and a related one is evidenced, that evidence is offered: an auditor
checking SASB RT-IG-130a.1 wants to know that GRI 302-1 is reported at "Energy" (line 512).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gri_check.match.assess import Assessed, Assessment, RelatedResult
from gri_check.match.industry import IndustryChoice
from gri_check.model import Status
from gri_check.standards.catalogue import Disclosure
from gri_check.standards.crosswalk import Crosswalk

_WEAK = (Status.UNSUPPORTED, Status.PARTIAL, Status.NOT_INDEXED)
_EVIDENCED = (Status.SUPPORTED, Status.PARTIAL)


def relate(assessed: Assessed, crosswalk: Crosswalk, industries: Sequence[IndustryChoice]) -> Assessed:
    """Every assessment with its related requirements (of the report's industries only, where one applies)."""
    if not crosswalk.links:
        return assessed
    chosen = {c.framework: c.code for c in industries}
    best: dict[str, Assessment] = {}
    for a in assessed.assessments:  # per disclosure, its strongest assessment (3-3 repeats per topic)
        held = best.get(a.disclosure.key)
        if held is None or (a.coverage, a.status in _EVIDENCED) > (held.coverage, held.status in _EVIDENCED):
            best[a.disclosure.key] = a

    def keep(d: Disclosure) -> bool:
        if d.standard.kind != "industry":
            return True
        return d.standard.number == chosen.get(d.framework)

    out = []
    for a in assessed.assessments:
        related = []
        for r in crosswalk.related(a.disclosure, keep):
            other = best.get(r.disclosure.key)
            offered = None
            if a.status in _WEAK and other is not None and other.status in _EVIDENCED and other.evidence:
                offered = other.evidence[0]
            related.append(RelatedResult(disclosure=r.disclosure, subject=r.subject, provenance=r.provenance,
                                         status=other.status if other else None, offered=offered))
        out.append(replace(a, related=tuple(related)) if related else a)
    return replace(assessed, assessments=tuple(out))
