"""Word (.docx) reports: the body in document order, headings from styles and outline levels, tables as rows.

The archive is checked (size, ratio, main part) before python-docx opens it. python-docx loads the
package and styles; the body XML is walked here so that paragraphs, tables, content controls and text
boxes come out in reading order. Line numbers count the emitted paragraphs, headings and table rows.
Pages come from Word's last layout (w:lastRenderedPageBreak) when saved, else from hard page breaks.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

import docx
from docx.oxml.ns import qn
from lxml.etree import _Element as Element

from gri_check.ingest.archive import open_word_archive, unreadable
from gri_check.ingest.document import Document
from gri_check.ingest.layout import SourceLine, build_document
from gri_check.ingest.markup import Cell, clean_inline, clean_tabbed, number_lines, table_lines

MAX_HEADING_CHARS = 200  # a longer "heading" is body text in a heading style
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _PPR, _TCPR = (qn(t) for t in ("w:p", "w:tbl", "w:tr", "w:tc", "w:pPr", "w:tcPr"))
_T, _TAB, _PTAB, _BR, _CR = (qn(t) for t in ("w:t", "w:tab", "w:ptab", "w:br", "w:cr"))
_NB_HYPHEN, _RENDERED, _TXBX, _R, _RPR = (qn(t) for t in ("w:noBreakHyphen", "w:lastRenderedPageBreak",
                                                            "w:txbxContent", "w:r", "w:rPr"))
_VAL, _TYPE = qn("w:val"), qn("w:type")
# Containers whose children are read as if they stood in their parent (content controls, custom XML).
_WRAPPERS = frozenset(qn(t) for t in ("w:sdt", "w:sdtContent", "w:customXml", "w:smartTag", "w:ins",
                                      "w:moveTo", "w:hyperlink", "w:fldSimple", "w:dir", "w:bdo"))
# Never text: deleted or moved-away revisions, field codes, properties, and the duplicate copy of a
# drawing that markup-compatibility keeps for old readers.
_SKIP = frozenset([qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"), qn("w:instrText"),
                   qn("w:sdtPr"), qn("w:tblPr"), qn("w:trPr"), qn("w:tcPr"), _MC + "Fallback"])
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)
_TRUE = frozenset([None, "1", "true", "on"])  # an on/off property without w:val is on


def parse_docx(data: bytes, path: str) -> Document:
    """Read a .docx report; InputError (exit 3) when the archive is unsafe, corrupt or not Word."""
    copy, _ = open_word_archive(data, path)
    try:
        word = docx.Document(io.BytesIO(copy))
    except Exception as exc:  # noqa: BLE001 - whatever python-docx trips on, the file is unreadable (exit 3)
        raise unreadable(path, str(exc) or type(exc).__name__) from None
    body = word.element.body
    walk = _Walk(levels=style_levels(word.styles.element), default_style=_default_style(word.styles.element),
                 rendered=next(body.iter(_RENDERED), None) is not None)
    lines = list(_container(body, walk, in_cell=False))
    if all(ln.page in (None, 1) for ln in lines):
        lines = [replace(ln, page=None) for ln in lines]  # no page breaks: pages would say nothing
    warnings: list[str] = []
    if walk.alt_chunks:
        warnings.append(f"{walk.alt_chunks} embedded document chunk(s) (altChunk) were not read")
    if not any(ln.text for ln in lines):
        warnings.append("the Word document has no text (scanned images?)")
    return build_document(path, "docx", number_lines(lines), headings_from_markup=True, warnings=warnings)


def style_levels(styles: Element) -> dict[str, int]:
    """Paragraph style id -> heading level (1-9), through the basedOn chain.

    A style is a heading by its name ("heading 1".."heading 9", "Title") or by its outline level, so a
    localized style name ("Überschrift 1", "标题 1") still counts when it carries w:outlineLvl. An outline
    level of 9 means body text and stops inheritance (Word's "TOC Heading" is based on Heading 1).
    """
    raw: dict[str, tuple[str, int | None, str | None]] = {}
    for st in styles.findall(qn("w:style")):
        if st.get(_TYPE, "paragraph") != "paragraph":
            continue
        name = st.find(qn("w:name"))
        based = st.find(qn("w:basedOn"))
        raw[st.get(qn("w:styleId"), "")] = (name.get(_VAL, "") if name is not None else "",
                                           _outline(st.find(_PPR)), based.get(_VAL) if based is not None else None)
    levels: dict[str, int] = {}
    for sid in raw:
        seen: set[str] = set()
        cur: str | None = sid
        while cur in raw and cur not in seen:
            seen.add(cur)
            name, outline, based = raw[cur]
            level = _named_level(name) or outline
            if level is not None:
                if level <= 9:
                    levels[sid] = level
                break
            cur = based
    return levels


def _named_level(name: str) -> int | None:
    """Level from a built-in style name, which Word stores in English whatever the UI language."""
    m = _HEADING_NAME.match(name.strip())
    if m:
        return int(m.group(1))
    return 1 if name.strip().lower() == "title" else None


def _outline(ppr: Element | None) -> int | None:
    """w:outlineLvl as a heading level: 0-8 -> 1-9, 9 (body text) -> 10, absent -> None."""
    el = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    try:
        return int(el.get(_VAL)) + 1 if el is not None else None
    except (TypeError, ValueError):
        return None


def _default_style(styles: Element) -> str | None:
    for st in styles.findall(qn("w:style")):
        if st.get(_TYPE) == "paragraph" and st.get(qn("w:default")) in ("1", "true", "on"):
            return st.get(qn("w:styleId"))
    return None


@dataclass(slots=True, kw_only=True)
class _Walk:
    """State of one walk over one body (mutable: the page count advances in reading order)."""

    levels: Mapping[str, int]
    default_style: str | None
    rendered: bool  # Word's own page breaks are present: count those, not hard breaks
    page: int = 1
    alt_chunks: int = 0


def _container(el: Element, walk: _Walk, *, in_cell: bool) -> Iterator[SourceLine]:
    for child in el:
        if child.tag == _P:
            yield from _paragraph(child, walk, in_cell=in_cell)
        elif child.tag == _TBL:
            yield from _table(child, walk)
        elif child.tag in _WRAPPERS:
            yield from _container(child, walk, in_cell=in_cell)
        elif child.tag == qn("w:altChunk"):
            walk.alt_chunks += 1


@dataclass(slots=True)
class _Runs:
    """Text collected from one paragraph's runs, with the page breaks met before and after its text."""

    parts: list[str]
    boxes: list[Element]
    breaks_before: int = 0
    breaks_after: int = 0

    def page_break(self) -> None:
        if any(p.strip() for p in self.parts):
            self.breaks_after += 1
        else:
            self.breaks_before += 1


def _paragraph(p: Element, walk: _Walk, *, in_cell: bool) -> Iterator[SourceLine]:
    runs = _Runs(parts=[], boxes=[])
    _collect(p, runs, walk)
    ppr = p.find(_PPR)
    if not walk.rendered and ppr is not None:
        before = ppr.find(qn("w:pageBreakBefore"))
        if before is not None and before.get(_VAL) in _TRUE:
            runs.breaks_before += 1
        sect = ppr.find(qn("w:sectPr"))  # this paragraph ends a section; the next starts a page ...
        kind = sect.find(qn("w:type")) if sect is not None else None
        if sect is not None and (kind is None or kind.get(_VAL) != "continuous"):  # ... unless continuous
            runs.breaks_after += 1
    walk.page += runs.breaks_before
    page = walk.page
    text = "".join(runs.parts)
    level = _level(p, ppr, walk)
    heading = clean_inline(text) if level else ""
    if heading and len(heading) <= MAX_HEADING_CHARS:
        yield SourceLine(text=heading, number=0, page=page, heading_level=level)
    elif in_cell:  # a line break in a cell separates cited places ("About us" / "Our people")
        yield from (SourceLine(text=clean_inline(t), number=0, page=page) for t in text.split("\n"))
    else:
        yield SourceLine(text=clean_tabbed(text.replace("\n", " ")), number=0, page=page)
    for box in runs.boxes:
        yield from _container(box, walk, in_cell=in_cell)
    walk.page += runs.breaks_after


def _collect(el: Element, runs: _Runs, walk: _Walk) -> None:
    """Depth-first over a paragraph's inline content; text boxes are kept aside, read after it."""
    for child in el:
        tag = child.tag
        if tag == _T:
            runs.parts.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            runs.parts.append("\t")
        elif tag in (_BR, _CR):
            if tag == _BR and child.get(_TYPE) == "page":
                if not walk.rendered:
                    runs.page_break()
            else:
                runs.parts.append("\n")
        elif tag == _NB_HYPHEN:
            runs.parts.append("-")
        elif tag == _RENDERED:
            runs.page_break()
        elif tag == _TXBX:
            runs.boxes.append(child)
        elif tag in _SKIP or not isinstance(tag, str) or (tag == _R and _hidden(child)):
            continue
        else:
            _collect(child, runs, walk)


def _hidden(run: Element) -> bool:
    vanish = run.find(f"{_RPR}/{qn('w:vanish')}")
    return vanish is not None and vanish.get(_VAL) in _TRUE


def _level(p: Element, ppr: Element | None, walk: _Walk) -> int | None:
    """Direct outline level first (Word's own precedence), then the paragraph style's level."""
    direct = _outline(ppr)
    if direct is not None:
        return direct if direct <= 9 else None
    pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
    sid = pstyle.get(_VAL) if pstyle is not None else walk.default_style
    return walk.levels.get(sid or "")


def _table(tbl: Element, walk: _Walk) -> list[SourceLine]:
    rows: list[list[Cell]] = []
    for tr in _children(tbl, _TR):
        row: list[Cell] = []
        before = _int_val(tr, "w:trPr/w:gridBefore")
        if before > 0:
            row.append(Cell(colspan=before))
        for tc in _children(tr, _TC):
            vmerge = tc.find(f"{_TCPR}/{qn('w:vMerge')}")
            continued = vmerge is not None and vmerge.get(_VAL, "continue") != "restart"
            lines = () if continued else tuple(_container(tc, walk, in_cell=True))
            row.append(Cell(lines=lines, colspan=max(1, _int_val(tc, "w:tcPr/w:gridSpan")), continued=continued))
        rows.append(row)
    return table_lines(rows)


def _children(el: Element, tag: str) -> Iterator[Element]:
    """Children with this tag, looking through content controls and custom XML around them."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _int_val(el: Element, path: str) -> int:
    found = el.find("/".join(qn(p) for p in path.split("/")))
    try:
        return int(found.get(_VAL)) if found is not None else 0
    except (TypeError, ValueError):
        return 0
