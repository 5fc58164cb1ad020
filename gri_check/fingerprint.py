"""Stable identities of findings (schema 2.3): what a baseline recognises in a later run.

A fingerprint is 16 hex digits of SHA-256 over the finding's rule, framework, standard and code, its subject
(Finding.key: the cited text, the item, ...) and, for a finding about an index row, that row: its code and
title as printed, its position among the rows with the same code (the per-topic 3-3 rows of one index), and
its cited location with the digits left out. Line and page numbers are never part of it, so a finding keeps
its fingerprint when text moves or the report is re-paginated. Findings that are still alike are told apart
by their order in the run (the second gets "#2" hashed in), so fingerprints are unique within a run.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from gri_check.index.model import IndexEntry
from gri_check.model import Finding

if TYPE_CHECKING:
    from gri_check.result import RunResult

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_SEP = "\x1f"


def fingerprints(findings: Sequence[Finding], entries: Sequence[IndexEntry]) -> tuple[str, ...]:
    """One fingerprint per finding, in order; unique within the sequence."""
    positions = row_positions(entries)
    used: set[str] = set()
    out = []
    for f in findings:
        raw = identity(f, positions)
        value, n = _hash(raw), 1
        while value in used:  # alike findings (or a 64-bit collision): the n-th occurrence hashes "#n" in
            n += 1
            value = _hash(f"{raw}{_SEP}#{n}")
        used.add(value)
        out.append(value)
    return tuple(out)


def of_run(result: RunResult) -> tuple[str, ...]:
    """The fingerprints of a run's findings, in the order of result.findings."""
    return fingerprints(result.findings, result.index.entries)


def identity(f: Finding, positions: dict[IndexEntry, int]) -> str:
    """The text hashed into a finding's fingerprint (before any "#n" for alike findings)."""
    parts = [f.rule, f.framework or "", f.standard or "", f.disclosure or "", _norm(f.key)]
    row = f.row
    if row is not None:
        parts += [_norm(row.raw_code), _norm(row.title), str(positions.get(row, 0)),
                  _DIGITS.sub("#", _norm(row.raw_location))]
    return _SEP.join(parts)


def row_positions(entries: Iterable[IndexEntry]) -> dict[IndexEntry, int]:
    """Each row's position (0, 1, ...) among the rows of its framework with the same code, in index order; rows
    without a code are counted by title. Stable while rows of other codes are added, moved or removed."""
    seen: dict[tuple[str, str], int] = {}
    out: dict[IndexEntry, int] = {}
    for e in entries:
        group = (e.framework or "", e.code or f"title:{_norm(e.title)}")
        out.setdefault(e, seen.get(group, 0))
        seen[group] = seen.get(group, 0) + 1
    return out


def _norm(text: str) -> str:
    """Case, width and spacing left out: a cell re-wrapped by the PDF reader is the same text."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
