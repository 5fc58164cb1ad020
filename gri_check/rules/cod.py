"""COD: disclosure codes and titles against the catalogue."""
from __future__ import annotations

from collections.abc import Iterator

from gri_check.model import Finding, Severity
from gri_check.rules.base import CheckContext, Rule, label, row_label


def unknown_code(ctx: CheckContext) -> Iterator[Finding]:
    """An index row cites a code that no loaded standard defines.

    The code may be mistyped, withdrawn (e.g. GRI 307-1 and 419-1, replaced by 2-27), of a SASB industry
    that does not exist, or from a standard the check was not given. Nothing can be verified for the row.
    Fix: correct the code, or load the catalogue that defines it with --standard.

    Example finding: `GRI-COD-001 index row "307-1" (line 330) cites code 307-1, which is not a disclosure of the loaded standards. Correct the code or load the standard that defines it.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for u in ctx.assessed.unmatched:
        if not u.entry.code or u.exists:
            continue  # GRI-IDX-009 reports rows without a code; GRI-COD-006 codes of partly known standards
        hint = f" Did you mean {' or '.join(u.suggestions)}?" if u.suggestions else ""
        yield COD_001.finding(f'{row_label(u.entry, ctx)} cites code {u.entry.code}, which is not a disclosure of the '
                              f"loaded standards.{hint} Correct the code or load the standard that defines it.",
                              entry=u.entry, key=u.entry.raw_code)


def code_typo(ctx: CheckContext) -> Iterator[Finding]:
    """A code is not in the catalogue but reads as a known disclosure with a slip (e.g. "1102-2").

    gri-check checks the row as the disclosure whose title it carries and reports the slip.
    Fix: correct the code in the index.

    Example finding: `GRI-COD-004 index row "1102-2" (line 12) cites code 1102-2, which does not exist; its title is that of GRI 102-2 "Activities, brands, products, and services". Correct the code to 102-2.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        if a.corrected_from and a.entry:  # "" (no code at all) is GRI-IDX-009's
            yield COD_004.finding(f"{row_label(a.entry, ctx)} cites code {a.corrected_from}, which does not exist; its "
                                  f"title is that of {label(a.disclosure)}. Correct the code to {a.disclosure.code}.",
                                  disclosure=a.disclosure, entry=a.entry, key=a.corrected_from)


def title_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """The printed title differs from the disclosure's official title.

    GRI 1 asks for the disclosure titles in the index; a different title makes the reader doubt
    which requirement the row answers. Frameworks whose index rows only describe a requirement in their own
    words (HKEX: `title_check: false` in its catalogue) are not held to it, nor are titles in a language the
    catalogue has no titles in (`title_lang`).
    Fix: use the official title.

    Example finding: `GRI-COD-002 index row "2-23" (line 296) titles 2-23 "Our commitments"; the official title is "Policy commitments" (62% similar). Use the official title.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        fw = ctx.framework(a.framework)
        if (fw is not None and not fw.title_check) or not a.disclosure.titled_in(ctx.language):
            continue  # rows describe the requirement in their own words, or in a language the catalogue lacks
        if a.entry and a.entry.title and a.title_of_other is None and a.title_score < 85:
            row = row_label(a.entry, ctx)
            yield COD_002.finding(f'{row} titles {a.disclosure.code} "{a.entry.title}"; the official '
                                  f'title is "{a.disclosure.title}" ({a.title_score}% similar). '
                                  'Use the official title.',
                                  disclosure=a.disclosure, entry=a.entry, key=a.entry.title,
                                  confidence=a.title_score)


