"""Project configuration: [tool.gri-check] in pyproject.toml, or .gri-check.yaml / .gri-check.yml.

Found upward from the report's folder to the filesystem root, nearest folder first; in one folder
.gri-check.yaml, then .gri-check.yml, then a pyproject.toml that has the table (one without it is passed
over). `--config FILE` names the file, `--no-config` ignores any. Validated against
standards/schema/config.schema.json, then rule ids against the registry: every problem is one UsageError
naming the file (exit 2). docs/config.md documents the keys.
"""
from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from gri_check import pipeline, rules
from gri_check.baseline import load_baseline
from gri_check.errors import UsageError
from gri_check.gate import Gate, Waiver
from gri_check.model import Mode, Severity
from gri_check.paths import schema_path
from gri_check.standards.catalogue import Catalogue
from gri_check.standards.yamlfile import MAX_BYTES, JsonPath, parse_bounded

_TIMESTAMP, _BOOL = "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool"
NAMES = (".gri-check.yaml", ".gri-check.yml", "pyproject.toml")
TABLE = "[tool.gri-check]"
DOC = "see docs/config.md"


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    path: Path | None = None  # the file read; None: no config
    standards: tuple[Path, ...] = ()  # resolved against the config file's folder
    bundled: bool = True
    crosswalks: tuple[Path, ...] = ()
    frameworks: tuple[str, ...] = ()
    mode: str | None = None  # "in-accordance" | "with-reference"
    industry: str | None = None
    select: tuple[str, ...] = ()  # rule ids or id prefixes, canonical (upper case)
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity | None], ...] = ()  # (rule id or prefix, severity; None: off)
    fail_under: float | None = None
    fail_under_frameworks: tuple[tuple[str, float], ...] = ()
    fail_under_standards: tuple[tuple[str, float], ...] = ()
    fail_on: Severity | None = None
    waivers: tuple[Waiver, ...] = ()


