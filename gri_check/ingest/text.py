"""Plain-text reports (UTF-8 or UTF-16 with BOM; tabs separate table cells, form feeds pages)."""
from __future__ import annotations

from gri_check.ingest.document import Document
from gri_check.ingest.folios import apply_folios
from gri_check.ingest.layout import build_document, source_lines
from gri_check.ingest.text_pages import apply_page_edges


def parse_text(text: str, path: str) -> Document:
    lines = source_lines(text)
    # Form feeds give the pages; else bare page-number lines may.
    lines, printed = apply_page_edges(lines) if any(ln.page for ln in lines) else apply_folios(lines)
    return build_document(path, "text", lines, headings_from_markup=False, printed_pages=printed)
