"""PDF reports -> Document: positioned text read page by page with PDFium, laid out into lines,
table rows and headings, with printed page numbers and page furniture worked out across pages.

Stages: pdf_extract (PDFium: words, rules, outline, labels) -> pdf_layout (rows, fragments, text
columns) -> pdf_tables (table rows from cells) -> pdf_pages (furniture, printed numbers) ->
pdf_headings -> here: source lines for layout.build_document. Only pdf_extract touches PDFium, and
each page is closed as soon as its words are out, so memory follows one page, not the file.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from gri_check.errors import InputError
from gri_check.ingest.document import Document
from gri_check.ingest.layout import SourceLine, build_document
from gri_check.ingest.normalise import collapse_spaces, normalise_chars
from gri_check.ingest.pdf_extract import read_outline, read_page, read_page_labels
from gri_check.ingest.pdf_headings import Heading, body_style, outline_headings, style_headings
from gri_check.ingest.pdf_layout import group_rows, merge_rules, split_flows
from gri_check.ingest.pdf_pages import PageRows, choose_printed, fit_printed_pages, furniture, printed_numbers
from gri_check.ingest.pdf_parallel import MIN_PAGES, read_parallel, workers
from gri_check.ingest.pdf_tables import SOFT_HYPHEN as _SOFT
from gri_check.ingest.pdf_tables import PageLine, join_wrapped, lay_out_flow
from gri_check.ingest.pdf_types import Bookmark, Rule

MAX_PAGES = 1000
_PARAGRAPH_GAP = 0.6  # line heights of white that start a new paragraph
_BROKEN = re.compile(rf"([^\W\d_]+){_SOFT}([^\W\d_]+)")
# A match can only start where a run of letters does: the lookbehind spares the regex retrying inside each word.
_HYPHENATED = re.compile(r"(?<![^\W\d_])[^\W\d_]+-[^\W\d_]+")
_ENDS_BROKEN = re.compile(r"[^\W\d_]-$")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Page:
    rows: PageRows
    rules: tuple[Rule, ...]

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled compactly, as PageRows is: worker processes send every page of a long PDF back.
        return _unpickle_page, (self.rows, tuple(v for r in self.rules for v in (r.x0, r.x1, r.y)))


def _unpickle_page(rows: PageRows, values: Sequence[float]) -> _Page:
    every = iter(values)
    return _Page(rows=rows, rules=tuple(Rule(x0=x0, x1=x1, y=y) for x0, x1, y in zip(every, every, every)))


def parse_pdf(data: bytes, path: str, *, progress: Progress | None = None) -> Document:
    """Read a PDF; raise InputError (exit 3) when it is encrypted, damaged, scanned or too long."""
    pdf = _open(data, path)
    try:
        total = len(pdf)
        if total > MAX_PAGES:
            raise InputError(f"PDF has {total} pages, above the {MAX_PAGES}-page limit", path=path, hint="split it")
        labels = read_page_labels(pdf, total)
        marks = read_outline(pdf)
        pages, warnings = _read_pages(pdf, data, total, path, progress)
    finally:
        pdf.close()
    page_rows = [p.rows for p in pages]
    candidates = printed_numbers(page_rows)
    printed = choose_printed(labels, fit_printed_pages(candidates, total), candidates)
    lines, numbers = _lay_out(pages, furniture(page_rows))
    headings, missing = _headings(lines, numbers, marks)
    source = _source_lines(lines, numbers, headings, missing)
    return build_document(path, "pdf", source, headings_from_markup=True, printed_pages=printed,
                          warnings=warnings)


def _open(data: bytes, path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError("PDF is encrypted and needs a password", path=path,
                             hint="save an unencrypted copy and check that") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputError("PDF is encrypted with an unsupported security handler", path=path,
                             hint="save an unencrypted copy and check that") from None
        reason = {pdfium_c.FPDF_ERR_FORMAT: "damaged or truncated", pdfium_c.FPDF_ERR_FILE: "unreadable",
                  pdfium_c.FPDF_ERR_PAGE: "no readable page"}.get(code, "unknown PDFium error")
        raise InputError(f"cannot be opened as a PDF ({reason})", path=path, hint="export the report again") from None


def _read_pages(pdf: pdfium.PdfDocument, data: bytes, total: int, path: str,
                progress: Progress | None) -> tuple[list[_Page], list[str]]:
    n_workers = workers()
    if total >= MIN_PAGES and n_workers > 1:
        read = read_parallel(data, total, _read_range, progress, n_workers)
    else:
        read = []
        for index in range(total):
            read.extend(_read_range(pdf, range(index, index + 1)))
            if progress is not None:
                progress(index + 1, total)
    pages = [page for _, page, _ in read if page is not None]
    bad = [index + 1 for index, page, _ in read if page is None]
    blank = [index + 1 for index, page, empty in read if page is not None and empty]
    if len(bad) == total:
        raise InputError("cannot be opened as a PDF (no page could be read)", path=path, hint="export the report again")
    if len(blank) + len(bad) == total:
        raise InputError("no text layer: run OCR first", path=path)
    warnings = []
    if bad:
        warnings.append(f"{_pages_phrase(bad)} could not be read and {'is' if len(bad) == 1 else 'are'} left out")
    if len(blank) > max(2, 0.1 * total):  # a few image-only covers and dividers are normal
        warnings.append(f"{_pages_phrase(blank)} have no text layer (scanned?); run OCR to check them")
    return pages, warnings


def _read_range(pdf: pdfium.PdfDocument, indexes: range) -> list[tuple[int, _Page | None, bool]]:
    """(page index, its rows and rules or None when PDFium cannot read it, whether it has no text)."""
    out: list[tuple[int, _Page | None, bool]] = []
    for index in indexes:
        try:
            content = read_page(pdf, index)
        except pdfium.PdfiumError:
            out.append((index, None, False))
            continue
        rows = PageRows(number=content.number, width=content.width, height=content.height,
                        rows=tuple(group_rows(content.words)))
        out.append((index, _Page(rows=rows, rules=tuple(merge_rules(content.rules))), not content.words))
    return out


def _pages_phrase(numbers: Sequence[int]) -> str:
    return f"page {numbers[0]}" if len(numbers) == 1 else f"pages {_ranges(numbers)}"


def _ranges(numbers: Sequence[int]) -> str:
    parts: list[str] = []
    for n in numbers:
        if parts and parts[-1].split("-")[-1] == str(n - 1):
            parts[-1] = f"{parts[-1].split('-')[0]}-{n}"
        else:
            parts.append(str(n))
    return ", ".join(parts)


def _lay_out(pages: Sequence[_Page], drop: Sequence[set[int]]) -> tuple[list[PageLine], list[int]]:
    """Every page's lines in reading order, furniture left out; and each line's page."""
    lines: list[PageLine] = []
    numbers: list[int] = []
    for page, skip in zip(pages, drop):
        rows = [r for i, r in enumerate(page.rows.rows) if i not in skip]
        for k, flow in enumerate(split_flows(rows, page.rules)):
            out = lay_out_flow(flow, page.rules, k)
            lines.extend(out)
            numbers.extend([page.rows.number] * len(out))
    return lines, numbers


def _headings(lines: Sequence[PageLine], pages: Sequence[int],
              marks: Sequence[Bookmark]) -> tuple[dict[int, Heading], list[Bookmark]]:
    """Outline headings first; style headings fill in below the outline's deepest level."""
    found, missing = outline_headings(marks, lines, pages) if marks else ([], [])
    depth = max([h.level for h in found] + [m.level for m in missing], default=0)
    by_first = {h.first: h for h in found}
    covered = {i for h in found for i in range(h.first, h.last + 1)}
    for h in style_headings(lines, pages, body_style(lines)):
        if not covered.intersection(range(h.first, h.last + 1)):
            by_first[h.first] = Heading(first=h.first, last=h.last, level=min(6, h.level + depth))
    return by_first, missing


