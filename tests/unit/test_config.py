"""Config files: found upward from the report, validated (unknown keys and rule ids are errors naming the file)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gri_check import config
from gri_check.errors import UsageError
from gri_check.model import Severity

GOOD = """\
mode: with-reference
frameworks: [sasb]
select: [GRI-EVD, GRI-IDX-005]
ignore: [GRI-REQ-003]
severity:
  GRI-LOC: error
  GRI-IDX-008: off
fail-under:
  overall: 60
  frameworks: {gri: 55}
  standards: {"GRI 2": 70}
fail-on: warning
waivers:
  - disclosure: "2-10"
    framework: gri
    justification: In the annual report
    owner: j.doe
    expires: 2027-03-31
  - rule: GRI-COD-001
    justification: typo fixed in layout
    owner: editor
    expires: "2026-01-01"
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_a_full_yaml_config_is_read(tmp_path: Path) -> None:
    cfg = config.load(write(tmp_path, ".gri-check.yaml", GOOD))
    assert cfg.mode == "with-reference" and cfg.frameworks == ("SASB",)
    assert cfg.select == ("GRI-EVD", "GRI-IDX-005") and cfg.ignore == ("GRI-REQ-003",)
    assert dict(cfg.severity) == {"GRI-LOC": Severity.ERROR, "GRI-IDX-008": None}
    assert cfg.fail_under == 60 and cfg.fail_under_frameworks == (("GRI", 55.0),)
    assert cfg.fail_under_standards == (("GRI 2", 70.0),) and cfg.fail_on is Severity.WARNING
    first, second = cfg.waivers
    assert (first.number, first.disclosure, first.framework, first.rule) == (1, "2-10", "GRI", None)
    assert first.expires == date(2027, 3, 31) and first.owner == "j.doe"
    assert (second.rule, second.expires) == ("GRI-COD-001", date(2026, 1, 1))


def test_the_pyproject_table_is_read_and_a_plain_number_is_the_overall_threshold(tmp_path: Path) -> None:
    p = write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.gri-check]\nfail-under = 40\n'
                                         'fail-on = "error"\n')
    cfg = config.load(p)
    assert cfg.fail_under == 40 and cfg.fail_on is Severity.ERROR and cfg.fail_under_frameworks == ()


def test_discovery_walks_upward_nearest_first_and_skips_pyproject_without_the_table(tmp_path: Path) -> None:
    report = write(tmp_path / "a" / "b" / "c", "r.md", "x")
    write(tmp_path, ".gri-check.yaml", "fail-under: 10\n")
    write(tmp_path / "a", "pyproject.toml", '[tool.gri-check]\nfail-under = 20\n')
    write(tmp_path / "a" / "b", "pyproject.toml", '[project]\nname = "not ours"\n')
    assert config.discover(report) == tmp_path / "a" / "pyproject.toml"
    write(tmp_path / "a" / "b" / "c", ".gri-check.yml", "fail-under: 30\n")
    assert config.discover(report) == tmp_path / "a" / "b" / "c" / ".gri-check.yml"
    assert config.resolve(report, None, disabled=True).path is None
    assert config.resolve(report, tmp_path / ".gri-check.yaml", disabled=False).fail_under == 10


@pytest.mark.parametrize(("text", "message"), [
    ("fail_under: 10\n", 'line 1: unknown key "fail_under"'),
    ("waivers:\n  - disclosure: '2-1'\n    owner: me\n    expires: 2027-01-01\n",
     "line 2: waivers[0]: 'justification' is required"),
    ("waivers:\n  - disclosure: '2-1'\n    owner: me\n    justification: j\n    expires: 2027-02-30\n",
     "waivers[0].expires: '2027-02-30' is not a date (YYYY-MM-DD)"),
    ("waivers:\n  - owner: me\n    justification: j\n    expires: 2027-01-01\n",
     "a waiver names a disclosure, a rule or both"),
    ("select: [GRI-XYZ-999]\n", 'select[0]: unknown rule "GRI-XYZ-999"'),
    ("severity:\n  GRI-NOPE: error\n", 'severity.GRI-NOPE: unknown rule "GRI-NOPE"'),
    ("fail-under: 120\n", "120"),
    ("mode: core\n", "'core' is not one of"),
    ("bundled: false\n", "bundled: false needs at least one file under standards"),
    ("fail-under: [\n", "invalid YAML"),
    ("a: &a [x, x, x, x, x, x, x, x, x]\n"
     + "".join(f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8)),
     "aliases expanded"),  # billion laughs
    ("fail-on: error\n" + "x: " + "[" * 40 + "]" * 40 + "\n", "deep"),
])
def test_bad_configs_are_one_line_usage_errors_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    p = write(tmp_path, ".gri-check.yaml", text)
    with pytest.raises(UsageError) as info:
        config.load(p)
    line = str(info.value)
    assert message in line and str(p) in line and "\n" not in line


def test_bad_toml_and_a_missing_table_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="invalid TOML"):
        config.load(write(tmp_path, "pyproject.toml", "[tool.gri-check\n"))
    with pytest.raises(UsageError, match=r"no \[tool.gri-check\] table"):
        config.load(write(tmp_path / "x", "pyproject.toml", "[project]\n"))
    with pytest.raises(UsageError, match="contradict"):
        config.resolve(tmp_path, tmp_path / "x" / "pyproject.toml", disabled=True)


def test_rule_selection_and_overrides_give_the_engine_its_severities() -> None:
    sev = config.severities(("GRI-EVD",), ("GRI-EVD-002",), (("GRI-EVD", Severity.INFO),
                                                              ("GRI-EVD-001", Severity.WARNING)))
    assert sev["GRI-EVD-001"] is Severity.WARNING  # the longest match wins
    assert sev["GRI-EVD-002"] is None  # ignored
    assert sev["GRI-IDX-005"] is None  # not selected
    assert all(v in (Severity.INFO, None) for k, v in sev.items() if k.startswith("GRI-EVD-0") and k not in
               ("GRI-EVD-001", "GRI-EVD-002"))
    assert config.rule_list(("GRI-EVD,placeholder-location",), "--select") == ("GRI-EVD", "GRI-IDX-005")


def test_the_command_line_replaces_the_configs_values(tmp_path: Path) -> None:
    cfg = config.load(write(tmp_path, ".gri-check.yaml", GOOD))
    opts = config.run_options(cfg, today=date(2026, 6, 1), fail_under=90, ignore=("GRI-EVD-001",))
    assert opts.gate.fail_under == 90 and opts.gate.fail_on is Severity.WARNING
    assert opts.gate.fail_under_frameworks == (("GRI", 55.0),) and len(opts.gate.waivers) == 2
    assert opts.severities["GRI-EVD-001"] is None and opts.severities.get("GRI-EVD-002", "runs") == "runs"
    assert opts.severities["GRI-REQ-003"] is None  # the config's select still holds: not selected
    assert opts.scan == ("SASB",)
