"""The console entry point: imports the CLI inside the interrupt handler, so Ctrl-C during start-up is exit
130 and one line too (the CLI's own handler covers the run)."""
from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    try:
        from gri_check.cli import main as run

        run()
    except KeyboardInterrupt:
        sys.stderr.write("gri-check: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