def _source_lines(lines: Sequence[PageLine], pages: Sequence[int], headings: Mapping[int, Heading],
                  missing: Sequence[Bookmark]) -> list[SourceLine]:
    texts = _mend_hyphens(lines, pages, headings)
    # the `in` test first: a regex pass over every cell was a tenth of the layout's time
    vocabulary = {m.group(0).lower() for t in texts for c in t if "-" in c for m in _HYPHENATED.finditer(c)}
    inserts: dict[int, list[Bookmark]] = {}
    for mark in missing:
        inserts.setdefault(mark.page, []).append(mark)
    out: list[SourceLine] = []

    def emit(text: str = "", *, page: int, level: int | None = None, cells: tuple[str, ...] | None = None) -> None:
        out.append(SourceLine(text=text, number=len(out) + 1, page=page, heading_level=level, cells=cells))

    i = 0
    previous_page = None
    while i < len(lines):
        ln, page = lines[i], pages[i]
        if page != previous_page:
            for mark in inserts.pop(page, []):
                emit(page=page)
                emit(_clean(mark.title, vocabulary), page=page, level=min(mark.level, 6))
            previous_page = page
        heading = headings.get(i)
        if heading is not None:
            text = join_wrapped([texts[j][0] for j in range(i, heading.last + 1)])
            emit(page=page)
            emit(_clean(text, vocabulary), page=page, level=heading.level)
            emit(page=page)
            i = heading.last + 1
            continue
        cells = tuple(_clean(c, vocabulary) for c in texts[i])
        if len(cells) > 1:
            # Text without edge tabs: an empty first cell must not hide a row's code from layout's checks.
            emit("\t".join(cells).strip("\t"), page=page, cells=cells)
        elif cells[0]:
            if not (i > 0 and _same_paragraph(lines[i - 1], ln, pages[i - 1] == page) and out and out[-1].text):
                emit(page=page)
            emit(cells[0], page=page)
        i += 1
    return out


