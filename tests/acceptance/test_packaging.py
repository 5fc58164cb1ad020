"""An installed gri-check (a wheel, not this checkout) finds its catalogues as package data."""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT

PROBE = """
import sys
from gri_check.paths import standards_dir
from gri_check.standards.load import load_catalogue
from gri_check.standards.crosswalk import load_crosswalk
here = standards_dir()
cat = load_catalogue()
print(here)
print(len(cat.frameworks), len(cat.disclosures), len(load_crosswalk(cat).links))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel built from this checkout, installed into a folder of its own (offline: no build isolation)."""
    wheels = tmp_path_factory.mktemp("wheel")
    target = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                            "--quiet", "-w", str(wheels)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = wheels.glob("gri_check-*.whl")
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
                              str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-2000:]
    return target


def test_the_installed_package_finds_its_catalogues(installed: Path, tmp_path: Path) -> None:
    # -S: no site.py, so the editable install of this checkout is not on the path; the dependencies come
    # from this environment's site-packages, gri_check only from the installed wheel.
    path = os.pathsep.join([str(installed), sysconfig.get_paths()["purelib"]])
    env = {**os.environ, "PYTHONPATH": path, "GRI_CHECK_NO_CACHE": "1"}
    run = subprocess.run([sys.executable, "-S", "-c", PROBE], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    where, counts = run.stdout.splitlines()
    assert Path(where) == installed / "gri_check" / "catalogues"
    frameworks, disclosures, links = map(int, counts.split())
    assert frameworks == 7 and disclosures > 1000 and links > 10


def test_the_wheel_carries_the_compiled_glyph_reader(installed: Path, tmp_path: Path) -> None:
    from gri_check.ingest import pdf_extract

    if not pdf_extract.COMPILED:
        pytest.skip("no compiled glyph reader in this checkout either (no C compiler): the wheel falls back too")
    path = os.pathsep.join([str(installed), sysconfig.get_paths()["purelib"]])
    env = {**os.environ, "PYTHONPATH": path, "GRI_CHECK_NO_CACHE": "1"}
    probe = "from gri_check.ingest import pdf_extract, _glyphs; print(pdf_extract.COMPILED, _glyphs.__file__)"
    run = subprocess.run([sys.executable, "-S", "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    compiled, where = run.stdout.split()
    assert compiled == "True" and Path(where).parent == installed / "gri_check" / "ingest"
