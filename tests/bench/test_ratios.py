"""The issue-10 yardsticks (make bench), each a whole process as a user runs it, printed together at the end:

- a long PDF: `gri-check check PDF --format json` against bare PDFium text extraction of the same file (the
  floor of this approach: open, and each page's text page and text) and against pdfplumber's extract_text;
- a text report: `gri-check check TXT --format json` against the interpreter starting and importing gri-check;
- `gri-check batch` over ../shared/corpus: reports per minute with 1 and 2 local workers.

Wall time is what pytest-benchmark reports; CPU time (user + system of the process and of the workers it
waited for) is recorded beside it in extra_info, because on a loaded machine it is the steadier figure.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.bench.conftest import Figures

from tests.conftest import ROOT, SAMPLE

LONG_PDFS = ("moncler_2023_en.pdf", "cigna_2020_en.pdf", "statestreet_2020_en.pdf", "unito_2017_it.pdf")
ROUNDS = 5

FLOOR = Path(__file__).with_name("floor.py")  # bare PDFium text extraction, run as a script

PDFPLUMBER = """
import sys, pdfplumber
chars = 0
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        chars += len(page.extract_text() or "")
        page.close()
print(chars)
"""

IMPORTS = "import gri_check.entry, gri_check.cli, gri_check.pipeline"


def _runner(args: list[str], cpu: list[float]) -> Callable[[], None]:
    """One run of args as a child process; its CPU time (with its waited-for children) appended to cpu."""
    def run() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        assert done.returncode in (0, 1), done.stderr.decode(errors="replace")[-2000:]
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

    return run


def _measure(benchmark, figures: Figures, key: tuple[str, str], args: list[str], rounds: int = ROUNDS) -> None:
    cpu: list[float] = []
    benchmark.pedantic(_runner(args, cpu), rounds=rounds, iterations=1, warmup_rounds=1 if rounds > 1 else 0)
    cpu = cpu[-rounds:]  # the warm-up round is not counted
    wall = benchmark.stats.stats.median
    cpu_median = sorted(cpu)[len(cpu) // 2]
    benchmark.extra_info.update(wall_median_s=round(wall, 3), cpu_median_s=round(cpu_median, 3))
    figures.record(key, wall=wall, cpu=cpu_median)


def _gri_check(*args: str) -> list[str]:
    return [sys.executable, "-m", "gri_check", *args]


@pytest.fixture(params=LONG_PDFS, ids=[n.split("_")[0] for n in LONG_PDFS])
def long_pdf(request, shared_dir: Path) -> Path:
    path = shared_dir / "corpus" / request.param
    if not path.is_file():
        pytest.skip(f"{path} is absent from ../shared/corpus")
    return path


def test_pdf_bare_pdfium(benchmark, figures: Figures, long_pdf: Path) -> None:
    _measure(benchmark, figures, (long_pdf.name, "bare PDFium"), [sys.executable, str(FLOOR), str(long_pdf)])


def test_pdf_whole_check(benchmark, figures: Figures, long_pdf: Path, tmp_path: Path) -> None:
    _measure(benchmark, figures, (long_pdf.name, "gri-check check"),
             _gri_check("check", str(long_pdf), "--format", "json", "-o", str(tmp_path / "out.json")))


FALLBACK = """
import sys
sys.modules["gri_check.ingest._glyphs"] = None  # as where no C compiler built it: the Python loops
from gri_check.entry import main
sys.argv[0] = "gri-check"
main()
"""


def test_pdf_whole_check_python_fallback(benchmark, figures: Figures, long_pdf: Path, tmp_path: Path) -> None:
    _measure(benchmark, figures, (long_pdf.name, "check, Python glyph loop"),
             [sys.executable, "-c", FALLBACK, "check", str(long_pdf), "--format", "json",
              "-o", str(tmp_path / "o.json")], rounds=3)


def test_pdf_pdfplumber(benchmark, figures: Figures, long_pdf: Path) -> None:
    pytest.importorskip("pdfplumber")
    _measure(benchmark, figures, (long_pdf.name, "pdfplumber"), [sys.executable, "-c", PDFPLUMBER, str(long_pdf)],
             rounds=1)


@pytest.fixture(params=["seed", "sample"])
def text_report(request, shared_dir: Path) -> Path:
    if request.param == "sample":
        return SAMPLE
    path = shared_dir / "seeds" / "jingsheng_esg_2023_en.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


def test_text_interpreter_and_imports(benchmark, figures: Figures, text_report: Path) -> None:
    _measure(benchmark, figures, (text_report.name, "interpreter + imports"), [sys.executable, "-c", IMPORTS])


def test_text_whole_check(benchmark, figures: Figures, text_report: Path, tmp_path: Path) -> None:
    _measure(benchmark, figures, (text_report.name, "gri-check check"),
             _gri_check("check", str(text_report), "--format", "json", "-o", str(tmp_path / "out.json")))


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_throughput(benchmark, figures: Figures, shared_dir: Path, tmp_path: Path, jobs: int) -> None:
    corpus = shared_dir / "corpus"
    reports = [p for p in corpus.iterdir() if p.suffix in (".pdf", ".md") and p.name != "SOURCES.md"]
    out = tmp_path / "out"
    args = _gri_check("batch", str(corpus), "--out", str(out), "--jobs", str(jobs), "--no-cache", "-q")
    started = time.perf_counter()
    _measure(benchmark, figures, ("corpus batch", f"--jobs {jobs}"), args, rounds=1)
    wall = time.perf_counter() - started
    benchmark.extra_info["reports_per_minute"] = round(len(reports) * 60 / wall, 1)
    figures.note(("corpus batch", f"--jobs {jobs}"), f"{len(reports)} reports, {len(reports) * 60 / wall:.1f}/min")
    assert len(list(out.glob("*.json"))) >= len(reports)
