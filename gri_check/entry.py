"""The console entry point: imports the CLI inside the interrupt handler, so Ctrl-C during start-up is exit
130 and one line too (the CLI's own handler covers the run); and leaves the process at once when the run is
over."""
from __future__ import annotations

import os
import signal
import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    # numpy's OpenBLAS starts a thread per core that spins for a while: ~0.1 s of CPU per run taken from the PDF
    # reader's workers and the batch's pool, for linear algebra gri-check never does. A user's own setting wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _leave(_run())


def _run() -> int:
    try:
        from gri_check.cli import main as run

        run()
        return 0
    except SystemExit as exc:
        return _code(exc.code)
    except KeyboardInterrupt:
        sys.stderr.write("gri-check: interrupted\n")
        return EXIT_INTERRUPTED


def _code(code: object) -> int:
    if code is None or isinstance(code, int):
        return code or 0
    sys.stderr.write(f"{code}\n")  # as Python does with sys.exit("message")
    return 1


def _leave(code: int) -> None:
    """Exit with `code` without the interpreter's teardown. Every output is written and closed by now (atomic
    writes, pools and clusters shut by their with-blocks); the teardown would only free memory the process is
    about to lose (~50 ms), and a Ctrl-C during it, with Python's handler gone, killed the process without
    its one line. So SIGINT is held off, the standard streams flushed, and the process ends."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can reach it
            pass
    os._exit(code)
