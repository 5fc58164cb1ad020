"""Plain-text reports (UTF-8 or UTF-16 with BOM; tabs separate table cells, form feeds pages)."""
from __future__ import annotations

from gri_check.ingest.document import Document
from gri_check.ingest.layout import build_document, source_lines


def parse_text(text: str, path: str) -> Document:
    return build_document(path, "text", source_lines(text), headings_from_markup=False)
