"""Read the pages of a long PDF in several processes: PDFium is single-threaded, the machine is not.

Each worker opens its own copy of the document from the bytes and returns the laid-out rows of a
range of pages; the parent keeps the page order. Forked workers share the imported modules, so they
start in milliseconds. Where fork is unavailable, or the file is short, the caller reads serially.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed

import pypdfium2 as pdfium

MIN_PAGES = 24  # below this the start-up of the workers costs more than it saves
CHUNK = 12  # pages per task: progress stays smooth and each result stays small


def workers() -> int:
    # a daemonic process (a dask worker) may not start children: it reads serially, its batch runs in parallel
    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return 1
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


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
    chunks = [range(start, min(start + CHUNK, total)) for start in range(0, total, CHUNK)]
    results: dict[int, list] = {}
    done = 0
    ctx = multiprocessing.get_context(start_method())
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx) as pool:
        futures = {pool.submit(_task, data, chunk.start, chunk.stop, read_range): n for n, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            n = futures[future]
            results[n] = future.result()
            done += len(chunks[n])
            if progress is not None:
                progress(done, total)
    return [item for n in range(len(chunks)) for item in results[n]]


def _task(data: bytes, start: int, stop: int, read_range: Callable[[pdfium.PdfDocument, range], list]) -> list:
    pdf = pdfium.PdfDocument(data)
    try:
        return read_range(pdf, range(start, stop))
    finally:
        pdf.close()


