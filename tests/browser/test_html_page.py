"""The HTML gap report in a real browser (headless Chromium): it loads clean and offline, filters, sorts (also by
keyboard), works without JavaScript, and shows hostile report text as text.

Northwind counts are hand-checked against its content index (reports/northwind_2024.md): 55 rows (47 of its
48 index rows, all but the unknown code 2-31, and 8 required disclosures missing from it); omitted 2-4 ("Not
applicable"), 308-2 ("Information unavailable") and 403-10 ("Not material"); only 2-18 and 201-1 cite "Annual
Report 2024".
"""
from __future__ import annotations

import json
import re
import shutil
import struct
from pathlib import Path
from typing import Any

import pytest

from gri_check import pipeline
from gri_check.model import code_sort_key
from gri_check.report import html, json_
from tests.conftest import SAMPLE
from tests.html_samples import IMG, JS_LINK, SCRIPT, write_evil

pytestmark = pytest.mark.browser
SEED_SHOT = Path("/tmp/gri_html_seed.png")  # the lead's closing note shows it; written when /tmp is writable


@pytest.fixture(scope="module")
def pages() -> dict[str, tuple[Path, dict[str, Any]]]:
    """Rendered pages by name, made on first use: (file, the run's JSON)."""
    return {}


def _page(pages: dict, name: str, report: Path, catalogue, folder: Path) -> tuple[Path, dict[str, Any]]:
    if name not in pages:
        result = pipeline.run(report, pipeline.Options(), catalogue)
        path = folder / f"{name}.html"
        path.write_text(html.render(result), encoding="utf-8")
        pages[name] = (path, json_.to_dict(result))
    return pages[name]


@pytest.fixture(params=["northwind", "seed"])
def page(request, pages, catalogue, tmp_path_factory) -> tuple[str, Path, dict[str, Any]]:
    report = SAMPLE if request.param == "northwind" else request.getfixturevalue("seed_path")
    path, data = _page(pages, request.param, report, catalogue, tmp_path_factory.mktemp(request.param))
    return request.param, path, data


@pytest.fixture()
def northwind(pages, catalogue, tmp_path_factory) -> tuple[Path, dict[str, Any]]:
    return _page(pages, "northwind", SAMPLE, catalogue, tmp_path_factory.mktemp("northwind"))


