"""Reading a long PDF in worker processes gives the same Document as reading it in one, page order kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check.ingest import pdf as pdf_reader
from gri_check.ingest.pdf_parallel import CHUNK, MIN_PAGES
from tests import pdf_samples


def _read(data: bytes, workers: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(pdf_reader, "workers", lambda: workers)
    seen: list[int] = []
    doc = pdf_reader.parse_pdf(data, "long.pdf", progress=lambda done, total: seen.append(done))
    assert seen == sorted(seen) and seen[-1] == len(doc.pages)  # progress only grows and ends at the last page
    return repr(doc)


def test_workers_read_what_one_process_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = MIN_PAGES + 2 * CHUNK + 5  # several chunks, the last one short
    data = pdf_samples.many_pages(pages, text=("Page body {p}: emissions and water",))
    serial = _read(data, 1, monkeypatch)
    assert "Page body 40" in serial
    assert _read(data, 2, monkeypatch) == serial
    assert _read(data, 3, monkeypatch) == serial


@pytest.mark.shared
def test_a_long_real_pdf_reads_the_same_in_workers(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = shared_dir / "corpus" / "unito_2017_it.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    data = path.read_bytes()
    assert _read(data, 2, monkeypatch) == _read(data, 1, monkeypatch)
