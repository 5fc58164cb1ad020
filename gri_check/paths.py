"""Where bundled data lives: the package gri_check.catalogues (standards/ of the repository, installed as
package data), found through importlib.resources; a source checkout run without installing uses standards/.

importlib.resources finds the package wherever it was imported from: site-packages, the user site
(`pip install --user`), a --target folder on PYTHONPATH, an editable install, or a zip (a wheel or zipapp on
sys.path). The rest of gri-check reads catalogues as files, so a package that is not a folder on disk (a zip)
is copied once per process into a private temporary folder, removed at exit.
"""
from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_REPO_STANDARDS = Path(__file__).resolve().parent.parent / "standards"
_PACKAGE = "gri_check.catalogues"


def standards_dir() -> Path:
    try:
        found = resources.files(_PACKAGE)
    except ModuleNotFoundError:  # run from a source tree that was never installed
        return _REPO_STANDARDS
    if isinstance(found, Path):  # a folder: regular, --user, --target and editable installs
        return found
    return _extracted(str(found))  # by its name: resources.files gives a new object each call


def schema_path(name: str) -> Path:
    return standards_dir() / "schema" / name


@functools.cache
def _extracted(where: str) -> Path:
    """The package's files (at `where`, in a zip) copied to a folder of this process's own (mode 0700), once."""
    package = resources.files(_PACKAGE)
    folder = Path(tempfile.mkdtemp(prefix="gri-check-catalogues-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    _copy(package, folder)
    return folder


def _copy(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                (target / entry.name).mkdir()
                _copy(entry, target / entry.name)
        elif entry.is_file():
            (target / entry.name).write_bytes(entry.read_bytes())


# Loaded by default, in this order; 2016: indexes still written to GRI 102/103; 2025: GRI 102: Climate Change and
# GRI 103: Energy, whose codes clash with 2016's (match/editions.py tells them apart per row); sectors: the likely
# material topics of GRI 11-14 (match/sector.py), never index rows of their own.
DEFAULT_CATALOGUES = ("gri_2021.yaml", "gri_2016.yaml", "gri_2025.yaml", "gri_sectors.yaml", "sasb_2023.yaml",
                      "hkex_2025.yaml", "esrs_set1.yaml", "ifrs_s2.yaml", "cn_exchanges_2024.yaml", "cass_esg_5.yaml")
