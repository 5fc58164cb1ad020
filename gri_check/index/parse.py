"""Rows of a located index table -> IndexEntry, GroupRow, statement of use and "GRI 1 used".

The words a table's framework uses (its claims, its header labels, its group rows) come from its
catalogue; what every index shares (location, page and omission columns) is written here.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from gri_check.index.cells import looks_like_omission, parse_locations, parse_omission, shown
from gri_check.index.headers import is_header
from gri_check.index.keyed import KeyedTitles
from gri_check.index.locate import LOOKBACK, IndexSpan, row_code
from gri_check.index.model import (
    CitedLocation,
    GroupRow,
    IndexEntry,
    LocationKind,
    Omission,
    OmissionReason,
    StatementOfUse,
)
from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.model import Mode
from gri_check.standards.catalogue import Catalogue
from gri_check.standards.codes import CodeReader
from gri_check.standards.framework import Claims, header_pattern
from gri_check.standards.notation import ParsedCode
from gri_check.standards.wording import restates

_CJK = re.compile(r"[\u3400-\u9fff]")
_EXTRA_HEADER = re.compile(r"\b(notes?|remarks?|comments?|sdgs?|ungc|tcfd|sasb|esrs|hkex|cass)\b", re.I)
_OMISSION_HEADER = re.compile(r"omission|omitted|reason|explanation|省略|遗漏|原因", re.I)
_LOCATION_HEADER = re.compile(r"location|page|section|reference|chapter|位置|页码|页数|章节", re.I)
# Columns that may hold the answer itself or a link, which a location column does not rule out.
_ANSWER_HEADER = re.compile(r"response|answer|where|reported|link|url|回应|披露内容", re.I)
_NO_CLAIMS = Claims(modes=())
# Columns between the title and the location that describe the requirement rather than locate it.
_DESCRIBED_BEFORE = re.compile(r"^\s*(category|unit(s)?(\s+of\s+measure(ment)?)?|metric\s+type|(disclosure\s+)?requirements?"  # noqa: E501 (one pattern, read as a whole)
                               r"|description|what\s+is\s+required|类别|单位|要求|披露要求|指标说明)\s*$", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Columns:
    location: int | None = None
    omission: int | None = None
    extra: frozenset[int] = frozenset()  # other labelled columns (notes, SDGs, other frameworks)
    # Columns the header names as something else than a location, when it names a location column:
    # a SASB index's "Category" and "Unit of Measure" are no places in the report.
    described: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    """What one index table states: its rows, group rows and claims."""

    entries: tuple[IndexEntry, ...]
    groups: tuple[GroupRow, ...]
    statement_of_use: StatementOfUse | None
    foundation_used: str | None
    sector_standards: tuple[str, ...] = ()  # the "Applicable GRI Sector Standard(s)" value(s), as printed


@dataclass(frozen=True, slots=True, kw_only=True)
class _Ctx:
    doc: Document
    span: IndexSpan
    reader: CodeReader
    claims: Claims
    table: int
    headers: re.Pattern[str] | None
    catalogue: Catalogue
    keyed: KeyedTitles | None = None
    furniture: frozenset[str] = frozenset()  # texts repeated on many pages: running headers, navigation bars

    def code(self, block: Block) -> tuple[int, ParsedCode] | None:
        return row_code(block, self.reader, table=self.span.framework)


def mode_of(text: str, claims: Claims) -> Mode:
    """The mode a text claims, by the framework's claim patterns."""
    mode = claims.mode_of(text)
    return Mode(mode) if mode is not None and mode in Mode._value2member_map_ else Mode.UNKNOWN


