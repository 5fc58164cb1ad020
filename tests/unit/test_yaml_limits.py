"""Catalogue YAML is bounded before it is walked: alias bombs, self-containing aliases, deep or huge files are
refused at once with one line naming the file (exit 2), never a hang or a traceback."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from gri_check.errors import CatalogueError, UsageError
from gri_check.paths import standards_dir
from gri_check.standards import yamlfile
from gri_check.standards.load import bundled_files
from tests.conftest import SAMPLE

GRI_CHECK = Path(sys.executable).with_name("gri-check")


def _laughs(levels: int = 9) -> str:
    """The classic billion laughs: 9 lists of 9 aliases to the list before, 9**9 strings once expanded."""
    lines = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "framework: GRI\n" + "\n".join(lines) + "\nstandards: []\ndisclosures: []\n"


HOSTILE = {
    "laughs": (_laughs(), "line 7: more than 250,000 YAML nodes (aliases expanded)"),
    "self": ("framework: GRI\nstandards: &a [*a]\ndisclosures: []\n",
             "line 2: a YAML alias refers to a node that contains it"),
    "mapping self": ("framework: GRI\nstandards: &a {x: *a}\n",
                     "line 2: a YAML alias refers to a node that contains it"),
    "deep": ("framework: GRI\nx: " + "[" * 40 + "]" * 40 + "\n", "YAML nested deeper than 32 levels"),
    "deep by aliases": ("a: &a " + "[" * 20 + "]" * 20 + "\nb: " + "[" * 15 + "*a" + "]" * 15 + "\n",
                        "YAML nested deeper than 32 levels"),
    "merge keys": ("a0: &a0 {x: 1, y: 2}\n" + "".join(f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k: {i}}}\n"
                                                   for i in range(1, 30)), "YAML"),
    "many aliases": ("a: &a x\nb: [" + ", ".join(["*a"] * 1001) + "]\n", "line 2: more than 1,000 YAML aliases"),
    "alias growth": ("a: &a [" + ", ".join(["x"] * 300) + "]\nb: [" + ", ".join(["*a"] * 70) + "]\n",
                     "YAML aliases expand to 21,070 more nodes (at most 20,000)"),
}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name.replace(' ', '_')}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_yaml_is_refused_at_once(tmp_path: Path, name: str) -> None:
    text, message = HOSTILE[name]
    path = _write(tmp_path, name, text)
    start = time.perf_counter()
    with pytest.raises(CatalogueError) as err:
        yamlfile.read_yaml(path, path.read_bytes())
    assert time.perf_counter() - start < 1.0
    assert message in err.value.message and err.value.path == str(path)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("command", [["standards", "validate", "{f}"], ["standards", "list", "--standard", "{f}"],
                                     ["check", str(SAMPLE), "--standard", "{f}"]])
def test_the_cli_refuses_a_bomb_in_one_line_exit_2(run_cli, catalogue, tmp_path: Path, command: list[str]) -> None:
    # `catalogue`: the bundled catalogues are cached (list and check load them before the --standard file)
    path = _write(tmp_path, "laughs", _laughs())
    start = time.perf_counter()
    r = run_cli(*(str(path) if c == "{f}" else c for c in command))
    assert time.perf_counter() - start < 1.0
    assert r.exit_code == 2
    assert r.stderr == f"gri-check: {path}: line 7: more than 250,000 YAML nodes (aliases expanded); gri-check " \
                       "refuses YAML this large or this deeply aliased; write the values out\n"


def test_the_installed_command_does_not_hang_on_a_bomb(tmp_path: Path) -> None:
    path = _write(tmp_path, "laughs", _laughs(12))
    run = subprocess.run([GRI_CHECK, "standards", "validate", path], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr and str(path) in run.stderr


def test_a_file_over_8_mib_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * yamlfile.MAX_BYTES + b"\n")
    with pytest.raises(CatalogueError, match="file is larger than 8 MiB"):
        yamlfile.read_bytes(path, "catalogue")
    with pytest.raises(CatalogueError, match="file is larger than 8 MiB"):
        yamlfile.read_yaml(path, path.read_bytes())


def test_a_device_is_read_only_to_the_limit() -> None:
    with pytest.raises(CatalogueError, match="larger than 8 MiB"):
        yamlfile.read_bytes(Path("/dev/zero"), "catalogue")


def test_the_node_limit_counts_plain_nodes_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlfile, "MAX_NODES", 100)
    ok = _write(tmp_path, "ok", "[" + ", ".join(["x"] * 99) + "]\n")  # 1 list + 99 strings = 100 nodes
    assert len(yamlfile.read_yaml(ok, ok.read_bytes())[0]) == 99
    big = _write(tmp_path, "big", "[" + ", ".join(["x"] * 100) + "]\n")
    with pytest.raises(CatalogueError, match="more than 100 YAML nodes"):
        yamlfile.read_yaml(big, big.read_bytes())


def test_limits_are_exact(tmp_path: Path) -> None:
    aliases = _write(tmp_path, "aliases", "a: &a x\nb: [" + ", ".join(["*a"] * 1000) + "]\n")
    assert len(yamlfile.read_yaml(aliases, aliases.read_bytes())[0]["b"]) == 1000
    nested = _write(tmp_path, "nested", "[" * 32 + "]" * 32 + "\n")
    yamlfile.read_yaml(nested, nested.read_bytes())
    deeper = _write(tmp_path, "deeper", "[" * 33 + "]" * 33 + "\n")
    with pytest.raises(CatalogueError, match="deeper than 32"):
        yamlfile.read_yaml(deeper, deeper.read_bytes())


def test_every_bundled_file_is_well_inside_the_limits() -> None:
    files = [*bundled_files(), *sorted((standards_dir() / "crosswalk").glob("*.yaml"))]
    for path in files:
        raw = path.read_bytes()
        assert len(raw) < yamlfile.MAX_BYTES / 8, path
        data, lines = yamlfile.read_yaml(path, raw)
        assert data and lines
    # gri_2016.yaml shares evidence lists through 75 aliases: aliases as such stay allowed
    assert (standards_dir() / "gri_2016.yaml").read_text(encoding="utf-8").count("*id0") == 75


def test_shared_aliases_still_read_as_before(tmp_path: Path) -> None:
    path = _write(tmp_path, "shared", "a: &terms [x, y]\nb: *terms\nc: {<<: {k: 1}, j: 2}\n")
    data, lines = yamlfile.read_yaml(path, path.read_bytes())
    assert data == {"a": ["x", "y"], "b": ["x", "y"], "c": {"k": 1, "j": 2}}
    assert lines[("b",)] == 2 and lines[("b", 1)] == 1  # an alias's items are where the anchor wrote them


def test_parse_bounded_serves_other_loaders_and_errors(tmp_path: Path) -> None:
    """How config.py reads .gri-check.yaml: its own SafeLoader subclass, UsageError (exit 2)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    path = _write(tmp_path, "config", _laughs())
    with pytest.raises(UsageError, match="more than 250,000 YAML nodes"):
        yamlfile.parse_bounded(path, path.read_bytes(), loader=Loader, error=UsageError)
    deep = _write(tmp_path, "deep", "x: " + "[" * 2000 + "]" * 2000 + "\n")  # the pure-Python loader recurses
    with pytest.raises(UsageError, match="nested deeper than 32"):
        yamlfile.parse_bounded(deep, deep.read_bytes(), loader=Loader, error=UsageError)
    empty = _write(tmp_path, "empty", "# nothing\n")
    assert yamlfile.parse_bounded(empty, empty.read_bytes(), loader=Loader, error=UsageError) == (None, {})
    good = _write(tmp_path, "good", "fail_on: error\nwaivers: [{rule: GRI-LOC-001}]\n")
    data, lines = yamlfile.parse_bounded(good, good.read_bytes(), loader=Loader, error=UsageError)
    assert data == {"fail_on": "error", "waivers": [{"rule": "GRI-LOC-001"}]} and lines[("waivers", 0, "rule")] == 2
