"""Progress reporting while reading, and indexes written to the withdrawn 2016 universal standards."""
from __future__ import annotations

import json
from pathlib import Path

from gri_check import pipeline
from tests import pdf_samples


def test_pipeline_reports_progress_per_page(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_samples.numbered_pages(pages=6))
    calls: list[tuple[int, int]] = []
    pipeline.run(path, pipeline.Options(), catalogue, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (6, 6) and [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_quiet_and_non_tty_runs_print_no_progress(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_samples.numbered_pages(pages=3))
    r = run_cli("check", path, "--format", "json", "--quiet")
    assert r.stderr == "" and json.loads(r.output)["report"]["format"] == "pdf"


INDEX_2016 = """Acme Ltd

This report has been prepared in accordance with the GRI Standards: Core option.

About Acme

Acme Ltd is a limited company headquartered in Oslo.

GRI content index

102-1\tName of the organization\tAbout Acme
102-3\tLocation of headquarters\tAbout Acme
102-5\tOwnership and legal form\tAbout Acme
"""


def test_2016_index_is_read_against_the_2016_catalogue(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "acme2016.txt"
    path.write_text(INDEX_2016, encoding="utf-8")
    data = json.loads(run_cli("check", path, "--format", "json", "--mode", "in-accordance").output)
    assert [(d["code"], d["standard"]) for d in data["disclosures"]] == [
        ("102-1", "GRI 102: General Disclosures 2016"), ("102-3", "GRI 102: General Disclosures 2016"),
        ("102-5", "GRI 102: General Disclosures 2016")]
    assert data["coverage"]["not_indexed"] == 0  # not held to the 2021 required list
    rules = {f["rule"] for f in data["findings"]}
    assert "GRI-REQ-006" in rules and "GRI-COD-001" not in rules
