"""Where bundled data lives: the package gri_check.catalogues (standards/ of the repository, installed as
package data), found through importlib.resources; a source checkout run without installing uses standards/."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

_REPO_STANDARDS = Path(__file__).resolve().parent.parent / "standards"


def standards_dir() -> Path:
    try:
        found = resources.files("gri_check.catalogues")
    except ModuleNotFoundError:  # run from a source tree that was never installed
        return _REPO_STANDARDS
    return Path(str(found))


def schema_path(name: str) -> Path:
    return standards_dir() / "schema" / name


# Loaded by default, in this order; 2016: indexes still written to GRI 102/103; 2025: GRI 102: Climate Change and
# GRI 103: Energy, whose codes clash with 2016's (match/editions.py tells them apart per row); sectors: the likely
# material topics of GRI 11-14 (match/sector.py), never index rows of their own.
DEFAULT_CATALOGUES = ("gri_2021.yaml", "gri_2016.yaml", "gri_2025.yaml", "gri_sectors.yaml", "sasb_2023.yaml",
                      "hkex_2025.yaml", "esrs_set1.yaml", "ifrs_s2.yaml", "cn_exchanges_2024.yaml", "cass_esg_5.yaml")
