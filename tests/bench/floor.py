"""Bare PDFium text extraction, the floor the PDF benchmarks compare against: open, and each page's text page
and its text. Run in process (test_pdf_bench) and as a whole process (test_ratios)."""
from __future__ import annotations

import sys

import pypdfium2


def bare_text(path: str) -> int:
    """Characters of text PDFium extracts from every page."""
    pdf = pypdfium2.PdfDocument(path)
    chars = 0
    for i in range(len(pdf)):
        page = pdf[i]
        text = page.get_textpage()
        chars += len(text.get_text_range())
        text.close()
        page.close()
    pdf.close()
    return chars


if __name__ == "__main__":
    print(bare_text(sys.argv[1]))
