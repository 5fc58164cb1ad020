"""Plan a batch: inputs (folders, globs, manifests) -> one Task per report, each with its options, its output
name and its cache key. Pure apart from listing folders and reading manifests (docs/scale.md).

A manifest is a .csv or .json file naming reports (relative paths: from the manifest's folder) with their own
options: `against`, `industry`, `framework`/`frameworks` (several separated by ';', ',' or spaces; a JSON list)
and `mode`. A manifest option replaces the batch's option of that name for its report.
"""
from __future__ import annotations

import csv
import functools
import glob
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from gri_check.errors import UsageError

REPORT_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".md", ".txt")
MANIFEST_SUFFIXES = (".csv", ".json")
MODES = ("in-accordance", "with-reference")
_MANIFEST_KEYS = {"path", "report", "against", "industry", "framework", "frameworks", "mode"}
_RESERVED = {"summary"}  # DIR/summary.json is the batch's own
_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckOptions:
    """Everything `check` takes that a batch passes on, as plain picklable values (sent to workers)."""

    against: str | None = None
    mode: str | None = None
    industry: str | None = None
    frameworks: tuple[str, ...] = ()
    fail_under: float | None = None
    fail_on: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    standards: tuple[str, ...] = ()
    bundled: bool = True
    crosswalks: tuple[str, ...] = ()
    config: str | None = None
    no_config: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One report to check, as discovered: its path (as the user would pass it to `check`) and its options."""

    path: str
    options: CheckOptions


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    """An entry with the name of its output (DIR/<name>.json), unique within the batch."""

    path: str
    options: CheckOptions
    name: str


def discover(inputs: Sequence[str], defaults: CheckOptions, *, out: Path | None = None) -> list[Entry]:
    """Every report named by `inputs`, sorted by path then options; a folder is searched recursively. A folder
    or glob never yields a file inside `out`, the batch's own output (its summary.html is no report)."""
    found: list[Entry] = []
    for item in inputs:
        found.extend(_expand(item, defaults, out.resolve() if out is not None else None))
    if not found:
        raise UsageError("no reports to check", hint="name report files, folders, globs or a manifest (.csv/.json)")
    unique = {(e.path, _options_json(e.options)): e for e in found}
    return [unique[k] for k in sorted(unique)]


def _expand(item: str, defaults: CheckOptions, out: Path | None) -> list[Entry]:
    path = Path(item)
    if path.is_dir():
        return [Entry(path=str(p), options=defaults) for p in sorted(path.rglob("*"))
                if p.suffix.lower() in REPORT_SUFFIXES and p.is_file() and not _hidden(p.relative_to(path))
                and not _inside(p, out)]
    if path.suffix.lower() in MANIFEST_SUFFIXES and path.is_file():
        return read_manifest(path, defaults)
    if _GLOB.search(item) and not path.exists():
        matches = sorted(m for m in glob.glob(item, recursive=True)
                         if Path(m).is_file() and Path(m).suffix.lower() in REPORT_SUFFIXES
                         and not _inside(Path(m), out))
        if not matches:
            raise UsageError("the pattern matches no report", path=item,
                             hint=f"reports end in {', '.join(REPORT_SUFFIXES)}")
        return [Entry(path=m, options=defaults) for m in matches]
    return [Entry(path=item, options=defaults)]  # a file, or a missing one: the check says why it cannot read it


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and path.resolve().is_relative_to(folder)


def _hidden(relative: Path) -> bool:
    """A dot folder or file inside a searched folder (.git, the batch's own .cache) is not a report."""
    return any(part.startswith(".") for part in relative.parts)


