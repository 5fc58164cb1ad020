"""Text exports: running headers and footers of form-feed pages, short reports' folios, and exports that put
each paragraph on one line (issue 7, item 3)."""
from __future__ import annotations

from gri_check.ingest.document import BlockKind
from gri_check.ingest.layout import line_per_paragraph, source_lines
from gri_check.ingest.text import parse_text

LONG = "We withdrew 1,200 megalitres of water in 2024 from boreholes and the mains supply, all of it in the UK."


def _pages(footer: str, n: int = 5, first: int = 7) -> str:
    heads = ["Water stewardship", "Our people", "Climate action", "Communities", "Governance", "Supply chain"]
    return "\f".join(f"Acme Ltd - Annual Report 2024\n{heads[k - first]}\n{LONG}\n{footer} {k}\n"
                     for k in range(first, first + n))


def test_running_header_and_footer_are_dropped_and_give_the_printed_pages() -> None:
    doc = parse_text(_pages("Sustainability review   "), "a.txt")
    assert [p.printed for p in doc.pages] == [(k,) for k in range(7, 12)]
    texts = [b.text for b in doc.blocks]
    assert not any("Annual Report 2024" in t or "Sustainability review" in t for t in texts)
    assert [b.kind for b in doc.blocks[:2]] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_footer_whose_numbers_do_not_run_gives_no_pages() -> None:
    text = "\f".join(f"Acme Ltd - Annual Report 2024\n{LONG}\nHotline 0800 {k}\n" for k in (555, 123, 999, 42, 7))
    doc = parse_text(text, "a.txt")
    assert all(not p.printed for p in doc.pages)


def test_fewer_than_three_pages_keep_their_lines() -> None:
    doc = parse_text("Acme Ltd\nIntro\f" + "Acme Ltd\nMore", "a.txt")
    assert [b.text for b in doc.blocks if "Acme" in b.text]


def test_a_short_report_s_few_folios_close_its_pages() -> None:
    body = "\n\n".join(f"## Part {k}\n\n{LONG}\n\n{k}" for k in range(1, 6))
    doc = parse_text(body, "a.txt")
    assert [p.printed for p in doc.pages] == [(k,) for k in range(1, 6)]


def test_chapter_numbers_are_no_folios() -> None:
    body = "Acme Ltd Report 2024\n\n" + "\n\n".join(f"{k}\n\nPart {k}\n\n{LONG}" for k in range(1, 6)) \
        + "\n\nClosing words of the report."
    doc = parse_text(body, "a.txt")
    assert not doc.pages or all(not p.printed for p in doc.pages)


def test_one_line_per_paragraph_is_told_from_wrapped_text() -> None:
    unwrapped = "\n".join([LONG] * 6)
    wrapped = "\n".join(["We withdrew 1,200 megalitres of water in 2024 from boreholes and", "the mains supply, all"
                         " of it in the UK. Our second site uses only mains"] * 6)
    assert line_per_paragraph(source_lines(unwrapped))
    assert not line_per_paragraph(source_lines(wrapped))


def test_sentence_case_headings_in_a_one_line_per_paragraph_export() -> None:
    text = "\n".join(["Water withdrawal and discharge", LONG, "Our people", LONG, LONG, LONG, LONG])
    doc = parse_text(text, "a.txt")
    assert [s.title for s in doc.sections] == ["Water withdrawal and discharge", "Our people"]
    assert sum(1 for b in doc.blocks if b.kind is BlockKind.PARAGRAPH) == 5