def parse_table(doc: Document, span: IndexSpan, catalogue: Catalogue, reader: CodeReader, table: int = 0,
                keyed: KeyedTitles | None = None, furniture: frozenset[str] = frozenset()) -> Table:
    fw = catalogue.framework(span.framework) if span.framework else None
    if fw is not None and fw.keyed_by == "title" and keyed is not None:
        return _parse_keyed(doc, span, keyed, table)
    headers = header_pattern(catalogue.frameworks)
    ctx = _Ctx(doc=doc, span=span, reader=reader, claims=(fw.claims if fw and fw.claims else _NO_CLAIMS),
               table=table, headers=headers, catalogue=catalogue, keyed=keyed, furniture=furniture)
    entries: list[IndexEntry] = []
    groups: list[GroupRow] = []
    statement: StatementOfUse | None = None
    found: str | None = None
    sectors: list[str] = []
    columns = _Columns()
    group: GroupRow | None = None
    code_pos: int | None = None  # the code column, once a row has shown it
    for i in range(span.first_block, span.end_block):
        block = doc.blocks[i]
        cells = block.cells or (block.text,)
        claim = _claim(ctx, i, cells, statement)
        if claim is not None:
            kind, value = claim
            statement = value if isinstance(value, StatementOfUse) else statement
            found = value if kind == "foundation" and isinstance(value, str) else found
            if kind == "sector" and isinstance(value, str) and value:
                sectors.append(value)
            continue
        rc = ctx.code(block)
        if rc is None and block.kind is BlockKind.PARAGRAPH and entries and _answers(entries[-1], block.line):
            entries[-1] = _with_answer(entries[-1], block.text)  # a direct answer printed under its row
            continue
        if rc is None:
            if is_header(cells, ctx.headers):
                columns = _header_columns(cells)
                continue
            parsed = _group_of(cells, ctx)
            named = _variant_row(cells, ctx, group, entries[-1] if entries else None)
            if named is not None:
                pos, code = named
                entry = _entry(block, i, cells, pos, code, columns, group, ctx)
                last = entries[-1] if entries else None
                if last is not None and last.code == code.code and not last.locations and last.omission is None:
                    entries[-1] = replace(entry, group=last.group, raw_code=last.raw_code)  # a band row named it
                else:
                    entries.append(entry)
            elif parsed:
                group = replace(parsed, line=block.line)
                groups.append(group)
            elif code_pos is not None and _codeless_row(cells, code_pos) and not _furniture(cells, code_pos, ctx):
                blank = ParsedCode(raw="", code="", framework=span.framework, end=0)
                group = _inline_group(cells, code_pos, ctx) or group
                entries.append(_entry(block, i, cells, code_pos, blank, columns, group, ctx))
            continue
        pos, code = rc
        code_pos = pos if pos >= 0 else code_pos
        inline = _inline_group(cells, pos, ctx)
        group = inline or group  # a standard named in the first row of its rows holds for the rows below
        several = _codes_of_cell(cells[pos], ctx) if pos >= 0 else ()
        if len(several) > 1:  # a section and the codes it answers ("关于本报告 | 2-1、2-2、2-3"): a row per code
            entries.extend(_section_rows(block, i, cells, pos, several, group, ctx))
            continue
        entry = _entry(block, i, cells, pos, code, columns, group, ctx)
        if entries and _CONTINUED.match(entry.title) and entry.code in {e.code for e in entries[-3:]}:
            # "102-18 continued" on the next page carries on the row before it, even when the page's
            # running label names a neighbour of that row ("103-1 continued" under a 103-2 row)
            entries[-1] = _merge_continued(entries[-1], entry)
        else:
            entries.append(entry)
    if statement is None and ctx.claims.modes:
        statement = _statement_elsewhere(ctx, catalogue)
    return Table(entries=tuple(entries), groups=tuple(groups), statement_of_use=statement, foundation_used=found,
                 sector_standards=tuple(sectors))


