"""Small PDFs made at test time with fpdf2, one per layout the PDF reader must handle."""
from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF

INDEX_ROWS = (
    ("2-1", "Organizational details", "p. 4", ""),
    ("2-2", "Entities included in the organization's sustainability reporting, as listed in the "
            "consolidated financial statements", "pp. 5-6", ""),
    ("2-3", "Reporting period, frequency and contact point", "p. 7", ""),
    ("2-4", "Restatements of information", "", "Not applicable: no restatements were made"),
)
LEFT = ("Alpha column text begins here and the left column keeps talking about water management "
        "and the quality of rivers near our plants, which we monitor every month with local partners. ") * 3
RIGHT = ("Bravo column text starts on the right and covers employee training, the hours each worker "
         "spends in courses and how we measure the benefit of those courses over the year. ") * 3


def _pdf(fmt: str | tuple[float, float] = "A4", orientation: str = "P") -> FPDF:
    pdf = FPDF(orientation=orientation, unit="pt", format=fmt)
    pdf.set_auto_page_break(False)
    pdf.set_margins(50, 50, 50)
    return pdf


def _bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def index_table() -> bytes:
    """A GRI content index: title, header row, rows with a cell wrapping onto three lines."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 24, "GRI content index", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 13, "Acme Ltd has reported in accordance with the GRI Standards for the period "
                          "1 January 2024 to 31 December 2024.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    with pdf.table(col_widths=(70, 190, 90, 140), text_align="LEFT", line_height=13,
                   first_row_as_headings=True) as table:
        for row in (("Disclosure", "Title", "Location", "Omission"), *INDEX_ROWS):
            cells = table.row()
            for text in row:
                cells.cell(text)
    return _bytes(pdf)


def two_columns() -> bytes:
    """A heading across the page, then two text columns side by side."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 24, "Our Impacts", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    top = pdf.get_y() + 10
    pdf.set_xy(50, top)
    pdf.multi_cell(235, 13, LEFT)
    pdf.set_xy(310, top)
    pdf.multi_cell(235, 13, RIGHT)
    return _bytes(pdf)


def outlined() -> bytes:
    """Bookmarks at two levels pointing at headings set no larger than the body text."""
    pdf = _pdf()
    for title, level, body in (("Environment", 0, "We report our environmental performance."),
                               ("Energy use", 1, "Energy consumption fell by five percent."),
                               ("Water", 1, "Water withdrawal is reported by source."),
                               ("People", 0, "Our workforce grew to five hundred employees.")):
        pdf.add_page()
        pdf.start_section(title, level=level)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 14, title, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 13, body)
    return _bytes(pdf)


def styled_headings() -> bytes:
    """No outline: headings differ from the body text by size and weight only."""
    pdf = _pdf()
    pdf.add_page()
    for font, size, text in (("B", 20, "Sustainability Report"), ("", 10, "Body text about the year. " * 8),
                             ("B", 14, "Climate Change"), ("", 10, "Emissions fell this year. " * 8),
                             ("B", 14, "Our People"), ("", 10, "Training hours rose again. " * 8)):
        pdf.set_font("Helvetica", font, size)
        pdf.multi_cell(0, size * 1.3, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    return _bytes(pdf)


def numbered_pages(pages: int = 6, offset: int = -1) -> bytes:
    """A cover without a number, then pages whose footer prints physical page + offset."""
    pdf = _pdf()
    for p in range(1, pages + 1):
        pdf.add_page()
        pdf.set_y(150)
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 20, "Cover" if p == 1 else f"Chapter {p}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 13, f"Content of page {p} with enough words to be a paragraph of its own. " * 3)
        if p > 1:
            pdf.set_xy(50, 800)
            pdf.set_font("Helvetica", "", 8)
            pdf.cell(200, 10, "Acme Sustainability Report 2024")
            pdf.set_xy(500, 800)
            pdf.cell(45, 10, str(p + offset), align="R")
    return _bytes(pdf)


def spreads(pages: int = 5) -> bytes:
    """2-up landscape spreads: physical page p shows printed pages 2p - 2 and 2p - 1."""
    pdf = _pdf("A3", "L")
    for p in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(60, 100)
        pdf.multi_cell(450, 13, f"The left half of spread {p} tells one story. " * 12)
        pdf.set_xy(660, 100)
        pdf.multi_cell(450, 13, f"The right half of spread {p} tells another. " * 12)
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(60, 800)
        pdf.cell(30, 10, str(2 * p - 2))
        pdf.set_xy(1100, 800)
        pdf.cell(30, 10, str(2 * p - 1), align="R")
    return _bytes(pdf)


def labelled(start: int = 48, pages: int = 3) -> bytes:
    """Numeric page labels (an extract of a longer report) and no printed numbers."""
    pdf = _pdf()
    for p in range(pages):
        pdf.add_page()
        if p == 0:
            pdf.set_page_label("D", label_start=start)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 13, f"Extract page {p + 1}.")
    return _bytes(pdf)


