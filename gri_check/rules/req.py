"""REQ: GRI 1's requirements for the claimed reporting mode."""
from __future__ import annotations

import re
from collections.abc import Iterator

from gri_check.ingest.document import BlockKind
from gri_check.model import Finding, Mode, Severity, Status
from gri_check.rules.base import CheckContext, Rule, label

_CLAIMS = (
    ("in accordance", re.compile(r"in\s+accordance\s+with\s+the\s+GRI\s+Standards", re.I)),
    ("with reference", re.compile(r"with\s+reference\s+to\s+the\s+GRI\s+Standards", re.I)),
    ("Core option", re.compile(r"\bcore\s+option|GRI\s+Standards:?\s+Core\b|\bin accordance\W+core\b", re.I)),
    ("Comprehensive option", re.compile(r"\bcomprehensive\s+option|GRI\s+Standards:?\s+Comprehensive\b", re.I)),
    ("GRI-referenced", re.compile(r"\bGRI[- ]referenced\b", re.I)),
)
_INDEX_TITLE = re.compile(r"GRI\s+content\s+index|GRI\s*内容索引", re.I)  # GRI's title, in English or Chinese
_CJK = re.compile(r"[\u3400-\u9fff]")
_TEMPLATE = {
    Mode.IN_ACCORDANCE: re.compile(r"has\s+reported\s+in\s+accordance\s+with\s+the\s+GRI\s+Standards\s+for\s+the\s+period",
                                   re.I),
    Mode.WITH_REFERENCE: re.compile(r"has\s+reported\s+the\s+information\s+cited\s+in\s+this\s+GRI\s+content\s+index\s+"
                                    r"for\s+the\s+period.+with\s+reference\s+to\s+the\s+GRI\s+Standards", re.I),
}


def required_not_indexed(ctx: CheckContext) -> Iterator[Finding]:
    """A disclosure required for an "in accordance" report is missing from the index.

    In accordance with GRI 1, all of GRI 2 and 3-1, 3-2 and 3-3 must be reported or, where
    permitted, omitted with a reason, and listed in the index.
    Fix: add the disclosure to the index with its location or a reason for omission.

    Example finding: `GRI-REQ-001 GRI 2-5 "External assurance" is required in accordance with GRI 1 but is not in the content index. It may not be omitted. Add it to the index.`
    """
    if ctx.mode is not Mode.IN_ACCORDANCE:
        return
    for a in ctx.assessed.assessments:
        if a.status is Status.NOT_INDEXED:
            where = (f' Evidence for it appears under "{a.found_elsewhere[0].section}" (line {a.found_elsewhere[0].line}).'
                     if a.found_elsewhere else "")
            must = " It may not be omitted." if not a.disclosure.omittable else ""
            yield REQ_001.finding(f"{label(a.disclosure)} is required in accordance with GRI 1 but is not in the "
                                  f"content index.{must}{where} Add it to the index.", disclosure=a.disclosure,
                                  key="not-indexed")


def statement_of_use_wording(ctx: CheckContext) -> Iterator[Finding]:
    """The statement of use does not follow GRI's wording for its mode.

    GRI 1 fixes the statement: "[Organization] has reported in accordance with the GRI Standards for
    the period [dates]" or "... has reported the information cited in this GRI content index for the
    period [dates] with reference to the GRI Standards". Other wording leaves the claim unclear.
    Fix: use GRI's wording.

    Example finding: `GRI-REQ-002 the statement of use (line 1928) does not follow GRI's wording for reporting in accordance. Use GRI's statement of use.`
    """
    s = ctx.index.statement_of_use
    if s is None:
        return
    if s.mode is Mode.UNKNOWN:
        yield REQ_002.finding(f'the statement of use (line {s.line}) claims neither "in accordance with" nor '
                              '"with reference to" the GRI Standards. Use GRI\'s wording.', line=s.line, key="mode")
    elif not _CJK.search(s.text) and not _TEMPLATE[s.mode].search(s.text):  # GRI's wording is checked in English
        yield REQ_002.finding(f"the statement of use (line {s.line}) does not follow GRI's wording for reporting "
                              f"{s.mode.value.replace('_', ' ')}. Use GRI's statement of use.", line=s.line,
                              key="wording")