def _parse_keyed(doc: Document, span: IndexSpan, keyed: KeyedTitles, table: int) -> Table:
    """A table of a framework without codes: each row printing one of its titles is that requirement's row.
    The row's code is the catalogue's own key for it (raw_code stays empty: nothing was printed)."""
    fw = span.framework or ""
    columns = _Columns()
    entries: list[IndexEntry] = []
    for i in range(span.first_block, span.end_block):
        block = doc.blocks[i]
        cells = block.cells or (block.text,)
        if is_header(cells):
            columns = _header_columns(cells)
            continue
        hit = keyed.row(fw, block)
        if hit is None:
            continue
        pos, key = hit
        after = [(k, c) for k, c in enumerate(cells) if k > pos]
        location, omission_text = _pick_cells(after, columns)
        omission = _omission_cell(omission_text)
        entries.append(IndexEntry(raw_code="", code=key, requirement="", framework=fw, other=False,
                                  title=cells[pos].strip(), raw_location=shown(location),
                                  locations=parse_locations(location) if location else (), omission=omission,
                                  group=None, line=block.line, page=block.page, block=i, table=table))
    return Table(entries=tuple(entries), groups=(), statement_of_use=None, foundation_used=None)


def _claim(ctx: _Ctx, i: int, cells: tuple[str, ...], statement: StatementOfUse | None
           ) -> tuple[str, StatementOfUse | str | None] | None:
    """A statement of use, a "GRI 1 used" line or a sector-standards line, by the framework's claim labels."""
    claims, block = ctx.claims, ctx.doc.blocks[i]
    if not claims.modes:
        return None
    label, rest = cells[0], " ".join(c for c in cells[1:] if c)
    sol = claims.statement_label
    if (sol is not None and sol.match(label)) or (statement is None and mode_of(block.text, claims) is not Mode.UNKNOWN
                                                  and ctx.code(block) is None
                                                  and len(block.text) > _min_statement(block.text)):
        text = rest or (sol.sub("", label) if sol else label).strip(_LABEL_PUNCT) or _next_text(ctx, i)
        return "statement", StatementOfUse(text=text, mode=mode_of(text, claims), line=block.line)
    if claims.foundation_label is not None and claims.foundation_label.match(label):
        return "foundation", rest or claims.foundation_label.sub("", label).strip(_LABEL_PUNCT) or _next_text(ctx, i)
    if claims.sector_label is not None and claims.sector_label.match(label):
        return "sector", rest or claims.sector_label.sub("", label).strip(_LABEL_PUNCT) or _next_line(ctx, i)
    return None


_LABEL_PUNCT = " :|\u1175\u3164\u3161\u4e28\uff5c"  # separators printed between a label and its value


def _next_text(ctx: _Ctx, i: int) -> str:
    """The value of a label printed on a line of its own: the next block's text."""
    if i + 1 < ctx.span.end_block and ctx.code(ctx.doc.blocks[i + 1]) is None:
        return ctx.doc.blocks[i + 1].text.strip(_LABEL_PUNCT)
    return ""


def _next_line(ctx: _Ctx, i: int) -> str:
    """The next block's text when it is a line, not a table's header or row (a sector standards label whose value a
    conversion printed elsewhere is followed by the index table itself)."""
    nxt = ctx.doc.blocks[i + 1] if i + 1 < ctx.span.end_block else None
    return _next_text(ctx, i) if nxt is not None and nxt.kind is not BlockKind.TABLE_ROW else ""


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


_CODE_LIST_SEP = re.compile(r"(?:(?<!\s)\s++)?(?:[,;/、，；]|\band\b|和|及)\s*+|(?<!\s)\s++")


def _codes_of_cell(cell: str, ctx: _Ctx) -> tuple[ParsedCode, ...]:
    """The codes a cell lists when it holds nothing but codes ("2-1、2-2、2-3", "305-1, 305-2"); () otherwise."""
    parts = [p for p in _CODE_LIST_SEP.split(cell.strip()) if p and p.upper() != "GRI"]
    if len(parts) < 2:
        return ()
    codes = []
    for p in parts:  # stop at the first part that is no code
        c = ctx.reader.read(p, table=ctx.span.framework)
        if c is None or c.end < len(p.strip()):
            return ()
        codes.append(c)
    return tuple(codes)


