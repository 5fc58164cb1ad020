"""The PDF reader forks its workers only while the process runs one thread (Python 3.12+ warns of deadlocks)."""
from __future__ import annotations

import threading

from gri_check.cli import progress_bar
from gri_check.ingest.pdf_parallel import start_method


def test_the_progress_bar_runs_no_thread() -> None:
    before = threading.active_count()
    with progress_bar(enabled=True) as update:
        assert update is not None
        update(12, 212)
        assert threading.active_count() == before  # auto_refresh=False: it redraws on each update instead


def test_fork_only_while_one_thread_runs() -> None:
    assert start_method() == ("fork" if threading.active_count() == 1 else "forkserver")
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert start_method() == "forkserver"
    finally:
        stop.set()
        t.join()
