"""Fingerprints: unique within a run, stable when text moves or rows of other codes change."""
from __future__ import annotations

from pathlib import Path

from gri_check import pipeline
from gri_check.fingerprint import of_run
from tests.conftest import SAMPLE


def run_text(tmp_path: Path, text: str, catalogue, name: str = "r.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return pipeline.run(p, pipeline.Options(), catalogue)


def test_unique_within_a_run_on_the_samples_and_the_seed(catalogue, seed_path: Path) -> None:
    for path in (SAMPLE, SAMPLE.with_name("harbourline_2024.md"), seed_path):
        r = pipeline.run(path, pipeline.Options(), catalogue)
        prints = of_run(r)
        assert len(set(prints)) == len(prints) == len(r.findings), path


def test_stable_when_lines_move_and_the_report_is_repaginated(tmp_path: Path, catalogue) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    old = run_text(tmp_path, text, catalogue)
    moved = run_text(tmp_path, "Preface added in draft 2.\n\n" * 7 + text, catalogue, "moved.md")
    lines = [(a.line, b.line) for a, b in zip(old.findings, moved.findings) if a.line is not None]
    assert lines and all(b == a + 14 for a, b in lines)
    assert of_run(moved) == of_run(old)  # every finding keeps its identity though each line moved by 14


def test_changing_one_row_changes_only_that_rows_findings(tmp_path: Path, catalogue) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert "pg X" in text
    old = run_text(tmp_path, text, catalogue)
    new = run_text(tmp_path, text.replace("pg X", "Governance"), catalogue, "new.md")
    gone = set(of_run(old)) - set(of_run(new))
    gone_rules = sorted(f.rule for f, p in zip(old.findings, of_run(old)) if p in gone)
    assert "GRI-IDX-005" in gone_rules and len(gone) <= 3  # only the 2-10 row's findings
    assert {f.disclosure for f, p in zip(old.findings, of_run(old)) if p in gone} <= {"2-10", None}


def test_per_topic_rows_of_one_code_do_not_collide(catalogue, seed_path: Path) -> None:
    r = pipeline.run(seed_path, pipeline.Options(), catalogue)
    same = [p for f, p in zip(r.findings, of_run(r)) if f.disclosure == "3-3"]
    assert len(same) == len(set(same))
