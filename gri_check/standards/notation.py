"""A framework's code notation: codes as printed -> canonical codes. Pure and table-driven.

A catalogue declares its notation (prefix, pattern with named groups, canonical template); this module
compiles it and reads codes at the start of a cell. Which readings are plausible is decided with the
catalogue's own codes (standards/codes.py), never with tables written here.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# What may not follow a code, by default: a letter or digit, or "-"/"." followed by one ("2-1-3",
# "A1.2.3"). Chinese may follow a code directly ("2-1组织详细情况").
DEFAULT_BOUNDARY = r"[-.]?(?![\u3400-\u9fff])\w"
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedCode:
    raw: str  # the matched text as printed
    code: str  # canonical in the framework's notation: "2-1", "RT-IG-130a.1", "A1.2"; "" for a row without one
    framework: str | None = None  # None for a row without a code
    requirement: str = ""  # "a" for "305-1a"
    family: str = ""  # the part naming its standard or industry: "305", "RT-IG"
    ordinal: int | None = None  # the number of the disclosure within its family, where the notation has one
    other: bool = False  # a code the framework's indexes carry but no catalogue defines (kept, not checked)
    end: int = 0  # where the code ends in the cell

    @property
    def checked(self) -> bool:
        """A code the catalogue can check (not an 'other' code kept verbatim)."""
        return bool(self.framework) and not self.other


@dataclass(frozen=True, slots=True, kw_only=True)
class _Form:
    regex: re.Pattern[str]
    canonical: str
    family: str | None = None  # its own family template, when it differs from the notation's


@dataclass(frozen=True, slots=True, kw_only=True)
class Notation:
    framework: str
    forms: tuple[_Form, ...]  # read anywhere
    index_forms: tuple[_Form, ...]  # read only inside this framework's index
    other: tuple[re.Pattern[str], ...]
    group: re.Pattern[str] | None
    integers: frozenset[str]
    upper: frozenset[str]
    family: str | None
    ordinal: str | None
    slack: int
    distinctive: bool

    def read(self, cell: str, *, in_index: bool = False) -> ParsedCode | None:
        """The code at the start of a cell, or None. in_index: the cell is in this framework's index."""
        for form in (self.forms + self.index_forms) if in_index else self.forms:
            m = form.regex.match(cell)
            if m:
                return self._parsed(m, form)
        return None

    def read_other(self, cell: str) -> ParsedCode | None:
        for pattern in self.other:
            m = pattern.match(cell)
            if m:
                return ParsedCode(raw=m["code"], code=m["code"], framework=self.framework, other=True, end=m.end())
        return None

    def canonical(self, groups: Mapping[str, str | None], template: str) -> str:
        return template.format(**self._normalised(groups))

    def family_of(self, code: str) -> str:
        """The family of a canonical code, by reading it with this notation ("" when it does not read)."""
        parsed = self.read(code)
        return parsed.family if parsed is not None and parsed.code == code else ""

    def _normalised(self, groups: Mapping[str, str | None]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in groups.items():
            v = re.sub(r"\s+", "", value or "")
            if name in self.integers and v.isdigit():
                v = str(int(v))
            if name in self.upper:
                v = v.upper()
            out[name] = v
        return out

    def _parsed(self, m: re.Match[str], form: _Form) -> ParsedCode:
        groups = {k: v for k, v in m.groupdict().items() if not k.startswith("_")}
        values = self._normalised(groups)
        code = form.canonical.format(**values)
        if form not in self.forms and form.family is None:  # "6" in an IFRS S2 index: family of its code
            main = next((f for f in self.forms if f.regex.match(code)), None)
            if main is not None:
                values = {**self._normalised(main.regex.match(code).groupdict()), **values}  # type: ignore[union-attr]
        template = form.family or self.family
        family = template.format(**values) if template and _fields(template) <= values.keys() else ""
        ordinal = values.get(self.ordinal or "") or ""
        req = re.sub(r"[\s.()]", "", m["_req"] or "").lower()
        return ParsedCode(raw=m.group(0).strip(), code=code, framework=self.framework, requirement=req,
                          family=family, ordinal=int(ordinal) if ordinal.isdigit() else None, end=m.end())


def _fields(template: str) -> set[str]:
    return set(_FIELD.findall(template))


def build_notation(framework: str, raw: Mapping[str, Any]) -> Notation:
    """Compile a catalogue's notation block (validated by the schema); a bad pattern raises re.error."""
    flags = re.I if raw.get("ignore_case") else 0
    prefix = f"(?:{raw['prefix']})?" if raw.get("prefix") else ""
    requirement = f"(?P<_req>{raw['requirement']})?" if raw.get("requirement") else "(?P<_req>)"
    boundary = f"(?!{raw.get('boundary', DEFAULT_BOUNDARY)})"

    def form(pattern: str, canonical: str, family: str | None = None) -> _Form:
        regex = re.compile(rf"^\s*{prefix}(?:{pattern}){requirement}{boundary}", flags)
        missing = (_fields(canonical) | _fields(family or "")) - set(regex.groupindex)
        if missing:
            raise re.error(f"canonical {canonical!r} names groups the pattern lacks: {', '.join(sorted(missing))}")
        return _Form(regex=regex, canonical=canonical, family=family)

    return Notation(
        framework=framework,
        forms=(form(raw["pattern"], raw["canonical"]),),
        index_forms=tuple(form(f["pattern"], f["canonical"], f.get("family")) for f in raw.get("in_index", ())),
        # verbatim: case matters
        other=tuple(re.compile(rf"^\s*(?P<code>{p})(?![\w.-])") for p in raw.get("other", ())),
        group=re.compile(raw["group"], re.I) if raw.get("group") else None,
        integers=frozenset(raw.get("integers", ())), upper=frozenset(raw.get("upper", ())),
        family=raw.get("family"), ordinal=raw.get("ordinal"), slack=raw.get("slack", 5),
        distinctive=raw.get("distinctive", False),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedGroup:
    framework: str
    number: str
    name: str
    year: int | None
    raw: str = ""


def read_group(notation: Notation, cell: str) -> ParsedGroup | None:
    """A group row label ("GRI 305: Emissions 2016", "Aspect A1: Emissions") by the notation's group pattern."""
    if notation.group is None:
        return None
    m = notation.group.match(cell)
    if not m:
        return None
    name = (m.groupdict().get("name") or "").strip(" :-")
    year = m.groupdict().get("year")
    if not name and not year:
        return None
    number = m["number"]
    number = str(int(number)) if number.isdigit() else number.upper()
    return ParsedGroup(framework=notation.framework, number=number, name=name, year=int(year) if year else None,
                       raw=cell)