def contradictory_claims(ctx: CheckContext) -> Iterator[Finding]:
    """The report describes its use of the GRI Standards in contradictory ways.

    Example: the index says "in accordance" while an earlier page says "Core option" (a 2016 claim
    that no longer exists), or "with reference" elsewhere.
    Fix: state one claim, in GRI 1's wording, everywhere.

    Example finding: `GRI-REQ-003 the report makes contradictory claims about its use of the GRI Standards: "Core option" (line 14); "in accordance" (line 402). State one claim in GRI 1's wording.`
    """
    seen: dict[str, int] = {}
    for b in ctx.document.blocks:
        if b.kind is BlockKind.TOC or ("GRI" not in b.text and "ption" not in b.text):
            continue
        for name, pattern in _CLAIMS:
            if name not in seen and pattern.search(b.text):
                seen[name] = b.line
    modes = {n for n in seen if n in ("in accordance", "with reference")}
    legacy = {n for n in seen if n not in ("in accordance", "with reference")}
    if len(modes) > 1 or (modes and legacy) or len(legacy) > 1:
        parts = "; ".join(f'"{n}" (line {line})' for n, line in sorted(seen.items(), key=lambda t: t[1]))
        yield REQ_003.finding(f"the report makes contradictory claims about its use of the GRI Standards: {parts}. "
                              "State one claim in GRI 1's wording.", line=min(seen.values()), key=parts)


def index_title(ctx: CheckContext) -> Iterator[Finding]:
    """The index is not titled "GRI content index".

    GRI 1 asks for that title so that readers and GRI can find the index.
    Fix: title the index "GRI content index".

    Example finding: `GRI-REQ-004 the content index is not titled "GRI content index" (found "Index of Indicators"). Use that title.`
    """
    if ctx.index.found and not (ctx.index.title and _INDEX_TITLE.search(ctx.index.title)):
        found = f' (found "{ctx.index.title}")' if ctx.index.title else ""
        yield REQ_004.finding(f'the content index is not titled "GRI content index"{found}. Use that title.',
                              line=ctx.index.title_line, key="title")


def topic_without_management(ctx: CheckContext) -> Iterator[Finding]:
    """Topic disclosures are reported but no 3-3 (management of material topics) is indexed.

    In accordance with GRI 1, each material topic reported needs a 3-3 disclosure.
    Fix: add 3-3 for each material topic.

    Example finding: `GRI-REQ-005 12 topic standards are reported (GRI 205: Anti-corruption 2016, ...) but no 3-3 is indexed. Add 3-3 for each material topic.`
    """
    if ctx.mode is not Mode.IN_ACCORDANCE:
        return
    indexed = [a for a in ctx.assessed.assessments if a.entry is not None]
    has_33 = any(a.disclosure.code in ("3-3", "103-1", "103-2", "103-3") for a in indexed)  # 103-x: 2016 edition
    topics = sorted({a.disclosure.standard.id for a in indexed if a.disclosure.standard.kind == "topic"})
    if topics and not has_33:
        yield REQ_005.finding(f"{len(topics)} topic standards are reported ({', '.join(topics[:4])}"
                              f"{', ...' if len(topics) > 4 else ''}) but no 3-3 is indexed. Add 3-3 for each "
                              "material topic.", key="3-3")


def withdrawn_standards(ctx: CheckContext) -> Iterator[Finding]:
    """The index cites disclosures of withdrawn standards (GRI 102 and 103 of 2016, 307-1, 419-1).

    They were replaced by GRI 1, 2 and 3 (2021) and by 2-27 for reports published on or after
    1 January 2023; an index written to them was valid only for reports published before that date.

    Fix: for a report published from 2023 on, use the 2021 universal standards and their codes.

    Example finding: `GRI-REQ-006 the index cites 58 disclosures of withdrawn standards (GRI 102: General Disclosures 2016, GRI 103: Management Approach 2016); they apply only to reports published before 1 January 2023. For later reports use GRI 2 and GRI 3 (2021).`
    """
    old = [a for a in ctx.assessed.assessments if a.entry is not None and a.disclosure.standard.superseded_by]
    if old:
        names = sorted({a.disclosure.standard.id for a in old})
        n = len(old)
        yield REQ_006.finding(f"the index cites {n} disclosure{'s' if n != 1 else ''} of withdrawn standards "
                              f"({', '.join(names)}); "
                              "they apply only to reports published before 1 January 2023. For later reports use "
                              "GRI 2 and GRI 3 (2021).", key="withdrawn")


REQ_001 = Rule(id="GRI-REQ-001", name="required-not-indexed", severity=Severity.ERROR, check=required_not_indexed)
REQ_002 = Rule(id="GRI-REQ-002", name="statement-of-use-wording", severity=Severity.WARNING,
               check=statement_of_use_wording)
REQ_003 = Rule(id="GRI-REQ-003", name="contradictory-claims", severity=Severity.WARNING, check=contradictory_claims)
REQ_004 = Rule(id="GRI-REQ-004", name="index-title", severity=Severity.INFO, check=index_title)
REQ_005 = Rule(id="GRI-REQ-005", name="topic-without-management", severity=Severity.WARNING,
               check=topic_without_management)
REQ_006 = Rule(id="GRI-REQ-006", name="withdrawn-standards", severity=Severity.WARNING, check=withdrawn_standards)

RULES = (REQ_001, REQ_002, REQ_003, REQ_004, REQ_005, REQ_006)

