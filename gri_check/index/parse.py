"""Rows of the located index -> IndexEntry, GroupRow, statement of use and "GRI 1 used"."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gri_check.index.cells import looks_like_omission, parse_locations, parse_omission
from gri_check.index.locate import IndexSpan, row_code
from gri_check.index.model import (CitedLocation, ContentIndex, GroupRow, IndexEntry, LocationKind, Omission,
                                  OmissionReason, StatementOfUse)
from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.match.codes import ParsedCode, parse_group
from gri_check.model import Mode

_STATEMENT_LABEL = re.compile(r"^statement\s+of\s+use[d]?\b|^dichiarazione\s+d[i']\s*uso|^使用声明|^使用说明", re.I)
_GRI1_LABEL = re.compile(r"^GRI\s*1\s*(used|utilizzato)\b|^(?:使用的|所用的?|采用的)\s*GRI\s*1", re.I)
_SECTOR_LABEL = re.compile(r"^applicable\s+GRI\s+sector\s+standards?|^适用的\s*GRI\s*行业标准", re.I)
_HEADER_WORDS = re.compile(
    r"^(gri\s+standards?.*|disclosures?|disclosure\s+(number|title)|title|location|page(\s+number)?s?|omissions?"
    r"|reasons?(\s+for\s+omission)?|explanation|requirements?\s+omitted|section|reference|source|code|indicators?"
    r"|gri\s+sector\s+standard\s+ref(erence)?\.?\s*(no\.?|number)?|remarks?|notes?|content|chapter"
    r"|GRI\s*(?:标准|指标)|(?:GRI\s*)?(?:披露项?|指标)(?:编号|标题|名称|内容|描述)?|编号|标题|内容|描述|位置|所在位置"
    r"|页码|页数|报告章节|对应章节|章节|省略|省略原因|原因|说明|备注|索引|报告位置|(?:披露)?位置/页码|页码/备注)$",
    re.I,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUNS = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff/、\s]*")
_EXTRA_HEADER = re.compile(r"\b(notes?|remarks?|comments?|sdgs?|ungc|tcfd|sasb|esrs|hkex|cass)\b", re.I)
_OMISSION_HEADER = re.compile(r"omission|omitted|reason|explanation|省略|遗漏|原因", re.I)
_LOCATION_HEADER = re.compile(r"location|page|section|reference|chapter|位置|页码|页数|章节", re.I)
# Chinese statements of use: 参照GRI标准 is "with reference"; 符合/依据/按照GRI标准 is "in accordance"
# (NFKC has made the full-width brackets and punctuation ASCII).
_CN_GRI_STANDARDS = r"[^。;,]{0,20}?GRI[^。;,]{0,15}?(?:标准|Standards)"
_MODE_PATTERNS = (
    (Mode.WITH_REFERENCE, re.compile(rf"with\s+reference\s+to\s+the\s+GRI|(?:参照|参考){_CN_GRI_STANDARDS}", re.I)),
    (Mode.IN_ACCORDANCE, re.compile(rf"in\s+accordance\s+with\s+the\s+GRI"
                                    rf"|(?:符合|依据|依照|按照|遵循|根据){_CN_GRI_STANDARDS}", re.I)),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Columns:
    location: int | None = None
    omission: int | None = None
    extra: frozenset[int] = frozenset()  # other labelled columns (notes, SDGs, other frameworks)


def mode_of(text: str) -> Mode:
    for mode, pattern in _MODE_PATTERNS:
        if pattern.search(text):
            return mode
    return Mode.UNKNOWN


def parse_index(doc: Document, span: IndexSpan) -> ContentIndex:
    entries: list[IndexEntry] = []
    groups: list[GroupRow] = []
    statement: StatementOfUse | None = None
    gri1: str | None = None
    columns = _Columns()
    group: GroupRow | None = None
    code_pos: int | None = None  # the code column, once a row has shown it
    for i in range(span.first_block, span.end_block):
        block = doc.blocks[i]
        cells = block.cells or (block.text,)
        label, rest = cells[0], " ".join(c for c in cells[1:] if c)
        if _STATEMENT_LABEL.match(label) or (statement is None and mode_of(block.text) is not Mode.UNKNOWN
                                             and row_code(block) is None
                                             and len(block.text) > _min_statement(block.text)):
            text = rest or _STATEMENT_LABEL.sub("", label).strip(_LABEL_PUNCT) or _next_text(doc, i, span)
            statement = StatementOfUse(text=text, mode=mode_of(text), line=block.line)
            continue
        if _GRI1_LABEL.match(label):
            gri1 = rest or _GRI1_LABEL.sub("", label).strip(_LABEL_PUNCT) or _next_text(doc, i, span)
            continue
        if _SECTOR_LABEL.match(label):
            continue
        rc = row_code(block)
        if rc is None and block.kind is BlockKind.PARAGRAPH and entries and _answers(entries[-1], block.line):
            entries[-1] = _with_answer(entries[-1], block.text)  # a direct answer printed under its row
            continue
        if rc is None:
            if _is_header(cells):
                columns = _header_columns(cells)
                continue
            parsed = _group_of(cells)
            if parsed:
                group = GroupRow(raw=parsed.raw, number=parsed.number, name=parsed.name, year=parsed.year,
                                 line=block.line)
                groups.append(group)
            elif code_pos is not None and _codeless_row(cells, code_pos):
                blank = ParsedCode(raw="", code="", end=0)
                group = _inline_group(cells, code_pos) or group
                entries.append(_entry(block, i, cells, code_pos, blank, columns, group))
            continue
        pos, code = rc
        code_pos = pos if pos >= 0 else code_pos
        inline = _inline_group(cells, pos)
        group = inline or group  # a standard named in the first row of its rows holds for the rows below
        entry = _entry(block, i, cells, pos, code, columns, group)
        if entries and entries[-1].code == entry.code and _CONTINUED.match(entry.title):
            entries[-1] = _merge_continued(entries[-1], entry)  # "102-18 continued" on the next page
        else:
            entries.append(entry)
    title = doc.blocks[span.title_block] if span.title_block is not None else None
    if statement is None:
        statement = _statement_elsewhere(doc, span)
    return ContentIndex(title=title.text if title else None, title_line=title.line if title else None,
                        entries=tuple(entries), groups=tuple(groups), statement_of_use=statement, gri1_used=gri1,
                        first_block=span.first_block, end_block=span.end_block)


_LABEL_PUNCT = " :|\u1175\u3164\u3161\u4e28\uff5c"  # separators printed between a label and its value


def _next_text(doc: Document, i: int, span: IndexSpan) -> str:
    """The value of a label printed on a line of its own: the next block's text."""
    if i + 1 < span.end_block and row_code(doc.blocks[i + 1]) is None:
        return doc.blocks[i + 1].text.strip(_LABEL_PUNCT)
    return ""


