"""Turn a sequence of source lines into a Document: contents list, headings, tables, paragraphs.

Text and Markdown readers (and later the PDF reader, which emits lines) share this so that every
format yields the same blocks and sections.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from gri_check.ingest.document import Block, BlockKind, ContentsEntry, Document, Page, Section
from gri_check.ingest.normalise import collapse_spaces, normalise_chars


@dataclass(frozen=True, slots=True)
class SourceLine:
    text: str  # normalised text, may contain tabs between cells
    number: int  # 1-based source line
    page: int | None = None
    heading_level: int | None = None  # set by readers that know (Markdown '#', PDF outline)
    cells: tuple[str, ...] | None = None  # set by readers that know table structure


_TOC_LINE = re.compile(r"^(?P<title>\D.*?)(?:\s*\.{3,}\s*|\t+|\s{2,}|\s+)(?P<page>\d{1,3})$")
_CODE_START = re.compile(r"^(GRI\s*)?G?\d{1,3}\s*-\s*\d{1,2}\b", re.I)
_SENTENCE_END = re.compile(r"[.,;:!?。，；：！？]$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with vs via per".split())
_WORD = re.compile(r"[\w\u3400-\u9fff]+")  # compiled once: title_key runs for every line


def title_key(text: str) -> str:
    """Comparison form of a heading or cited location: case, '&', punctuation and spacing folded."""
    # The runs of word characters, one space apart (no whitespace character is a word character).
    return " ".join(_WORD.findall(text.lower().replace("&", " and ")))


def split_cells(text: str) -> tuple[str, ...] | None:
    """Cells of a tab-separated or Markdown pipe row; None for an ordinary line."""
    stripped = text.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        inner = stripped.strip("|")
        cells = tuple(c.strip() for c in re.split(r"(?<!\\)\|", inner))
        if all(re.fullmatch(r":?-{2,}:?", c) or c == "" for c in cells):
            return ()  # separator row
        return cells
    if "\t" in text:
        cells = tuple(c.strip() for c in text.split("\t"))
        if sum(1 for c in cells if c) >= 1 and len(cells) >= 2:
            return cells
    return None


def looks_like_heading(text: str) -> bool:
    """A short standalone line in title case (or a short CJK line) with no closing punctuation."""
    if "\t" in text or not (2 <= len(text) <= 90) or _SENTENCE_END.search(text):
        return False
    if text[0] in "-*•·([" or not re.search(r"[^\W\d_]", text):
        return False
    if _CJK.search(text):
        return len(text) <= 30
    words = text.split()
    if len(words) > 11 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.isupper():
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS and re.match(r"[^\W\d_]", w)]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.6


def _find_contents(lines: list[SourceLine]) -> tuple[set[int], list[ContentsEntry]]:
    """Indexes of lines forming the contents list, and its entries (title + printed page)."""
    hits = [
        i for i, ln in enumerate(lines)
        if ln.text[-1:].isdigit() and len(ln.text) <= 100 and (m := _TOC_LINE.match(ln.text))
        and not _CODE_START.match(m["title"])
        and len(m["title"]) <= 90 and (ln.cells is None or len([c for c in ln.cells if c]) <= 2)
    ]
    clusters: list[list[int]] = []
    for i in hits:
        if clusters and i - clusters[-1][-1] <= 8:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    toc_lines: set[int] = set()
    entries: list[ContentsEntry] = []
    standalone: set[str] | None = None  # keys of the short lines, worked out once a cluster needs them
    for cluster in clusters:
        matches = [m for i in cluster if (m := _TOC_LINE.match(lines[i].text))]
        pages = [int(m["page"]) for m in matches]
        # A contents list has several entries whose page numbers mostly rise, and whose titles come back
        # as headings in the body; a two-column table of figures ("Packaging  860") has neither.
        rising = sum(1 for a, b in zip(pages, pages[1:]) if b >= a)
        if len(cluster) < 4 or rising < (len(cluster) - 1) * 0.5:
            continue
        if standalone is None:
            standalone = {title_key(ln.text) for ln in lines if ln.text and len(ln.text) <= 90 and "\t" not in ln.text}
        echoed = sum(1 for m in matches if title_key(m["title"].strip(" .\t")) in standalone)
        if echoed < len(cluster) * 0.4:
            continue
        for i in range(cluster[0], cluster[-1] + 1):
            if not lines[i].text:
                continue
            toc_lines.add(i)
            m = _TOC_LINE.match(lines[i].text)
            title = m["title"].strip(" .\t") if m and i in cluster else lines[i].text
            entries.append(ContentsEntry(title=title, page_label=m["page"] if m and i in cluster else None,
                                         line=lines[i].number))
    return toc_lines, entries


def build_document(path: str, fmt: str, lines: list[SourceLine], *, headings_from_markup: bool,
                   printed_pages: Mapping[int, tuple[int, ...]] | None = None,
                   warnings: Sequence[str] = ()) -> Document:
    """Classify lines into blocks and nest them into sections.

    printed_pages maps a physical page (1-based) to the page numbers printed on it, where the reader
    knows them (several on a 2-up spread).
    """
    toc_idx, contents = _find_contents(lines)
    toc_keys = {title_key(e.title) for e in contents}
    unwrapped = not headings_from_markup and line_per_paragraph(lines)
    candidates = _heading_candidates(lines, toc_idx, toc_keys, headings_from_markup, unwrapped)
    counts = Counter(title_key(lines[i].text) for i in candidates)
    toc_list = sorted(toc_keys)

    blocks: list[Block] = []
    levels: list[int | None] = []
    para: list[SourceLine] = []

    def flush() -> None:
        if para:
            text = _join_lines([p.text for p in para])
            blocks.append(Block(text=text, kind=BlockKind.PARAGRAPH, line=para[0].number,
                                end_line=para[-1].number, page=para[0].page))
            levels.append(None)
            para.clear()

    for i, ln in enumerate(lines):
        if not ln.text:
            flush()
            continue
        if i in toc_idx:
            flush()
            blocks.append(Block(text=ln.text, kind=BlockKind.TOC, line=ln.number, end_line=ln.number, page=ln.page))
            levels.append(None)
            continue
        if i in candidates:
            flush()
            blocks.append(Block(text=ln.text.strip("*# ").strip(), kind=BlockKind.HEADING, line=ln.number,
                                end_line=ln.number, page=ln.page))
            levels.append(_level(ln, candidates[i], toc_list, counts))
            continue
        cells = ln.cells if ln.cells is not None else split_cells(ln.text)
        if cells == ():
            continue  # Markdown separator row
        if cells:
            flush()
            blocks.append(Block(text=" | ".join(c for c in cells if c), kind=BlockKind.TABLE_ROW, line=ln.number,
                                end_line=ln.number, page=ln.page, cells=cells))
            levels.append(None)
            continue
        if para and (para[-1].page != ln.page or headings_from_markup is False and _is_list_item(ln.text)):
            flush()
        para.append(ln)
        if unwrapped:
            flush()
    flush()
    return _nest(path, fmt, blocks, levels, contents, printed_pages or {}, tuple(warnings))


def _join_lines(texts: list[str]) -> str:
    """Join wrapped lines: with a space, except between two Chinese characters (Chinese has no spaces)."""
    out = texts[0]
    for t in texts[1:]:
        out += t if _CJK.match(out[-1:]) and _CJK.match(t[:1]) else " " + t
    return out


_PARAGRAPH_END = re.compile(r"[.!?;:。！？；：)\]\"'”’）]$")
_LONG_LINE = 60
_MIN_LONG_LINES = 5


def line_per_paragraph(lines: Sequence[SourceLine]) -> bool:
    """Whether each line of a text is a paragraph of its own (an export that kept no blank lines and no
    wrapping) rather than a wrapped line: most long lines end a sentence, where wrapped text ends one
    line in several mid-sentence."""
    long = [ln.text for ln in lines if len(ln.text) >= _LONG_LINE and ln.cells is None and "\t" not in ln.text]
    if len(long) < _MIN_LONG_LINES:
        return False
    return sum(1 for t in long if _PARAGRAPH_END.search(t.rstrip())) >= 0.6 * len(long)


def _is_list_item(text: str) -> bool:
    return bool(re.match(r"^([-*•·]|\d+[.)])\s", text))


def _heading_candidates(lines: list[SourceLine], toc_idx: set[int], toc_keys: set[str],
                        from_markup: bool, unwrapped: bool = False) -> dict[int, int | None]:
    """Line index -> explicit level (None when inferred from layout). Where each line is a paragraph,
    a heading needs no blank line around it."""
    explicit: dict[int, int | None] = {i: ln.heading_level for i, ln in enumerate(lines) if ln.heading_level}
    if from_markup and len(explicit) >= 3:
        return explicit
    found: dict[int, int | None] = dict(explicit)
    for i, ln in enumerate(lines):
        if i in toc_idx or i in found or not ln.text:
            continue
        before = i == 0 or not lines[i - 1].text or lines[i - 1].page != ln.page
        after = i + 1 >= len(lines) or not lines[i + 1].text
        if not (unwrapped or before and after) or ln.cells is not None or len(ln.text) > 120:
            continue
        text = ln.text.strip("*").strip()
        named_in_contents = title_key(text) in toc_keys and not _SENTENCE_END.search(text)
        if named_in_contents or looks_like_heading(text) or unwrapped and _heads_paragraph(text, lines, i):
            found[i] = None
    return found


def _heads_paragraph(text: str, lines: list[SourceLine], i: int) -> bool:
    """Where each line is a paragraph, a short line in sentence case ("Water withdrawal and discharge")
    with no closing punctuation, followed by a paragraph, is the paragraph's heading."""
    nxt = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].text), None)  # no copy of the rest
    if "\t" in text or nxt is None or nxt.page != lines[i].page or len(nxt.text) < _LONG_LINE \
            or nxt.cells is not None or "\t" in nxt.text:
        return False
    words = text.split()
    return (len(words) <= 8 and text[:1].isupper() and not _SENTENCE_END.search(text)
            and text[:1] not in "-*•·([" and bool(re.search(r"[^\W\d_]{3}", text)))


