"""The .docx reader: reading order, headings by style and outline level, tables, pages, archive defences.

Every input is generated here with python-docx (plus a little raw WordprocessingML where python-docx
has no API), so the tests need no fixture files.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from gri_check.errors import InputError
from gri_check.ingest.archive import ZipLimits, check_word_archive
from gri_check.ingest.document import BlockKind, Document
from gri_check.ingest.docx import parse_docx

Build = Callable[[docx.document.Document], None]


def make_docx(build: Build) -> bytes:
    word = docx.Document()
    build(word)
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue()


def read(build: Build) -> Document:
    return parse_docx(make_docx(build), "r.docx")


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks]


def _set_outline(element, level: int) -> None:
    """Give a paragraph or style element <w:outlineLvl w:val=level/> in its pPr."""
    element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


def test_body_in_document_order_with_headings_paragraphs_lists_and_tables() -> None:
    def build(w):
        w.add_paragraph("Acme Report 2024", style="Title")
        w.add_heading("About Us", level=1)
        w.add_paragraph("Acme makes widgets.")
        w.add_paragraph("Oslo office", style="List Bullet")
        t = w.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Employees", "500"
        w.add_heading("Our People", level=2)
        w.add_paragraph("We train everyone.")

    doc = read(build)
    assert kinds(doc) == [("heading", "Acme Report 2024"), ("heading", "About Us"),
                          ("paragraph", "Acme makes widgets."), ("paragraph", "Oslo office"),
                          ("table_row", "Employees | 500"), ("heading", "Our People"),
                          ("paragraph", "We train everyone.")]
    assert [b.line for b in doc.blocks] == [1, 2, 3, 4, 5, 6, 7]  # running number of emitted lines
    assert [(s.title, s.level) for s in doc.sections] == [("Acme Report 2024", 1), ("About Us", 1), ("Our People", 2)]
    people = doc.sections[2]
    assert [b.text for b in doc.section_blocks(people)] == ["Our People", "We train everyone."]
    assert doc.format == "docx" and doc.pages == ()


def test_localized_heading_styles_count_by_outline_level_and_inherit_it() -> None:
    def build(w):
        h1 = w.styles.add_style("Überschrift 1", WD_STYLE_TYPE.PARAGRAPH)
        _set_outline(h1.element, 0)
        own = w.styles.add_style("Kapitel", WD_STYLE_TYPE.PARAGRAPH)
        own.base_style = h1  # no outline level of its own: inherited through basedOn
        body = w.styles.add_style("Inhaltsverzeichnis-Überschrift", WD_STYLE_TYPE.PARAGRAPH)
        body.base_style = h1
        _set_outline(body.element, 9)  # 9 = body text: stops inheritance, as Word's "TOC Heading" does
        w.add_paragraph("Über uns", style="Überschrift 1")
        w.add_paragraph("Wir stellen Teile her.")
        w.add_paragraph("Umwelt", style="Kapitel")
        w.add_paragraph("Inhalt", style="Inhaltsverzeichnis-Überschrift")
        _set_outline(w.add_paragraph("Direkt gesetzt")._p, 2)
        _set_outline(w.add_paragraph("Kein Titel", style="Heading 1")._p, 9)

    doc = read(build)
    assert [(s.title, s.level) for s in doc.sections] == [("Über uns", 1), ("Umwelt", 1), ("Direkt gesetzt", 3)]
    assert ("paragraph", "Inhalt") in kinds(doc) and ("paragraph", "Kein Titel") in kinds(doc)


def test_merged_cells_keep_the_grid_and_a_vertical_merge_is_each_rows_cell() -> None:
    def build(w):
        t = w.add_table(rows=4, cols=3)
        head = t.rows[0].cells
        head[0].merge(head[1]).text = "GRI Standard"
        head[2].text = "Location"
        rows = (("2-1", "Organizational details", "About Us"), ("2-7", "Employees", "Our People"),
                ("2-8", "Workers who are not employees", ""))
        for r, values in zip(t.rows[1:], rows):
            for c, v in zip(r.cells, values):
                c.text = v
        t.cell(2, 2).merge(t.cell(3, 2))  # one location cell for two rows

    rows = [b.cells for b in read(build).blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[0] == ("GRI Standard", "", "Location")  # python-docx would give the merged cell twice
    assert rows[1] == ("2-1", "Organizational details", "About Us")
    assert rows[2][:2] == ("2-7", "Employees") and rows[2][2].startswith("Our People")
    # A vertical merge is each covered row's cell, as a reader reads one location printed across two rows.
    assert rows[3] == ("2-8", "Workers who are not employees", rows[2][2])


def test_a_header_row_in_a_heading_style_keeps_the_table_a_table() -> None:
    def build(w):
        t = w.add_table(rows=2, cols=2)
        for cell, text in zip(t.rows[0].cells, ("Disclosure", "Location")):
            cell.paragraphs[0].text = text
            cell.paragraphs[0].style = w.styles["Heading 3"]
        t.cell(1, 0).text, t.cell(1, 1).text = "2-1", "About Us"

    assert kinds(read(build)) == [("table_row", "Disclosure | Location"), ("table_row", "2-1 | About Us")]


def test_a_contents_list_with_tab_leaders_is_navigation() -> None:
    def build(w):
        for title, page in (("About Us", 3), ("Governance", 7), ("Our People", 12), ("Environment", 18),
                            ("GRI content index", 30)):
            w.add_paragraph(f"{title}\t{page}")
        for title in ("About Us", "Governance", "Our People", "Environment"):
            w.add_heading(title, level=1)
            w.add_paragraph("Acme makes widgets.")

    doc = read(build)
    assert [(e.title, e.page_label) for e in doc.contents][:2] == [("About Us", "3"), ("Governance", "7")]
    assert [b.kind for b in doc.blocks[:5]] == [BlockKind.TOC] * 5


def test_cell_paragraphs_and_line_breaks_stay_separate_lines() -> None:
    def build(w):
        t = w.add_table(rows=1, cols=3)
        a, b, c = t.rows[0].cells
        a.text, b.text = "2-7", "Employees"
        c.text = "Our People"
        c.add_paragraph("Diversity")
        c.paragraphs[0].runs[0].add_break()
        c.paragraphs[0].add_run("p. 12")

    (row,) = [b for b in read(build).blocks if b.kind is BlockKind.TABLE_ROW]
    assert row.cells == ("2-7", "Employees", "Our People\np. 12\nDiversity")


def test_nested_tables_follow_their_row_and_one_column_boxes_read_as_body() -> None:
    def build(w):
        outer = w.add_table(rows=1, cols=2)
        left, right = outer.rows[0].cells
        left.text = "Emissions"
        right.text = "See breakdown"
        inner = right.add_table(rows=2, cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = "Scope 1", "120 t"
        inner.cell(1, 0).text, inner.cell(1, 1).text = "Scope 2", "80 t"
        box = w.add_table(rows=1, cols=1)
        cell = box.cell(0, 0)
        cell.paragraphs[0].text = "Case study"
        cell.paragraphs[0].style = w.styles["Heading 2"]
        cell.add_paragraph("Solar roofs cut our energy use.")

    doc = read(build)
    assert kinds(doc) == [("table_row", "Emissions | See breakdown"), ("table_row", "Scope 1 | 120 t"),
                          ("table_row", "Scope 2 | 80 t"), ("heading", "Case study"),
                          ("paragraph", "Solar roofs cut our energy use.")]


def test_content_controls_revisions_hidden_text_and_text_boxes() -> None:
    w_ns = nsdecls("w", "wp")
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    wps = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'

    def build(w):
        w.add_heading("About Us", level=1)
        body = w.element.body
        sdt = parse_xml(f'<w:sdt {w_ns}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Inside a control.</w:t></w:r>'
                        "</w:p></w:sdtContent></w:sdt>")
        revised = parse_xml(f'<w:p {w_ns}><w:r><w:t xml:space="preserve">We </w:t></w:r><w:del><w:r>'
                            "<w:delText>never </w:delText></w:r></w:del><w:ins><w:r><w:t>always</w:t></w:r></w:ins>"
                            '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> secretly</w:t></w:r>'
                            '<w:r><w:t xml:space="preserve"> report.</w:t></w:r></w:p>')
        boxed = parse_xml(
            f'<w:p {w_ns} {mc} {wps}><w:r><w:t>Host text.</w:t></w:r><w:r><mc:AlternateContent>'
            '<mc:Choice Requires="wps">'
            "<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed fact.</w:t></w:r></w:p></w:txbxContent>"
            "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed fact.</w:t>"
            "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
        sect = body.sectPr
        for el in (sdt, revised, boxed):
            sect.addprevious(el)

    assert kinds(read(build)) == [("heading", "About Us"), ("paragraph", "Inside a control."),
                                  ("paragraph", "We always report."), ("paragraph", "Host text."),
                                  ("paragraph", "Boxed fact.")]


def test_tab_separated_paragraphs_become_rows_but_headings_do_not() -> None:
    def build(w):
        w.add_heading("1\tIntroduction", level=1)
        w.add_paragraph("2-1\tOrganizational details\tAbout Us")
        w.add_paragraph("\tIndented text only")

    doc = read(build)
    assert kinds(doc) == [("heading", "1 Introduction"), ("table_row", "2-1 | Organizational details | About Us"),
                          ("paragraph", "Indented text only")]


def test_page_breaks_give_pages() -> None:
    def build(w):
        w.add_heading("One", level=1)
        w.add_paragraph("First page.")
        w.add_page_break()
        w.add_heading("Two", level=1)
        w.add_paragraph("Second page.")

    doc = read(build)
    assert [(b.text, b.page) for b in doc.blocks] == [("One", 1), ("First page.", 1), ("Two", 2), ("Second page.", 2)]
    assert [p.number for p in doc.pages] == [1, 2]


def test_rendered_page_breaks_win_over_hard_ones() -> None:
    def build(w):
        w.add_paragraph("Cover")
        p = w.add_paragraph()
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:lastRenderedPageBreak/><w:t>Page two</w:t></w:r>'))
        w.add_page_break()  # ignored: Word's last layout already tells where pages broke
        w.add_paragraph("Still page two")

    assert [(b.text, b.page) for b in read(build).blocks] == [("Cover", 1), ("Page two", 2), ("Still page two", 2)]


# --- the archive is checked before python-docx sees it -----------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_bomb_by_ratio_is_refused() -> None:
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (12 * 1024 * 1024)})
    with pytest.raises(InputError, match=r"compression ratio \d+:1") as err:
        parse_docx(bomb, "bomb.docx")
    assert err.value.exit_code == 3 and "\n" not in str(err.value)


def test_archive_above_the_size_limit_is_refused() -> None:
    data = _zip({"word/document.xml": bytes(range(256)) * 8192})  # 2 MiB, barely compressible
    with pytest.raises(InputError, match="expands to 2 MiB, above the 1 MiB limit"):
        check_word_archive(data, "big.docx", ZipLimits(max_total=1024 * 1024))
    with pytest.raises(InputError, match="members"):
        check_word_archive(_zip({f"word/{n}.xml": b"x" for n in range(5)}), "many.docx", ZipLimits(max_members=4))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_zip({"xl/workbook.xml": b"<workbook/>"}), "not a Word document (no word/document.xml)"),
        (b"PK\x03\x04" + b"\x00" * 64, "cannot be opened as a Word document (File is not a zip file)"),
        (_zip({"word/document.xml": b"<w:document/>"}), "cannot be opened as a Word document ("),
    ],
    ids=["no-main-part", "corrupt-zip", "not-an-opc-package"],
)
def test_garbage_archives_are_unreadable(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        parse_docx(data, "bad.docx")
    assert message in str(err.value) and err.value.exit_code == 3 and "\n" not in str(err.value)


def test_main_part_is_found_through_the_package_relationships() -> None:
    rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="word/document2.xml"/></Relationships>')
    assert check_word_archive(_zip({"_rels/.rels": rels, "word/document2.xml": b"<x/>"}), "d.docx") == \
        "word/document2.xml"


# --- end to end through the CLI ---------------------------------------------------------------


def _report(w) -> None:
    w.add_paragraph("Acme Sustainability Report 2024", style="Title")
    w.add_heading("About Us", level=1)
    w.add_paragraph("Acme Ltd has reported the information cited in this GRI content index for the period "
                    "1 January 2024 to 31 December 2024 with reference to the GRI Standards.")
    w.add_paragraph("Acme Ltd is a listed public company headquartered in Oslo, with subsidiaries in Norway "
                    "and Sweden.")
    w.add_heading("Our People", level=1)
    w.add_paragraph("At year end we had 500 employees: 220 women and 280 men, 460 permanent and 40 temporary.")
    w.add_heading("GRI content index", level=1)
    t = w.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Disclosure", "Title", "Location")):
        cell.text = text
    for row in (("2-1", "Organizational details", "About Us"), ("2-7", "Employees", "Our People"),
                ("2-3", "Reporting period, frequency and contact point", "Missing Section")):
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text


def test_cli_reads_a_docx_content_index(run_cli, tmp_path: Path) -> None:
    p = tmp_path / "acme.docx"
    p.write_bytes(make_docx(_report))
    r = run_cli("check", p, "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["report"]["format"] == "docx"
    assert data["content_index"]["found"] and data["content_index"]["rows"] == 3
    assert data["mode"] == {"value": "with_reference", "source": "statement_of_use"}
    rows = {d["code"]: d for d in data["disclosures"] if d["indexed"]}
    assert rows["2-1"]["index_row"]["raw_title"] == "Organizational details"
    assert rows["2-1"]["locations"][0]["resolved"] == ["About Us"]
    assert rows["2-7"]["locations"][0]["resolved"] == ["Our People"]
    assert rows["2-3"]["locations"][0]["resolved"] == []


def test_cli_refuses_a_zip_bomb_with_one_line_exit_3(run_cli, tmp_path: Path) -> None:
    p = tmp_path / "bomb.docx"
    p.write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"A" * (12 * 1024 * 1024)}))
    r = run_cli("check", p)
    assert r.exit_code == 3
    assert r.stderr.count("\n") == 1 and str(p) in r.stderr and "zip bomb" in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_reads_a_text_file_named_docx_as_text(run_cli, tmp_path: Path) -> None:
    p = tmp_path / "mislabelled.docx"
    p.write_text("About Us\n\nAcme Ltd is based in Oslo.\n\nGRI content index\n\n"
                 "2-1\tOrganizational details\tAbout Us\n2-2\tEntities included\tAbout Us\n"
                 "2-7\tEmployees\tAbout Us\n", encoding="utf-8")
    r = run_cli("check", p, "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["report"]["format"] == "text" and data["content_index"]["rows"] == 3
