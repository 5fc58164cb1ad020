"""The HTML reader: what is dropped, headings, paragraphs, tables (colspan/rowspan), encodings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gri_check.errors import InputError
from gri_check.ingest.document import BlockKind, Document
from gri_check.ingest.html import declared_codec, decode_html, parse_html


def read(html: str, encoding: str = "utf-8") -> Document:
    return parse_html(html.encode(encoding), "r.html")


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks]


# Three marked-up headings: below that, layout.build_document also guesses headings from short lines.
HEADINGS = "<h1>Report</h1><h2>Part</h2><h3>Tables</h3>"


def rows(doc: Document) -> list[tuple[str, ...]]:
    return [b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]


def test_non_content_is_dropped() -> None:
    doc = read("<html><head><title>Title bar</title><style>p{color:red}</style></head><body>"
               "<script>var s = '<p>not text</p>';</script><noscript>Enable JavaScript</noscript>"
               "<template><p>template</p></template><svg><text>chart label</text></svg>"
               "<p>Kept.</p><p hidden>Hidden.</p><!-- a comment --></body></html>")
    assert kinds(doc) == [("paragraph", "Kept.")]


def test_headings_and_block_elements() -> None:
    doc = read("<body><h1>Acme Report</h1><div>Text straight in a <span>div</span>.</div>"
               "<h2>About <a href='#'>Us</a></h2><p>Acme is <b>listed</b><br>in Oslo.</p>"
               "<ul><li>One<ul><li>Nested</li></ul></li><li>Two</li></ul><blockquote>Quoted.</blockquote>"
               "<dl><dt>Scope 1</dt><dd>Direct emissions.</dd></dl>"
               "<figure><img src='x.png' alt='chart'><figcaption>Figure 1: Energy use.</figcaption></figure>"
               "<h3>Detail</h3><div role='heading' aria-level='2'>ARIA heading</div>"
               "<section><div><div>Deep text.</div></div></section></body>")
    assert kinds(doc) == [
        ("heading", "Acme Report"), ("paragraph", "Text straight in a div."), ("heading", "About Us"),
        ("paragraph", "Acme is listed in Oslo."), ("paragraph", "One"), ("paragraph", "Nested"),
        ("paragraph", "Two"), ("paragraph", "Quoted."), ("paragraph", "Scope 1"), ("paragraph", "Direct emissions."),
        ("paragraph", "Figure 1: Energy use."), ("heading", "Detail"), ("heading", "ARIA heading"),
        ("paragraph", "Deep text."),
    ]
    assert [(s.title, s.level) for s in doc.sections] == [("Acme Report", 1), ("About Us", 2), ("Detail", 3),
                                                          ("ARIA heading", 2)]
    assert [b.line for b in doc.blocks] == list(range(1, 15))


def test_heading_text_is_joined_like_inline_text() -> None:
    doc = read("<h2><span class='drop-cap'>G</span>overnance <small>and</small> ethics</h2>"
               "<h2><div>Block</div><div>inside</div></h2><h3>Third</h3>")
    assert [s.title for s in doc.sections] == ["Governance and ethics", "Block inside", "Third"]


def test_table_with_colspan_rowspan_th_and_line_breaks() -> None:
    doc = read(HEADINGS + "<table><caption>GRI 2: General Disclosures</caption>"
               "<thead><tr><th>Standard</th><th colspan='2'>Disclosure</th><th>Location</th></tr></thead>"
               "<tbody><tr><td rowspan='2'>GRI 2</td><td>2-1</td><td>Organizational details</td>"
               "<td>About Us<br>Our People</td></tr>"
               "<tr><td>2-2</td><td>Entities</td><td><p>About Us</p><p>p. 4</p></td></tr>"
               "<tr><td>GRI 3</td><td>3-1</td><td colspan='2'>Process to determine material topics</td></tr>"
               "</tbody></table>")
    assert kinds(doc)[3] == ("paragraph", "GRI 2: General Disclosures")
    assert rows(doc) == [
        ("Standard", "Disclosure", "", "Location"),
        ("GRI 2", "2-1", "Organizational details", "About Us\nOur People"),
        ("GRI 2", "2-2", "Entities", "About Us\np. 4"),  # rowspan: the covered row has the spanning cell too
        ("GRI 3", "3-1", "Process to determine material topics", ""),
    ]


def test_rows_without_tbody_and_hostile_spans() -> None:
    doc = read("<table><tr><td colspan='100000'>wide</td><td>x</td></tr>"
               "<tr><td rowspan='0'>zero</td><td colspan='abc'>y</td></tr></table>")
    wide, second = rows(doc)
    assert wide[0] == "wide" and len(wide) == 101 and wide[-1] == "x"  # colspan is capped
    assert second == ("zero", "y")


def test_nested_and_layout_tables() -> None:
    doc = read(HEADINGS + "<table><tr><td><h2>Case study</h2><p>Solar roofs.</p></td><td>Sidebar</td></tr></table>"
               "<table><tr><td>Emissions</td><td>See table<table><tr><td>Scope 1</td><td>120 t</td></tr>"
               "</table></td></tr></table>"
               "<table><tr><td>Single column box.</td></tr><tr><td><b>Second</b> line.</td></tr></table>")
    assert kinds(doc)[3:] == [
        ("heading", "Case study"), ("paragraph", "Solar roofs."), ("paragraph", "Sidebar"),  # layout: holds a heading
        ("table_row", "Emissions | See table"), ("table_row", "Scope 1 | 120 t"),  # nested rows follow their row
        ("paragraph", "Single column box."), ("paragraph", "Second line."),  # one column: a layout box
    ]


def test_inline_wrappers_around_blocks_do_not_merge_them() -> None:
    doc = read("<body><font face='Arial'><p>One.</p><table><tr><td>a</td><td>b</td></tr></table>"
               "tail</font></body>")
    assert kinds(doc) == [("paragraph", "One."), ("table_row", "a | b"), ("paragraph", "tail")]


def test_deep_nesting_is_read_or_refused_cleanly() -> None:
    deep = read("<body>" + "<font>" * 3000 + "Unclosed <b>fonts</b>.<p>Then a paragraph.</p></body>")
    assert kinds(deep) == [("paragraph", "Unclosed fonts."), ("paragraph", "Then a paragraph.")]
    with pytest.raises(InputError, match="nested too deeply") as err:
        read("<body>" + "<table><tr><td>" * 800 + "x</body>")
    assert err.value.exit_code == 3


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ('<meta charset="ISO-8859-1">', "cp1252"),  # browsers read latin-1 labels as cp1252
        ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gb18030"),
        ("<meta charset='big5'>", "big5"),
        ('<meta charset="shift_jis">', "shift_jis"),
    ],
)
def test_declared_charset_is_used(head: str, encoding: str) -> None:
    text = {"cp1252": "Caf\u00e9 \u201cnaïve\u201d \u2013 \u20ac5", "gb18030": "关于我们：员工人数",
            "big5": "關於我們：員工人數", "shift_jis": "当社について：従業員数"}[encoding]
    doc = read(f"<html><head>{head}</head><body><p>{text}</p></body></html>", encoding)
    expected = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
    assert doc.blocks[0].text == expected.replace("：", ":")  # NFKC folds the full-width colon


def test_boms_xml_prolog_and_detection() -> None:
    html = "<!DOCTYPE html><html><body><p>Überblick über die Maßnahmen</p></body></html>"
    assert decode_html(b"\xef\xbb\xbf" + html.encode("utf-8"), "r.html") == html
    assert decode_html(html.encode("utf-16"), "r.html") == html
    xhtml = '<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>M\u00fcller</p></body></html>'
    assert decode_html(xhtml.encode("latin-1"), "r.html") == xhtml
    assert decode_html(html.encode("cp1252"), "r.html") == html  # no declaration: detected
    assert decode_html(b"\xff\xfe\x00\x00" + html.encode("utf-32-le"), "r.html") == html
    mislabelled = html.replace("<html>", '<html><head><meta charset="utf-8"></head>')
    assert decode_html(mislabelled.encode("cp1252"), "r.html") == mislabelled  # says UTF-8, is cp1252


def test_declared_codec_edge_cases() -> None:
    assert declared_codec(b'<meta charset="utf-8">') == "utf-8"
    assert declared_codec(b'<meta charset="utf-16">') == "utf-8"  # impossible on ASCII-readable bytes
    assert declared_codec(b'<meta charset="no-such-thing">') is None
    assert declared_codec(b"<p>none</p>") is None


# --- end to end through the CLI ---------------------------------------------------------------

REPORT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Acme 2024</title>
<script>window.analytics = {};</script></head>
<body>
<nav><ul><li><a href="#about">About Us</a></li><li><a href="#people">Our People</a></li></ul></nav>
<h1>Acme Sustainability Report 2024</h1>
<h2 id="about">About Us</h2>
<p>Acme Ltd has reported the information cited in this GRI content index for the period 1 January 2024
to 31 December 2024 with reference to the GRI Standards.</p>
<p>Acme Ltd is a listed public company headquartered in Oslo, with subsidiaries in Norway and Sweden.</p>
<h2 id="people">Our People</h2>
<div>At year end we had 500 employees: 220 women and 280 men, 460 permanent and 40 temporary.</div>
<h2>GRI content index</h2>
<table>
  <thead><tr><th>Disclosure</th><th>Title</th><th>Location</th></tr></thead>
  <tbody>
    <tr><td>2-1</td><td>Organizational details</td><td><a href="#about">About Us</a></td></tr>
    <tr><td>2-7</td><td>Employees</td><td>Our People</td></tr>
    <tr><td>2-3</td><td>Reporting period, frequency and contact point</td><td>Missing Section</td></tr>
  </tbody>
</table>
</body></html>
"""


@pytest.mark.parametrize("name", ["acme.html", "acme.txt"])  # a .txt holding HTML is read as HTML
def test_cli_reads_an_html_content_index(run_cli, tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_text(REPORT, encoding="utf-8")
    r = run_cli("check", p, "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["report"]["format"] == "html"
    assert data["content_index"]["found"] and data["content_index"]["rows"] == 3
    assert data["mode"]["source"] == "statement_of_use"
    found = {d["code"]: d for d in data["disclosures"] if d["indexed"]}
    assert found["2-1"]["index_row"]["raw_title"] == "Organizational details"
    assert found["2-1"]["locations"][0]["resolved"] == ["About Us"]
    assert found["2-7"]["locations"][0]["resolved"] == ["Our People"]
    assert found["2-3"]["locations"][0]["resolved"] == []
