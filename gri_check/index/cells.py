"""Parse the location and omission cells of an index row. Pure functions over strings."""
from __future__ import annotations

import re
from dataclasses import replace

from gri_check.index.model import CitedLocation, LocationKind, Omission, OmissionReason
from gri_check.ingest.limits import MAX_CELL_CHARS

# The patterns below run over cells of any length (a hostile cell holds 60,000 page numbers): runs are
# matched possessively (*+, ++) and only from their first character ((?<!\s)), so no run is read twice and
# time stays linear in the cell.
# NFKC has made full-width ；and ，ASCII. A separator takes the whitespace around it: ";", " / ", line breaks.
_STRONG_SPLIT = re.compile(r"((?:(?:(?<!\s)\s++)?;|(?<!\s)\s++(?<!\n)/(?=\s)|(?:(?<![^\S\n])[^\S\n]++)?\n)\s*+)")
_CJK_COMMA = re.compile(r"(?:(?<!\s)\s++)?\u3001\s*+")  # noqa: E501 (、 separates locations, except inside a sentence or a page list)
_CJK = re.compile(r"[\u3400-\u9fff]")
# Chinese page references: 第12页, 第12-14页, 第12至14页, 第12、14页, 12页, 年报第62页; P12, P08-P09.
_CN_RANGE = r"\d{1,4}+(?:\s*+(?:[-\u2013~]|至|到)\s*+\d{1,4}+)?"
_CN_PAGE_LIST = re.compile(rf"^(?P<doc>.*?)\s*+(?:第\s*+)?(?P<pages>{_CN_RANGE}(?:\s*+[,、和及]\s*+{_CN_RANGE})*+)\s*+页$")  # noqa: E501 (one pattern, read as a whole)
_P_PAGE_LIST = re.compile(r"^(?P<doc>.*?)\s*+(?P<pages>P\d{1,4}+(?:\s*+[-\u2013~,]\s*+P?\d{1,4}+)*+)$")
# A page list, with 页 after it or not: sub() reads each list once (see _split_strong), only those with 页 change.
_CN_PAGE_SPAN = re.compile(r"第?\s*+\d{1,4}+(?:\s*+(?:[-\u2013~、,和及]|至|到)\s*+(?:第\s*+)?\d{1,4}+)*+(\s*+页)?")
_PAGE_PREFIX = r"(?:p{1,2}g?s?\.?|pages?|pag(?:ina|g)?\.?|s\.|seite|page)"
_PAGE_LIST = re.compile(
    rf"^(?:(?P<doc>[A-Z][A-Za-z0-9&.\- ]{{0,60}}?)[\s,:]+)?(?P<prefix>{_PAGE_PREFIX})?\s*"
    r"(?P<pages>\d{1,4}(?:\s*[-\u2013~]\s*\d{1,4})?(?:\s*(?:,|and|&|/)\s*\d{1,4}(?:\s*[-\u2013~]\s*\d{1,4})?)*)\.?$",
    re.I,
)
_PLACEHOLDER = re.compile(rf"^(?:{_PAGE_PREFIX}\s*)?(?:x{{1,3}}|\?+|tbd|tbc|n/?a\?|\.\.\.|…|#+"
                          r"|\[\s*(?:x+|\?+|page|pages|pg|tbd|tbc|insert[^\]]*|\.{2,}|…|#+)\s*\])$", re.I)
# A page left unfilled at the end of a longer location: "Data > GHG emissions - pg X".
_TRAILING_PLACEHOLDER = re.compile(r"\b(?:pp?|pgs?|pages?)\.?\s*(?:x{1,3}|\?+|tbd|tbc|#+)\s*$", re.I)
# A page reference inside a longer location: "2020 Form 10-K (pages 1-2)", "Report > Section - pgs 148-150".
_EMBEDDED_PAGES = re.compile(
    r"(?:[(\[,;\-\u2013]\s*+|(?<!\s)\s++)?\b(?:pp?|pgs?|pages?)\.?\s*+"
    r"(\d{1,4}+(?:\s*+[-\u2013]\s*+\d{1,4}+)?(?:\s*+(?:,|and|&)\s*+\d{1,4}+(?:\s*+[-\u2013]\s*+\d{1,4}+)?)*+)\s*+[)\]]?",
    re.I)