def _same_paragraph(a: PageLine, b: PageLine, same_page: bool) -> bool:
    height = max(a.bottom - a.top, 1.0)
    return (same_page and a.flow == b.flow and len(a.cells) == 1 and len(b.cells) == 1 and not a.table
            and not b.table and -0.2 * height <= b.top - a.bottom <= _PARAGRAPH_GAP * height
            and abs(a.size - b.size) <= 0.1 * a.size)


def _mend_hyphens(lines: Sequence[PageLine], pages: Sequence[int],
                  headings: Mapping[int, Heading]) -> list[list[str]]:
    """Cell texts per line, with a word broken at a line end moved up to the line it starts on."""
    texts = [list(ln.cells) for ln in lines]
    for i in range(len(lines) - 1):
        a, b = texts[i], texts[i + 1]
        if (len(a) == 1 and len(b) == 1 and _ends_broken(a[0]) and b[0][:1].isalpha()
                and _same_paragraph(lines[i], lines[i + 1], pages[i] == pages[i + 1]) and i + 1 not in headings):
            head, _, rest = b[0].partition(" ")
            # "manage-" + "ment" may lose its hyphen (decided in _clean); "Anti-" + "Corruption" keeps it.
            texts[i] = [a[0][:-1] + _SOFT + head if head[0].islower() else a[0] + head]
            texts[i + 1] = [rest]
    return texts


def _ends_broken(text: str) -> bool:
    """A letter and a hyphen at the end (before a final newline, as `$` allows): looked for only where the
    last two characters hold the hyphen, since a regex search tries every position of a long line."""
    return "-" in text[-2:] and _ENDS_BROKEN.search(text) is not None


def _clean(text: str, vocabulary: set[str]) -> str:
    """Resolve line-end hyphens (kept where the text uses the hyphenated form elsewhere), normalise."""
    if _SOFT in text:
        text = _BROKEN.sub(lambda m: f"{m[1]}-{m[2]}" if f"{m[1]}-{m[2]}".lower() in vocabulary else m[1] + m[2], text)
    return collapse_spaces(normalise_chars(text))
