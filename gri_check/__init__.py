"""gri-check: checks a sustainability report's GRI content index against the report itself."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
