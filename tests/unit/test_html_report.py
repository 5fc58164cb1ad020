"""The HTML gap report without a browser: escaping, determinism, the CSP's hashes, no network references."""
from __future__ import annotations

import base64
import hashlib
import html as markup
import re
from pathlib import Path

import pytest

from gri_check import pipeline, report
from gri_check.report import html
from tests.conftest import ROOT, SAMPLE
from tests.html_samples import write_evil


@pytest.fixture(scope="module")
def northwind(catalogue) -> str:
    return report.render("html", pipeline.run(SAMPLE, pipeline.Options(), catalogue))


@pytest.fixture(scope="module")
def evil(catalogue, tmp_path_factory) -> str:
    path = write_evil(tmp_path_factory.mktemp("evil"), "txt")
    return html.render(pipeline.run(path, pipeline.Options(), catalogue))


def _inline(page: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", page, flags=re.S)


def test_highlight_escapes_each_piece() -> None:
    got = html.highlight('<b>Company</b> & "companies" <script>', ["company", "script"])
    assert got == ("&lt;b&gt;<mark>Company</mark>&lt;/b&gt; &amp; &#34;<mark>companies</mark>&#34; "
                   "&lt;<mark>script</mark>&gt;")


def test_highlight_stems_acronyms_and_chinese() -> None:
    assert html.highlight("Scope 1 GHG emissions, emitted; ghgs", ["GHG emission"]) == (
        "Scope 1 <mark>GHG</mark> <mark>emissions</mark>, emitted; ghgs")
    assert html.highlight("董事会负责监督", ["董事会"]) == "<mark>董事会</mark>负责监督"
    assert html.highlight("a <number> of", ["<number> of"]) == "a &lt;number&gt; of"  # shapes and short words: none
    assert html.highlight("x < y", []) == "x &lt; y"


def test_invisible_characters_become_visible_marks() -> None:
    got = html.visible({"a": ["x\u202eexe.gnp\u202c", {"b": "zero\u200bwidth\u200d\ufeff"}], "n": 3})
    assert got == {"a": ["x[U+202E]exe.gnp[U+202C]", {"b": "zero[U+200B]width[U+200D][U+FEFF]"}], "n": 3}


def test_report_text_is_escaped_everywhere(evil: str) -> None:
    assert len(re.findall(r"<script\b", evil)) == 1  # ours, at the end of the body
    assert "<img" not in evil and "onerror=\"" not in evil
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in evil
    assert "&#34;&gt;&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in evil
    assert "[x](javascript:window.__pwned=1)" in evil  # as text, never as a link
    # bidi overrides and zero-width characters never reach the page raw: the index reader drops them from cells
    # (so row 2-2 reads as its words), and any left in body text is shown as [U+202E] (visible() above)
    assert "\u202e" not in evil and "\u200b" not in evil
    assert "Entities included in the organization&#39;s reporting" in evil
    hrefs = re.findall(r'href="([^"]*)"', evil)
    assert hrefs and all(re.fullmatch(r"#[a-z]+(-[a-z0-9]+)*", h) for h in hrefs), hrefs
    assert not re.search(r"\bsrc=\"", evil)
    # the payload reached every column that shows report text
    row = re.search(r'<tr id="d-1".*?</tr>', evil, flags=re.S)
    assert row and row.group().count("About &lt;script&gt;window.__pwned=1&lt;/script&gt; This Report") >= 3
    assert "<mark>" in row.group()  # a highlighted snippet holding escaped markup


def test_same_result_same_bytes(catalogue, northwind: str) -> None:
    again = report.render("html", pipeline.run(SAMPLE, pipeline.Options(), catalogue))
    assert again == northwind


def test_csp_pins_the_inline_style_and_script(northwind: str) -> None:
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', northwind)
    assert meta is not None
    content = markup.unescape(meta.group(1))
    policy = dict(part.strip().split(" ", 1) for part in content.split(";"))
    assert policy["default-src"] == "'none'" and policy["img-src"] == "data:"
    (style,), (script,) = _inline(northwind, "style"), _inline(northwind, "script")
    for text, directive in ((style, "style-src"), (script, "script-src")):
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert policy[directive] == f"'sha256-{digest}'"
    assert "unsafe" not in content
    assert ' style="' not in northwind  # a style attribute would be blocked by the hash-only style-src


def test_no_network_references(northwind: str) -> None:
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", northwind, flags=re.I)
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|url\(|@import", northwind)
    for name in ("report.html.j2", "report.css", "report.js"):
        source = (ROOT / "gri_check" / "report" / "templates" / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://|fetch\(|XMLHttpRequest|\.src\b", source), name


def test_page_holds_what_the_json_says(northwind: str) -> None:
    """Northwind (hand-checked in its index): 55 rows, the omitted 2-4, 308-2 and 403-10, the external 2-18
    and 201-1, a 56.0% gauge; no run date, since the result holds none."""
    rows = re.findall(r'<tr id="d-\d+" data-n="\d+" data-status="([a-z_]+)" data-framework="GRI">', northwind)
    assert len(rows) == 55
    assert rows.count("omitted") == 3 and rows.count("external") == 2
    pairs = re.findall(r'data-status="([a-z_]+)" data-framework="GRI">.*?<th scope="row"[^>]*>([^<]+)</th>',
                       northwind, flags=re.S)
    assert len(pairs) == 55
    assert {code for status, code in pairs if status == "omitted"} == {"2-4", "308-2", "403-10"}
    assert {code for status, code in pairs if status == "external"} == {"2-18", "201-1"}
    assert ">56.0%</text>" in northwind
    assert "Run date" not in northwind and "Reporting year</dt><dd>2024<" in northwind
    assert "reports/northwind_2024.md" in northwind and "gri_2021.yaml" in northwind
    for sev in ("error", "warning", "info"):
        assert f'id="sev-{sev}"' in northwind
    assert "location-not-found" in northwind and "About this rule" in northwind


def test_code_sort_keys_follow_code_order(northwind: str) -> None:
    pairs = re.findall(r'<th scope="row" data-key="(\d+)">([^<]+)</th>', northwind)
    ordered = [code for _, code in sorted(pairs, key=lambda p: int(p[0]))]
    assert ordered[:4] == ["2-1", "2-2", "2-3", "2-4"]
    assert ordered.index("2-9") < ordered.index("2-10") < ordered.index("3-1") < ordered.index("201-1")
    assert sorted(int(k) for k, _ in pairs) == list(range(55))


def test_cli_html_file_and_format_agree(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert run_cli("check", "reports/northwind_2024.md", "--html", a).exit_code == 0
    assert run_cli("check", "reports/northwind_2024.md", "--format", "html", "-o", b).exit_code == 0
    assert a.read_bytes() == b.read_bytes() and a.read_bytes().startswith(b"<!DOCTYPE html>")


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_status_badges_have_aaa_contrast() -> None:
    css = (ROOT / "gri_check" / "report" / "templates" / "report.css").read_text(encoding="utf-8")
    badges = re.findall(r"\.s-[a-z_, .-]+\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); \}", css)
    assert len(badges) == 5  # supported, partial, unsupported, not indexed, and the three uncheckable ones
    for bg, fg in badges:
        light, dark = sorted((_luminance(bg), _luminance(fg)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 7, (bg, fg)
