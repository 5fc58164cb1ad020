"""Parse the location and omission cells of an index row. Pure functions over strings."""
from __future__ import annotations

import re

from gri_check.index.model import CitedLocation, LocationKind, Omission, OmissionReason

_STRONG_SPLIT = re.compile(r"\s*(?:[\u3001;\n]|\s/\s)\s*")
_PAGE_PREFIX = r"(?:p{1,2}g?s?\.?|pages?|pag(?:ina|g)?\.?|s\.|seite|page)"
_PAGE_LIST = re.compile(
    rf"^(?:(?P<doc>[A-Z][A-Za-z0-9&.\- ]{{0,60}}?)[\s,:]+)?(?P<prefix>{_PAGE_PREFIX})?\s*"
    r"(?P<pages>\d{1,4}(?:\s*[-\u2013~]\s*\d{1,4})?(?:\s*(?:,|and|&|/)\s*\d{1,4}(?:\s*[-\u2013~]\s*\d{1,4})?)*)\.?$",
    re.I,
)
_PLACEHOLDER = re.compile(rf"^(?:{_PAGE_PREFIX}\s*)?(?:x{{1,3}}|\?+|tbd|tbc|n/?a\?|\[[^\]]*\]|\.\.\.|…|#+)$", re.I)
_URL = re.compile(r"(https?://|www\.)\S+", re.I)
_REFER = re.compile(r"^(?:please\s+)?(?:refer(?:\s+to)?|see(?:\s+also)?|cf\.?|vedi|siehe|详见|参见)\s+(?:the\s+)?", re.I)
_DOC_WORDS = re.compile(
    r"\b(annual report|annual review|integrated report|financial statements?|form\s*10-?k|10-?k|20-?f|proxy"
    r"|circular|prospectus|website|web site|homepage|corporate governance report|remuneration report"
    r"|sustainability report \d{4}|report \d{4}|\d{4} report|filing|articles of association)\b",
    re.I,
)
_STATEMENT_START = re.compile(
    r"^(we|our|the (company|group|organi[sz]ation|bank)|there (was|were|is|are)|no|none|not|all|in \d{4}|during)\b", re.I
)

_OMISSION_PATTERNS: tuple[tuple[OmissionReason, re.Pattern[str]], ...] = (
    (OmissionReason.NOT_APPLICABLE, re.compile(r"\bnot applicable\b|^n/?a\b|non applicabile|不适用", re.I)),
    (OmissionReason.LEGAL_PROHIBITIONS, re.compile(r"\blegal prohibitions?\b|prohibited by law", re.I)),
    (OmissionReason.CONFIDENTIALITY, re.compile(r"\bconfidentiality constraints?\b|\bconfidential(ity)?\b"
                                                r"|commercially sensitive", re.I)),
    (OmissionReason.UNAVAILABLE, re.compile(r"\binformation (is )?(unavailable|incomplete|not available)"
                                            r"(\s*/\s*(incomplete|unavailable))?\b|\bunavailable\b"
                                            r"|\bnot (yet )?available\b|\bdata not collected\b", re.I)),
)
_OMISSION_WORD = re.compile(r"\b(omi(t|ssion|tted)|not (reported|disclosed)|omesso|omissione)\b", re.I)


def parse_locations(cell: str) -> tuple[CitedLocation, ...]:
    """Split a location cell into cited locations and say what each one is."""
    out: list[CitedLocation] = []
    doc: str | None = None  # a document named before a page list applies to the page lists after it
    for strong in _STRONG_SPLIT.split(cell.strip()):
        strong = strong.strip(" ,.\t") if not strong.rstrip().endswith(".") or len(strong.split()) < 3 else strong.strip(" ,\t")
        if not strong:
            continue
        whole = classify(strong)
        if whole.kind is LocationKind.EXTERNAL and whole.pages:
            doc = whole.document
        elif whole.kind is LocationKind.PAGE and doc:
            whole = CitedLocation(text=whole.text, kind=LocationKind.EXTERNAL, pages=whole.pages, document=doc)
        if whole.kind in (LocationKind.PAGE, LocationKind.PLACEHOLDER, LocationKind.EXTERNAL) or "," not in strong:
            out.append(whole)
            continue
        for n, piece in enumerate(p.strip() for p in strong.split(",")):
            if piece:
                loc = classify(piece)
                out.append(CitedLocation(text=loc.text, kind=loc.kind, pages=loc.pages, document=loc.document,
                                         after_comma=n > 0))
    return tuple(out)


