"""Disclosure codes as printed -> canonical codes. Pure and table-driven."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Prefixes seen before a code: "GRI 2-1", "G2-1", "GRI 2: 2-1", "Disclosure 2-1", "GRI-2-1". A Chinese
# title may follow a code with no space ("2-1组织详细情况"), so CJK may follow where a letter may not.
_PREFIX = r"(?:(?:GRI|Disclosure|Indicator)\s*(?:\d{1,3}\s*:\s*)?[-\s]*|G(?=\d))?"
_GRI_CODE = re.compile(
    rf"^\s*{_PREFIX}(?P<std>\d{{1,4}})\s*[-\u2010-\u2015]\s*(?P<num>\d{{1,2}})(?P<req>(?:\s?[a-h](?:\.?[ivx]{{1,4}})?)?)"
    r"(?!-|(?![\u3400-\u9fff])\w)",
    re.I,
)
# Codes of other frameworks and GRI sector supplements, kept verbatim so rows are not lost.
_OTHER_CODE = re.compile(
    r"^\s*(?P<code>[A-Z]{2}-[A-Z]{2}-\d{3}[a-z]\.\d+"  # SASB  TC-SC-110a.1
    r"|(?:EU|OG|FS|MM|CRE|AO|FP|HR|LA|EN|SO|PR|EC)\d{1,2}(?!\d)"  # G4 sector / G4 codes  EU2, OG6
    r"|\d{2}\.\d{1,2}\.\d{1,2}"  # GRI sector standard reference  11.1.5
    r")(?![\w.-])"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedCode:
    raw: str  # the matched text as printed
    code: str  # canonical: "2-1", "305-1", or a verbatim non-GRI code
    requirement: str = ""  # "a" for "305-1a"
    gri: bool = True  # False for sector/other-framework codes kept verbatim
    end: int = 0  # where the code ends in the cell


def parse_code(cell: str) -> ParsedCode | None:
    """Read a disclosure code at the start of a cell, or None when the cell does not start with one."""
    m = _GRI_CODE.match(cell)
    if m:
        std, num = int(m["std"]), int(m["num"])
        req = re.sub(r"[\s.]", "", m["req"] or "").lower()
        return ParsedCode(raw=m.group(0).strip(), code=f"{std}-{num}", requirement=req, end=m.end())
    m = _OTHER_CODE.match(cell)
    if m:
        return ParsedCode(raw=m["code"], code=m["code"], gri=False, end=m.end())
    return None


# Highest disclosure number of each GRI standard number in any edition: a code beyond it is no code
# ("30-50" in an age band) unless dropping a doubled digit makes it one ("1102-2").
_MAX_NUMBER = {2: 30, 3: 3, 101: 8, 102: 56, 103: 5, **{n: 10 for n in (*range(201, 208), *range(301, 309),
                                                                       *range(401, 420))}}


def plausible_gri(code: str) -> bool:
    """Whether a canonical code could be a GRI disclosure, directly or after a typing slip."""
    return any(_fits(c) for c in (code, *typo_candidates(code)))


def _fits(code: str) -> bool:
    std, _, num = code.partition("-")
    # A few numbers of slack: "2-31" is a wrong GRI code to report, not a stray figure to ignore.
    return std.isdigit() and num.isdigit() and int(std) in _MAX_NUMBER and 1 <= int(num) <= _MAX_NUMBER[int(std)] + 5


_SECTOR = re.compile(r"^(EU|OG|FS|MM|CRE|AO|FP)\d{1,2}$")


def is_sector_code(code: str) -> bool:
    """GRI G4 sector-supplement codes (EU2, OG6, FS7), which indexes list beside GRI disclosures."""
    return bool(_SECTOR.match(code))


def typo_candidates(code: str) -> tuple[str, ...]:
    """Plausible intended codes for a code that is not in the catalogue ("1102-2" -> "102-2").

    Covers a doubled or stray leading digit and a doubled digit inside the standard number, the
    slips seen in typed indexes; the caller keeps the candidates the catalogue knows.
    """
    std, _, num = code.partition("-")
    if not std.isdigit() or not num:
        return ()
    out: list[str] = []
    for k in range(len(std)):
        shorter = std[:k] + std[k + 1 :]
        if shorter and shorter[0] != "0":
            out.append(f"{shorter}-{num}")
    return tuple(dict.fromkeys(c for c in out if c != code))


_GROUP = re.compile(
    r"^\s*GRI\s*(?P<num>\d{1,3})\s*[:\-\u2013]?\s*(?P<name>[^\d\t|]*?[^\W\d_][^\t|]*?)?\s*(?:\(?(?P<year>(?:19|20)\d\d)\)?)?\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedGroup:
    number: str
    name: str
    year: int | None


def parse_group(cell: str) -> ParsedGroup | None:
    """Read a group row label such as "GRI 305: Emissions 2016" or "GRI 2: General Disclosures"."""
    m = _GROUP.match(cell)
    if not m or (not m["name"] and not m["year"]):
        return None
    name = (m["name"] or "").strip(" :-")
    return ParsedGroup(number=str(int(m["num"])), name=name, year=int(m["year"]) if m["year"] else None)
