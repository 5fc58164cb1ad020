"""Resolve cited locations to the report's sections and pages. Pure functions over the Document."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from gri_check.index.cells import ACRONYM, names_document
from gri_check.index.model import CitedLocation, LocationKind
from gri_check.ingest.document import Document
from gri_check.ingest.layout import title_key

EXACT = 100
FUZZY_CUTOFF = 85  # token_sort_ratio on folded titles: "Employee Rights & Benefit" ~ "... Benefits"


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolved:
    """A cited location and the parts of the report it points to."""

    cited: CitedLocation
    sections: tuple[int, ...]  # indexes into Document.sections
    spans: tuple[tuple[int, int], ...]  # block ranges [start, end) the location covers
    score: int  # 100 exact, lower for approximate matches, 0 when unresolved
    note: str = ""  # why it did not resolve, when it did not

    @property
    def resolved(self) -> bool:
        return bool(self.spans)


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionTable:
    """Folded section titles for matching; sections inside the index itself are left out."""

    keys: tuple[str, ...]  # unique folded titles
    compact: tuple[str, ...]  # the same without spaces: "well being" meets "wellbeing"
    members: dict[str, tuple[int, ...]]  # folded title -> section indexes
    # Cited text -> match_section's answer, and folded title -> its closest headings: an index cites the same
    # places on many rows (and parts of paths, "Report > Governance"), and each place is matched again when
    # comma-split names are rejoined. The table is built per run, and so are these.
    found: dict[str, tuple[tuple[int, ...], int]] = field(default_factory=dict, init=False, repr=False,
                                                          compare=False)
    near: dict[str, tuple[tuple[tuple[int, ...], int], ...]] = field(default_factory=dict, init=False, repr=False,
                                                                      compare=False)


def build_section_table(doc: Document, exclude: Sequence[tuple[int, int]]) -> SectionTable:
    """Every heading but those inside the index tables (`exclude`: their block spans)."""
    members: dict[str, list[int]] = {}
    for n, s in enumerate(doc.sections):
        if any(a <= s.first_block < b for a, b in exclude):
            continue
        for key in _keys(s.title):
            members.setdefault(key, []).append(n)
    members.pop("", None)
    keys = tuple(members)
    return SectionTable(keys=keys, compact=tuple(k.replace(" ", "") for k in keys),
                        members={k: tuple(dict.fromkeys(v)) for k, v in members.items()})


_HAN = re.compile(r"[\u3400-\u9fff]+")


def _keys(title: str) -> tuple[str, ...]:
    """A heading's folded title, and for a bilingual heading each language alone, which an index may cite."""
    key = title_key(_strip_numbering(title))
    zh = "".join(_HAN.findall(key))
    latin = " ".join(_HAN.sub(" ", key).split())
    return tuple(dict.fromkeys(k for k in (key, zh, latin) if k)) if zh and latin else (key,)


_NUMBERING = re.compile(
    r"^(?:(?:chapter|section|part)\s+)?\d{1,2}(?:\.\d+)*\.?\s+(?=\D)"  # "3.2 Water", not "2023 Highlights"
    r"|^\d+(?:\.\d+)*\.?(?=[\u3400-\u9fff])"  # "1.1标题"
    r"|^[一二三四五六七八九十百]+[、.．]\s*"  # "一、"
    r"|^[（(][一二三四五六七八九十\d]+[）)]\s*"  # "（一）"
    r"|^第[一二三四五六七八九十百\d]+[章节部分篇]\s*",  # "第一章"
    re.I,
)


def _strip_numbering(title: str) -> str:
    return _NUMBERING.sub("", title.strip(), count=1)


def match_section(text: str, table: SectionTable) -> tuple[tuple[int, ...], int]:
    """Sections whose heading matches the cited text (all of them when a heading recurs), and the score."""
    got = table.found.get(text)
    if got is None:
        got = table.found[text] = _match_section(text, table)
    return got


def _match_section(text: str, table: SectionTable) -> tuple[tuple[int, ...], int]:
    if text.startswith("[") and text.endswith("]"):  # a hyperlink label: "[Governance: Board Governance]"
        text = text[1:-1].replace(":", ">")
    parts = [p for p in re.split(r"\s*(?:>|»|›|/|\\)\s*", text) if p.strip()] or [text]
    best: tuple[tuple[int, ...], int] = ((), 0)
    for candidate in (parts[-1], text, *reversed(parts[:-1])):  # a path "Report > Governance > Board": deepest first
        key = title_key(_strip_numbering(candidate))
        if not key:
            continue
        if key in table.members:
            return table.members[key], EXACT
        for sections, score in _closest(key, table):
            if score > best[1]:
                best = (sections, score)
    return best


