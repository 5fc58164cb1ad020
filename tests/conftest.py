"""Shared fixtures: the CLI runner, the bundled catalogue, ../shared (skipped with a reason if absent)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from gri_check.cli import cli
from gri_check.standards.load import load_catalogue

# Tests never touch the user's cache: each session gets its own catalogue cache folder.
os.environ["GRI_CHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="gri-check-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "jingsheng_esg_2023_en.txt"
SAMPLE = ROOT / "reports" / "northwind_2024.md"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (real reports) is not beside the project; real-report tests need it")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is absent")
    return SEED


@pytest.fixture()
def run_cli():
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture()
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
