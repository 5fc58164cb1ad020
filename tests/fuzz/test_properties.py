"""Property tests (Hypothesis) of the three parsers that read untrusted cells: the code parser, the location
parser and the index parser. Properties: no exception on any text, results drawn from the input, and no
superlinear blow-up (each example under a deadline; a doubling of the input may not cost more than the
deadline either). `make test` runs a few hundred examples each; `make fuzz` runs 10,000 each
(GRI_CHECK_FUZZ_EXAMPLES)."""
from __future__ import annotations

import os
import string
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gri_check.index import extract
from gri_check.index.cells import parse_locations
from gri_check.ingest.text import parse_text
from gri_check.standards.codes import CodeReader

EXAMPLES = int(os.environ.get("GRI_CHECK_FUZZ_EXAMPLES", "200"))
PROFILE = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5), derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces real cells are made of, so the parsers' interesting paths are reached, mixed with arbitrary text.
CODES = st.sampled_from(["2-1", "GRI 2-1", "G2-1", "305-1", "3-3", "102-55", "RT-IG-130a.1", "KPI A1.2", "A1.2",
                         "E1-6", "S2.29", "11.1.5", "1102-2", "EU2", "FS14", "2-31", "B1", "GRI 305-1 a-c"])
WORDS = st.sampled_from(["p.", "pp.", "page", "pages", "Annual Report", "ESG Report", "Section", "see", "Refer to",
                         "Not applicable", "Omitted", "Confidentiality constraints", "第", "页", "见", "年报", "–", "-",
                         ",", ";", "/", "&", "and", "(", ")", "https://example.com/x", "AR", "SR", "n/a", "—"])
NUMBERS = st.integers(min_value=0, max_value=99999).map(str)
PIECE = st.one_of(CODES, WORDS, NUMBERS, st.text(alphabet=string.printable + "中文报告第页 \u00a0\u200b\u202e",
                                                 max_size=12))
CELL = st.lists(PIECE, max_size=40).map(" ".join)


@pytest.fixture(scope="module")
def reader(catalogue) -> CodeReader:
    return CodeReader.of(catalogue)


@PROFILE
@given(cell=CELL)
def test_the_code_parser_never_raises_and_reads_codes_from_the_cell(reader: CodeReader, cell: str) -> None:
    parsed = reader.read(cell)
    if parsed is not None:
        assert parsed.code and parsed.framework
    reader.group(cell)


@PROFILE
@given(cell=CELL)
def test_the_location_parser_never_raises_and_cites_text_of_the_cell(cell: str) -> None:
    digits = sum(c.isdigit() for c in cell)
    for loc in parse_locations(cell):
        assert all(isinstance(p, int) and p >= 0 for p in loc.pages)
        assert len(loc.pages) <= max(digits, 1) * 50  # a range expands boundedly, never "1-99999" to 10^5 pages
        assert loc.text and len(loc.text) <= len(cell)


@PROFILE
@given(cell=st.text(alphabet="0123456789,-–;  、页p.", min_size=200, max_size=3000))
def test_long_page_lists_parse_within_the_deadline(cell: str) -> None:
    parse_locations(cell)  # the deadline fails a superlinear (backtracking) parse of a long run of numbers


ROW = st.tuples(CODES, CELL, CELL).map(lambda t: "\t".join(t))


@PROFILE
@given(rows=st.lists(st.one_of(ROW, CELL), min_size=0, max_size=60), preamble=CELL)
def test_the_index_parser_never_raises_on_any_table(catalogue, reader: CodeReader, rows: list[str],
                                                    preamble: str) -> None:
    text = f"{preamble}\n\nAbout us\n\nWe make things.\n\nGRI content index\n\n" + "\n".join(rows) + "\n"
    doc = parse_text(text, "fuzz.txt")
    index = extract(doc, catalogue, reader)
    lines = len(text.splitlines())
    assert all(1 <= e.line <= lines for e in index.entries)
    assert all(e.code for e in index.entries if e.raw_code)
