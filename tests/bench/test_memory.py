"""Peak memory (make bench): a whole `gri-check check` in a subprocess, its own peak resident set size (wait4)
recorded in extra_info and printed, for the largest real PDF, the largest text report and a 10,000-row index;
and a whole `gri-check batch` of 250 and of 1,000 small reports, whose peak must not grow with their number."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import psutil
import pytest

if TYPE_CHECKING:
    from tests.bench.conftest import Figures

from tests.conftest import ROOT

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


def test_peak_memory_of_a_whole_check(benchmark, figures: Figures, subject: Path, tmp_path: Path) -> None:
    peaks: list[float] = []
    benchmark.pedantic(lambda: peaks.append(peak_mib(["check", str(subject), "--format", "json", "-o",
                                                      str(tmp_path / "out.json"), "-q"], tmp_path)),
                       rounds=3, iterations=1)
    benchmark.extra_info["file"] = subject.name
    benchmark.extra_info["bytes"] = subject.stat().st_size
    benchmark.extra_info["peak_rss_mib_max"] = round(max(peaks), 1)
    print(f"\npeak RSS {max(peaks):.0f} MiB: {subject.name} ({subject.stat().st_size / 1e6:.1f} MB)")
    figures.record(("peak RSS, one check", subject.name), wall=benchmark.stats.stats.median)
    figures.note(("peak RSS, one check", subject.name), f"{max(peaks):.0f} MiB")


BATCH_SIZES = (250, 1000)
BATCH_PEAK_LIMIT_MIB = 1000  # generous: measured 62-65 MiB (--jobs 1) and about 90 MiB (--jobs 2), docs/scale.md
BATCH_GROWTH_LIMIT_MIB = 40  # from 250 to 1,000 reports: the client keeping every output grew by ~190 MiB, dask's
# worker profiler by ~30 MiB; now the client's in-process dask scheduler adds ~11 MiB, nothing else grows


@dataclass(frozen=True, slots=True)
class BatchRun:
    reports: int
    wall_s: float
    wait4_mib: float  # the largest of the client and every descendant it waited for (wait4's ru_maxrss)
    client_mib: float  # the client's own high-water mark (VmHWM), sampled every 0.2 s
    worker_mib: float  # the largest descendant's high-water mark (dask workers), sampled; 0 with --jobs 1

    def line(self, jobs: int) -> str:
        return (f"batch of {self.reports} reports, --jobs {jobs}: {self.wall_s:.1f} s "
                f"({self.reports / self.wall_s * 60:.0f} reports/min), peak RSS {self.wait4_mib:.0f} MiB "
                f"(client {self.client_mib:.0f} MiB, largest worker {self.worker_mib:.0f} MiB)")


def _hwm_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):  # gone between listing and reading
        pass
    return 0


def measure_batch(folder: Path, out: Path, jobs: int, reports: int) -> BatchRun:
    """One `gri-check batch` in a subprocess: wall time, wait4's peak, and each process's sampled VmHWM."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "gri_check", "batch", str(folder), "--out", str(out), "--jobs",
                             str(jobs), "-q"], cwd=out.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "GRI_CHECK_NO_CACHE": ""})
    client, peaks = psutil.Process(proc.pid), {proc.pid: 0}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            family = [proc.pid, *(c.pid for c in client.children(recursive=True))]
        except psutil.NoSuchProcess:
            family = [proc.pid]
        for p in family:
            peaks[p] = max(peaks.get(p, 0), _hwm_kib(p))
        time.sleep(0.2)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0, f"batch exited {proc.returncode}"
    rows = json.loads((out / "summary.json").read_text(encoding="utf-8"))["reports"]
    assert len(rows) == reports and {r["status"] for r in rows} == {"ok"}
    assert len(list(out.glob("*.json"))) == reports + 1  # each report's JSON, and summary.json
    workers = [v for k, v in peaks.items() if k != proc.pid]
    return BatchRun(reports=reports, wall_s=wall, wait4_mib=usage.ru_maxrss / 1024, client_mib=peaks[proc.pid] / 1024,
                    worker_mib=max(workers, default=0) / 1024)


@pytest.fixture(scope="module")
def batch_folders(tmp_path_factory) -> dict[int, Path]:
    """BATCH_SIZES folders of copies of the bundled samples, each with its own heading line (its own hash); and
    the catalogue cache built first, so the first batch measured does not also pay for building it."""
    sources = sorted((ROOT / "reports").glob("*.md"))
    warm = tmp_path_factory.mktemp("warm") / "out.json"
    subprocess.run([sys.executable, "-m", "gri_check", "check", str(sources[0]), "--format", "json", "-o", str(warm),
                    "-q"], check=True, stdout=subprocess.DEVNULL, env={**os.environ, "GRI_CHECK_NO_CACHE": ""})
    samples = [p.read_text(encoding="utf-8").split("\n", 1) for p in sources]
    folders = {}
    for size in BATCH_SIZES:
        folder = tmp_path_factory.mktemp(f"batch{size}")
        for n in range(size):
            head, rest = samples[n % len(samples)]
            (folder / f"report_{n:04d}.md").write_text(f"{head} (copy {n:04d})\n{rest}", encoding="utf-8")
        folders[size] = folder
    return folders


@pytest.mark.parametrize("jobs", [1, 2])
def test_peak_memory_of_a_batch(benchmark, figures: Figures, batch_folders: dict[int, Path], tmp_path: Path,
                                jobs: int) -> None:
    small = measure_batch(batch_folders[BATCH_SIZES[0]], tmp_path / "small", jobs, BATCH_SIZES[0])
    runs: list[BatchRun] = []
    benchmark.pedantic(lambda: runs.append(measure_batch(batch_folders[BATCH_SIZES[1]], tmp_path / "large", jobs,
                                                         BATCH_SIZES[1])), rounds=1, iterations=1)
    large = runs[0]
    for run in (small, large):
        benchmark.extra_info[f"peak_rss_mib_{run.reports}"] = round(run.wait4_mib, 1)
        benchmark.extra_info[f"client_mib_{run.reports}"] = round(run.client_mib, 1)
        benchmark.extra_info[f"worker_mib_{run.reports}"] = round(run.worker_mib, 1)
        benchmark.extra_info[f"reports_per_min_{run.reports}"] = round(run.reports / run.wall_s * 60)
        print(f"\n{run.line(jobs)}", end="")
        figures.record(("peak RSS, batch", f"{run.reports} reports, --jobs {jobs}"), wall=run.wall_s)
        figures.note(("peak RSS, batch", f"{run.reports} reports, --jobs {jobs}"),
                     f"{run.wait4_mib:.0f} MiB (client {run.client_mib:.0f}, worker {run.worker_mib:.0f})")
    print()
    assert large.wait4_mib < BATCH_PEAK_LIMIT_MIB
    assert large.wait4_mib - small.wait4_mib < BATCH_GROWTH_LIMIT_MIB  # memory does not grow with the reports
    assert large.client_mib - small.client_mib < BATCH_GROWTH_LIMIT_MIB
