"""Headless Debian Chromium through chromedriver, for the HTML report's page tests.

Skipped with a reason when /usr/bin/chromium or /usr/bin/chromedriver is missing, except where
GRI_CHECK_REQUIRE_BROWSER=1 (set by .ci/run, which installs them): there a missing browser fails,
so a skip cannot hide a broken page in CI.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Records CSP violations from before the page's first byte; injected over CDP, so the page's CSP does not apply.
_WATCH = ("window.__violations = [];"
          "document.addEventListener('securitypolicyviolation',"
          " function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });")


def _options(profile: Path, *, javascript: bool) -> Any:
    from selenium.webdriver.chrome.options import Options

    opts = Options()
    opts.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1000", f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if not javascript:
        opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return opts


def _start(profile: Path, *, javascript: bool = True) -> Any:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        message = f"{', '.join(missing)} not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("GRI_CHECK_REQUIRE_BROWSER") == "1":
            pytest.fail(f"GRI_CHECK_REQUIRE_BROWSER=1 but {message}")
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                              options=_options(profile, javascript=javascript))
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _WATCH})
    return driver


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = _start(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def browser_nojs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = _start(tmp_path_factory.mktemp("chromium-profile-nojs"), javascript=False)
    yield driver
    driver.quit()
