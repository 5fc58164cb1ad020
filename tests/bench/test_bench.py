"""Benchmarks (make bench). Speed is measured here, never asserted in tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gri_check import report
from gri_check.ingest import read
from gri_check.paths import DEFAULT_CATALOGUES
from gri_check.pipeline import Options, Standards, check_document
from gri_check.standards import cache
from gri_check.standards.load import load_catalogue
from tests.conftest import ROOT, SAMPLE

GRI_CHECK = Path(sys.executable).with_name("gri-check")
BUNDLED = 1136  # disclosures in the bundled catalogues (GRI 190 + 15 of 2025 + 95 sector topics, SASB 609, HKEX 65,
# ESRS 86, IFRS 28, CN 21, CASS 27)


@pytest.fixture(scope="module")
def standards(catalogue) -> Standards:
    return Standards.of(catalogue)


def test_check_seed_after_loading(benchmark, seed_path: Path, standards: Standards) -> None:
    doc = read(seed_path)
    result = benchmark(check_document, doc, standards, Options(), report_path=str(seed_path))
    assert len(result.assessments) == 72


def test_check_sample_after_loading(benchmark, standards: Standards) -> None:
    doc = read(SAMPLE)
    result = benchmark(check_document, doc, standards, Options(), report_path=str(SAMPLE))
    assert result.index.found


def test_check_multi_framework_sample(benchmark, standards: Standards) -> None:
    """GRI, SASB and HKEX indexes in one report (reports/harbourline_2024.md)."""
    path = ROOT / "reports" / "harbourline_2024.md"
    doc = read(path)
    result = benchmark(check_document, doc, standards, Options(), report_path=str(path))
    assert {t.framework for t in result.index.tables} == {"GRI", "SASB", "HKEX"}


def test_scan_seed_for_sasb_and_cn_guidelines(benchmark, seed_path: Path, standards: Standards) -> None:
    """The evidence scan where the report prints no index: SASB RT-IG and the Chinese exchanges' 21 topics."""
    doc = read(seed_path)
    options = Options(scan=("SASB", "CN-EXCH"), industry="RT-IG")
    result = benchmark(check_document, doc, standards, options, report_path=str(seed_path))
    assert {a.basis for a in result.assessments} == {"index", "scan"}


def test_build_standards(benchmark, catalogue) -> None:
    """The code reader and crosswalk built from the loaded catalogues (once per run)."""
    built = benchmark(Standards.of, catalogue)
    assert built.crosswalk.links


def test_read_seed(benchmark, seed_path: Path) -> None:
    doc = benchmark(read, seed_path)
    assert doc.sections


def test_render_terminal_seed(benchmark, seed_path: Path, standards: Standards) -> None:
    result = check_document(read(seed_path), standards, Options(), report_path=str(seed_path))
    text = benchmark(report.render, "terminal", result)
    assert "Coverage:" in text


def test_load_catalogue_cold(benchmark, monkeypatch) -> None:
    monkeypatch.setenv("GRI_CHECK_NO_CACHE", "1")
    cat = benchmark.pedantic(load_catalogue, rounds=3, iterations=1)
    assert len(cat.disclosures) == BUNDLED and len(cat.sources) == len(DEFAULT_CATALOGUES)


def test_load_catalogue_cached(benchmark) -> None:
    assert cache.cache_dir() is not None
    load_catalogue()
    cat = benchmark(load_catalogue)
    assert len(cat.disclosures) == BUNDLED


@pytest.mark.parametrize("fmt", ["terminal", "json"])
def test_whole_process_on_seed(benchmark, seed_path: Path, fmt: str) -> None:
    """`gri-check check SEED` as a user runs it: interpreter start, imports, load, check, render."""
    env = dict(os.environ)
    subprocess.run([GRI_CHECK, "check", seed_path, "--format", fmt], check=True, capture_output=True, env=env)
    proc = benchmark.pedantic(subprocess.run, args=([GRI_CHECK, "check", seed_path, "--format", fmt],),
                              kwargs={"check": True, "capture_output": True, "env": env}, rounds=7, iterations=1)
    assert proc.returncode == 0