def hyphenated() -> bytes:
    """Words broken across lines by a hyphen: one a syllable break, one a real compound."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for line in ("Our approach to environmental manage-", "ment covers every site we run and every",
                 "product. We also train staff on anti-", "corruption rules, because anti-corruption",
                 "policies apply to all employees."):
        pdf.cell(0, 13, line, new_x="LMARGIN", new_y="NEXT")
    return _bytes(pdf)


def image_only() -> bytes:
    """A scanned page: a picture of text, no text layer."""
    from PIL import Image

    pdf = _pdf()
    pdf.add_page()
    buf = io.BytesIO()
    Image.new("L", (200, 100), color=200).save(buf, format="PNG")
    pdf.image(buf, x=50, y=50, w=300)
    return _bytes(pdf)


def encrypted() -> bytes:
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 13, "Confidential report")
    return _bytes(pdf)


def many_pages(pages: int, text: Sequence[str] = ("x",)) -> bytes:
    """Tiny pages, fast to make: for the page limit and memory checks."""
    pdf = _pdf((100, 100))
    pdf.set_margins(5, 5, 5)
    pdf.set_font("Helvetica", "", 6)
    for p in range(pages):
        pdf.add_page()
        pdf.set_y(40)  # mid-page: text at the same place on every page's edge would be furniture
        for line in text:
            pdf.cell(0, 8, line.format(p=p + 1), new_x="LMARGIN", new_y="NEXT")
    return _bytes(pdf)


def glyph_cases() -> bytes:
    """Every branch of the glyph reader: bold and regular fonts, a scaled text matrix, rotated margin text,
    text off the crop box, letter-spaced and tightly kerned words, superscripts and a line-end hyphen."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(50, 80, "Regular words, then a gap:")
    pdf.text(260, 80, "far cell")
    pdf.set_font("Helvetica", "B", size=14)
    pdf.text(50, 110, "Bold heading of the page")
    pdf.set_font("Times", "I", size=9)
    pdf.text(50, 130, "Italic small print with numbers 1,234.5 and 2-1 codes")
    pdf.set_font("Helvetica", size=11)
    pdf.set_char_spacing(6)
    pdf.text(50, 160, "SPACED CAPITALS")
    pdf.set_char_spacing(0)
    pdf.text(50, 190, "Emissions")
    pdf.set_font("Helvetica", size=6)
    pdf.text(101, 186, "2")
    pdf.set_font("Helvetica", size=11)
    pdf.text(50, 220, "sustain-")
    pdf.text(50, 234, "ability report")
    with pdf.rotation(90, 30, 500):
        pdf.text(30, 500, "Rotated running title")
    pdf.text(700, 300, "Off the page")
    pdf.text(-300, 320, "Left of the page")
    pdf.set_stretching(50)
    pdf.text(50, 260, "Condensed words set narrow")
    pdf.set_stretching(100)
    # gaps just either side of the word gap (0.2 font sizes): "joined" stays one word, "parted" two
    for y, word, gap in ((280, "joined", 0.17), (300, "parted", 0.23)):
        pdf.text(50, y, word[:3])
        pdf.text(50 + pdf.get_string_width(word[:3]) + gap * 11, y, word[3:])
    pdf.add_page()
    pdf.set_font("Courier", size=10)
    for k in range(30):
        pdf.text(50, 60 + 20 * k, f"Line {k} of a second page, set in Courier {k * 7}")
    return _bytes(pdf)