def _section_rows(block: Block, index: int, cells: tuple[str, ...], pos: int, codes: tuple[ParsedCode, ...],
                  group: GroupRow | None, ctx: _Ctx) -> list[IndexEntry]:
    """One entry per code of a cell listing several. With cells after the codes, the first is their (shared)
    title and the rest the location; with none, the cells before them (the section) are the location."""
    after = [c for c in cells[pos + 1:] if c.strip()]
    before = [c for c in cells[:pos] if c.strip() and not _group_row(c, ctx)]
    title = after[0] if after else ""
    location = "; ".join(after[1:] if after else before)
    locations = parse_locations(location) if location else ()
    return [IndexEntry(raw_code=c.raw, code=c.code, requirement=c.requirement, framework=c.framework or
                       ctx.span.framework, other=c.other, title=title, raw_location=shown(location),
                       locations=locations,
                       omission=None, group=group, line=block.line, page=block.page, block=index, table=ctx.table)
            for c in codes]


def _variant_row(cells: tuple[str, ...], ctx: _Ctx, group: GroupRow | None, last: IndexEntry | None
                 ) -> tuple[int, ParsedCode] | None:
    """A row without a code that prints one of the other titles the catalogue lists for a disclosure of the
    table's framework ("General Disclosure", "Reporting Boundary"). A title several disclosures share is read
    as the one of the row above (a band row "Aspect A1: Emissions"), else of the current group."""
    fw = ctx.span.framework
    if fw is None or ctx.keyed is None:
        return None
    for pos, cell in enumerate(cells[:2]):
        if not cell:
            continue
        codes = ctx.keyed.variant(fw, cell)
        if len(codes) > 1:
            codes = tuple(c for c in codes if (last is not None and c == last.code)
                          or (group is not None and c in _codes_of_group(ctx, group)))[:1]
        if len(codes) == 1:
            return pos, ParsedCode(raw="", code=codes[0], framework=fw, end=len(cell))
        return None
    return None


def _codes_of_group(ctx: _Ctx, group: GroupRow) -> set[str]:
    return {d.code for d in ctx.catalogue.of_framework(group.framework) if d.standard.number == group.number}


def page_furniture(doc: Document) -> frozenset[str]:
    """Long texts printed on three or more pages (a navigation bar, a running header): never index rows."""
    counts = Counter(b.text for b in doc.blocks if len(b.text) > 40)
    return frozenset(t for t, n in counts.items() if n >= 3)


def _furniture(cells: tuple[str, ...], code_pos: int, ctx: _Ctx) -> bool:
    """A row without a code whose title is part of a text repeated on many pages (the navigation bar of a
    converted report, split into table cells at a page break)."""
    title = cells[code_pos + 1].strip()
    return len(title) > 20 and any(title in text for text in ctx.furniture)


def _codeless_row(cells: tuple[str, ...], code_pos: int) -> bool:
    """A row of the index table whose code cell is empty but which has a title and a location: a
    disclosure row that lost its code (conversion or copy error), not a band or header row."""
    if len(cells) <= code_pos + 2 or cells[code_pos].strip():
        return False
    title = cells[code_pos + 1].strip()
    return len(title.split()) >= 3 and any(c.strip() for c in cells[code_pos + 2:])


_MIN_REPRINT_WORDS = 7


def _restated(text: str, code: ParsedCode, ctx: _Ctx) -> bool:
    """A cell or part of one that restates the row's requirement (a stand-alone index reprinting the standard).
    A cell that names pages or another document is a location, whatever its wording, and a short one may be a
    heading that shares the requirement's words ("Environment and Natural Resources")."""
    if len(text.split()) < _MIN_REPRINT_WORDS or not code.code or not code.framework:
        return False
    if any(loc.pages or loc.kind in (LocationKind.EXTERNAL, LocationKind.PAGE) for loc in parse_locations(text)):
        return False
    return any(restates(text, d) for d in ctx.catalogue.lookup(code.framework, code.code))


