"""Reporting periods a text states: "1 January 2024 to 31 December 2024", "April 1, 2024 - March 31, 2025",
"2024年1月1日至2024年12月31日", "the calendar year 2024". Pure functions over strings.

The statement of use names the period the index covers; the report says it again where it describes
itself (GRI 2-3). When the two disagree, one of them is wrong, and the reader cannot tell which.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_MONTHS = {name: n for n, names in enumerate((
    "january jan gennaio janvier januar enero janeiro",
    "february feb febbraio février fevrier februar febrero fevereiro",
    "march mar marzo mars märz marz março",
    "april apr aprile avril abril",
    "may maggio mai mayo maio",
    "june jun giugno juin juni junio junho",
    "july jul luglio juillet juli julio julho",
    "august aug agosto août aout",
    "september sep sept settembre septembre septiembre setembro",
    "october oct ottobre octobre oktober octubre outubro",
    "november nov novembre noviembre novembro",
    "december dec dicembre décembre decembre dezember diciembre dezembro"), start=1) for name in names.split()}
_MONTH = "(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_TO = r"\s*(?:to|until|till|through|thru|-|–|—|~|al|au|bis|a|até|至|到)\s*"
_YEAR = r"(?:19|20)\d\d"
_DMY = (rf"(?P<{{p}}d>\d{{{{1,2}}}})(?:st|nd|rd|th|er|º|°)?\s+(?:de\s+)?(?P<{{p}}m>{_MONTH})"
        rf"(?:,?\s+(?:de\s+)?(?P<{{p}}y>{_YEAR}))?")
_MDY = rf"(?P<{{p}}m>{_MONTH})\s+(?P<{{p}}d>\d{{{{1,2}}}})(?:st|nd|rd|th)?(?:,?\s+(?P<{{p}}y>{_YEAR}))?"
_ZH = r"(?:(?P<{p}y>(?:19|20)\d\d)\s*年\s*)?(?P<{p}m>\d{{1,2}})\s*月\s*(?P<{p}d>\d{{1,2}})\s*日"
_ISO = r"(?P<{p}y>(?:19|20)\d\d)[-/.](?P<{p}m>\d{{1,2}})[-/.](?P<{p}d>\d{{1,2}})"
_NUMERIC = r"(?P<{p}d>\d{{1,2}})[/.](?P<{p}m>\d{{1,2}})[/.](?P<{p}y>(?:19|20)\d\d)"
_RANGES = [re.compile(form.format(p="a") + _TO + form.format(p="b"), re.I)
           for form in (_DMY, _MDY, _ZH, _ISO, _NUMERIC)]
_CALENDAR_YEAR = re.compile(rf"\bcalendar\s+year\s+(?P<y>{_YEAR})\b|(?P<zy>{_YEAR})\s*年(?:度)?(?:全年|自然年)", re.I)


@dataclass(frozen=True, slots=True, order=True)
class Period:
    start: date
    end: date

    def __str__(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def periods_in(text: str) -> list[Period]:
    """The periods a text states, in the order it states them (a range missing its first year takes the
    second's: "1 January to 31 December 2024")."""
    found: list[tuple[int, Period]] = []
    for rx in _RANGES:
        for m in rx.finditer(text):
            p = _period(m)
            if p is not None:
                found.append((m.start(), p))
    for m in _CALENDAR_YEAR.finditer(text):
        y = int(m["y"] or m["zy"])
        found.append((m.start(), Period(date(y, 1, 1), date(y, 12, 31))))
    return [p for _, p in sorted(found)]


def _period(m: re.Match[str]) -> Period | None:
    end_year = m["by"] or m["ay"]  # "2024年1月1日至12月31日": the end in the start's year
    start_year = m["ay"] or end_year
    if not start_year or not end_year:
        return None
    start, end = _date(start_year, m["am"], m["ad"]), _date(end_year, m["bm"], m["bd"])
    if start is None or end is None:
        return None
    if start > end and not m["ay"]:  # "1 April to 31 March 2025": the start is in the year before
        start = start.replace(year=start.year - 1)
    return Period(start, end) if start < end and (end - start).days <= 800 else None


def _date(year: str, month: str, day: str) -> date | None:
    m = _MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
    try:
        return date(int(year), m, int(day)) if m else None
    except ValueError:
        return None


def most_stated(texts: Iterable[str]) -> tuple[Period, int] | None:
    """The period the texts state most often (ties: the first stated), with how many times."""
    counts: Counter[Period] = Counter()
    order: dict[Period, int] = {}
    for text in texts:
        for p in periods_in(text):
            counts[p] += 1
            order.setdefault(p, len(order))
    if not counts:
        return None
    best = max(counts, key=lambda p: (counts[p], -order[p]))
    return best, counts[best]