_URL = re.compile(r"(https?://|www\.)\S+", re.I)
_REFER = re.compile(r"^(?:(?:please\s+)?(?:refer(?:\s+to)?|see(?:\s+also)?|cf\.?|vedi|siehe)\s+(?:the\s+)?"
                    r"|(?:详见|参见|请参阅|参阅|请见|见)\s*)", re.I)
_DOC_WORDS = re.compile(
    r"\b(annual report|annual review|integrated report|financial statements?|form\s*10-?k|10-?k|20-?f|proxy"
    r"|circular|prospectus|website|web site|homepage|corporate governance report|remuneration report"
    r"|sustainability report \d{4}|report \d{4}|\d{4} report|filing|articles of association"
    r"|(?:19|20)\d\d [\w ]{0,30}(?:report|statement|review|accounts|dataset)|modern slavery statement)\b",
    re.I,
)
# Other documents named in Chinese (no \b: Chinese has no word boundaries); 年度报告期 is a period, not a document.
_CN_DOC_WORDS = re.compile(r"年度报告(?!期)|年报|半年度报告|财务报告|财务报表|审计报告|公司章程|官方网站|官网"
                           r"|公司网站|招股说明书|公告|治理报告|《[^》]*(?:报告|报表|章程|公告|年报)[^》]*》")
# A Chinese sentence written into the index as the answer: it ends with 。, or opens like a statement
# and says that something did not happen ("报告期内，公司未发生…").
_CN_STATEMENT_START = re.compile(r"^(?:报告期内|本报告期|本年度|\d{4}年|本公司|我们|本集团|未|无|不存在|没有|暂无)")
_CN_NEGATION = re.compile(r"未|无|没有|不存在|不涉及|均")
_STATEMENT_START = re.compile(
    r"^(we|our|the (company|group|organi[sz]ation|bank)|there (was|were|is|are)|no|none|not|all|in \d{4}|during)\b", re.I  # noqa: E501 (one pattern, read as a whole)
)

_OMISSION_PATTERNS: tuple[tuple[OmissionReason, re.Pattern[str]], ...] = (
    (OmissionReason.NOT_APPLICABLE, re.compile(r"\bnot applicable\b|^n/?a\b|non applicabile|不适用", re.I)),
    (OmissionReason.LEGAL_PROHIBITIONS, re.compile(r"\blegal prohibitions?\b|prohibited by law"
                                                   r"|法律禁止|法律法规禁止|法律限制|受法律限制", re.I)),
    (OmissionReason.CONFIDENTIALITY, re.compile(r"\bconfidentiality constraints?\b|\bconfidential(ity)?\b"
                                                r"|commercially sensitive|(?:商业)?保密(?:限制|约束)|商业机密|商业秘密|涉及保密", re.I)),  # noqa: E501 (one pattern, read as a whole)
    (OmissionReason.UNAVAILABLE, re.compile(r"\binformation (is )?(unavailable|incomplete|not available)"
                                            r"(\s*/\s*(incomplete|unavailable))?\b|\bunavailable\b"
                                            r"|\bnot (yet )?available\b|\bdata not collected\b"
                                            r"|信息不可获得(?:\s*/\s*(?:信息)?不完整)?|信息不完整(?:\s*/\s*(?:信息)?不可获得)?"
                                            r"|信息不可得|数据不可获得|无法获得|暂未统计|尚未统计|暂无数据", re.I)),
)
_OMISSION_WORD = re.compile(r"\b(omi(t|ssion|tted)|not (reported|disclosed)|omesso|omissione)\b"
                            r"|省略|从略|不予披露|暂不披露|暂未披露|未披露", re.I)
