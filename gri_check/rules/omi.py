"""OMI: reasons for omission against GRI 1."""
from __future__ import annotations

import re
from collections.abc import Iterator

from gri_check.index.model import OmissionReason
from gri_check.model import Finding, Severity
from gri_check.rules.base import CheckContext, Rule, label

_REASONS = "not applicable, legal prohibitions, confidentiality constraints, information unavailable/incomplete"


def _explains(text: str) -> bool:
    """At least a short clause: three words, or six Chinese characters (Chinese has no spaces)."""
    return len(text.split()) >= 3 or len(re.findall(r"[\u3400-\u9fff]", text)) >= 6


def omission_not_permitted(ctx: CheckContext) -> Iterator[Finding]:
    """A disclosure that its framework does not allow to be omitted is omitted.

    GRI 1 accepts no reason for omission for 2-1 to 2-5, 3-1 and 3-2; the HKEX ESG Reporting Code's
    mandatory disclosures cannot be explained away; ESRS 2 applies to every undertaking. The catalogue
    marks each disclosure `omittable` or not.
    Fix: report the disclosure.

    Example finding: `GRI-OMI-001 GRI 2-4 "Restatements of information" is marked as omitted, but GRI 1 permits no omission for it. Report the disclosure.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        if a.entry and a.entry.omission and not a.disclosure.omittable:
            fw = ctx.framework(a.framework)
            book = fw.rulebook if fw else a.framework
            yield OMI_001.finding(f"{label(a.disclosure)} is marked as omitted, but {book} permits no omission for it. "
                                  "Report the disclosure.", disclosure=a.disclosure, entry=a.entry, key="omitted")


def omission_reason_invalid(ctx: CheckContext) -> Iterator[Finding]:
    """An omission gives a reason that GRI 1 does not permit.

    The permitted reasons are: not applicable, legal prohibitions, confidentiality constraints and
    information unavailable/incomplete. Any other reason means the report is not "in accordance".
    This applies to frameworks whose catalogue says `omission: reasons` (GRI); comply-or-explain
    frameworks (HKEX) accept any explanation.
    Fix: state one of the permitted reasons and explain it.

    Example finding: `GRI-OMI-002 GRI 403-10 "Work-related ill health": omission "Not material" does not state a permitted reason (not applicable, legal prohibitions, confidentiality constraints, information unavailable/incomplete). State the reason and explain it.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        o = a.entry.omission if a.entry else None
        fw = ctx.framework(a.framework)
        if o is not None and o.reason is OmissionReason.OTHER and fw is not None and fw.omission == "reasons":
            yield OMI_002.finding(f'{label(a.disclosure)}: omission "{o.text}" does not state a permitted reason '
                                  f"({_REASONS}). State the reason and explain it.",
                                  disclosure=a.disclosure, entry=a.entry, key=o.text)


def omission_without_explanation(ctx: CheckContext) -> Iterator[Finding]:
    """An omission names a reason but does not explain it.

    GRI 1 requires an explanation with each reason, e.g. which law prohibits the disclosure, or what
    information is missing and by when it will be available.
    Fix: add the explanation.

    Example finding: `GRI-OMI-003 GRI 2-21 "Annual total compensation ratio": omission "Confidentiality constraints" gives the reason but no explanation. Explain why the reason applies.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        o = a.entry.omission if a.entry else None
        if o is not None and o.reason is not OmissionReason.OTHER and not _explains(o.explanation):
            yield OMI_003.finding(f'{label(a.disclosure)}: omission "{o.text}" gives the reason but no explanation. '
                                  "Explain why the reason applies.", disclosure=a.disclosure, entry=a.entry,
                                  key=o.reason.value)


OMI_001 = Rule(id="GRI-OMI-001", name="omission-not-permitted", severity=Severity.ERROR, check=omission_not_permitted)
OMI_002 = Rule(id="GRI-OMI-002", name="omission-reason-invalid", severity=Severity.ERROR, check=omission_reason_invalid)
OMI_003 = Rule(id="GRI-OMI-003", name="omission-without-explanation", severity=Severity.WARNING,
               check=omission_without_explanation)

RULES = (OMI_001, OMI_002, OMI_003)
