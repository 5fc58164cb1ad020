"""The rule registry: an explicit tuple of every rule, run in order."""
from __future__ import annotations

from collections.abc import Mapping

from gri_check.model import Finding, Severity
from gri_check.rules import cod, evd, idx, loc, omi, req, req_sector
from gri_check.rules.base import CheckContext, Rule

RULES: tuple[Rule, ...] = (*idx.RULES, *cod.RULES, *loc.RULES, *evd.RULES, *omi.RULES, *req.RULES, *req_sector.RULES)
_BY_ID: Mapping[str, Rule] = {r.id: r for r in RULES}
_BY_NAME: Mapping[str, Rule] = {r.name: r for r in RULES}


def get(rule: str) -> Rule:
    """A rule by id or name; KeyError with the known ids otherwise."""
    found = _BY_ID.get(rule.upper()) or _BY_NAME.get(rule.lower())
    if found is None:
        raise KeyError(f'no such rule: "{rule}"')
    return found


def run(ctx: CheckContext, overrides: Mapping[str, Severity | None] | None = None) -> tuple[Finding, ...]:
    """Every rule's findings, with configured severities applied (None switches a rule off), sorted."""
    overrides = overrides or {}
    out: list[Finding] = []
    for rule in RULES:
        if rule.id in overrides and overrides[rule.id] is None:
            continue
        severity = overrides.get(rule.id)
        for f in rule.check(ctx):
            if severity is not None:
                f = _with_severity(f, severity)
            out.append(f)
    return tuple(sorted(out, key=lambda f: f.sort_key))


def _with_severity(f: Finding, severity: Severity) -> Finding:
    from dataclasses import replace

    return replace(f, severity=severity)
