"""A missing Chromium skips the browser tests, except under GRI_CHECK_REQUIRE_BROWSER=1 (.ci/run), where it fails."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import conftest as browser


def test_missing_browser_skips_locally(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("GRI_CHECK_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-chromium not installed"):
        browser._start(tmp_path)


def test_missing_browser_fails_where_required(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("GRI_CHECK_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="GRI_CHECK_REQUIRE_BROWSER=1 but"):
        browser._start(tmp_path)


def test_ci_requires_the_browser() -> None:
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
    assert "export GRI_CHECK_REQUIRE_BROWSER=1" in ci and "chromium-driver" in ci
    assert ci.index("GRI_CHECK_REQUIRE_BROWSER=1") < ci.index("make test")