def _header_columns(cells: tuple[str, ...]) -> _Columns:
    loc = next((k for k, c in enumerate(cells) if _LOCATION_HEADER.search(c) and not _OMISSION_HEADER.search(c)), None)
    omi = next((k for k, c in enumerate(cells) if _OMISSION_HEADER.search(c)), None)
    extra = frozenset(k for k, c in enumerate(cells) if c and k not in (loc, omi) and _EXTRA_HEADER.search(c))
    described = frozenset() if loc is None else frozenset(
        k for k, c in enumerate(cells) if c and k > loc and k not in (omi, *extra)
        and not _LOCATION_HEADER.search(c) and not _ANSWER_HEADER.search(c))
    described |= frozenset() if loc is None else frozenset(
        k for k, c in enumerate(cells) if c and k < loc and k not in (omi, *extra) and _DESCRIBED_BEFORE.search(c))
    return _Columns(location=loc, omission=omi, extra=extra, described=described)


def _group_of(cells: tuple[str, ...], ctx: _Ctx) -> GroupRow | None:
    filled = [c for c in cells if c]
    if not filled or len(filled) > 2:
        return None
    return _group_row(filled[0], ctx)


def _group_row(cell: str, ctx: _Ctx) -> GroupRow | None:
    """A group row naming a standard ("GRI 305: Emissions 2016", "Aspect A1: Emissions"); a label naming the
    framework's foundation standard ("GRI 1: Foundation 2021") is none."""
    g = ctx.reader.group(cell, table=ctx.span.framework)
    if g is None or (g.number == "1" and g.framework == "GRI"):
        return None
    return GroupRow(raw=cell, number=g.number, name=g.name, year=g.year, line=0, framework=g.framework)


def _inline_group(cells: tuple[str, ...], pos: int, ctx: _Ctx) -> GroupRow | None:
    """A standard named in a cell before the code ("GRI 2: General Disclosures 2021 | 2-1 | ...")."""
    for cell in cells[:pos]:
        g = _group_row(cell, ctx) if cell else None
        if g:
            return g
    return None


def _entry(block: Block, index: int, cells: tuple[str, ...], pos: int, code: ParsedCode,
           columns: _Columns, group: GroupRow | None, ctx: _Ctx) -> IndexEntry:
    trailing: tuple[str, ...] = ()  # references in cells after the code
    if pos < 0:  # a plain line: "2-1 Organizational details p. 5"
        rest = block.text[code.end:].strip(" :-\t")
        m = _TRAILING_PAGES.search(rest)
        title, location, omission_text = (rest[: m.start()].strip(), m.group(1), "") if m else (rest, "", "")
    else:
        own = cells[pos][code.end:].strip(" :-")
        after = [(k, c) for k, c in enumerate(cells) if k > pos]
        before = [c for c in cells[:pos] if c.strip() and not _group_row(c, ctx) and not ctx.reader.read(c)]
        if not own and before and not any(c for _, c in after):  # "章节 | 对应GRI指标": the section, then the code
            after = [(pos + 1, "; ".join(before))]
            own = "-"  # no title printed
        if own == "-":
            title = ""
        elif own:
            title = own
        else:
            first = next((k for k, c in after if c), None)
            title = cells[first] if first is not None else ""
            after = [(k, c) for k, c in after if first is None or k > first]
        after = [(k, c) for k, c in after if not _restated(c, code, ctx)]  # a reprinted requirement is no place
        trailing = tuple(r for _, c in after for r in _references_only(c, ctx))  # GRI's template: last column
        after = [(k, c) for k, c in after if not _references_only(c, ctx)]
        location, omission_text = _pick_cells(after, columns)
    title = title.strip().strip('"').strip()
    if re.fullmatch(r"\s*[-\u2013\u2014/]*\s*", location):  # "-" in the location column: none given
        location = ""
    omission = _omission_cell(omission_text)
    if omission is None and location and looks_like_omission(location):
        location, omission = _split_omission(location)
    refs = tuple(r.code for c in cells[:max(pos, 0)] if c and (r := ctx.reader.read(c, table=ctx.span.framework))
                 and r.other) + trailing
    locations = parse_locations(location) if location else ()
    if locations and code.code:  # parts of a cell that reprint the requirement (no header named its column)
        locations = tuple(loc for loc in locations if loc.kind not in (LocationKind.STATEMENT, LocationKind.SECTION)
                          or not _restated(loc.text, code, ctx))
    return IndexEntry(raw_code=code.raw, code=code.code or None, requirement=code.requirement,
                      framework=code.framework or ctx.span.framework, other=code.other, title=title,
                      raw_location=shown(location), locations=locations,
                      omission=omission, group=group, line=block.line, page=block.page, block=index,
                      table=ctx.table, references=refs)


