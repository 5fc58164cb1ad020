"""Where bundled data lives: the repository's standards/ folder, or its installed copy."""
from __future__ import annotations

import sys
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
_INSTALLED = Path(sys.prefix) / "share" / "gri-check"


def data_root() -> Path:
    """standards/ beside the package in a checkout (editable install), else the installed share dir."""
    return _REPO if (_REPO / "standards" / "schema").is_dir() else _INSTALLED


def standards_dir() -> Path:
    return data_root() / "standards"


def schema_path(name: str) -> Path:
    return standards_dir() / "schema" / name


DEFAULT_CATALOGUES = ("gri_2021.yaml", "gri_2016.yaml")  # 2016: indexes still written to GRI 102/103
