"""HTML reports: h1-h6 headings, block elements as paragraphs, tables as rows of cells (colspan, rowspan).

Bytes are decoded by BOM, then the document's own declaration (<meta charset>, XML prolog) when the
bytes fit it, then detection. The tree is parsed with selectolax (lexbor) and walked in document
order: every element that is not inline ends the paragraph before it, so text directly inside a
<div> is a paragraph too.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from gri_check.errors import InputError
from gri_check.ingest.document import Document
from gri_check.ingest.encoding import decode
from gri_check.ingest.layout import SourceLine, build_document
from gri_check.ingest.limits import MAX_HTML_DEPTH
from gri_check.ingest.markup import Cell, clean_inline, number_lines, table_lines

MAX_ROWSPAN = 1000
_DROP = ["script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed",
         "canvas", "select", "button", "map", "audio", "video"]
_INLINE = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q rp rt ruby s samp "
    "small span strike strong sub sup time tt u var wbr -text".split()
)
_HEADING = {f"h{n}": n for n in range(1, 7)}
_NOT_CONTENT = frozenset(["-comment", "-doctype", "img", "input", "link", "meta", "base", "area", "source", "track"])
_ROW_GROUPS = frozenset(["thead", "tbody", "tfoot"])
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
# Labels browsers read differently from Python's codec of the same name (WHATWG Encoding Standard).
_LABEL_CODEC = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                "ascii": "cp1252", "iso8859-1": "cp1252", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
                "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "big5": "big5hkscs",
                "windows-874": "cp874", "tis-620": "cp874", "iso-8859-9": "cp1254"}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # encoding.decode reads these
# Elements whose start tag makes the parser look down its whole stack of open elements (to close a <p>): nested
# 100,000 deep they make lexbor's parse quadratic (a minute). Counted before parsing; inline and table
# elements cost nothing.
_BLOCK_TAG = re.compile(r"<(/?)(?:address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset"
                        r"|figcaption|figure|footer|form|h[1-6]|header|hgroup|listing|main|menu|nav|ol|pre"
                        r"|section|summary|ul)(?=[\s/>])", re.I)


def parse_html(data: bytes, path: str) -> Document:
    """Read an HTML report; InputError (exit 3) when it cannot be decoded or is absurdly nested."""
    text = decode_html(data, path)
    if block_depth(text) > MAX_HTML_DEPTH:
        raise InputError(f"HTML elements are nested more than {MAX_HTML_DEPTH} deep", path=path,
                         hint="save the report as PDF or simplify the page")
    tree = LexborHTMLParser(text)
    tree.strip_tags(_DROP, recursive=True)
    root = tree.body or tree.root
    try:
        lines = _read(root, breaks_lines=False) if root is not None else []
    except RecursionError:  # only tables nested in tables recurse: hundreds deep is not a report
        raise InputError("HTML tables are nested too deeply to read", path=path,
                         hint="save the report as PDF or simplify the page") from None
    return build_document(path, "html", number_lines(lines), headings_from_markup=True)


def block_depth(text: str) -> int:
    """The deepest nesting of block elements, counting start tags up and end tags down (never below 0). An
    unclosed <div> counts as open to the end: sloppy pages leave a few, far fewer than the limit."""
    depth = deepest = 0
    for m in _BLOCK_TAG.finditer(text):
        if m.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def decode_html(data: bytes, path: str | Path) -> str:
    """BOM, then the declared charset when the bytes fit it, else strict UTF-8 and detection (encoding.decode).

    A page that says UTF-8 but holds cp1252 bytes is a common export fault; detection reads it better
    than U+FFFD for every accented letter.
    """
    declared = None if data.startswith(_BOMS) else declared_codec(data[:4096])
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return decode(data, path)


def declared_codec(head: bytes) -> str | None:
    """The Python codec for a <meta charset> or XML prolog encoding, or None when absent or unknown."""
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").lower()
    codec = _LABEL_CODEC.get(label, label)
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return None
    # A UTF-16 label on bytes whose markup reads as ASCII cannot be right: browsers take UTF-8 then.
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def _read(node: LexborNode, *, breaks_lines: bool) -> list[SourceLine]:
    """The content of node as lines: headings, paragraphs, table rows.

    Every element that is not inline ends the paragraph before it and its own. breaks_lines: <br> ends
    a line (in table cells, where lines separate cited places); in body text it is a space, since pages
    wrap sentences with it. The walk keeps its own stack: old editors leave thousands of <font> tags
    unclosed, deeper than Python's recursion limit.
    """
    out: list[SourceLine] = []
    buf: list[str] = []
    stack: list[tuple[Iterator[LexborNode], bool]] = [(node.iter(include_text=True), False)]
    while stack:
        children, is_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block:
                _flush(buf, out)
            continue
        tag = child.tag
        if tag == "-text":
            buf.append(child.text_content or "")
        elif tag == "br" and not breaks_lines:
            buf.append(" ")
        elif tag in ("br", "hr"):
            _flush(buf, out)
        elif tag in _NOT_CONTENT or "hidden" in child.attributes:
            continue
        elif tag in _INLINE:
            stack.append((child.iter(include_text=True), False))
        else:
            _flush(buf, out)
            level = _heading_level(child)
            if level:
                text = " ".join(ln.text.replace("\t", " ") for ln in _read(child, breaks_lines=False))
                if text:
                    out.append(SourceLine(text=text, number=0, heading_level=level))
            elif tag == "table":
                out.extend(_table(child))
            else:
                stack.append((child.iter(include_text=True), True))
    _flush(buf, out)
    return out


def _flush(buf: list[str], out: list[SourceLine]) -> None:
    text = clean_inline("".join(buf))
    buf.clear()
    if text:
        out.append(SourceLine(text=text, number=0))


def _heading_level(node: LexborNode) -> int | None:
    if node.tag in _HEADING:
        return _HEADING[node.tag]
    if node.attributes.get("role") == "heading":  # ARIA headings on div-built pages
        level = node.attributes.get("aria-level") or "2"
        return int(level) if level.isdigit() and 1 <= int(level) <= 9 else 2
    return None


def table_rows(fragment: str) -> list[SourceLine]:
    """The rows of the tables in an HTML fragment (a Markdown file's <table> block), as table lines."""
    root = LexborHTMLParser(fragment).body
    if root is None:
        return []
    return [ln for table in root.css("table") if table.parent is None or not _inside_table(table)
            for ln in _table(table)]


def _inside_table(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "table":
            return True
        parent = parent.parent
    return False


def _table(table: LexborNode) -> list[SourceLine]:
    out: list[SourceLine] = []
    rows: list[list[Cell]] = []
    for child in table.iter():
        if child.tag == "caption":
            out.extend(_read(child, breaks_lines=False))
        elif child.tag == "tr":
            rows.append(_row(child))
        elif child.tag in _ROW_GROUPS:
            rows.extend(_row(tr) for tr in child.iter() if tr.tag == "tr")
    return out + table_lines(rows)


def _row(tr: LexborNode) -> list[Cell]:
    cells: list[Cell] = []
    for td in tr.iter():
        if td.tag not in ("td", "th"):
            continue
        cells.append(Cell(lines=tuple(_read(td, breaks_lines=True)), colspan=_span(td, "colspan", 1000),
                          rowspan=_span(td, "rowspan", MAX_ROWSPAN)))
    return cells


def _span(td: LexborNode, name: str, cap: int) -> int:
    value = (td.attributes.get(name) or "1").strip()
    return min(int(value), cap) if value.isdigit() and int(value) > 0 else 1
