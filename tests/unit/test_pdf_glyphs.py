"""The compiled loops (ingest/_glyphs.c) against the Python loops they replace: the same words and rules, bit for bit.

In CI (GRI_CHECK_REQUIRE_COMPILED=1) a missing compiled helper fails instead of skipping; elsewhere the
parity tests skip with the reason, and the fallback test still runs the Python loop.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from gri_check.ingest import pdf_extract
from gri_check.ingest.pdf import parse_pdf
from tests import pdf_samples

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compiled() -> None:
    if not pdf_extract.COMPILED:
        if os.environ.get("GRI_CHECK_REQUIRE_COMPILED") == "1":
            pytest.fail("gri_check.ingest._glyphs was not built (GRI_CHECK_REQUIRE_COMPILED=1): is a C compiler "
                        "and Python's headers installed?")
        pytest.skip("gri_check.ingest._glyphs was not built (no C compiler at install): the Python loop is in use")


def _both(pdf: pdfium.PdfDocument, index: int) -> tuple[list, list]:
    page = pdf[index]
    try:
        left, bottom, right, top = page.get_bbox()
        textpage = page.get_textpage()
        try:
            count = pdfium_c.FPDFText_CountChars(textpage.raw)
            args = (textpage.raw, count, left, top, right - left, top - bottom)
            return pdf_extract._words_compiled(*args), pdf_extract._words_python(*args)
        finally:
            textpage.close()
    finally:
        page.close()


def _same_rules(pdf: pdfium.PdfDocument, index: int) -> int:
    page = pdf[index]
    try:
        left, _, _, top = page.get_bbox()
        fast, slow = pdf_extract._rules_compiled(page.raw, left, top), pdf_extract._rules_python(page.raw, left, top)
        assert repr(fast) == repr(slow), f"page {index + 1}: the compiled rules differ from the Python loop's"
        return len(fast)
    finally:
        page.close()


def _assert_same_words(data: bytes) -> int:
    """Words and rules of every page, both ways: equal, and equal in repr (== would pass 0.0 for -0.0)."""
    pdf = pdfium.PdfDocument(data)
    try:
        total = 0
        for index in range(len(pdf)):
            fast, slow = _both(pdf, index)
            assert fast == slow, f"page {index + 1}: the compiled reader's words differ from the Python loop's"
            assert repr(fast) == repr(slow)
            total += len(fast)
            _same_rules(pdf, index)
        return total
    finally:
        pdf.close()


def test_rules_inside_transformed_forms_agree(compiled: None) -> None:
    """A page whose tables sit in form XObjects, scaled, shifted and rotated: the matrix arithmetic."""
    source = pdfium.PdfDocument(pdf_samples.index_table())
    target = pdfium.PdfDocument.new()
    page = target.new_page(600, 800)
    form = source.page_as_xobject(0, target)
    for matrix in (pdfium.PdfMatrix().scale(0.5, 0.5).translate(20, 30),
                   pdfium.PdfMatrix().rotate(15).translate(300, 100), pdfium.PdfMatrix().scale(0.8, 1.3)):
        placed = form.as_pageobject()
        placed.transform(matrix)
        page.insert_obj(placed)
    page.gen_content()
    buffer = io.BytesIO()
    target.save(buffer)
    reread = pdfium.PdfDocument(buffer.getvalue())
    found = _same_rules(reread, 0)
    flat = source[0]
    left, _, _, top = flat.get_bbox()
    assert found >= 2 * len(pdf_extract._rules_python(flat.raw, left, top)) > 0


def test_every_branch_gives_the_same_words(compiled: None) -> None:
    data = pdf_samples.glyph_cases()
    assert _assert_same_words(data) > 40
    pdf = pdfium.PdfDocument(data)
    words = [w.text for w in pdf_extract.read_page(pdf, 0).words]
    pdf.close()
    # hand-checked: off-page and rotated text are dropped, bold is seen, the line-end hyphen is kept
    assert "Rotated" not in words and "Off" not in words and "Left" not in words
    assert "Bold" in words and "sustain-" in words
    assert "joined" in words and "par" in words and "ted" in words


def test_sample_pdfs_give_the_same_words(compiled: None) -> None:
    for make in (pdf_samples.index_table, pdf_samples.two_columns, pdf_samples.outlined,
                 pdf_samples.styled_headings, pdf_samples.spreads, pdf_samples.hyphenated):
        assert _assert_same_words(make()) > 0, make.__name__


@pytest.mark.shared
def test_every_real_pdf_gives_the_same_words(compiled: None, shared_dir: Path) -> None:
    pdfs = sorted((shared_dir / "corpus").glob("*.pdf"))
    assert pdfs, "no PDF in ../shared/corpus"
    for path in pdfs:
        assert _assert_same_words(path.read_bytes()) > 100, path.name


def test_null_handles_are_refused(compiled: None) -> None:
    with pytest.raises(ValueError, match="null"):
        pdf_extract._glyphs.words(0, 1, pdf_extract._FUNCTIONS, 0.0, 0.0, 100.0, 100.0)
    with pytest.raises(ValueError, match="null"):
        pdf_extract._glyphs.words(1, 1, (0,) * len(pdf_extract._FUNCTIONS), 0.0, 0.0, 100.0, 100.0)
    with pytest.raises(ValueError, match="null"):
        pdf_extract._glyphs.rules(0, pdf_extract._OBJECT_FUNCTIONS, 2, 5, 3)


def test_without_the_compiled_helper_the_python_loop_reads_the_same_document(tmp_path: Path) -> None:
    sample = tmp_path / "glyphs.pdf"
    sample.write_bytes(pdf_samples.index_table())
    script = (
        "import sys; sys.modules['gri_check.ingest._glyphs'] = None\n"  # import fails as with no compiler
        "from gri_check.ingest import pdf_extract; from gri_check.ingest.pdf import parse_pdf\n"
        "assert not pdf_extract.COMPILED\n"
        f"print(repr(parse_pdf(open({str(sample)!r}, 'rb').read(), 'glyphs.pdf')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == repr(parse_pdf(sample.read_bytes(), "glyphs.pdf"))