def _references_only(cell: str, ctx: _Ctx) -> tuple[str, ...]:
    """The references a cell after the code holds when it holds nothing else ("11.1.5", "11.1.6, 11.1.7": a
    "GRI Sector Standard ref. no." column), never a location; () otherwise."""
    parts = [p for p in _CODE_LIST_SEP.split(cell.strip()) if p]
    codes = []
    for p in parts:  # stop at the first part that is no reference: a long location cell is read once, not per part
        c = ctx.reader.read(p, table=ctx.span.framework)
        if c is None or not c.other or c.end < len(p.strip()):
            return ()
        codes.append(c.code)
    return tuple(codes)


# Possessive runs, started at a run's first space only: linear on a line of thousands of numbers.
_TRAILING_PAGES = re.compile(r"(?<!\s)\s++((?:(?:p{1,2}g?\.?|pages?)\s*+)?\d{1,4}+(?:\s*+[-\u2013,]\s*+\d{1,4}+)*+)\s*+$", re.I)  # noqa: E501 (one pattern, read as a whole)
_NO_OMISSION = re.compile(r"^\s*+(n/?a|none|nil|-++|\u2014|/|no|\u2013)?\s*+$", re.I)


def _omission_cell(text: str) -> Omission | None:
    """Whatever stands in the omission column is an omission; a non-permitted reason is kept as OTHER."""
    if _NO_OMISSION.match(text):
        return None
    return parse_omission(text) or Omission(text=text, reason=OmissionReason.OTHER, explanation=text)


def _pick_cells(after: list[tuple[int, str]], columns: _Columns) -> tuple[str, str]:
    """Location and omission text among the cells after the title, using header columns when known."""
    location = omission = ""
    for col, cell in after:
        if not cell or col in columns.described:
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


def _statement_elsewhere(ctx: _Ctx, catalogue: Catalogue) -> StatementOfUse | None:
    """A statement of use written as prose: nearest before the index, else anywhere in the report. It names
    the framework and speaks of the report ("report", "报告")."""
    doc, span = ctx.doc, ctx.span
    fw = catalogue.framework(span.framework) if span.framework else None
    words = ctx.claims.report_words
    near = range(max(0, span.first_block - LOOKBACK), span.end_block)
    ordered = list(near) + [i for i in range(len(doc.blocks)) if i not in near]
    for i in ordered:
        b = doc.blocks[i]
        if b.kind is BlockKind.TOC or len(b.text) > 1500:
            continue
        mode = mode_of(b.text, ctx.claims)
        if mode is not Mode.UNKNOWN and (fw is None or fw.named_in(b.text)) and (words is None or words.search(b.text)):
            return StatementOfUse(text=b.text, mode=mode, line=b.line)
    return None