def discover(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a file's folder, or a folder)."""
    folder = Path(os.path.abspath(start))  # not resolve(): the report may be a symlink loop, which the reader reports
    if not folder.is_dir():
        folder = folder.parent
    folder = folder.resolve()
    for d in (folder, *folder.parents):
        for name in NAMES:
            p = d / name
            if p.is_file() and (name != "pyproject.toml" or _has_table(p)):
                return p
    return None


def resolve(report: Path, explicit: Path | None, *, disabled: bool) -> Config:
    """The run's configuration: --config FILE, else the discovered file, else none."""
    if explicit is not None:
        if disabled:
            raise UsageError("--config and --no-config contradict each other", hint="give one of them")
        return load(explicit)
    found = None if disabled else discover(report)
    return load(found) if found is not None else Config()


def load(path: Path) -> Config:
    data, lines = _read(path)
    where = TABLE if path.name == "pyproject.toml" else ""
    data = _dates_as_text(data)
    _validate(data, lines, path, where)
    return _build(data, lines, path, where)


def severities(select: Sequence[str], ignore: Sequence[str],
               overrides: Sequence[tuple[str, Severity | None]]) -> dict[str, Severity | None]:
    """Rule id -> severity for the rule engine (None: off). A rule runs when it matches a select entry (or
    select is empty) and no ignore entry; an override by the longest matching id or prefix wins."""
    out: dict[str, Severity | None] = {}
    for rule in rules.RULES:
        if (select and not any(_matches(rule.id, s) for s in select)) or any(_matches(rule.id, s) for s in ignore):
            out[rule.id] = None
            continue
        hits = [(len(p), sev) for p, sev in overrides if _matches(rule.id, p)]
        if hits:
            out[rule.id] = max(hits, key=lambda h: h[0])[1]
    return out


def rule_list(values: Sequence[str], what: str, path: Path | None = None) -> tuple[str, ...]:
    """Comma-separated, repeatable rule lists (--select GRI-EVD,GRI-LOC-001) as canonical ids or prefixes."""
    return tuple(canonical_rule(v.strip(), what, path) for value in values for v in value.split(",") if v.strip())


def canonical_rule(value: str, what: str, path: Path | None = None) -> str:
    """A rule id, name or id prefix as an id or prefix; a UsageError for anything no rule answers to."""
    try:
        return rules.get(value).id
    except KeyError:
        pass
    prefix = value.upper()
    if any(_matches(r.id, prefix) for r in rules.RULES):
        return prefix
    raise UsageError(f'{what}: unknown rule "{value}"', path=path,
                     hint="run 'gri-check rules' for the ids; a prefix such as GRI-EVD selects a family")


def _matches(rule_id: str, pattern: str) -> bool:
    return rule_id == pattern or rule_id.startswith(f"{pattern}-")


def _has_table(path: Path) -> bool:
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    if b"gri-check" not in raw:  # cheap: most pyproject.toml files above a report are other projects'
        return False
    return isinstance(_toml(path, raw).get("tool", {}).get("gri-check"), dict)


def _toml(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"invalid TOML ({exc})", path=path, hint="fix the TOML syntax") from None


def _read(path: Path) -> tuple[Any, dict[JsonPath, int]]:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # a config is small: never read /dev/zero to the end
    except FileNotFoundError:
        raise UsageError("config file not found", path=path, hint="check the --config path") from None
    except OSError as exc:
        raise UsageError(f"cannot read config file ({exc.strerror})", path=path) from None
    if path.suffix == ".toml":
        table = _toml(path, raw).get("tool", {}).get("gri-check")
        if not isinstance(table, dict):
            raise UsageError(f"no {TABLE} table", path=path, hint=f"add one, or name a .gri-check.yaml; {DOC}")
        return table, {}
    if not raw.strip():
        return {}, {}  # an empty .gri-check.yaml: all defaults
    return _yaml(path, raw)


def _yaml(path: Path, raw: bytes) -> tuple[Any, dict[JsonPath, int]]:
    """YAML with line numbers, dates left as text: the schema then reports a bad one (2025-02-30) at its line."""
    import yaml

    class Loader(yaml.SafeLoader):  # dates stay text; only true/false are booleans (YAML 1.1 reads off as false)
        yaml_implicit_resolvers = {first: [r for r in resolvers if r[0] not in (_TIMESTAMP, _BOOL)]
                                   for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

    Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

    data, lines = parse_bounded(path, raw, loader=Loader, error=UsageError)  # the catalogues' limits: no alias bomb
    return data if data is not None else {}, lines


def _dates_as_text(data: Any) -> Any:
    """YAML and TOML read an unquoted 2025-06-30 as a date; the schema checks the text."""
    if isinstance(data, dict):
        return {k: _dates_as_text(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_dates_as_text(v) for v in data]
    if isinstance(data, (date, datetime)):
        return data.isoformat()
    return data


def _validate(data: Any, lines: dict[JsonPath, int], path: Path, where: str) -> None:
    import jsonschema

    schema = json.loads(schema_path("config.schema.json").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if not errors:
        return
    err = jsonschema.exceptions.best_match(errors)
    at = tuple(err.absolute_path)
    message = err.message
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        known = sorted(err.schema.get("properties", {}))
        unknown = sorted(set(err.instance) - set(known))
        message = f'unknown key "{unknown[0]}"' + (f" (known: {', '.join(known)})" if known else "")
    elif err.validator == "required":
        message = f"{err.message.split(' is a ')[0]} is required"
    elif err.validator == "pattern" and at and at[-1] == "expires":
        message = f"{err.instance!r} is not a date (YYYY-MM-DD)"
    elif err.validator == "anyOf" and at and at[0] == "waivers":
        message = "a waiver names a disclosure, a rule or both"
    raise UsageError(f"{_where(at, lines, where)}{message}", path=path, hint=DOC)


def _where(at: JsonPath, lines: dict[JsonPath, int], table: str) -> str:
    line = next((lines[at[:k]] for k in range(len(at), -1, -1) if at[:k] in lines), None)
    dotted = ""
    for part in at:
        dotted += f"[{part}]" if isinstance(part, int) else (f".{part}" if dotted else str(part))
    dotted = f"{table}.{dotted}" if table and dotted else (table or dotted)
    return "".join((f"line {line}: " if line else "", f"{dotted}: " if dotted else ""))


def _build(data: Mapping[str, Any], lines: dict[JsonPath, int], path: Path, where: str) -> Config:
    def name(*at: str | int) -> str:
        return _where(at, lines, where).rstrip(": ")

    base = path.resolve().parent
    fail_under = data.get("fail-under")
    thresholds: Mapping[str, Any] = fail_under if isinstance(fail_under, dict) else {"overall": fail_under}
    bundled = data.get("bundled", True)
    if not bundled and not data.get("standards"):
        raise UsageError(f"{name('bundled')}: false needs at least one file under standards", path=path, hint=DOC)
    return Config(
        path=path, standards=tuple(base / p for p in data.get("standards", ())), bundled=bundled,
        crosswalks=tuple(base / p for p in data.get("crosswalks", ())),
        frameworks=tuple(f.upper() for f in data.get("frameworks", ())), mode=data.get("mode"),
        industry=data.get("industry"),
        select=tuple(canonical_rule(v, name("select", n), path) for n, v in enumerate(data.get("select", ()))),
        ignore=tuple(canonical_rule(v, name("ignore", n), path) for n, v in enumerate(data.get("ignore", ()))),
        severity=tuple((canonical_rule(k, name("severity", k), path), None if v == "off" else Severity(v))
                       for k, v in data.get("severity", {}).items()),
        fail_under=float(thresholds["overall"]) if thresholds.get("overall") is not None else None,
        fail_under_frameworks=tuple((k.upper(), float(v)) for k, v in thresholds.get("frameworks", {}).items()),
        fail_under_standards=tuple((k, float(v)) for k, v in thresholds.get("standards", {}).items()),
        fail_on=Severity(data["fail-on"]) if "fail-on" in data else None,
        waivers=tuple(_waiver(n, w, name, path) for n, w in enumerate(data.get("waivers", ()))))


def _waiver(n: int, w: Mapping[str, Any], name: Callable[..., str], path: Path) -> Waiver:
    try:
        expires = date.fromisoformat(w["expires"])
    except ValueError:
        raise UsageError(f"{name('waivers', n, 'expires')}: {w['expires']!r} is not a date (YYYY-MM-DD)", path=path,
                         hint=DOC) from None
    return Waiver(number=n + 1, justification=w["justification"].strip(), owner=w["owner"].strip(), expires=expires,
                  disclosure=w.get("disclosure"), framework=w["framework"].upper() if "framework" in w else None,
                  rule=canonical_rule(w["rule"], name("waivers", n, "rule"), path) if "rule" in w else None)


MODES = {"in-accordance": Mode.IN_ACCORDANCE, "with-reference": Mode.WITH_REFERENCE}


def run_options(cfg: Config, *, today: date, mode: str | None = None, fail_under: float | None = None,
                fail_on: str | None = None, select: Sequence[str] = (), ignore: Sequence[str] = (),
                standards: Sequence[Path] = (), no_bundled: bool = False, frameworks: Sequence[str] = (),
                industry: str | None = None, crosswalks: Sequence[Path] = (),
                baseline: Path | None = None) -> pipeline.Options:
    """The pipeline options of a run: each command-line value replaces the config's (lists too: --select,
    --ignore, --standard, --framework, --crosswalk), per-framework and per-standard thresholds and waivers
    come from the config only."""
    chosen_mode = mode or cfg.mode
    gate = Gate(fail_under=fail_under if fail_under is not None else cfg.fail_under,
                fail_on=Severity(fail_on) if fail_on else cfg.fail_on,
                fail_under_frameworks=cfg.fail_under_frameworks, fail_under_standards=cfg.fail_under_standards,
                waivers=cfg.waivers, baseline=load_baseline(baseline) if baseline else frozenset(), today=today)
    return pipeline.Options(
        mode=MODES[chosen_mode] if chosen_mode else None, gate=gate,
        severities=severities(rule_list(select, "--select") if select else cfg.select,
                              rule_list(ignore, "--ignore") if ignore else cfg.ignore, cfg.severity),
        catalogues=tuple(standards) or cfg.standards, bundled=cfg.bundled and not no_bundled,
        scan=tuple(f.upper() for f in frameworks) or cfg.frameworks, industry=industry or cfg.industry,
        crosswalks=tuple(crosswalks) or cfg.crosswalks)


def check_targets(cfg: Config, catalogue: Catalogue) -> None:
    """Thresholds name frameworks and standards of the loaded catalogues (a UsageError naming the file)."""
    known_fw = {f.id for f in catalogue.frameworks}
    for fid, _ in cfg.fail_under_frameworks:
        if fid not in known_fw:
            raise UsageError(f'fail-under.frameworks: no framework "{fid}" in the loaded catalogues', path=cfg.path,
                             hint=f"known: {', '.join(sorted(known_fw))}")
    known_std = {s.id.casefold() for s in catalogue.standards} | {f"{s.framework} {s.number}".casefold()
                                                                  for s in catalogue.standards}
    for sid, _ in cfg.fail_under_standards:
        if sid.casefold() not in known_std:
            raise UsageError(f'fail-under.standards: no standard "{sid}" in the loaded catalogues', path=cfg.path,
                             hint='use a standard id or its short form ("GRI 2: General Disclosures 2021", "GRI 2"); '
                                  "run 'gri-check standards list'")
