"""Plain-text reports (UTF-8 or UTF-16 with BOM; tabs separate table cells, form feeds pages)."""
from __future__ import annotations

from gri_check.ingest.document import Document
from gri_check.ingest.folios import apply_folios
from gri_check.ingest.layout import build_document, source_lines


def parse_text(text: str, path: str) -> Document:
    lines, printed = apply_folios(source_lines(text))
    return build_document(path, "text", lines, headings_from_markup=False, printed_pages=printed)
