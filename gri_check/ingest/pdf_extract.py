"""PDFium access for the PDF reader: positioned words, ruling lines, outline and page labels.

This is the only module that calls PDFium. Everything it returns is plain data (pdf_types) in top-down page
coordinates (points, origin at the top-left of the crop box, y growing down the page), so the
geometry modules after it are pure and testable without a PDF.

Characters are read one by one through the raw API because only that gives each glyph's box. That loop
is the reader's hot path: the compiled helper _glyphs (built from _glyphs.c when a C compiler is present)
runs it in C through the function pointers pypdfium2 has loaded; _words_python is the same loop for when it
could not be built, and the tests hold the two to the same words, bit for bit.
"""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from gri_check.ingest.pdf_types import Bookmark, PageContent, Rule, Word

try:
    from gri_check.ingest import _glyphs  # type: ignore[attr-defined]
except ImportError:  # no compiler when it was installed: the Python loop below gives the same words
    _glyphs = None

COMPILED = _glyphs is not None

_BOLD_NAME = ("bold", "black", "heavy", "semibold", "demi", "extrabld", "ultra")  # when PDFium knows no weight
_WORD_GAP = 0.2  # a horizontal gap wider than this many font sizes ends a word
_MAX_FORM_DEPTH = 3


def read_page(pdf: pdfium.PdfDocument, index: int) -> PageContent:
    """Words and rules of one page; the page and its text page are closed before returning."""
    page = pdf[index]
    try:
        left, bottom, right, top = page.get_bbox()
        textpage = page.get_textpage()
        try:
            count = pdfium_c.FPDFText_CountChars(textpage.raw)
            words = _words(textpage.raw, max(count, 0), left, top, right - left, top - bottom)
        finally:
            textpage.close()
        rules = _rules(page.raw, left, top)
    finally:
        page.close()
    return PageContent(number=index + 1, width=right - left, height=top - bottom, words=tuple(words),
                       rules=tuple(rules))


def _words(tp: object, count: int, ox: float, oy: float, width: float, height: float) -> list[Word]:
    if _glyphs is None:
        return _words_python(tp, count, ox, oy, width, height)
    return _words_compiled(tp, count, ox, oy, width, height)


def _addresses(*functions: object) -> tuple[int, ...]:
    return tuple(ctypes.cast(f, ctypes.c_void_p).value or 0 for f in functions)  # type: ignore[arg-type]


# Where pypdfium2 loaded the PDFium functions the compiled loops call: fixed for the life of the process.
_FUNCTIONS = _addresses(
    pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_IsGenerated,
    pdfium_c.FPDFText_GetMatrix, pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetFontWeight,
    pdfium_c.FPDFText_GetFontInfo) if COMPILED else ()
_OBJECT_FUNCTIONS = _addresses(
    pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType,
    pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, pdfium_c.FPDFPageObj_GetMatrix,
    pdfium_c.FPDFPageObj_GetBounds, pdfium_c.FPDFPath_GetDrawMode, pdfium_c.FPDFPath_CountSegments) if COMPILED else ()


def _words_compiled(tp: object, count: int, ox: float, oy: float, width: float, height: float) -> list[Word]:
    address = ctypes.cast(tp, ctypes.c_void_p).value or 0  # type: ignore[arg-type]
    found = _glyphs.words(address, count, _FUNCTIONS, ox, oy, width, height)
    by_name: dict[tuple[bytes, int], int] = {}  # a page sets its words in a handful of fonts
    words = []
    for text, x0, x1, top, bottom, size, weight, name, flags in found:
        if weight <= 0:
            weight = by_name.get((name, flags)) or by_name.setdefault((name, flags), _weight_of(name, flags))
        words.append(Word(text=text, x0=x0, x1=x1, top=top, bottom=bottom, size=size, weight=weight))
    return words


def _words_python(tp: object, count: int, ox: float, oy: float, width: float, height: float) -> list[Word]:
    get_unicode = pdfium_c.FPDFText_GetUnicode
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    is_generated = pdfium_c.FPDFText_IsGenerated
    rect = pdfium_c.FS_RECTF()
    words: list[Word] = []
    chars: list[str] = []
    x0 = x1 = wtop = wbottom = size = 0.0
    weight = 400
    upright = False

    def flush() -> None:
        # Text outside the crop box (the facing page of a spread, printer's marks) is not on the page.
        if chars and upright and 0 <= (x0 + x1) / 2 <= width and 0 <= (wtop + wbottom) / 2 <= height:
            words.append(Word(text="".join(chars), x0=x0, x1=x1, top=wtop, bottom=wbottom, size=size, weight=weight))
        chars.clear()

    box = ctypes.byref(rect)
    for i in range(count):
        code = get_unicode(tp, i)
        if code <= 32 or code == 0xA0 or code == 0xFFFE or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            if code == 2:  # PDFium's mark for a hyphen that ends a line
                code = 0x2D
            elif is_generated(tp, i) == 1:
                continue  # PDFium's guessed spaces and breaks: the glyph boxes decide instead
            else:
                flush()
                continue
        if not get_box(tp, i, box):
            continue
        left, right = rect.left - ox, rect.right - ox
        ctop, cbottom = oy - rect.top, oy - rect.bottom
        if chars:
            mid = (ctop + cbottom) / 2
            tall = wbottom - wtop if wbottom - wtop > size else size
            if left > x1 + _WORD_GAP * size or left < x1 - tall or mid < wtop or mid > wbottom:
                flush()
        if not chars:
            x0, x1, wtop, wbottom = left, right, ctop, cbottom
            size, upright = _size_and_orientation(tp, i)
            weight = _weight(tp, i)
        else:
            # Plain comparisons: this runs once per glyph, and builtin min/max calls cost more.
            if right > x1:
                x1 = right
            if ctop < wtop:
                wtop = ctop
            if cbottom > wbottom:
                wbottom = cbottom
        chars.append(chr(code))
    flush()
    return words


