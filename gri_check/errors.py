"""User-facing errors. Each carries the exit code the CLI returns and a one-line message."""
from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3


class GriCheckError(Exception):
    """Base of every error the CLI turns into one line on stderr (never a traceback)."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, path: Path | str | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        hint = f"; {self.hint}" if self.hint else ""
        return f"{where}{self.message}{hint}"


class UsageError(GriCheckError):
    """Bad flags, bad config, waiver or baseline file (exit 2)."""


class CatalogueError(GriCheckError):
    """A catalogue file that does not load or does not validate (exit 2)."""


class InputError(GriCheckError):
    """A report that cannot be read: missing, empty, binary, wrong encoding (exit 3)."""

    exit_code = EXIT_UNREADABLE
