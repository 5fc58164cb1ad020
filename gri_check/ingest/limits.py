"""The bounds on what one check reads: every hostile or broken input ends in a one-line exit 3, not a hang.

Each limit sits far above what a real report needs (a 400-page annual report is a 30 MB PDF, a 2 MB text
export, a 10 MB document.xml; a GRI index has a few hundred rows), and low enough that time and memory
stay roughly linear in the input and a machine's memory is never at stake.

Input bytes
  MAX_FILE_BYTES     any report file (a PDF with images, a .docx with media)          200 MiB
  MAX_TEXT_BYTES     a .txt or .md report                                               16 MiB
  MAX_HTML_BYTES     an HTML report (markup included)                                   32 MiB
  Only regular files are read (a device, a FIFO or a socket is refused before any byte is read),
  and the cap is checked while reading, never from the file's declared size.
Word archives (.docx)
  MAX_ZIP_BYTES      uncompressed bytes over all members, counted while decompressing 200 MiB
  MAX_XML_BYTES      uncompressed bytes of the XML parts parsed (body, styles, ...)    32 MiB
  MAX_ZIP_MEMBERS    members of the archive                                          10,000
  MAX_ZIP_RATIO      uncompressed / compressed, judged above MAX_ZIP_RATIO_FLOOR     100 (10 MiB)
PDF
  MAX_PDF_PAGES      pages                                                            1,000
HTML
  MAX_HTML_DEPTH     nesting of block elements (div, section, ul ...), beyond: exit 3   5,000
  MAX_SPAN / MAX_ROWSPAN (markup.py, html.py): a cell's colspan 100, rowspan 1,000
Content index
  MAX_INDEX_ROWS     rows of the index tables of one report (beyond: exit 3)          20,000
  MAX_CELL_CHARS     characters of one index cell the location parser reads           4,000
                     (a longer cell is cut at a separator; its raw text ends in " [...]")
"""
from __future__ import annotations

MIB = 1024 * 1024

MAX_FILE_BYTES = 200 * MIB
MAX_TEXT_BYTES = 16 * MIB
MAX_HTML_BYTES = 32 * MIB
MAX_FORMAT_BYTES = {"text": MAX_TEXT_BYTES, "markdown": MAX_TEXT_BYTES, "html": MAX_HTML_BYTES,
                    "pdf": MAX_FILE_BYTES, "docx": MAX_FILE_BYTES}

MAX_ZIP_BYTES = 200 * MIB
MAX_XML_BYTES = 32 * MIB
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_RATIO = 100.0
MAX_ZIP_RATIO_FLOOR = 10 * MIB

MAX_PDF_PAGES = 1000

MAX_HTML_DEPTH = 5000

MAX_INDEX_ROWS = 20_000
MAX_CELL_CHARS = 4000