def _size_and_orientation(tp: object, index: int) -> tuple[float, bool]:
    """Font size times the glyph's vertical scale (many PDFs set a 1pt font and scale the matrix)."""
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(tp, index, ctypes.byref(m))
    size = pdfium_c.FPDFText_GetFontSize(tp, index) * (abs(m.a * m.d - m.b * m.c) ** 0.5)
    # Rotated margin text (running titles set vertically) is read as page furniture, not as text.
    upright = m.a > 0 and abs(m.b) <= 0.1 * m.a and abs(m.c) <= 0.1 * abs(m.d or 1)
    return size, upright


def _weight(tp: object, index: int) -> int:
    weight = pdfium_c.FPDFText_GetFontWeight(tp, index)
    return int(weight) if weight > 0 else _weight_by_name(tp, index)


def _weight_by_name(tp: object, index: int) -> int:
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    n = pdfium_c.FPDFText_GetFontInfo(tp, index, buf, 128, ctypes.byref(flags))
    return _weight_of(buf.value if 0 < n <= 128 else b"", flags.value)


def _weight_of(name: bytes, flags: int) -> int:
    """A font's weight judged by its name and flags, for fonts that do not state one."""
    lowered = name.decode("utf-8", "replace").lower()
    return 700 if any(w in lowered for w in _BOLD_NAME) or flags & (1 << 18) else 400  # 1 << 18: ForceBold


def _rules(page: object, ox: float, oy: float) -> list[Rule]:
    """Thin horizontal paths and the edges of outlined boxes: table rules and cell borders."""
    if _glyphs is None:
        return _rules_python(page, ox, oy)
    return _rules_compiled(page, ox, oy)


def _rules_compiled(page: object, ox: float, oy: float) -> list[Rule]:
    address = ctypes.cast(page, ctypes.c_void_p).value or 0  # type: ignore[arg-type]
    found = _glyphs.rules(address, _OBJECT_FUNCTIONS, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM,
                          _MAX_FORM_DEPTH)
    return [Rule(x0=x0 - ox, x1=x1 - ox, y=oy - y) for x0, x1, y in found]


def _rules_python(page: object, ox: float, oy: float) -> list[Rule]:
    out: list[Rule] = []
    _collect_rules(page, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, None, ox, oy, out, 0)
    return out


def _collect_rules(parent: object, count_fn: object, get_fn: object, matrix: tuple[float, ...] | None,
                   ox: float, oy: float, out: list[Rule], depth: int) -> None:
    left, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for k in range(count_fn(parent)):  # type: ignore[operator]
        obj = get_fn(parent, k)  # type: ignore[operator]
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
            m = pdfium_c.FS_MATRIX()
            pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
            inner = _compose((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
            _collect_rules(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, inner,
                           ox, oy, out, depth + 1)
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH or not pdfium_c.FPDFPageObj_GetBounds(obj, left, b, r, t):
            continue
        x0, y0, x1, y1 = _apply(matrix, left.value, b.value, r.value, t.value)
        if x1 - x0 < 6:
            continue
        if y1 - y0 <= 2.5:
            out.append(Rule(x0=x0 - ox, x1=x1 - ox, y=oy - (y0 + y1) / 2))
        elif _outlined_box(obj):
            # A stroked, unfilled box is a cell border. A filled box is left alone: it is as often a
            # shaded text line as a table cell.
            out.append(Rule(x0=x0 - ox, x1=x1 - ox, y=oy - y1))
            out.append(Rule(x0=x0 - ox, x1=x1 - ox, y=oy - y0))


def _outlined_box(obj: object) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    return fill.value == 0 and bool(stroke.value) and pdfium_c.FPDFPath_CountSegments(obj) <= 6


def _compose(inner: tuple[float, ...], outer: tuple[float, ...] | None) -> tuple[float, ...]:
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: tuple[float, ...] | None, x0: float, y0: float, x1: float,
           y1: float) -> tuple[float, float, float, float]:
    if m is None:
        return x0, y0, x1, y1
    a, b, c, d, e, f = m
    xs = [a * x + c * y + e for x in (x0, x1) for y in (y0, y1)]
    ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
    return min(xs), min(ys), max(xs), max(ys)


def read_outline(pdf: pdfium.PdfDocument) -> tuple[Bookmark, ...]:
    """Bookmarks with the page each points to (by destination or by a go-to action)."""
    out: list[Bookmark] = []
    for mark in pdf.get_toc(max_depth=6):
        dest = mark.get_dest()
        if dest is None:
            action = pdfium_c.FPDFBookmark_GetAction(mark.raw)
            raw_dest = pdfium_c.FPDFAction_GetDest(pdf.raw, action) if action else None
            index = pdfium_c.FPDFDest_GetDestPageIndex(pdf.raw, raw_dest) if raw_dest else -1
        else:
            index = dest.get_index()
            index = -1 if index is None else index
        title = " ".join(mark.get_title().split())
        if index >= 0 and title:
            out.append(Bookmark(title=title, level=mark.level + 1, page=index + 1))
    return tuple(out)


def read_page_labels(pdf: pdfium.PdfDocument, pages: int) -> tuple[str, ...]:
    """The label of each page ('' where the PDF defines none)."""
    return tuple(pdf.get_page_label(i) for i in range(pages))
