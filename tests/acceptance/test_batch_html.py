"""`gri-check batch` writes DIR/summary.html: well-formed, self-contained, one row per report with the values of
summary.json, a relative link to each report's JSON output, every path and error escaped, the same bytes on
every run; the batch's own output folder inside the searched folder is not read as input."""
from __future__ import annotations

import base64
import hashlib
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from selectolax.lexbor import LexborHTMLParser

from gri_check.batch_summary import SEVERITIES, STATUSES, Row
from gri_check.report import batch_html
from tests.conftest import ROOT

SAMPLES = sorted((ROOT / "reports").glob("*.md"))
HOSTILE_DIR = "<script>alert(1)<"  # with the file script>.md below: the path reads <script>alert(1)</script>.md
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source", "area", "base", "embed", "track"}


class Balance(HTMLParser):
    """Every element closed, in order (html.parser alone accepts anything)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()


def well_formed(text: str) -> list[str]:
    parser = Balance()
    parser.feed(text)
    parser.close()
    assert parser.errors == [] and parser.open == [], (parser.errors, parser.open)
    return parser.tags


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    """The two samples, an unreadable report and a copy of a sample whose path contains <script>."""
    folder = tmp_path / "in"
    (folder / HOSTILE_DIR).mkdir(parents=True)
    for s in SAMPLES:
        shutil.copy(s, folder / s.name)
    shutil.copy(ROOT / "reports" / "northwind_2024.md", folder / HOSTILE_DIR / "script>.md")
    (folder / "broken.pdf").write_bytes(b"")
    return folder


def batch(run_cli, inputs: Path, out: Path) -> tuple[str, dict]:
    result = run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q")
    assert result.exit_code == 3, result.output  # the unreadable report is the worst
    return ((out / "summary.html").read_text(encoding="utf-8"),
            json.loads((out / "summary.json").read_text(encoding="utf-8")))


def cells(tr, cls: str) -> list[str]:
    return [td.text(strip=True) for td in tr.css(f"td.{cls}")]


def test_one_row_per_report_with_the_values_of_summary_json(run_cli, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    text, summary = batch(run_cli, inputs, out)
    tags = well_formed(text)
    assert "script" not in tags and "link" not in tags and "img" not in tags  # no script, nothing loaded
    assert "<script" not in text.lower() and "http:" not in text and "https:" not in text and "//" not in text
    page = LexborHTMLParser(text)
    assert page.css_first("title").text() == page.css_first("h1").text() == "gri-check batch summary"
    css = page.css_first("style").text()
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    policy = page.css_first('meta[http-equiv="Content-Security-Policy"]').attrs["content"]
    assert policy.startswith("default-src 'none'; ") and f"style-src 'sha256-{digest}'" in policy  # the style applies
    totals = summary["totals"]
    assert [page.css_first(f"#t-{k}").text() for k in ("reports", "ok", "errors", "gate-failed", "cached", "exit")] \
        == [str(totals[k]) for k in ("reports", "ok", "errors", "gate_failed")] + ["0", "3"]
    rows, trs = summary["reports"], page.css("#reports tbody tr")
    assert len(trs) == len(rows) == 4
    for tr, row in zip(trs, rows):
        assert tr.css_first("td.path code").text() == row["path"]  # same order as summary.json, the path exact
        assert tr.css_first("td.path .hash").text() == row["sha256"]
        assert cells(tr, "status") == [row["status"]]
        assert cells(tr, "exit") == [str(row["exit_code"])]
        gate = {True: "passed", False: "failed", None: "none"}[row["gate_passed"]]
        assert cells(tr, "gate") == [gate] and cells(tr, "cached") == ["no"]
        if row["status"] == "ok":
            assert float(cells(tr, "coverage")[0]) == row["coverage_percent"]
            assert cells(tr, "st") == [str(row["statuses"][s]) for s in STATUSES]
            assert cells(tr, "fi") == [str(row["findings"][s]) for s in SEVERITIES]
            href = tr.css_first("td.output a").attrs["href"]
            assert unquote(href) == row["output"] and "/" not in href and ":" not in href
            assert (out / unquote(href)).is_file()
            assert cells(tr, "error") == []
        else:
            assert tr.css_first("td.output a") is None
            assert cells(tr, "error") == [row["error"]] and cells(tr, "coverage") == []
    by_name = {Path(r["path"]).name: tr for r, tr in zip(rows, trs)}
    assert cells(by_name["northwind_2024.md"], "coverage") == ["56.0"]  # hand-checked in the terminal report
    broken = cells(by_name["broken.pdf"], "error")[0]
    assert "broken.pdf" in broken and "empty" in broken.lower()
    hostile = by_name["script>.md"]
    assert hostile.css_first("td.path code").text().endswith("<script>alert(1)</script>.md")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.md" in text
    assert cells(hostile, "coverage") == ["56.0"]


def test_two_runs_give_the_same_bytes(run_cli, inputs: Path, tmp_path: Path) -> None:
    first, _ = batch(run_cli, inputs, tmp_path / "a")
    second, _ = batch(run_cli, inputs, tmp_path / "b")
    assert first.encode("utf-8") == second.encode("utf-8")
    again, summary = batch(run_cli, inputs, tmp_path / "a")  # into the same folder: from the cache
    assert [r["cached"] for r in summary["reports"]] == [r["status"] == "ok" for r in summary["reports"]]
    assert LexborHTMLParser(again).css_first("#t-cached").text() == "3"


def test_untrusted_text_is_escaped_and_made_visible() -> None:
    row = Row(path="in/<img src=x onerror=alert(1)>\u202e.md", output=None, sha256="", status="error",
              exit_code=3, error='in/x.md: "</td></tr><script>alert(1)</script>" & more', coverage_percent=None,
              statuses={}, findings={}, gate_passed=None, cached=False)
    text = batch_html.render([row])
    well_formed(text)
    assert "<img" not in text and "<script" not in text and "\u202e" not in text
    page = LexborHTMLParser(text)
    tr = page.css_first("#reports tbody tr")
    assert tr.css_first("td.path code").text() == "in/<img src=x onerror=alert(1)>[U+202E].md"
    assert cells(tr, "error") == ['in/x.md: "</td></tr><script>alert(1)</script>" & more']
    assert tr.css_first("td.path .hash").text() == "unreadable" and cells(tr, "output") == ["none"]
    assert batch_html.render([row]) == text


def test_output_folder_inside_the_searched_folder_is_not_input(run_cli, inputs: Path) -> None:
    out = inputs / "results"
    for _ in range(2):  # the second run finds DIR/summary.html (an .html file) in the folder it searches
        result = run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q")
        assert result.exit_code == 3, result.output
        paths = [r["path"] for r in json.loads((out / "summary.json").read_text(encoding="utf-8"))["reports"]]
        assert len(paths) == 4 and not any("results" in p for p in paths)
    assert (out / "summary.html").is_file()
