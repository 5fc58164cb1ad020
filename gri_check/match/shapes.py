"""Answer shapes: evidence no word list can name, such as an e-mail address or a full date.

"Contact: reporting@example.com" answers "a contact point" and "published on 30 June 2025" answers
"the date the report was published", yet neither says "contact point" or "publication date". A
catalogue term may therefore name a shape, `<email>` or `<date>`, alone or with words ("published
<date>"). The tokenizer reads each shape in the report as one more token, so shapes are matched, windowed
and counted exactly like words.
"""
from __future__ import annotations

import re

# Month names of the languages whose reports we read (English, Italian, French, German, Spanish, Portuguese).
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
           r"|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
           r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|décembre"
           r"|januar|februar|märz|juni|juli|oktober|dezember"
           r"|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
           r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\.?")
_YEAR = r"(?:19|20)\d\d"
_DAY_FIRST = (rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\s+(?:de\s+)?{_MONTHS}"  # 30 June 2025, 1er mars 2025
              rf",?\s+(?:de\s+)?{_YEAR}\b")
_MONTH_FIRST = rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b"  # June 30, 2025
_NUMERIC = (rf"\b{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}\b"  # 2025-06-30, 30/06/2025
            rf"|{_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日")  # 2025年6月30日
_DATE = f"{_DAY_FIRST}|{_MONTH_FIRST}|{_NUMERIC}"
# Started only where a run of address characters starts, and read possessively: a run of 60,000 digits is
# read once, not once per digit (which took a minute).
_EMAIL = r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+"
# Each shape stands in the text as one word that no report prints and no stemmer changes.
WORDS = {"email": "xxemailxx", "date": "xxdatexx"}
_IN_TERM = re.compile(r"<(email|date)>")


def _shapes(email: bool, dates: str) -> re.Pattern[str]:
    forms = {"some": (_DAY_FIRST, _NUMERIC), "all": (_DAY_FIRST, _MONTH_FIRST, _NUMERIC)}.get(dates, ())
    parts = ([rf"(?P<email>{_EMAIL})"] if email else []) + ([rf"(?P<date>{'|'.join(forms)})"] if forms else [])
    return re.compile("|".join(parts), re.I)


# Scanning every text for every shape costs more than all the rest of tokenising, and few texts hold one.
# So each text is searched only for the shapes it can hold, told by pre-tests that every match of a shape
# passes: an address holds "@"; every date holds a year; a month-first date (the costly search: a month
# name tried at every word) ends with a day, a space and the year ("30, 2025"); a day-first date starts with
# a day, a space and a month; a numeric one joins its year to a digit ("2025-06", "06/2025", "2025年").
# An alternative that cannot match anywhere in a text changes no match when it is left out, so the marks
# are those of the full pattern, _IN_TEXT[True, "all"].
_IN_TEXT = {(email, dates): _shapes(email, dates) for email in (True, False) for dates in ("none", "some", "all")
            if email or dates != "none"}
_HAS_YEAR = re.compile(_YEAR)
# re.I as in the patterns they stand for: "31ſt" is "31st" there.
_MONTH_FIRST_END = re.compile(rf"\d(?:st|nd|rd|th)?,?\s+{_YEAR}", re.I)
_DAY_FIRST_START = re.compile(rf"\d(?:st|nd|rd|th|er|º)?\s+(?:de\s+)?{_MONTHS}", re.I)
_NUMERIC_CORE = re.compile(rf"{_YEAR}(?:[-/.]\d|\s*年)|\d[/.]{_YEAR}", re.I)


def _dates_in(text: str) -> str:
    """Which date forms the text may hold: "none", "some" (not month-first) or "all"."""
    if not _HAS_YEAR.search(text):
        return "none"
    if _MONTH_FIRST_END.search(text):
        return "all"
    return "some" if _DAY_FIRST_START.search(text) or _NUMERIC_CORE.search(text) else "none"


def mark(text: str) -> str:
    """The text with each shape's word after the shape (its own words stay: "as of December 31" is a term too)."""
    email, dates = "@" in text, _dates_in(text)
    if not email and dates == "none":
        return text
    return _IN_TEXT[email, dates].sub(lambda m: f"{m.group(0)} {WORDS[m.lastgroup or '']} ", text)


def mark_term(term: str) -> str:
    """A catalogue term with its `<shape>` names replaced by the shapes' words."""
    return _IN_TERM.sub(lambda m: f" {WORDS[m.group(1)]} ", term) if "<" in term else term


def names_shape(term: str) -> bool:
    return bool(_IN_TERM.search(term))
