"""Location cells as a reader reads them (issue 7, items 4 and 7): other documents by their short names,
no split inside brackets, wrapped headings joined, short "statements" that are headings."""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check import pipeline
from gri_check.index.cells import parse_locations
from gri_check.index.mend import unwrap
from gri_check.index.model import LocationKind as K
from tests.helpers import bundled

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("cell, kind, document, pages", [
    ("AR p. 45", K.EXTERNAL, "AR", (45,)),
    ("See AR 2023, p. 10", K.EXTERNAL, "AR 2023", (10,)),
    ("RemR p. 3", K.EXTERNAL, "RemR", (3,)),
    ("AR (pp. 12-14)", K.EXTERNAL, "AR", (12, 13, 14)),
    ("CGR, p. 4", K.EXTERNAL, "CGR", (4,)),
])
def test_a_short_name_before_pages_is_another_document(cell, kind, document, pages) -> None:
    (loc,) = parse_locations(cell)
    assert (loc.kind, loc.document, loc.pages) == (kind, document, pages)


def test_commas_inside_brackets_do_not_split() -> None:
    assert [loc.text for loc in parse_locations("Climate action (Scope 1, Scope 2), Energy")] == \
        ["Climate action (Scope 1, Scope 2)", "Energy"]


def test_a_page_list_run_into_the_next_documents_name() -> None:
    """"162 AR (Paragraphs: ...)": the line break before the next document was lost, the page stays NFS's."""
    locs = parse_locations("NFS pp. 17-18; 162 AR (Paragraphs: Cash Flows)")
    assert [(loc.document, loc.pages) for loc in locs[:2]] == [("NFS", (17, 18)), ("NFS", (162,))]
    assert locs[2].text.startswith("AR (Paragraphs") and locs[2].after_break
    # a page number before an ordinary heading is not split off
    assert [loc.text for loc in parse_locations("12 Our people")] == ["12 Our people"]


def test_a_line_break_may_continue_a_heading() -> None:
    first, second = parse_locations("Governance and\nrisk\nmanagement")[:2]
    assert second.after_break and not second.after_comma
    assert unwrap("Governance and\nrisk management") == "Governance and risk management"
    assert unwrap("About us\nOur company at a glance") == "About us\nOur company at a glance"


def _by_code(path: Path) -> dict:
    result = pipeline.run(path, pipeline.Options(), bundled())
    return {a.disclosure.code: a for a in result.assessments if a.entry is not None}


def test_a_short_name_alone_is_a_document_when_the_report_says_so() -> None:
    """AR and CGR are defined in the index's legend (and CGR is cited with a page): both are other documents.
    RemR is neither defined nor cited with pages: it stays a section the report does not have."""
    rows = _by_code(FIXTURES / "evidence" / "abbreviations.md")
    kinds = {code: [(r.cited.kind, r.cited.document) for r in a.locations] for code, a in rows.items()}
    assert kinds["2-9"] == [(K.EXTERNAL, "CGR")]
    assert kinds["2-19"] == [(K.EXTERNAL, "AR")]
    assert kinds["2-20"] == [(K.SECTION, None)]
    assert rows["2-19"].status.value == "external"


def test_a_heading_that_opens_like_a_sentence_is_a_section() -> None:
    rows = _by_code(FIXTURES / "shapes" / "html_tables.md")
    cited = [(r.cited.text, r.cited.kind, r.resolved) for r in rows["2-1"].locations]
    assert cited == [("About us", K.SECTION, True), ("Our company at a glance", K.SECTION, True)]
