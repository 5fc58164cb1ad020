"""PDF reading speed (make bench): our reader against pdfplumber's extract_text on the same corpus
files, and a whole check of a ~150-page report. Pages per second are recorded in extra_info."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.bench.conftest import Figures

from gri_check.ingest import read
from gri_check.pipeline import Options, Standards, run
from tests.bench.floor import bare_text

CORPUS = ("moncler_2023_en.pdf", "cigna_2020_en.pdf", "statestreet_2020_en.pdf", "unito_2017_it.pdf",
          "reply_2019_en.pdf", "edison_2017_it.pdf", "bluescope_2023_en.pdf", "origin_2023_gri-index_en.pdf",
          "macquarie_2023_gri-index_en.pdf")


@pytest.fixture(params=CORPUS, ids=[n.split("_")[0] for n in CORPUS])
def corpus_pdf(request, shared_dir: Path) -> Path:
    path = shared_dir / "corpus" / request.param
    if not path.is_file():
        pytest.skip(f"{path} is absent from ../shared/corpus")
    return path


def _pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _pages_per_second(benchmark, pages: int) -> None:
    benchmark.extra_info["pages"] = pages
    benchmark.extra_info["pages_per_s_median"] = round(pages / benchmark.stats.stats.median, 1)


def test_read_pdf_gri_check(benchmark, figures: Figures, corpus_pdf: Path) -> None:
    doc = benchmark.pedantic(read, args=(corpus_pdf,), rounds=3, iterations=1)
    assert doc.blocks
    _pages_per_second(benchmark, _pages(corpus_pdf))
    figures.record((corpus_pdf.name, "reader, in process"), wall=benchmark.stats.stats.median)


def test_read_pdf_bare_pdfium(benchmark, figures: Figures, corpus_pdf: Path) -> None:
    """The floor, in process (tests/bench/floor.py)."""
    assert benchmark.pedantic(bare_text, args=(str(corpus_pdf),), rounds=3, iterations=1) > 0
    figures.record((corpus_pdf.name, "bare PDFium, in process"), wall=benchmark.stats.stats.median)


def test_read_pdf_pdfplumber(benchmark, figures: Figures, corpus_pdf: Path) -> None:
    pdfplumber = pytest.importorskip("pdfplumber")

    def extract() -> int:
        with pdfplumber.open(corpus_pdf) as pdf:
            chars = 0
            for page in pdf.pages:
                chars += len(page.extract_text() or "")
                page.close()  # pdfplumber caches each page's objects; drop them as we go
            return chars

    assert benchmark.pedantic(extract, rounds=1, iterations=1) > 0
    _pages_per_second(benchmark, _pages(corpus_pdf))
    figures.record((corpus_pdf.name, "pdfplumber, in process"), wall=benchmark.stats.stats.median)


@pytest.mark.parametrize(("name", "pages"), [("cigna_2020_en.pdf", 146), ("unito_2017_it.pdf", 101)],
                         ids=["cigna-146-pages", "unito-101-pages"])
def test_check_end_to_end(benchmark, shared_dir: Path, catalogue, name: str, pages: int) -> None:
    """`read` + index + evidence + rules, as pipeline.run does it. UniTo is the issue's yardstick: a
    ~100-page PDF (101 pages, two printed pages each) read and checked."""
    path = shared_dir / "corpus" / name
    if not path.is_file():
        pytest.skip(f"{path} is absent from ../shared/corpus")
    result = benchmark.pedantic(run, args=(path, Options(), Standards.of(catalogue)), rounds=3, iterations=1)
    assert len(result.document.pages) == pages and result.index.found
    _pages_per_second(benchmark, pages)