def _level(ln: SourceLine, explicit: int | None, toc_list: list[str], counts: Counter) -> int:
    """Explicit levels win; a heading named in the contents list is a main section unless it recurs."""
    if explicit:
        return explicit
    key = title_key(ln.text.strip("*"))
    if toc_list and counts[key] == 1 and process.extractOne(key, toc_list, scorer=fuzz.ratio, score_cutoff=90):
        return 1
    return 2 if toc_list else 1


def _nest(path: str, fmt: str, blocks: list[Block], levels: list[int | None],
          contents: list[ContentsEntry], printed: Mapping[int, tuple[int, ...]],
          warnings: tuple[str, ...]) -> Document:
    heads = [i for i, lv in enumerate(levels) if lv is not None]
    ends = _section_ends(heads, levels, len(blocks))
    sections: list[Section] = []
    for order, i in enumerate(heads):
        end = ends[i]
        sections.append(Section(title=blocks[i].text, level=levels[i], order=order, line=blocks[i].line,  # type: ignore[arg-type]
                                end_line=blocks[end - 1].end_line, first_block=i, end_block=end, page=blocks[i].page))
    owner = -1
    out: list[Block] = []
    head_pos = {b: n for n, b in enumerate(heads)}
    for i, b in enumerate(blocks):
        owner = head_pos.get(i, owner)
        out.append(Block(text=b.text, kind=b.kind, line=b.line, end_line=b.end_line, page=b.page,
                         section=owner, cells=b.cells))
    return Document(path=path, format=fmt, blocks=tuple(out), sections=tuple(sections),
                    pages=_pages(out, printed), contents=tuple(contents), warnings=warnings)