def read_manifest(path: Path, defaults: CheckOptions) -> list[Entry]:
    """The reports a manifest lists, each with the batch's options replaced by its own."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the manifest ({exc})", path=path) from None
    rows = _json_rows(text, path) if path.suffix.lower() == ".json" else list(csv.DictReader(io.StringIO(text)))
    base = path.parent
    out = []
    for n, row in enumerate(rows, start=1):
        where = f"{path}: report {n}"
        if not isinstance(row, Mapping):
            raise UsageError(f"{where}: an entry is an object with a path", hint='{"path": "report.pdf"}')
        unknown = sorted(str(k) for k in row if k not in _MANIFEST_KEYS)
        if unknown:
            raise UsageError(f"{where}: unknown column {unknown[0]!r}",
                             hint="columns: path, against, industry, frameworks, mode")
        report = _text(row.get("path") or row.get("report"))
        if not report:
            raise UsageError(f"{where}: no path", hint="give each report a path column")
        out.append(Entry(path=_relative(base, report), options=_row_options(row, defaults, base, where)))
    return out


def _json_rows(text: str, path: Path) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"the manifest is not valid JSON (line {exc.lineno}: {exc.msg})", path=path) from None
    rows = data.get("reports") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise UsageError("a JSON manifest is a list of reports (or {\"reports\": [...]})", path=path)
    return rows


def _row_options(row: Mapping[str, Any], defaults: CheckOptions, base: Path, where: str) -> CheckOptions:
    options = defaults
    if against := _text(row.get("against")):
        options = replace(options, against=_relative(base, against))
    if industry := _text(row.get("industry")):
        options = replace(options, industry=industry)
    if mode := _text(row.get("mode")):
        if mode not in MODES:
            raise UsageError(f"{where}: mode {mode!r} is not one of {', '.join(MODES)}")
        options = replace(options, mode=mode)
    frameworks = row.get("frameworks", row.get("framework"))
    if isinstance(frameworks, list):
        options = replace(options, frameworks=tuple(str(f) for f in frameworks))
    elif text := _text(frameworks):
        options = replace(options, frameworks=tuple(f for f in re.split(r"[;,\s]+", text) if f))
    return options


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _relative(base: Path, name: str) -> str:
    path = Path(name)
    return name if path.is_absolute() else str(base / path)


def name_tasks(entries: Iterable[Entry]) -> list[Task]:
    """DIR/<stem>.json per report; a stem shared by several reports (or reserved) gets a short hash of the
    report's path and options, so each output is named uniquely and the same way on every run."""
    entries = list(entries)
    stems = [Path(e.path).stem or "report" for e in entries]
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem.lower()] = counts.get(stem.lower(), 0) + 1
    tasks = []
    for entry, stem in zip(entries, stems):
        name = stem
        if counts[stem.lower()] > 1 or stem.lower() in _RESERVED:
            name = f"{stem}-{_digest(entry.path + chr(0) + _options_json(entry.options))[:8]}"
        tasks.append(Task(path=entry.path, options=entry.options, name=name))
    return tasks


def cache_key(*, version: str, path: str, report_sha: str, options: CheckOptions, inputs: Mapping[str, str]) -> str:
    """What a report's output depends on: gri-check's version, the report's path (the JSON names it) and bytes,
    the options, and the bytes of every other file read (the --against report, config, catalogues, crosswalks)."""
    payload = json.dumps({"version": version, "path": path, "report": report_sha, "options": asdict(options),
                          "inputs": dict(sorted(inputs.items()))}, sort_keys=True)
    return _digest(payload)


@functools.cache
def tool_digest() -> str:
    """A hash of gri-check's own code and bundled data (catalogues, schemas, templates): a dev checkout whose
    standards/ changed without a version bump must not reuse cached outputs."""
    from importlib import resources

    h = hashlib.sha256()
    stack = [resources.files("gri_check"), resources.files("gri_check.catalogues")]
    while stack:
        node = stack.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                if child.name != "__pycache__":
                    stack.append(child)
            elif child.name.endswith((".py", ".yaml", ".json", ".j2", ".css", ".js")):
                h.update(child.name.encode() + b"\0" + child.read_bytes())
    return h.hexdigest()[:16]


def _options_json(options: CheckOptions) -> str:
    return json.dumps(asdict(options), sort_keys=True)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
