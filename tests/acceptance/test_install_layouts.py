"""`gri-check standards list` works however the wheel is installed: a --target folder (the layout of
`pip install --user`: a folder on sys.path other than site-packages), a real `pip install --user`, and the
wheel itself as a zip on sys.path. Each runs from a folder far from this checkout, so nothing is found by
accident in standards/."""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT

CLI = "import sys; from gri_check.cli import main; sys.argv[0] = 'gri-check'; main()"
WHERE = "import gri_check, gri_check.paths as p; print(gri_check.__file__); print(p.standards_dir())"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout (offline: no build isolation)."""
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                            "--quiet", "-w", str(out)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-2000:]
    (found,) = out.glob("gri_check-*.whl")
    return found


def _env(tmp_path: Path, *path: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONNOUSERSITE", "PYTHONHOME")}
    return {**env, "PYTHONPATH": os.pathsep.join(path), "GRI_CHECK_CACHE_DIR": str(tmp_path / "cache")}


def _run(python: list[str], code: str, args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*python, "-c", code, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=180)


def _check_listing(run: subprocess.CompletedProcess) -> None:
    assert run.returncode == 0, run.stderr[-2000:]
    firsts = [line.split(":")[0] for line in run.stdout.splitlines() if not line.startswith(" ")]
    assert firsts == ["GRI", "SASB", "HKEX", "ESRS", "IFRS", "CN-EXCH", "CASS-ESG", firsts[-1]]
    assert firsts[-1].startswith("7 frameworks, ") and firsts[-1].endswith(" 1136 disclosures")
    assert "GRI 305: Emissions 2016" in run.stdout


def _layout_runs(python: list[str], env: dict[str, str], cwd: Path, installed_under: Path) -> None:
    where = _run(python, WHERE, [], env, cwd)
    assert where.returncode == 0, where.stderr[-2000:]
    module, catalogues = where.stdout.splitlines()
    assert Path(module).is_relative_to(installed_under), module  # this install, not the checkout
    for _ in range(2):  # cold, then from the cache this run wrote
        _check_listing(_run(python, CLI, ["standards", "list"], env, cwd))
    assert sorted(p.suffix for p in (cwd / "cache").iterdir()) == [".json"] * 10  # the bundled catalogues
    if installed_under.is_file():  # a zip: its catalogues were copied to a folder of the process, removed at exit
        assert Path(catalogues).name.startswith("gri-check-catalogues-") and not Path(catalogues).exists()
        return
    assert Path(catalogues) == Path(module).parent / "catalogues"
    valid = _run(python, CLI, ["standards", "validate", str(Path(catalogues) / "gri_2021.yaml")], env, cwd)
    assert valid.returncode == 0 and "valid (" in valid.stdout, valid.stderr


def test_a_target_folder_install(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                              "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-2000:]
    # -S: no site.py, so the editable install of this checkout is not on the path
    env = _env(tmp_path, str(target), sysconfig.get_paths()["purelib"])
    _layout_runs([sys.executable, "-S"], env, tmp_path, target)


def test_the_wheel_as_a_zip_on_the_path(wheel: Path, tmp_path: Path) -> None:
    env = _env(tmp_path, str(wheel), sysconfig.get_paths()["purelib"])
    _layout_runs([sys.executable, "-S"], env, tmp_path, wheel)


def test_a_user_install(wheel: Path, tmp_path: Path) -> None:
    """A real `pip install --user`, by the interpreter this virtualenv was made from (a venv has no user site)."""
    base = getattr(sys, "_base_executable", "") if sys.prefix != sys.base_prefix else sys.executable
    if not base or not Path(base).exists():
        pytest.skip("no interpreter outside a virtualenv to run a --user install with")
    if subprocess.run([base, "-m", "pip", "--version"], capture_output=True, timeout=60).returncode != 0:
        pytest.skip(f"{base} has no pip")
    user = tmp_path / "userbase"
    env = {**_env(tmp_path, sysconfig.get_paths()["purelib"]), "PYTHONUSERBASE": str(user),
           "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    install = subprocess.run([base, "-m", "pip", "install", "--user", "--no-deps", "--no-index", "--quiet",
                              "--no-warn-script-location", str(wheel)], capture_output=True, text=True, env=env,
                             timeout=300)
    assert install.returncode == 0, install.stderr[-2000:]
    _layout_runs([base], env, tmp_path, user)
    script = user / "bin" / "gri-check"  # the console script pip wrote, as a user would run it
    if script.exists():
        _check_listing(subprocess.run([script, "standards", "list"], capture_output=True, text=True, env=env,
                                      cwd=tmp_path, timeout=180))