def title_of_other_disclosure(ctx: CheckContext) -> Iterator[Finding]:
    """The printed title is the title of a different disclosure.

    Code and title disagree, so the row claims two different things; usually a shifted or copied row.
    Fix: correct the code or the title so that both name the same disclosure.

    Example finding: `GRI-COD-003 index row "2-9" (line 290) cites 2-9 but its title "Remuneration policies" is the title of GRI 2-19 "Remuneration policies". Make code and title name the same disclosure.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        other = a.title_of_other
        if a.entry and other is not None:
            row = row_label(a.entry, ctx)
            yield COD_003.finding(f'{row} cites {a.disclosure.code} but its title "{a.entry.title}" is '
                                  f'the title of {label(other)}. Make code and title name the same disclosure.',
                                  disclosure=a.disclosure, entry=a.entry, key=other.code)


def code_not_in_partial_catalogue(ctx: CheckContext) -> Iterator[Finding]:
    """An index row cites a code that the loaded catalogue does not list, of a standard it holds only in part.

    The bundled SASB catalogue, for example, lists every metric of a few industries but only the
    climate-related metrics of the others (those in the IFRS S2 industry-based guidance). A code of such
    an industry may well exist; gri-check cannot check it.
    Fix: check the code against the standard; load a complete catalogue of that industry with --standard.

    Example finding: `GRI-COD-006 index row "CG-MR-310a.1" (line 812) cites SASB CG-MR-310a.1, which the loaded catalogue does not list: it holds only part of SASB CG-MR (Multiline and Specialty Retailers & Distributors). Check the code against the standard, or load a complete catalogue of the industry.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for u in ctx.assessed.unmatched:
        e = u.entry
        if e.code and u.exists:
            std = next((s for s in ctx.catalogue.standards_of(e.framework or "") if e.code.startswith(s.number)), None)
            name = f"{std.id} ({std.title})" if std else f"its {e.framework} standard"
            row = row_label(e, ctx)
            yield COD_006.finding(f"{row} cites {e.framework} {e.code}, which the loaded catalogue does not "
                                  f"list: it holds only part of {name}. Check the code against the standard, or load "
                                  "a complete catalogue of the industry.", entry=e, key=e.raw_code)


def metric_of_other_industry(ctx: CheckContext) -> Iterator[Finding]:
    """An index row cites a metric of another industry than the report's.

    Frameworks that apply by industry (SASB) ask each company for its own industry's metrics. A metric of
    another industry may be a deliberate addition, or a wrong code. The report's industry is the one given
    with --industry, else the one most of the index's codes belong to, else the one its words name.
    Fix: check that the metric applies; correct the code; or give --industry if the industry was misread.

    Example finding: `GRI-COD-005 SASB RT-EE-410a.1 "Percentage of products by revenue that contain IEC 62474 declarable substances" belongs to SASB RT-EE (Electrical & Electronic Equipment), but the report's industry is RT-IG (Industrial Machinery & Goods: 12 of the 13 SASB codes in the index are RT-IG). Check that the metric applies or correct the code.`
    """  # noqa: E501  # the example finding is quoted verbatim in the SARIF and HTML rule help
    for a in ctx.assessed.assessments:
        choice = ctx.industry(a.framework)
        std = a.disclosure.standard
        if a.entry is None or choice is None or not choice.code or std.kind != "industry" or std.number == choice.code:
            continue
        yield COD_005.finding(f"{label(a.disclosure)} belongs to {std.id} ({std.title}), but the report's industry is "
                              f"{choice.code} ({choice.name}: {choice.why}). Check that the metric applies or correct "
                              "the code.", disclosure=a.disclosure, entry=a.entry, key=std.number)


COD_001 = Rule(id="GRI-COD-001", name="unknown-code", severity=Severity.ERROR, check=unknown_code)
COD_002 = Rule(id="GRI-COD-002", name="title-mismatch", severity=Severity.WARNING, check=title_mismatch)
COD_003 = Rule(id="GRI-COD-003", name="title-of-other-disclosure", severity=Severity.ERROR,
               check=title_of_other_disclosure)
COD_004 = Rule(id="GRI-COD-004", name="code-typo", severity=Severity.WARNING, check=code_typo)

COD_005 = Rule(id="GRI-COD-005", name="metric-of-other-industry", severity=Severity.WARNING,
               check=metric_of_other_industry)
COD_006 = Rule(id="GRI-COD-006", name="code-not-in-partial-catalogue", severity=Severity.INFO,
               check=code_not_in_partial_catalogue)

RULES = (COD_001, COD_002, COD_003, COD_004, COD_005, COD_006)