def _closest(key: str, table: SectionTable) -> tuple[tuple[tuple[int, ...], int], ...]:
    """The closest heading to a folded title by each scorer (its sections, the score), if close enough."""
    got = table.near.get(key)
    if got is None:
        out = []
        for choices, query, scorer in ((table.keys, key, fuzz.token_sort_ratio),
                                       (table.compact, key.replace(" ", ""), fuzz.ratio)):
            hit = process.extractOne(query, choices, scorer=scorer, score_cutoff=FUZZY_CUTOFF)
            if hit:
                # Folding made them equal, but the printed forms differ: approximate, never exact.
                out.append((table.members[table.keys[hit[2]]], min(int(hit[1]), EXACT - 1)))
        got = table.near[key] = tuple(out)
    return got


def resolve(locations: tuple[CitedLocation, ...], doc: Document, table: SectionTable, *,
            external_pages: bool = False, own_names: frozenset[str] = frozenset(),
            documents: frozenset[str] = frozenset()) -> tuple[Resolved, ...]:
    """Resolve each cited location; adjacent comma-split names are rejoined when only the whole resolves.

    external_pages: pages cited in another document are looked up in `doc` (the document the check
    was given with --against); pages it lacks are reported, not guessed.
    """
    merged = _rejoin(tuple(_document_not_section(_heading_not_statement(loc, table), table, documents)
                           for loc in locations), table)
    return tuple(_resolve_one(loc, doc, table, external_pages or (loc.document or "") in own_names) for loc in merged)


HEADING_CUTOFF = 95  # a short "statement" that names a heading this well is that heading


def _heading_not_statement(loc: CitedLocation, table: SectionTable) -> CitedLocation:
    """A short cell read as a statement because of how it opens ("Our company at a glance", "We and our
    people") that is a heading of the report, word for word, is a section."""
    if loc.kind is not LocationKind.STATEMENT or len(loc.text.split()) > 10 or loc.text.rstrip()[-1:] in ".。":
        return loc
    sections, score = match_section(loc.text, table)
    return replace(loc, kind=LocationKind.SECTION) if sections and score >= HEADING_CUTOFF else loc


def _document_not_section(loc: CitedLocation, table: SectionTable, documents: frozenset[str]) -> CitedLocation:
    """A short name the index uses for another document ("AR", cited elsewhere as "AR p. 45" or defined in
    a legend "CGR = Corporate Governance Report"), alone or with the part of it cited ("CGR (Paragraph: 4.2
    Appointment)"), is that document, unless the report has a heading of that name."""
    head = _SHORT_NAME.match(loc.text)
    if loc.kind not in (LocationKind.SECTION, LocationKind.STATEMENT) or head is None or head["name"] not in documents:
        return loc
    sections, score = match_section(loc.text, table)
    return loc if sections and score >= HEADING_CUTOFF else replace(loc, kind=LocationKind.EXTERNAL,
                                                                   document=head["name"])


# A short name opening a cited place: "CGR", "AR 2023", "CGR (Paragraph: 4.2 Appointment)", "AR, Risk report".
_SHORT_NAME = re.compile(r"^(?P<name>[A-Z]{2,6}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]?)"
                         r"(?:\s+(?:19|20)\d\d)?\s*(?:[(,:\-\u2013]|$)")


def index_documents(locations: Iterable[CitedLocation], doc: Document) -> frozenset[str]:
    """Short names of other documents: acronyms the index cites pages of ("AR 45-47"), and acronyms a legend
    defines as a report, statement or other document ("CGR = Corporate Governance Report")."""
    named = {loc.document for loc in locations if loc.kind is LocationKind.EXTERNAL and loc.pages and loc.document
             and ACRONYM.fullmatch(loc.document)}
    legends = {short for b in doc.blocks if len(b.text) <= 600 for short, name in _defined(b.text)
               if names_document(name.strip())}
    return frozenset(n for n in named | legends if n)


_DEFINED = re.compile(r"\b(?P<short>[A-Z]{2,6}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]?)\s*[=:\u2013\u2014]\s*"
                      r"(?P<name>[^;,=()]{5,90})"
                      r"|(?P<name2>\b[A-Z][\w&' -]{4,80}?)\s*\((?P<short2>[A-Z]{2,6}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]?)\)")


