"""`check -`: the report on standard input, as text or as a PDF, named <stdin> in every output."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests import pdf_samples
from tests.conftest import SAMPLE


def run(args: list[str], data: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "gri_check", *args], input=data, capture_output=True, cwd=cwd,
                          timeout=120)


def test_a_text_report_on_stdin_equals_the_file(tmp_path: Path) -> None:
    piped = run(["check", "-", "--format", "json", "--no-config"], SAMPLE.read_bytes(), tmp_path)
    assert piped.returncode == 0 and piped.stderr == b""
    from_file = run(["check", str(SAMPLE), "--format", "json", "--no-config"], b"", tmp_path)
    a, b = json.loads(piped.stdout), json.loads(from_file.stdout)
    assert a["report"]["path"] == "<stdin>" and a["report"]["sha256"] == b["report"]["sha256"]
    assert a["disclosures"] == b["disclosures"] and a["coverage"] == b["coverage"]


def test_a_pdf_on_stdin_is_read_by_its_content(tmp_path: Path) -> None:
    r = run(["check", "-", "--format", "json", "--no-config"], pdf_samples.index_table(), tmp_path)
    data = json.loads(r.stdout)
    assert r.returncode == 0 and data["report"]["format"] == "pdf" and data["content_index"]["rows"] == 4


def test_the_config_for_stdin_is_found_from_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / ".gri-check.yaml").write_text("fail-under: 99\n", encoding="utf-8")
    r = run(["check", "-", "-q"], SAMPLE.read_bytes(), tmp_path)
    assert r.returncode == 1 and b"Gate FAILED" in r.stdout


def test_empty_stdin_is_an_input_error(tmp_path: Path) -> None:
    r = run(["check", "-"], b"", tmp_path)
    assert r.returncode == 3 and r.stderr.count(b"\n") == 1 and b"<stdin>" in r.stderr
