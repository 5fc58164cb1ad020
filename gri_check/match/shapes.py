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
_DATE = (rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\s+(?:de\s+)?{_MONTHS}"  # 30 June 2025, 1er mars 2025
         rf",?\s+(?:de\s+)?{_YEAR}\b"
         rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b"  # June 30, 2025
         rf"|\b{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}\b"  # 2025-06-30, 30/06/2025
         rf"|{_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日")  # 2025年6月30日
# Started only where a run of address characters starts, and read possessively: a run of 60,000 digits is
# read once, not once per digit (which took a minute).
_EMAIL = r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+"
# Each shape stands in the text as one word that no report prints and no stemmer changes.
WORDS = {"email": "xxemailxx", "date": "xxdatexx"}
_IN_TEXT = re.compile(rf"(?P<email>{_EMAIL})|(?P<date>{_DATE})", re.I)
_IN_TERM = re.compile(r"<(email|date)>")
_MAY_HOLD = re.compile(r"[\d@]")


def mark(text: str) -> str:
    """The text with each shape's word after the shape (its own words stay: "as of December 31" is a term too)."""
    if not _MAY_HOLD.search(text):
        return text
    return _IN_TEXT.sub(lambda m: f"{m.group(0)} {WORDS[m.lastgroup or '']} ", text)


def mark_term(term: str) -> str:
    """A catalogue term with its `<shape>` names replaced by the shapes' words."""
    return _IN_TERM.sub(lambda m: f" {WORDS[m.group(1)]} ", term) if "<" in term else term


def names_shape(term: str) -> bool:
    return bool(_IN_TERM.search(term))
