"""gri-check: checks a sustainability report's content indexes against the report itself and its frameworks.

Library use: `gri_check.check("report.pdf", fail_under=80)` returns the run's result (gri_check.api).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "check"]

if TYPE_CHECKING:
    from gri_check.api import check


def __getattr__(name: str) -> Any:
    """`check` is imported on first use: the command line and `import gri_check` stay light."""
    if name == "check":
        from gri_check.api import check

        return check
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