def _min_statement(text: str) -> int:
    """Length above which a mode claim is a statement of use, not a label: Chinese says it in fewer characters."""
    return 20 if _CJK.search(text) else 60


_CONTINUED = re.compile(r"^\(?\s*(continued|cont\.|cont'd|segue|fortsetzung|续)\b", re.I)


_MAX_ANSWER = 4000  # characters of a direct answer kept as the row's statement


def _answers(entry: IndexEntry, line: int) -> bool:
    """Prose right under a row that cites nothing is that row's answer (indexes in direct-answer style)."""
    direct = all(loc.kind is LocationKind.STATEMENT for loc in entry.locations)
    return direct and entry.omission is None and len(entry.raw_location) < _MAX_ANSWER and line > entry.line


def _with_answer(entry: IndexEntry, text: str) -> IndexEntry:
    answer = f"{entry.raw_location} {text}".strip()[:_MAX_ANSWER]
    return replace(entry, raw_location=answer, locations=(CitedLocation(text=answer, kind=LocationKind.STATEMENT),))


def _split_omission(cell: str) -> tuple[str, Omission | None]:
    """A location cell that also states a partial omission ("24; Points a and b were not reported ..."):
    the parts before the omission stay locations. A cell that opens with the omission is all omission."""
    parts = [p.strip() for p in re.split(r"\s*[;\n]\s*", cell) if p.strip()]
    cut = next((k for k, p in enumerate(parts) if looks_like_omission(p)), 0)
    if cut == 0:
        return "", parse_omission(cell)
    return "; ".join(parts[:cut]), parse_omission("; ".join(parts[cut:]))


def _merge_continued(first: IndexEntry, more: IndexEntry) -> IndexEntry:
    """A row repeated with "continued" carries on the row before it: one disclosure, one entry."""
    location = "; ".join(x for x in (first.raw_location, more.raw_location) if x)
    return replace(first, raw_location=location, locations=parse_locations(location) if location else (),
                   omission=first.omission or more.omission)


def _codeless_row(cells: tuple[str, ...], code_pos: int) -> bool:
    """A row of the index table whose code cell is empty but which has a title and a location: a
    disclosure row that lost its code (conversion or copy error), not a band or header row."""
    if len(cells) <= code_pos + 2 or cells[code_pos].strip():
        return False
    title = cells[code_pos + 1].strip()
    return len(title.split()) >= 3 and any(c.strip() for c in cells[code_pos + 2:])


