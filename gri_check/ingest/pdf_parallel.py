"""Read the pages of a long PDF in several processes: PDFium is single-threaded, the machine is not.

Each worker receives the bytes once, when it starts (with fork, not even copied), opens the document once,
and returns the laid-out rows of each range of pages it is given; the parent keeps the page order. Tasks
carry only their page range, so the cost no longer grows with pages x file size. Forked workers share the
imported modules, so they start in milliseconds. Where fork is unavailable, or the file is short, the caller
reads serially.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed

import pypdfium2 as pdfium

from gri_check import cores

MIN_PAGES = 24  # below this the start-up of the workers costs more than it saves
CHUNK = 12  # the fewest pages per task; a long PDF is cut in 4 tasks per worker, so tasks stay few but
# a worker that finishes early still finds work and the progress bar still moves


def workers() -> int:
    """Processes to read a long PDF with: the free cores (gri_check.cores), at most 4."""
    # a daemonic process (a dask worker) may not start children: it reads serially, its batch runs in parallel
    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return 1
    return max(1, min(4, cores.free()))


def start_method() -> str:
    """fork while this process runs one thread (workers start in milliseconds); forkserver when others run: a
    fork copies only the calling thread, so a lock another thread held stays locked in the child (Python 3.12+
    warns that this may deadlock)."""
    if threading.active_count() == 1 or "forkserver" not in multiprocessing.get_all_start_methods():
        return "fork"
    return "forkserver"


def read_parallel(data: bytes, total: int, read_range: Callable[[pdfium.PdfDocument, range], list],
                  progress: Callable[[int, int], None] | None, n_workers: int) -> list:
    """read_range(pdf, pages) for every chunk of pages, in page order; results concatenated."""
    size = max(CHUNK, -(-total // (4 * n_workers)))
    chunks = [range(start, min(start + size, total)) for start in range(0, total, size)]
    results: dict[int, list] = {}
    done = 0
    ctx = multiprocessing.get_context(start_method())
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx, initializer=_open_once,
                             initargs=(data, read_range)) as pool:
        futures = {pool.submit(_task, chunk.start, chunk.stop): n for n, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            n = futures[future]
            results[n] = future.result()
            done += len(chunks[n])
            if progress is not None:
                progress(done, total)
    return [item for n in range(len(chunks)) for item in results[n]]


# The one document a worker process reads, opened by _open_once when the worker starts: worker-local state,
# never used in the parent.
_WORKER: dict[str, object] = {}


def _open_once(data: bytes, read_range: Callable[[pdfium.PdfDocument, range], list]) -> None:
    _WORKER["pdf"] = pdfium.PdfDocument(data)
    _WORKER["read"] = read_range


def _task(start: int, stop: int) -> list:
    read_range: Callable[[pdfium.PdfDocument, range], list] = _WORKER["read"]  # type: ignore[assignment]
    pdf: pdfium.PdfDocument = _WORKER["pdf"]
    return read_range(pdf, range(start, stop))


