"""The console entry point: imports the CLI inside the interrupt handler, so Ctrl-C during start-up is exit
130 and one line too (the CLI's own handler covers the run)."""
from __future__ import annotations

import os
import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    # numpy's OpenBLAS starts a thread per core that spins for a while: ~0.1 s of CPU per run taken from the PDF
    # reader's workers and the batch's pool, for linear algebra gri-check never does. A user's own setting wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        from gri_check.cli import main as run

        run()
    except KeyboardInterrupt:
        sys.stderr.write("gri-check: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