def _is_header(cells: tuple[str, ...]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and sum(1 for c in filled if _header_word(c)) >= 2


def _header_word(cell: str) -> bool:
    """A header label, in English, in Chinese, or in both ("Location 位置", "披露项 Disclosure")."""
    cleaned = _clean_header(cell)
    if _HEADER_WORDS.match(cleaned):
        return True
    if not _CJK.search(cleaned):
        return False
    chinese = "".join(_CJK_RUNS.findall(cleaned)).strip()
    latin = _CJK_RUNS.sub(" ", cleaned).strip(" /")
    return bool(latin and chinese and (_HEADER_WORDS.match(latin) or _HEADER_WORDS.match(chinese)))


def _clean_header(cell: str) -> str:
    return re.sub(r"[+:]?[A-Z]+\d+:[A-Z]+\d+", "", cell).strip(" :*")  # spreadsheet range residue


def _header_columns(cells: tuple[str, ...]) -> _Columns:
    loc = next((k for k, c in enumerate(cells) if _LOCATION_HEADER.search(c) and not _OMISSION_HEADER.search(c)), None)
    omi = next((k for k, c in enumerate(cells) if _OMISSION_HEADER.search(c)), None)
    extra = frozenset(k for k, c in enumerate(cells) if c and k not in (loc, omi) and _EXTRA_HEADER.search(c))
    return _Columns(location=loc, omission=omi, extra=extra)


def _group_of(cells: tuple[str, ...]) -> GroupRow | None:
    filled = [c for c in cells if c]
    if not filled or len(filled) > 2:
        return None
    g = parse_group(filled[0])
    if g is None or g.number == "1":
        return None
    return GroupRow(raw=filled[0], number=g.number, name=g.name, year=g.year, line=0)


def _inline_group(cells: tuple[str, ...], pos: int) -> GroupRow | None:
    """A standard named in a cell before the code ("GRI 2: General Disclosures 2021 | 2-1 | ...")."""
    for cell in cells[:pos]:
        g = parse_group(cell) if cell else None
        if g and g.number != "1":
            return GroupRow(raw=cell, number=g.number, name=g.name, year=g.year, line=0)
    return None


def _entry(block: Block, index: int, cells: tuple[str, ...], pos: int, code: ParsedCode,
           columns: _Columns, group: GroupRow | None) -> IndexEntry:
    if pos < 0:  # a plain line: "2-1 Organizational details p. 5"
        rest = block.text[code.end:].strip(" :-\t")
        m = _TRAILING_PAGES.search(rest)
        title, location, omission_text = (rest[: m.start()].strip(), m.group(1), "") if m else (rest, "", "")
    else:
        own = cells[pos][code.end:].strip(" :-")
        after = [(k, c) for k, c in enumerate(cells) if k > pos]
        if own:
            title = own
        else:
            first = next((k for k, c in after if c), None)
            title = cells[first] if first is not None else ""
            after = [(k, c) for k, c in after if first is None or k > first]
        location, omission_text = _pick_cells(after, columns)
    title = title.strip().strip('"').strip()
    if re.fullmatch(r"\s*[-\u2013\u2014/]*\s*", location):  # "-" in the location column: none given
        location = ""
    omission = _omission_cell(omission_text)
    if omission is None and location and looks_like_omission(location):
        location, omission = _split_omission(location)
    return IndexEntry(raw_code=code.raw, code=code.code or None, requirement=code.requirement, gri=code.gri, title=title,
                      raw_location=location, locations=parse_locations(location) if location else (),
                      omission=omission, group=group, line=block.line, page=block.page, block=index)


_TRAILING_PAGES = re.compile(r"\s+((?:p{1,2}g?\.?|pages?)?\s*\d{1,4}(?:\s*[-\u2013,]\s*\d{1,4})*)\s*$", re.I)
_NO_OMISSION = re.compile(r"^\s*(n/?a|none|nil|-+|\u2014|/|no|\u2013)?\s*$", re.I)


def _omission_cell(text: str) -> Omission | None:
    """Whatever stands in the omission column is an omission; a non-permitted reason is kept as OTHER."""
    if _NO_OMISSION.match(text):
        return None
    return parse_omission(text) or Omission(text=text, reason=OmissionReason.OTHER, explanation=text)


def _pick_cells(after: list[tuple[int, str]], columns: _Columns) -> tuple[str, str]:
    """Location and omission text among the cells after the title, using header columns when known."""
    location = omission = ""
    for col, cell in after:
        if not cell:
            continue
        if col in columns.extra:  # a note column may state an omission or a page in another document
            if not omission and looks_like_omission(cell):
                omission = cell
            elif any(loc.pages for loc in parse_locations(cell)):
                location = f"{location}; {cell}" if location else cell
            continue
        if columns.omission is not None and col == columns.omission:
            omission = cell
        elif not location:
            location = cell
        elif columns.omission is None and not omission and looks_like_omission(cell):
            omission = cell
        else:
            location = f"{location}; {cell}"
    return location, omission


def _statement_elsewhere(doc: Document, span: IndexSpan) -> StatementOfUse | None:
    """A statement of use written as prose: nearest before the index, else anywhere in the report."""
    near = range(max(0, span.first_block - 40), span.end_block)
    ordered = list(near) + [i for i in range(len(doc.blocks)) if i not in near]
    for i in ordered:
        b = doc.blocks[i]
        if b.kind is BlockKind.TOC or len(b.text) > 1500:
            continue
        mode = mode_of(b.text)
        if mode is not Mode.UNKNOWN and ((re.search(r"\bGRI\b", b.text) and re.search(r"report", b.text, re.I))
                                         or ("GRI" in b.text and "报告" in b.text)):
            return StatementOfUse(text=b.text, mode=mode, line=b.line)
    return None
