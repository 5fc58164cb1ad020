from __future__ import annotations

from gri_check.ingest.folios import apply_folios, find_folios
from gri_check.ingest.layout import source_lines
from gri_check.ingest.text import parse_text


def paged_text(top: bool, pages: int = 10, first: int = 3) -> str:
    parts = []
    for n in range(first, first + pages):
        body = f"Body of page {n}. Table value 1200 and 7.\n"
        parts.append(f"{n}\n\n{body}" if top else f"{body}\n{n}\n")
    return "\n".join(parts)


def test_folios_at_the_top_open_pages() -> None:
    doc = parse_text(paged_text(top=True), "r.txt")
    page_of = {b.text: b.page for b in doc.blocks}
    labels = {p.number: p.label for p in doc.pages}
    assert labels[page_of["Body of page 5. Table value 1200 and 7."]] == "5"
    assert all(not b.text.strip().isdigit() for b in doc.blocks)  # folio lines are not content


def test_folios_at_the_bottom_close_pages() -> None:
    doc = parse_text(paged_text(top=False), "r.txt")
    page_of = {b.text: b.page for b in doc.blocks}
    labels = {p.number: p.label for p in doc.pages}
    assert labels[page_of["Body of page 7. Table value 1200 and 7."]] == "7"


def test_stray_numbers_do_not_break_the_run() -> None:
    text = paged_text(top=True).replace("Body of page 6.", "Body of page 6.\n\n271\n\n")
    folios = find_folios(source_lines(text))
    assert [n for _, n in folios] == list(range(3, 13))


def test_chapter_numbers_far_apart_are_not_folios() -> None:
    text = "\n\n".join(f"0{n}\n\n" + "Long chapter text line.\n" * 300 for n in range(1, 9))
    assert find_folios(source_lines(text)) == []
    lines, printed = apply_folios(source_lines(text))
    assert printed == {} and all(ln.page is None for ln in lines)