def classify(text: str) -> CitedLocation:
    """Page list, placeholder, URL/other document, direct statement, or a section name."""
    text = text.strip()
    if _PLACEHOLDER.match(text):
        return CitedLocation(text=text, kind=LocationKind.PLACEHOLDER)
    m = _PAGE_LIST.match(text)
    if m and not _page_list_plausible(m):
        m = None
    if m:
        pages = _expand_pages(m["pages"])
        doc = (m["doc"] or "").strip() or None
        if doc and re.fullmatch(_PAGE_PREFIX, doc, re.I):
            doc = None
        if doc and _REFER.match(doc):
            doc = _REFER.sub("", doc).strip() or None
        kind = LocationKind.EXTERNAL if doc and _names_document(doc) else LocationKind.PAGE
        return CitedLocation(text=text, kind=kind, pages=pages, document=doc)
    if _URL.search(text):
        return CitedLocation(text=text, kind=LocationKind.EXTERNAL, document=_URL.search(text).group(0))
    bare = _REFER.sub("", text).strip()
    if _DOC_WORDS.search(bare) and len(bare.split()) <= 12:
        return CitedLocation(text=text, kind=LocationKind.EXTERNAL, document=bare.rstrip("."))
    if is_statement(text):
        return CitedLocation(text=text, kind=LocationKind.STATEMENT)
    return CitedLocation(text=bare.rstrip("."), kind=LocationKind.SECTION)


def _page_list_plausible(m: re.Match[str]) -> bool:
    """Words before bare numbers must name a document ("AR 62"); "occurred in 2024" is a sentence."""
    doc = (m["doc"] or "").strip()
    if m["prefix"] or not doc or re.fullmatch(r"[A-Z]{2,6}", doc) or re.fullmatch(_PAGE_PREFIX, doc, re.I):
        return not (not m["prefix"] and re.fullmatch(r"(19|20)\d\d", m["pages"].strip()))
    return bool(_DOC_WORDS.search(doc))


def _names_document(doc: str) -> bool:
    """An acronym (AR, NFS) or a document name before a page list points outside this report."""
    return bool(_DOC_WORDS.search(doc)) or bool(re.fullmatch(r"[A-Z]{2,6}", doc))


def is_statement(text: str) -> bool:
    """A sentence written into the index as the answer itself."""
    words = text.split()
    if text.endswith((".", "。")) and len(words) >= 3:
        return True
    return len(words) >= 4 and bool(_STATEMENT_START.match(text))


def _expand_pages(spec: str) -> tuple[int, ...]:
    pages: list[int] = []
    for part in re.split(r"\s*(?:,|and|&|/)\s*", spec):
        if not part:
            continue
        bounds = re.split(r"\s*[-\u2013~]\s*", part)
        a = int(bounds[0])
        b = int(bounds[-1]) if len(bounds) > 1 and bounds[-1] else a
        if b < a and len(str(b)) < len(str(a)):  # "112-14" means 112-114
            b = int(str(a)[: len(str(a)) - len(str(b))] + str(b))
        pages.extend(range(a, b + 1) if 0 <= b - a <= 200 else [a, b])
    return tuple(dict.fromkeys(pages))


def parse_omission(text: str) -> Omission | None:
    """An omission stated in a cell: the permitted reason it names and its explanation."""
    text = text.strip()
    if not text:
        return None
    for reason, pattern in _OMISSION_PATTERNS:
        m = pattern.search(text)
        if m:
            explanation = (text[: m.start()] + " " + text[m.end():]).strip(" .:;,-\u2013()")
            explanation = re.sub(r"^(reason for omission|omission)\s*[:\-]?\s*", "", explanation, flags=re.I)
            return Omission(text=text, reason=reason, explanation=explanation)
    if _OMISSION_WORD.search(text):
        return Omission(text=text, reason=OmissionReason.OTHER, explanation=text)
    return None


def looks_like_omission(text: str) -> bool:
    """A location cell that states an omission instead of a location."""
    head = text.strip()[:80]
    return any(p.search(head) for _, p in _OMISSION_PATTERNS) or bool(_OMISSION_WORD.search(head))
