"""Every rule's own case file (tests/rules/cases/GRI-XXX-NNN.yaml), run through the library.

Each case is a small Markdown report and what the rule must (or must not) find in it:

    rule: GRI-LOC-001
    cases:
      - name: a cited section that is no heading
        fires: true            # at least one finding of the rule (false: none)
        count: 1               # optional: exactly this many findings of the rule
        disclosure: "302-1"    # optional: a finding of the rule names this disclosure code
        message_contains: 'is not a heading'   # optional: a finding's message contains this text
        options: {}            # optional: mode, framework, industry, standards (see _options)
        report: |
          # Example Ltd Sustainability Report 2024
          ...

A file holds at least one case that fires and one that does not, the second the smallest change
that flips the rule (the near miss).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from gri_check import pipeline, rules
from gri_check.model import Finding, Mode

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "cases"
CASE_KEYS = {"name", "fires", "count", "disclosure", "message_contains", "options", "report"}
OPTION_KEYS = {"mode", "framework", "industry", "standards"}
MODES = {"in-accordance": Mode.IN_ACCORDANCE, "with-reference": Mode.WITH_REFERENCE}


def _files() -> list[Path]:
    return sorted(CASES.glob("*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and set(data) == {"rule", "cases"}, f"{path.name}: needs exactly rule: and cases:"
    assert isinstance(data["cases"], list) and data["cases"], f"{path.name}: cases: is an empty list"
    return data


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _params() -> list[Any]:
    out = []
    for path in _files():
        data = _load(path)
        for case in data["cases"]:
            out.append(pytest.param(data["rule"], case, id=f"{data['rule']}-{_slug(str(case.get('name', '')))}"))
    return out


PARAMS = _params()


def _options(given: dict[str, Any] | None) -> pipeline.Options:
    """The case's options as pipeline options: mode (in-accordance | with-reference), framework (frameworks
    to scan the report for), industry (an industry code), standards (catalogue paths under the repo root)."""
    given = given or {}
    assert set(given) <= OPTION_KEYS, f"unknown options: {sorted(set(given) - OPTION_KEYS)}"
    mode = given.get("mode")
    assert mode is None or mode in MODES, f"mode must be one of {sorted(MODES)}"
    frameworks = given.get("framework") or ()
    standards = given.get("standards") or ()
    return pipeline.Options(mode=MODES[mode] if mode else None,
                            scan=tuple([frameworks] if isinstance(frameworks, str) else frameworks),
                            industry=given.get("industry"),
                            catalogues=tuple(ROOT / p for p in ([standards] if isinstance(standards, str)
                                                                 else standards)))


def _describe(findings: list[Finding]) -> str:
    return "\n".join(f"  {f.rule} [{f.disclosure}] {f.message}" for f in findings) or "  (none)"


@pytest.mark.parametrize(("rule", "case"), PARAMS)
def test_rule_case(rule: str, case: dict[str, Any], tmp_path: Path, catalogue) -> None:
    assert set(case) <= CASE_KEYS, f"unknown case keys: {sorted(set(case) - CASE_KEYS)}"
    assert isinstance(case.get("fires"), bool), "every case says fires: true or fires: false"
    assert isinstance(case.get("report"), str) and case["report"].strip(), "every case has a report"
    options = _options(case.get("options"))
    path = tmp_path / "report.md"
    path.write_text(case["report"], encoding="utf-8")
    # Extra catalogues: the run loads the bundled ones together with them; otherwise the session's catalogue.
    result = pipeline.run(path, options, None if options.catalogues else catalogue)
    mine = [f for f in result.findings if f.rule == rule]
    shown = f"{rule} findings:\n{_describe(mine)}\nall findings:\n{_describe(list(result.findings))}"
    if case["fires"]:
        assert mine, f"expected {rule} to fire\n{shown}"
    else:
        assert not mine, f"expected {rule} not to fire\n{shown}"
    if "count" in case:
        assert len(mine) == case["count"], f"expected {case['count']} findings of {rule}\n{shown}"
    if "disclosure" in case:
        assert any(f.disclosure == str(case["disclosure"]) for f in mine), \
            f"no {rule} finding names disclosure {case['disclosure']}\n{shown}"
    if "message_contains" in case:
        assert any(case["message_contains"] in f.message for f in mine), \
            f"no {rule} finding's message contains {case['message_contains']!r}\n{shown}"


def test_every_rule_has_a_case_file_that_fires_and_one_that_does_not() -> None:
    known = {r.id for r in rules.RULES}
    named = {}
    for path in _files():
        data = _load(path)
        named[data["rule"]] = [c.get("fires") for c in data["cases"]]
    assert sorted(set(named) - known) == [], "case files name unknown rules"
    assert sorted(known - set(named)) == [], "rules without a case file"
    lacking = sorted(r for r, fires in named.items() if True not in fires or False not in fires)
    assert lacking == [], "case files need a case that fires and one that does not"


def test_case_file_names_its_rule() -> None:
    wrong = [(p.name, _load(p)["rule"]) for p in _files() if _load(p)["rule"] != p.stem]
    assert wrong == []


def test_case_ids_are_unique() -> None:
    ids = [p.id for p in PARAMS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