def _section_ends(heads: Sequence[int], levels: Sequence[int | None], total: int) -> dict[int, int]:
    """Heading block -> the block that ends its section: the next heading at its level or above, else
    the end. One pass with a stack of open sections (their levels rise from bottom to top), where
    scanning ahead from each heading cost headings squared."""
    ends: dict[int, int] = {}
    open_heads: list[int] = []
    for j in heads:
        level = levels[j]
        while open_heads and levels[open_heads[-1]] >= level:  # type: ignore[operator]
            ends[open_heads.pop()] = j
        open_heads.append(j)
    for i in open_heads:
        ends[i] = total
    return ends


def _pages(blocks: list[Block], printed: Mapping[int, tuple[int, ...]]) -> tuple[Page, ...]:
    """Pages in physical order with the block range each holds (blocks are in page order)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, b in enumerate(blocks):
        if b.page is not None:
            first.setdefault(b.page, i)
            last[b.page] = i
    numbers = sorted(set(first) | set(printed))
    return tuple(Page(number=n, printed=tuple(printed.get(n, ())), first_block=first.get(n, 0),
                      end_block=last[n] + 1 if n in last else first.get(n, 0)) for n in numbers)


def source_lines(text: str) -> list[SourceLine]:
    """Normalise raw text into SourceLines; a form feed starts a new physical page."""
    has_pages = "\f" in text
    page = 1
    out: list[SourceLine] = []
    for n, raw in enumerate(normalise_chars(text).split("\n"), start=1):
        if "\f" in raw:
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        cleaned = "\t".join(collapse_spaces(c) for c in raw.split("\t")) if "\t" in raw else collapse_spaces(raw)
        out.append(SourceLine(text=cleaned if cleaned.strip("\t ") else "", number=n,
                              page=page if has_pages else None))
    return out
