"""Document -> ContentIndex: every index table the report prints, each read with its framework's words.

A report without an index yields an empty index (a finding, not an error). One whose index tables run past
MAX_INDEX_ROWS is refused (exit 3): no report prints such an index, and a partial reading of it would look
complete.
"""
from __future__ import annotations

from gri_check.errors import InputError
from gri_check.index.keyed import KeyedTitles
from gri_check.index.locate import locate
from gri_check.index.mend import mend
from gri_check.index.model import EMPTY_INDEX, ContentIndex, GroupRow, IndexEntry, IndexTable, StatementOfUse
from gri_check.index.parse import page_furniture, parse_table
from gri_check.ingest.document import Document
from gri_check.ingest.limits import MAX_INDEX_ROWS
from gri_check.standards.catalogue import Catalogue
from gri_check.standards.codes import CodeReader
from gri_check.standards.framework import header_pattern


def extract(doc: Document, catalogue: Catalogue, reader: CodeReader | None = None) -> ContentIndex:
    reader = reader or CodeReader.of(catalogue)
    doc = mend(doc, reader, header_pattern(catalogue.frameworks))  # rows broken by page seams
    keyed = KeyedTitles.of(catalogue)
    spans = locate(doc, catalogue, reader, keyed)
    if not spans:
        return EMPTY_INDEX
    rows = sum(s.end_block - s.first_block for s in spans)
    if rows > MAX_INDEX_ROWS:
        raise InputError(f"the content index has more than {MAX_INDEX_ROWS} rows ({rows})", path=doc.path,
                         hint="no report's index is that long; check that this is the report")
    furniture = page_furniture(doc)
    tables: list[IndexTable] = []
    entries: list[IndexEntry] = []
    groups: list[GroupRow] = []
    statement: StatementOfUse | None = None
    found: str | None = None
    sectors: tuple[str, ...] = ()
    claims_fw: str | None = None
    for n, span in enumerate(spans):
        t = parse_table(doc, span, catalogue, reader, table=n, keyed=keyed, furniture=furniture)
        title = doc.blocks[span.title_block] if span.title_block is not None else None
        tables.append(IndexTable(framework=span.framework, title=title.text if title else None,
                                 title_line=title.line if title else None, first_block=span.first_block,
                                 end_block=span.end_block, rows=len(t.entries)))
        entries.extend(t.entries)
        groups.extend(t.groups)
        if claims_fw is None and (t.statement_of_use is not None or t.foundation_used):
            statement, found, claims_fw = t.statement_of_use, t.foundation_used, span.framework
            sectors = t.sector_standards
    if claims_fw is None:  # no table states its claims: the table of a framework that has them, if any
        claims_fw = next((s.framework for s in spans if s.framework and (fw := catalogue.framework(s.framework))
                          and fw.claims is not None), None)
    return ContentIndex(tables=tuple(tables), entries=tuple(entries), groups=tuple(groups), statement_of_use=statement,
                        gri1_used=found, claims_framework=claims_fw, sector_standards=sectors)