def _defined(text: str) -> list[tuple[str, str]]:
    """(short name, what it stands for) pairs a text defines: "AR = Annual Report 2024", "Annual Report (AR)"."""
    if "=" not in text and ":" not in text and "(" not in text and "\u2013" not in text:
        return []
    return [(m["short"] or m["short2"], m["name"] or m["name2"]) for m in _DEFINED.finditer(text)]


def _rejoin(locations: tuple[CitedLocation, ...], table: SectionTable) -> list[CitedLocation]:
    out: list[CitedLocation] = []
    for loc in locations:
        prev = out[-1] if out else None
        if (prev is not None and (loc.after_comma or loc.after_break) and loc.kind is LocationKind.SECTION
                and prev.kind is LocationKind.SECTION):
            joined = f"{prev.text}{', ' if loc.after_comma else ' '}{loc.text}"
            if match_section(joined, table)[1] > max(match_section(prev.text, table)[1],
                                                    match_section(loc.text, table)[1]):
                out[-1] = CitedLocation(text=joined, kind=LocationKind.SECTION, after_comma=prev.after_comma,
                                        after_break=prev.after_break)
                continue
        out.append(loc)
    return out


def _resolve_one(loc: CitedLocation, doc: Document, table: SectionTable, external_pages: bool) -> Resolved:
    if loc.kind is LocationKind.SECTION:
        sections, score = match_section(loc.text, table)
        if not sections and loc.pages:  # "Section name (pages 62-64)": the pages still lead somewhere
            return _resolve_pages(loc, doc)
        spans = tuple((doc.sections[n].first_block, doc.sections[n].end_block) for n in sections)
        note = "" if sections else "no section of the report has this heading"
        return Resolved(cited=loc, sections=sections, spans=spans, score=score, note=note)
    if loc.kind is LocationKind.PAGE or (external_pages and loc.kind is LocationKind.EXTERNAL and loc.pages):
        return _resolve_pages(loc, doc)
    return Resolved(cited=loc, sections=(), spans=(), score=0)


_LEGEND = re.compile(r"^\s*([A-Z]{2,6})\s*[=:\u2013-]\s*(.{5,90}?)\s*$")


def own_names(doc: Document) -> frozenset[str]:
    """Short names an index uses for the report itself ("NFS = Consolidated Non-Financial Statement 2023").

    A legend's document is this report when the report calls itself by that name: the name stands in a
    sentence with "hereinafter" or after "this"/"the present". Page references under such a name are
    followed into this report instead of being treated as another document.
    """
    legends = {m.group(1): m.group(2) for b in doc.blocks if (m := _LEGEND.match(b.text))}
    found: set[str] = set()
    texts = [(b.text, b.text.lower()) for b in doc.blocks] if legends else []  # lowered once, for every legend
    for acronym, name in legends.items():
        core = " ".join(w for w in name.split() if not re.fullmatch(r"\(?(19|20)\d\d\)?", w))
        if len(core.split()) < 2:
            continue
        head = re.escape(core.split()[-1])
        pattern = re.compile(rf"{re.escape(core)}[^.]{{0,80}}hereinafter"
                             rf"|\b(this|the present)\s+(\w+\s+){{0,3}}{head}\b", re.I)
        low = core.lower()
        if any(low in lowered and pattern.search(text) for text, lowered in texts):
            found.add(acronym)
    return frozenset(found)


def _resolve_pages(loc: CitedLocation, doc: Document) -> Resolved:
    if not doc.pages:
        return Resolved(cited=loc, sections=(), spans=(), score=0, note="the report file has no page numbers")
    by_printed = {n: p for p in doc.pages for n in p.printed}
    spans: list[tuple[int, int]] = []
    missing: list[int] = []
    for number in loc.pages:
        page = by_printed.get(number) if by_printed else next((p for p in doc.pages if p.number == number), None)
        if page is None:
            missing.append(number)
        else:
            spans.append((page.first_block, page.end_block))
    sections = tuple(sorted({doc.blocks[s].section for s, _ in spans if doc.blocks[s].section >= 0}))
    note = f"page {', '.join(map(str, missing))} not in the report" if missing else ""
    if missing and spans:
        note = f"page {', '.join(map(str, missing))} not in the report (the other pages are)"
    return Resolved(cited=loc, sections=sections, spans=tuple(spans), score=EXACT if spans else 0, note=note)