def _load(driver, path: Path) -> None:
    driver.get_log("browser")
    driver.get_log("performance")  # drain what earlier pages left
    driver.get(path.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"


def _requests(driver) -> list[str]:
    out = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            out.append(msg["params"]["request"]["url"])
    return out


def _codes(driver) -> list[str]:
    """Codes of the rows a reader sees, top to bottom."""
    return driver.execute_script("""return Array.prototype.slice.call(
        document.querySelectorAll('#disclosures tbody tr'))
        .filter(function (r) { return r.getClientRects().length > 0; })
        .map(function (r) { return r.cells[2].textContent.trim(); });""")


def _sort_button(driver, column: str):
    from selenium.webdriver.common.by import By

    for th in driver.find_elements(By.CSS_SELECTOR, "#disclosures thead th"):
        if th.text.strip().startswith(column):
            return th, th.find_element(By.CSS_SELECTOR, "button.sort")
    raise AssertionError(f"no sortable {column} column")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_page_loads_clean_and_offline(browser, page, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    name, path, data = page
    _load(browser, path)
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    assert browser.execute_script("return window.__violations") == []
    urls = _requests(browser)
    assert set(urls) <= {path.as_uri()}, urls  # the page itself, nothing else
    for sel in ("#gauge", "#chart", "#counts", "#disclosures", "#findings", "#filters"):
        el = browser.find_element(By.CSS_SELECTOR, sel)
        assert el.is_displayed() and el.size["width"] > 0 and el.size["height"] > 0, sel
    assert len(_codes(browser)) == len(data["disclosures"])
    total = len(data["disclosures"])
    assert browser.find_element(By.ID, "f-count").text == f"{total} of {total} disclosures shown"
    browser.set_window_size(1400, 1600)
    shot = tmp_path / f"{name}.png"
    assert browser.save_screenshot(str(shot))
    width, height = _png_size(shot)
    assert (width, height) == tuple(browser.execute_script("return [window.innerWidth, window.innerHeight]"))
    assert width >= 1000 and height >= 1000 and 20_000 < shot.stat().st_size < 20_000_000
    if name == "seed" and SEED_SHOT.parent.is_dir():
        shutil.copyfile(shot, SEED_SHOT)
    browser.set_window_size(1400, 1000)


def test_status_and_text_filters(browser, northwind) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    path, _ = northwind
    _load(browser, path)
    status, text = Select(browser.find_element(By.ID, "f-status")), browser.find_element(By.ID, "f-text")
    status.select_by_value("omitted")
    assert _codes(browser) == ["2-4", "308-2", "403-10"]
    assert browser.find_element(By.ID, "f-count").text == "3 of 55 disclosures shown"
    status.select_by_value("external")
    assert _codes(browser) == ["2-18", "201-1"]
    status.select_by_value("")
    text.send_keys("Annual Report 2024")
    assert _codes(browser) == ["2-18", "201-1"]
    status.select_by_value("omitted")
    assert _codes(browser) == []  # both filters apply
    Select(browser.find_element(By.ID, "f-framework")).select_by_value("GRI")
    status.select_by_value("")
    text.clear()
    text.send_keys(" ")  # clear() fires no input event: typing does
    assert len(_codes(browser)) == 55


def test_sorting_by_code(browser, northwind) -> None:
    path, data = northwind
    _load(browser, path)
    codes = [x["code"] for x in data["disclosures"]]
    expected = sorted(codes, key=code_sort_key)
    assert _codes(browser) == codes  # index order until a column is sorted
    th, button = _sort_button(browser, "Code")
    assert th.get_attribute("aria-sort") is None
    button.click()
    assert th.get_attribute("aria-sort") == "ascending"
    assert _codes(browser) == expected
    assert _codes(browser)[9:12] == ["2-9", "2-10", "2-11"]  # numeric, not text, order (2-6 is listed twice)
    button.click()
    assert th.get_attribute("aria-sort") == "descending"
    assert _codes(browser) == expected[::-1]


def test_keyboard_sort_and_skip_link(browser, northwind) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    path, _ = northwind
    _load(browser, path)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.get_attribute("class") == "skip" and skip.get_attribute("href").endswith("#disclosures-h")
    th, button = _sort_button(browser, "Status")
    button.send_keys(Keys.ENTER)
    assert th.get_attribute("aria-sort") == "ascending"
    statuses = browser.execute_script("""return Array.prototype.map.call(
        document.querySelectorAll('#disclosures tbody tr'), function (r) { return r.getAttribute('data-status'); });""")
    ranks = [[s.value for s in html.STATUS_ORDER].index(s) for s in statuses]
    assert ranks == sorted(ranks) and statuses[:5] == ["unsupported"] * 5
    button.send_keys(Keys.ENTER)
    assert th.get_attribute("aria-sort") == "descending"


def test_page_works_without_javascript(browser_nojs, northwind) -> None:
    from selenium.webdriver.common.by import By

    path, _ = northwind
    browser_nojs.get(path.as_uri())
    rows = browser_nojs.find_elements(By.CSS_SELECTOR, "#disclosures tbody tr")
    assert len(rows) == 55 and all(r.is_displayed() for r in rows[:5] + rows[-5:])
    assert not browser_nojs.find_element(By.ID, "filters").is_displayed()  # controls that cannot work are hidden
    assert browser_nojs.find_elements(By.CSS_SELECTOR, "thead button") == []
    assert browser_nojs.find_element(By.ID, "gauge").is_displayed()


@pytest.mark.parametrize("kind", ["md", "txt"])
def test_hostile_report_text_stays_text(browser, catalogue, tmp_path: Path, kind: str) -> None:
    from selenium.webdriver.common.by import By

    report = write_evil(tmp_path, kind)
    page = tmp_path / "evil.html"
    page.write_text(html.render(pipeline.run(report, pipeline.Options(), catalogue)), encoding="utf-8")
    _load(browser, page)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.execute_script("return window.__violations") == []  # nothing even tried to run or load
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert browser.execute_script("return document.scripts.length") == 1  # the page's own
    assert browser.find_elements(By.CSS_SELECTOR, "img, iframe, object, embed, [onerror], [src]") == []
    hrefs = browser.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('[href]'),"
        " function (a) { return a.getAttribute('href'); });")
    assert hrefs and all(h.startswith("#") for h in hrefs), hrefs
    shown = browser.find_element(By.TAG_NAME, "body").text
    assert not re.search("[\u200b-\u200f\u202a-\u202e\u2066-\u2069]", shown)  # no raw bidi or zero-width
    assert "Entities included in the organization's reporting" in shown  # the index cell, its controls dropped
    if kind == "txt":  # the plain-text reader keeps the payloads: each must be on screen as typed
        for payload in (SCRIPT, IMG, JS_LINK):
            assert payload in shown, payload
        assert f"About {SCRIPT} This Report" in browser.find_element(By.ID, "d-1").text