_CN_EXPLANATION_NOISE = re.compile(r"^(?:省略原因|原因|说明)\s*+:?\s*+|^(?:因|由于)\s*+"
                                   r"|(?:(?<!\s)\s++)?而?(?:从略披露|从略|省略|未披露)\s*+$")


_CUT_MARK = " [...]"


def bounded(cell: str, limit: int = MAX_CELL_CHARS) -> str:
    """The part of a cell the parser reads: all of it up to limit characters, else its start, cut at the last
    separator or space before the limit. No index cell of a real report comes near it; a hostile one (60,000
    page numbers) costs no more than one that does."""
    if len(cell) <= limit:
        return cell
    head = cell[:limit]
    cut = max(head.rfind(sep) for sep in (";", "\n", ",", "\u3001", " "))
    return head[:cut].rstrip(" ,;\n\u3001") if cut > limit // 2 else head


def shown(cell: str, limit: int = MAX_CELL_CHARS) -> str:
    """A cell as an entry keeps it (raw_location): bounded, with " [...]" where it was cut."""
    return cell if len(cell) <= limit else bounded(cell, limit) + _CUT_MARK


def parse_locations(cell: str) -> tuple[CitedLocation, ...]:
    """Split a location cell into cited locations and say what each one is (of its first MAX_CELL_CHARS)."""
    cell = bounded(cell)
    out: list[CitedLocation] = []
    doc: str | None = None  # a document named before a page list applies to the page lists after it
    for strong, broken in _split_strong(cell):
        keep_stop = strong.rstrip().endswith(".") and len(strong.split()) >= 3
        strong = strong.strip(" ,\t") if keep_stop else strong.strip(" ,.\t")
        if not strong:
            continue
        whole = classify(strong)
        if not whole.text:  # only a lead-in such as "see" / "见": it cites nothing
            continue
        if whole.kind is LocationKind.EXTERNAL and whole.pages:
            doc = whole.document
        elif whole.kind is LocationKind.PAGE and doc:
            whole = CitedLocation(text=whole.text, kind=LocationKind.EXTERNAL, pages=whole.pages, document=doc)
        if (whole.kind in (LocationKind.PAGE, LocationKind.PLACEHOLDER, LocationKind.EXTERNAL) or "," not in strong
                or (whole.kind is LocationKind.STATEMENT and (_CJK.search(strong) or _prose(strong)))):
            out.append(replace(whole, after_break=broken))  # a sentence written as the answer stays whole
            continue
        for n, piece in enumerate(p.strip() for p in split_commas_outside_brackets(strong)):
            loc = classify(piece) if piece else None
            if loc is not None and loc.text:
                out.append(CitedLocation(text=loc.text, kind=loc.kind, pages=loc.pages, document=loc.document,
                                         after_comma=n > 0, after_break=broken and n == 0))
    return tuple(out)


def split_commas_outside_brackets(text: str) -> list[str]:
    """Split at each comma not inside brackets: "Climate (Scope 1, 2), Energy" is two places. As the old
    pattern ",(?![^()]*\\))" did, a comma is inside when the next bracket after it closes one; read from the
    end, so each character is looked at once."""
    cuts: list[int] = []
    closing = False  # the next bracket to the right is ")"
    for k in range(len(text) - 1, -1, -1):
        ch = text[k]
        if ch == ")":
            closing = True
        elif ch == "(":
            closing = False
        elif ch == "," and not closing:
            cuts.append(k)
    out, start = [], 0
    for k in reversed(cuts):
        out.append(text[start:k])
        start = k + 1
    out.append(text[start:])
    return out


