"""Document -> ContentIndex. A report without an index yields an empty index (a finding, not an error)."""
from __future__ import annotations

from gri_check.index.locate import locate
from gri_check.index.model import EMPTY_INDEX, ContentIndex
from gri_check.index.parse import parse_index
from gri_check.ingest.document import Document


def extract(doc: Document) -> ContentIndex:
    span = locate(doc)
    return parse_index(doc, span) if span else EMPTY_INDEX
