"""Real PDF reports from ../shared/corpus: index rows with their cells, and printed page numbers.

The expected numbers come from shared/corpus/SOURCES.md (approximate row counts, exact page offsets).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from gri_check.index.model import ContentIndex
from gri_check.ingest import read
from gri_check.ingest.document import Document
from tests.helpers import extract_index

pytestmark = pytest.mark.shared


@cache
def _read(path: Path) -> tuple[Document, ContentIndex]:
    doc = read(path)
    return doc, extract_index(doc)


@pytest.fixture()
def corpus(shared_dir: Path):
    folder = shared_dir / "corpus"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")

    def load(name: str) -> tuple[Document, ContentIndex]:
        path = folder / name
        if not path.is_file():
            pytest.skip(f"{path} is absent")
        return _read(path)

    return load


# file, fewest distinct codes, fewest rows with code + title + (location or omission)
INDEXES = [
    ("moncler_2023_en.pdf", 95, 110),
    ("edison_2017_it.pdf", 52, 85),
    ("reply_2019_en.pdf", 44, 70),
    ("cigna_2020_en.pdf", 40, 40),  # the topic-specific half after the GRI 103 matrix is a second cluster
    ("origin_2023_gri-index_en.pdf", 80, 78),
    ("macquarie_2023_gri-index_en.pdf", 76, 74),
    ("bluescope_2023_en.pdf", 43, 52),
    ("statestreet_2020_en.pdf", 55, 60),
    ("unito_2017_it.pdf", 70, 70),
]


@pytest.mark.parametrize(("name", "codes", "complete"), INDEXES, ids=[n.split("_")[0] for n, _, _ in INDEXES])
def test_index_rows_keep_code_title_and_location_together(corpus, name: str, codes: int, complete: int) -> None:
    _, index = corpus(name)
    assert len({e.code for e in index.entries}) >= codes
    whole = [e for e in index.entries if e.title and (e.raw_location or e.omission)]
    assert len(whole) >= complete


# file, physical page, printed numbers on it (SOURCES.md: "How printed page numbers map to PDF pages")
PRINTED = [
    ("moncler_2023_en.pdf", 197, (197,)),
    ("cigna_2020_en.pdf", 133, (133,)),
    ("bluescope_2023_en.pdf", 28, (28,)),
    ("macquarie_2023_gri-index_en.pdf", 3, (3,)),
    ("origin_2023_gri-index_en.pdf", 2, (2,)),
    ("edison_2017_it.pdf", 37, (35,)),
    ("statestreet_2020_en.pdf", 180, (178,)),
    ("reply_2019_en.pdf", 46, (45,)),
    ("unito_2017_it.pdf", 91, (178, 179)),
    ("macquarie_2023_esg-section_en.pdf", 1, (48,)),
]


@pytest.mark.parametrize(("name", "page", "printed"), PRINTED, ids=[n.split("_")[0] for n, _, _ in PRINTED])
def test_printed_page_numbers_match_the_sources(corpus, name: str, page: int, printed: tuple[int, ...]) -> None:
    doc, _ = corpus(name)
    pages = {p.number: p.printed for p in doc.pages}
    assert pages[page] == printed


def _entry(index: ContentIndex, raw_code: str):
    return next(e for e in index.entries if e.raw_code == raw_code)


def test_wrapped_cells_are_mended_into_one_row(corpus) -> None:
    _, moncler = corpus("moncler_2023_en.pdf")
    assert _entry(moncler, "2-1").raw_location == "NFS pp. 17-18; 25; 167-168; 187; 212"
    assert _entry(moncler, "2-2").title == "Entities included in the organisation's sustainability reporting"
    _, edison = corpus("edison_2017_it.pdf")
    assert _entry(edison, "102-3").raw_location == "Quarta di copertina"
    assert _entry(edison, "102-26").title.endswith("dei valori e della strategia")


def test_odd_cells_survive(corpus) -> None:
    _, reply = corpus("reply_2019_en.pdf")
    assert "1102-2" in {e.raw_code for e in reply.entries}  # the report's own typo
    _, origin = corpus("origin_2023_gri-index_en.pdf")
    assert _entry(origin, "2-4").raw_location.endswith("pg X")
    _, macquarie = corpus("macquarie_2023_gri-index_en.pdf")
    assert sum(1 for e in macquarie.entries if e.omission) >= 12


def test_running_footers_are_not_text(corpus) -> None:
    doc, _ = corpus("cigna_2020_en.pdf")
    assert not [b for b in doc.blocks if "CORPORATE RESPONSIBILITY REPORT" in b.text]