def _prose(text: str) -> bool:
    """A sentence rather than a list of headings: long, mostly lower-case words, and not opening with a
    heading ("Business Ethics, We weren't involved ..." is a section, then an answer)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    head = [w for w in text.split(",")[0].split() if w[:1].isalpha()]
    titled = len(head) <= 6 and sum(1 for w in head if w[0].isupper()) >= 0.6 * max(len(head), 1)
    return not titled and len(words) >= 8 and sum(1 for w in words if w[0].islower()) >= 0.5 * len(words)


def _split_strong(cell: str) -> list[tuple[str, bool]]:
    """Split at ; and line breaks, then at 、 unless the part is a Chinese sentence or page list (第12、14页).
    Each part comes with whether a line break alone parts it from the one before (a wrapped heading
    may go on there: "Governance and / risk management")."""
    out: list[tuple[str, bool]] = []
    pieces = _STRONG_SPLIT.split(cell.strip())
    for k in range(0, len(pieces), 2):
        part, broken = pieces[k], k > 0 and pieces[k - 1].strip(" \t") == "\n"
        lead = _PAGES_THEN_DOC.match(part)
        if lead:  # "162 AR (Paragraphs: ...)": the break between a page list and the next document was lost
            out.extend(((lead.group(1), broken), (part[lead.end():], True)))
            continue
        if "\u3001" not in part or is_statement(part):
            out.append((part, broken))
            continue
        part = _CN_PAGE_SPAN.sub(lambda m: m.group(0).replace("\u3001", ",") if m.group(1) else m.group(0), part)
        out.extend((p, broken and n == 0) for n, p in enumerate(_CJK_COMMA.split(part)))
    return out


_PAGES_THEN_DOC = re.compile(r"^(\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)\s+(?=(?:[A-Z]{2,6}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]?)\s*[(:])")  # noqa: E501 (one pattern, read as a whole)
_ITEM_LETTERS = re.compile(r"^(?:[a-h][.)](?:\s*(?:-|\u2013|and|to|,|&)\s*[a-h][.)])*)\s+(?=\S)")


def classify(text: str) -> CitedLocation:
    """Page list, placeholder, URL/other document, direct statement, or a section name."""
    text = _ITEM_LETTERS.sub("", text.strip())  # "a. - g. Annual Report ...": the items the location covers
    if _PLACEHOLDER.match(text) or _TRAILING_PLACEHOLDER.search(text):
        return CitedLocation(text=text, kind=LocationKind.PLACEHOLDER)
    if not text.isascii() or text[:1] == "P":
        cn = _classify_cn_pages(text)
        if cn is not None:
            return cn
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
        kind = LocationKind.EXTERNAL if doc and names_document(doc) else LocationKind.PAGE
        return CitedLocation(text=text, kind=kind, pages=pages, document=doc)
    embedded = _EMBEDDED_PAGES.findall(text)
    if embedded:  # classify what the page references are attached to, and keep the pages
        rest = _EMBEDDED_PAGES.sub(" ", text).strip(" -\u2013,;")
        pages = tuple(dict.fromkeys(p for spec in embedded for p in _expand_pages(spec)))
        inner = classify(rest) if rest else CitedLocation(text=text, kind=LocationKind.PAGE)
        if inner.kind is LocationKind.SECTION and ACRONYM.fullmatch(rest):  # "AR (pp. 12-14)"
            inner = CitedLocation(text=rest, kind=LocationKind.EXTERNAL, document=rest)
        kind = LocationKind.EXTERNAL if inner.kind is LocationKind.EXTERNAL else (
            LocationKind.SECTION if inner.kind is LocationKind.SECTION else LocationKind.PAGE)
        return CitedLocation(text=text if kind is not LocationKind.SECTION else inner.text, kind=kind, pages=pages,
                             document=inner.document)
    url = _URL.search(text)
    if url:
        return CitedLocation(text=text, kind=LocationKind.EXTERNAL, document=url.group(0))
    bare = _REFER.sub("", text).strip()
    if _DOC_WORDS.search(bare) and len(bare.split()) <= 12:
        return CitedLocation(text=text, kind=LocationKind.EXTERNAL, document=bare.rstrip("."))
    if _CN_DOC_WORDS.search(bare) and len(bare) <= 40 and not is_statement(bare):
        return CitedLocation(text=text, kind=LocationKind.EXTERNAL, document=bare.rstrip("。."))
    if is_statement(text):
        return CitedLocation(text=text, kind=LocationKind.STATEMENT)
    return CitedLocation(text=bare.rstrip("."), kind=LocationKind.SECTION)


def _classify_cn_pages(text: str) -> CitedLocation | None:
    """第12页, 第12-14页, 第12页-第14页, 年报第62页, P12, P08-P09: page lists written the Chinese way."""
    flat = re.sub(r"页\s*([-\u2013~,、和及]|至|到)\s*第?", r"\1", text)  # 第12页-第14页 -> 第12-14页
    m = _CN_PAGE_LIST.match(flat) or _P_PAGE_LIST.match(flat)
    if m is None:
        return None
    spec = re.sub(r"至|到", "-", re.sub(r"[、和及]", ",", m["pages"].replace("P", "")))
    pages = _expand_pages(spec)
    doc = _REFER.sub("", m["doc"]).strip(" ,:") or None
    if doc and names_document(doc):
        return CitedLocation(text=text, kind=LocationKind.EXTERNAL, pages=pages, document=doc)
    if doc and not _CJK.search(doc) and not re.fullmatch(r"第|本报告", doc):
        return None  # "Section 3 page" or similar: not a Chinese page reference
    return CitedLocation(text=text, kind=LocationKind.PAGE, pages=pages)


def _page_list_plausible(m: re.Match[str]) -> bool:
    """Words before bare numbers must name a document ("AR 62"); "occurred in 2024" is a sentence."""
    doc = (m["doc"] or "").strip()
    if not m["prefix"] and re.fullmatch(r"(19|20)\d\d", m["pages"].strip()):
        return False  # a year ("Review 2023"), not a page
    if m["prefix"] or not doc or re.fullmatch(r"[A-Z]{2,6}", doc) or re.fullmatch(_PAGE_PREFIX, doc, re.I):
        return True
    return bool(_DOC_WORDS.search(doc) or _DOC_NOUN.search(doc))


# A name ending in a document noun before bare page numbers: "Business report 14-15".
_DOC_NOUN = re.compile(r"\b(report|statement|review|book|dataset|accounts|factbook)$", re.I)


# A document's short name: AR, CGR, NFS, RemR, "AR 2023".
ACRONYM = re.compile(r"(?:[A-Z]{2,6}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]?)(?:\s+(?:19|20)\d\d)?")


def names_document(doc: str) -> bool:
    """An acronym (AR, NFS) or a document name before a page list points outside this report."""
    return bool(_DOC_WORDS.search(doc) or _DOC_NOUN.search(doc)) or bool(ACRONYM.fullmatch(doc)) \
        or bool(_CN_DOC_WORDS.search(doc))


def is_statement(text: str) -> bool:
    """A sentence written into the index as the answer itself."""
    words = text.split()
    if text.endswith((".", "。")) and len(words) >= 3:
        return True
    if len(words) >= 4 and _STATEMENT_START.match(text):
        return True
    if text.isascii() or not _CJK.search(text):
        return False
    return (text.endswith("。") and len(text) >= 6) or (
        len(text) >= 8 and bool(_CN_STATEMENT_START.match(text)) and bool(_CN_NEGATION.search(text)))


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
            if _CJK.search(text):
                explanation = _CN_EXPLANATION_NOISE.sub("", explanation.strip(" .:;,-\u2013()。、")).strip()
            return Omission(text=text, reason=reason, explanation=explanation)
    if _OMISSION_WORD.search(text):
        return Omission(text=text, reason=OmissionReason.OTHER, explanation=text)
    return None


def looks_like_omission(text: str) -> bool:
    """A location cell that states an omission instead of a location."""
    head = text.strip()[:80]
    return any(p.search(head) for _, p in _OMISSION_PATTERNS) or bool(_OMISSION_WORD.search(head))
