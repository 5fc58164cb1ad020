"""The terminal for auditors, end to end: printed pages, --summary, filters that touch nothing but the
terminal, NO_COLOR / TERM=dumb / FORCE_COLOR."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from fpdf import FPDF

from tests.conftest import SAMPLE

PAGES = (
    ("Acme Sustainability Report 2024", "A report on our year."),
    ("About Acme", "Acme Ltd is a listed company headquartered in Oslo, with subsidiaries in Norway and Sweden. "
                   "The report covers Acme Ltd and all its subsidiaries for the period 1 January 2024 to "
                   "31 December 2024."),
    ("Our people", "We employ 1,240 employees, of whom 48% are women; 1,100 have permanent contracts and 140 "
                   "temporary contracts. Headcount by region: Europe 800 employees, Asia 440 employees."),
    ("GRI content index", "Acme Ltd has reported the information cited in this GRI content index for the period "
                          "1 January 2024 to 31 December 2024 with reference to the GRI Standards."),
)
ROWS = (("Disclosure", "Title", "Location"), ("2-1", "Organizational details", "p. 12"), ("2-7", "Employees", "p. 13"),
        ("2-8", "Workers who are not employees", "p. 12"))


def paged_pdf() -> bytes:
    """A cover, then pages whose footers print physical page + 10 (12, 13, 14); the index is on page 14."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(50, 50, 50)
    for n, (title, body) in enumerate(PAGES, start=1):
        pdf.add_page()
        pdf.set_y(80)
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 24, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 13, body, new_x="LMARGIN", new_y="NEXT")
        if n == len(PAGES):
            pdf.ln(8)
            with pdf.table(col_widths=(70, 250, 120), text_align="LEFT", line_height=13,
                           first_row_as_headings=True) as table:
                for row in ROWS:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
        if n > 1:
            pdf.set_font("Helvetica", "", 8)
            pdf.set_xy(50, 800)
            pdf.cell(200, 10, "Acme Sustainability Report 2024")
            pdf.set_xy(500, 800)
            pdf.cell(45, 10, str(n + 10), align="R")
    return bytes(pdf.output())


@pytest.fixture()
def pdf(tmp_path: Path) -> Path:
    p = tmp_path / "acme.pdf"
    p.write_bytes(paged_pdf())
    return p


def test_pdf_places_are_printed_pages(run_cli, pdf: Path) -> None:
    out = run_cli("check", pdf).output
    assert "Content index: 3 rows from p. 14 (GRI content index)" in out
    gaps = out.split("Gaps (3)\n")[1].split("\n\n")[0]
    assert "unsupported 2-8 Workers who are not employees  (index p. 14)" in gaps
    assert 'e.g. p. 12: "Acme Ltd is a listed company' in gaps and "e.g. p. 13:" in gaps
    assert "line " not in gaps  # no extracted-text line numbers where the report has printed pages
    table = out.split("GRI 2: General Disclosures 2021\n")[1]
    assert "p. 12 (About Acme)" in table and "p. 13 (Our people)" in table


def test_corpus_pdf_summary_is_short_and_in_pages(run_cli, shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "moncler_2023_en.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    full = run_cli("check", path, "-q").output
    short = run_cli("check", path, "-q", "--summary").output
    assert len(short.splitlines()) <= 30 < 500 < len(full.splitlines())
    assert "Content index: 123 rows from p. 197" in short
    assert "unsupported 2-25 Processes to remediate negative impacts (index p. 199)" in short
    assert " (quoted for 6 rows: 3-3 ×6)" in " ".join(full.split())  # the 3-3 rows' shared passage, once


def test_filters_change_the_terminal_only(run_cli, tmp_path: Path) -> None:
    plain = run_cli("check", SAMPLE, "--format", "json").output
    filtered = run_cli("check", SAMPLE, "--format", "json", "--status", "partial", "--severity", "error",
                       "--only-framework", "GRI", "--summary").output
    assert filtered == plain
    out = tmp_path / "r.json"
    r = run_cli("check", SAMPLE, "--summary", "--status", "not-indexed", "--json", out)
    assert r.exit_code == 0 and len(json.loads(out.read_text(encoding="utf-8"))["disclosures"]) == 55
    assert "Gaps (8)" in r.output and "Shown: rows not indexed" in r.output
    # the gate still sees every finding
    assert run_cli("check", SAMPLE, "--fail-on", "warning", "--severity", "error").exit_code == 1


def test_bad_filters_are_usage_errors(run_cli) -> None:
    assert run_cli("check", SAMPLE, "--status", "great").exit_code == 2
    r = run_cli("check", SAMPLE, "--only-framework", "SASBB")
    assert r.exit_code == 2 and "--only-framework SASBB: this run has no such framework" in r.output


@pytest.fixture()
def tty(monkeypatch):
    import gri_check.cli

    monkeypatch.setattr(gri_check.cli, "_stdout_is_tty", lambda: True)
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize(("on_tty", "env", "args", "coloured"), [
    (True, {}, (), True),
    (True, {"NO_COLOR": "1"}, (), False),
    (True, {"NO_COLOR": "1"}, ("--color",), True),
    (True, {"TERM": "dumb"}, (), False),
    (False, {}, (), False),
    (False, {"FORCE_COLOR": "1"}, (), True),
    (False, {"FORCE_COLOR": "1"}, ("--no-color",), False),
])
def test_colour_follows_the_environment(run_cli, tty, on_tty: bool, env: dict, args: tuple, coloured: bool) -> None:
    import gri_check.cli

    tty.setattr(gri_check.cli, "_stdout_is_tty", lambda: on_tty)
    for name, value in env.items():
        tty.setenv(name, value)
    out = run_cli("check", SAMPLE, "--width", "100", *args).output
    assert ("\x1b[" in out) is coloured


def test_forced_colour_does_not_reach_files(run_cli, tty, tmp_path: Path) -> None:
    tty.setenv("FORCE_COLOR", "1")
    out = tmp_path / "r.txt"
    assert run_cli("check", SAMPLE, "-o", out).exit_code == 0
    assert "\x1b[" not in out.read_text(encoding="utf-8")
