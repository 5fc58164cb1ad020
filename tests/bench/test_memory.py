"""Peak memory (make bench): a whole `gri-check check` in a subprocess, its own peak resident set size (wait4)
recorded in extra_info and printed, for the largest real PDF, the largest text report and a 10,000-row index."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

INDEX_HEAD = ("Acme Ltd has reported in accordance with the GRI Standards for the period 1 January 2024 to "
              "31 December 2024.\n\nAbout Us\n\nAcme Ltd is headquartered in Oslo.\n\nGRI content index\n\n")


def peak_mib(args: list[str], cwd: Path) -> float:
    """Peak RSS of one run of gri-check in MiB, as wait4 reports it for the process (and, on Linux, the largest
    of the PDF reading workers it waited for)."""
    proc = subprocess.Popen([sys.executable, "-m", "gri_check", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "GRI_CHECK_NO_CACHE": ""})
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) in (0, 1)
    return usage.ru_maxrss / 1024


def _largest(folder: Path, suffixes: tuple[str, ...]) -> Path:
    files = [p for p in folder.iterdir() if p.suffix in suffixes]
    if not files:
        pytest.skip(f"no {suffixes} file in {folder}")
    return max(files, key=lambda p: p.stat().st_size)


@pytest.fixture(params=["largest PDF", "largest text report", "10,000-row index"])
def subject(request, shared_dir: Path, tmp_path_factory) -> Path:
    if request.param == "largest PDF":
        return _largest(shared_dir / "corpus", (".pdf",))
    if request.param == "largest text report":
        texts = [p for p in (*(shared_dir / "corpus").iterdir(), *(shared_dir / "seeds").iterdir())
                 if p.suffix in (".md", ".txt") and p.name != "SOURCES.md"]
        return max(texts, key=lambda p: p.stat().st_size)
    path = tmp_path_factory.mktemp("rows") / "rows10k.txt"
    rows = "\n".join(f"{300 + n % 8}-{1 + n % 5}\tTitle {n}\tAbout Us" for n in range(10_000))
    path.write_text(INDEX_HEAD + rows + "\n", encoding="utf-8")
    return path


def test_peak_memory_of_a_whole_check(benchmark, subject: Path, tmp_path: Path) -> None:
    peaks: list[float] = []
    benchmark.pedantic(lambda: peaks.append(peak_mib(["check", str(subject), "--format", "json", "-o",
                                                      str(tmp_path / "out.json"), "-q"], tmp_path)),
                       rounds=3, iterations=1)
    benchmark.extra_info["file"] = subject.name
    benchmark.extra_info["bytes"] = subject.stat().st_size
    benchmark.extra_info["peak_rss_mib_max"] = round(max(peaks), 1)
    print(f"\npeak RSS {max(peaks):.0f} MiB: {subject.name} ({subject.stat().st_size / 1e6:.1f} MB)")
