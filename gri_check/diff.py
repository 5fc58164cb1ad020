"""Two JSON reports of `check` compared: draft v1 against v2, last year against this year (docs/diff.md).

Pure: parsed JSON in, a DiffResult out (load() is the one function that reads a file). Disclosures are
matched by framework and code; rows repeating a code (the per-topic 3-3 rows) are paired first by their
cited location, then in order. Findings are matched by fingerprint, then, for those left (fingerprints of
another schema, or changed with the row's location), by rule, framework and disclosure.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gri_check.errors import InputError

SCHEMA_VERSION = "1.0"
KIND = "gri-check-diff"
MISSING = ("unsupported", "not_indexed")  # statuses where the report does not give the disclosure
_SCHEMA = re.compile(r"^2\.\d+$")
_SEVERITY = {"error": 3, "warning": 2, "info": 1}


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """One of the two runs."""

    file: str  # the JSON file as given
    report: str  # the report it checked, as its run printed it
    sha256: str | None
    schema_version: str
    reporting_year: int | None
    percent: float | None  # supported coverage
    addressed_percent: float | None
    judged: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """A disclosure as one run saw it."""

    status: str
    location: str | None  # the index row's cited location as printed; None when not indexed
    line: int | None
    page: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RowChange:
    framework: str
    code: str
    title: str
    occurrence: int  # 1 for the first row of this code in its run, 2 for the second ...
    old: Row | None  # None: the disclosure is new in this run
    new: Row | None  # None: it is gone (its row was removed and nothing requires it)

    @property
    def change(self) -> str:
        """added, removed, status (the status changed, maybe the location too) or location."""
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "status" if self.old.status != self.new.status else "location"

    @property
    def newly(self) -> str | None:
        """"supported" or "missing" when the change makes it so, else None."""
        old, new = self.old.status if self.old else None, self.new.status if self.new else None
        if new == "supported" and old != "supported":
            return "supported"
        gone = new in MISSING or (new is None and old is not None)  # removed from the index, or not given
        return "missing" if gone and old not in MISSING else None

    @property
    def location_changed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.location != self.new.location


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingRef:
    rule: str
    severity: str
    framework: str | None
    disclosure: str | None
    message: str
    fingerprint: str | None
    line: int | None
    page: str | None

    @property
    def at_least_warning(self) -> bool:
        return _SEVERITY.get(self.severity, 0) >= _SEVERITY["warning"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DiffResult:
    old: Side
    new: Side
    rows: tuple[RowChange, ...]  # every disclosure that changed, in the new run's order, then the removed ones
    new_findings: tuple[FindingRef, ...]
    fixed_findings: tuple[FindingRef, ...]

    def of(self, newly: str) -> tuple[RowChange, ...]:
        return tuple(r for r in self.rows if r.newly == newly)

    @property
    def status_changes(self) -> tuple[RowChange, ...]:
        return tuple(r for r in self.rows if r.change == "status")

    @property
    def location_changes(self) -> tuple[RowChange, ...]:
        return tuple(r for r in self.rows if r.location_changed)

    def count(self, change: str) -> int:
        return sum(1 for r in self.rows if r.change == change)

    @property
    def regressed(self) -> bool:
        """Something newly missing, or a new finding of warning severity or higher."""
        return bool(self.of("missing")) or any(f.at_least_warning for f in self.new_findings)


def load(path: Path) -> dict[str, Any]:
    """A JSON report of `check` (schema 2.x); an InputError (exit 3) in one line naming the file otherwise."""
    hint = "pass reports written by 'gri-check check --format json'"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read it ({getattr(exc, 'strerror', None) or exc})", path=path) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON (line {exc.lineno}: {exc.msg})", path=path, hint=hint) from None
    if not isinstance(data, dict) or data.get("kind") == KIND:
        raise InputError("not a gri-check JSON report" + (" (it is a diff)" if isinstance(data, dict) else ""),
                         path=path, hint=hint)
    version = str(data.get("schema_version", ""))
    if not _SCHEMA.match(version):
        raise InputError(f"schema_version {data.get('schema_version')!r} is not 2.x", path=path, hint=hint)
    if not isinstance(data.get("disclosures"), list) or not isinstance(data.get("findings"), list):
        raise InputError("not a gri-check JSON report (no disclosures or findings list)", path=path, hint=hint)
    return data


def compare(old: Mapping[str, Any], new: Mapping[str, Any], *, old_file: str = "old",
            new_file: str = "new") -> DiffResult:
    fixed, added = _findings(old["findings"], new["findings"])
    return DiffResult(old=_side(old, old_file), new=_side(new, new_file), rows=_rows(old["disclosures"],
                      new["disclosures"]), new_findings=added, fixed_findings=fixed)


def _side(data: Mapping[str, Any], file: str) -> Side:
    report, cov = data.get("report") or {}, data.get("coverage") or {}
    return Side(file=file, report=str(report.get("path", "")), sha256=report.get("sha256"),
                schema_version=str(data["schema_version"]), reporting_year=data.get("reporting_year"),
                percent=cov.get("percent"), addressed_percent=cov.get("addressed_percent"), judged=cov.get("judged"))


def _key(d: Mapping[str, Any]) -> tuple[str, str]:
    return (str(d.get("framework") or ""), str(d.get("code") or ""))


def _row(d: Mapping[str, Any]) -> Row:
    ix = d.get("index_row") or {}
    return Row(status=str(d.get("status")), location=ix.get("raw_location") if d.get("index_row") else None,
               line=ix.get("line"), page=ix.get("page"))


def _rows(old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> tuple[RowChange, ...]:
    """Pair the disclosures of the two runs and keep those that changed."""
    groups_old: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, d in enumerate(old):
        groups_old[_key(d)].append(n)
    groups_new: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, d in enumerate(new):
        groups_new[_key(d)].append(n)
    pair_of_new: dict[int, int | None] = {}  # new position -> old position
    used_old: set[int] = set()
    for key, news in groups_new.items():
        olds = list(groups_old.get(key, []))
        for n in news:  # repeated codes: the same cited location first
            loc = _row(new[n]).location
            same = next((o for o in olds if _row(old[o]).location == loc), None)
            if same is not None:
                pair_of_new[n] = same
                olds.remove(same)
        for n in news:  # then in order
            if n not in pair_of_new:
                pair_of_new[n] = olds.pop(0) if olds else None
        used_old.update(o for o in groups_old.get(key, []) if o not in olds)
    out: list[RowChange] = []
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for n, d in enumerate(new):
        seen[_key(d)] += 1
        o = pair_of_new[n]
        change = RowChange(framework=_key(d)[0], code=_key(d)[1], title=str(d.get("title", "")),
                           occurrence=seen[_key(d)], old=_row(old[o]) if o is not None else None, new=_row(d))
        if change.old is None or change.change == "status" or change.location_changed:
            out.append(change)
    seen.clear()
    for o, d in enumerate(old):
        seen[_key(d)] += 1
        if o not in used_old:
            out.append(RowChange(framework=_key(d)[0], code=_key(d)[1], title=str(d.get("title", "")),
                                 occurrence=seen[_key(d)], old=_row(d), new=None))
    return tuple(out)


def _ref(f: Mapping[str, Any]) -> FindingRef:
    return FindingRef(rule=str(f.get("rule")), severity=str(f.get("severity")), framework=f.get("framework"),
                      disclosure=f.get("disclosure"), message=str(f.get("message", "")),
                      fingerprint=f.get("fingerprint"), line=f.get("line"), page=f.get("page"))


def _findings(old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]
              ) -> tuple[tuple[FindingRef, ...], tuple[FindingRef, ...]]:
    """(fixed: in the old run only, new: in the new run only), each in its run's order."""
    olds, news = [_ref(f) for f in old], [_ref(f) for f in new]
    left_old = set(range(len(olds)))
    left_new = set(range(len(news)))
    by_print: dict[str, list[int]] = defaultdict(list)
    for n, f in enumerate(olds):
        if f.fingerprint:
            by_print[f.fingerprint].append(n)
    for n, f in enumerate(news):
        if f.fingerprint and by_print.get(f.fingerprint):
            left_old.discard(by_print[f.fingerprint].pop(0))
            left_new.discard(n)
    by_subject: dict[tuple[str, str | None, str | None], list[int]] = defaultdict(list)
    for n in sorted(left_old):
        by_subject[(olds[n].rule, olds[n].framework, olds[n].disclosure)].append(n)
    for n in sorted(left_new):
        candidates = by_subject.get((news[n].rule, news[n].framework, news[n].disclosure))
        if candidates:
            left_old.discard(candidates.pop(0))
            left_new.discard(n)
    return tuple(olds[n] for n in sorted(left_old)), tuple(news[n] for n in sorted(left_new))
