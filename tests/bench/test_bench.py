"""Benchmarks (make bench). Speed is measured here, never asserted in tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gri_check import report
from gri_check.ingest import read
from gri_check.pipeline import Options, check_document
from gri_check.standards import cache
from gri_check.standards.load import load_catalogue
from tests.conftest import SAMPLE

GRI_CHECK = Path(sys.executable).with_name("gri-check")


def test_check_seed_after_loading(benchmark, seed_path: Path, catalogue) -> None:
    doc = read(seed_path)
    result = benchmark(check_document, doc, catalogue, Options(), report_path=str(seed_path))
    assert len(result.assessments) == 72


def test_check_sample_after_loading(benchmark, catalogue) -> None:
    doc = read(SAMPLE)
    result = benchmark(check_document, doc, catalogue, Options(), report_path=str(SAMPLE))
    assert result.index.found


def test_read_seed(benchmark, seed_path: Path) -> None:
    doc = benchmark(read, seed_path)
    assert doc.sections


def test_render_terminal_seed(benchmark, seed_path: Path, catalogue) -> None:
    result = check_document(read(seed_path), catalogue, Options(), report_path=str(seed_path))
    text = benchmark(report.render, "terminal", result)
    assert "Coverage:" in text


def test_load_catalogue_cold(benchmark, monkeypatch) -> None:
    monkeypatch.setenv("GRI_CHECK_NO_CACHE", "1")
    cat = benchmark(load_catalogue)
    assert len(cat.disclosures) == 190  # 129 (2021 catalogue) + 61 (2016 catalogue)


def test_load_catalogue_cached(benchmark) -> None:
    assert cache.cache_dir() is not None
    load_catalogue()
    cat = benchmark(load_catalogue)
    assert len(cat.disclosures) == 190  # 129 (2021 catalogue) + 61 (2016 catalogue)


@pytest.mark.parametrize("fmt", ["terminal", "json"])
def test_whole_process_on_seed(benchmark, seed_path: Path, fmt: str) -> None:
    """`gri-check check SEED` as a user runs it: interpreter start, imports, load, check, render."""
    env = dict(os.environ)
    subprocess.run([GRI_CHECK, "check", seed_path, "--format", fmt], check=True, capture_output=True, env=env)
    proc = benchmark.pedantic(subprocess.run, args=([GRI_CHECK, "check", seed_path, "--format", fmt],),
                              kwargs={"check": True, "capture_output": True, "env": env}, rounds=7, iterations=1)
    assert proc.returncode == 0
