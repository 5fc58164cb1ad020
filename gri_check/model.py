"""Shared vocabulary of the pipeline: severities, statuses and findings."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the index model imports this module
    from gri_check.index.model import IndexEntry


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Status(StrEnum):
    """Verdict on one disclosure. The JSON contract lists these values; never rename one."""

    SUPPORTED = "supported"
    PARTIAL = "partial"
    UNSUPPORTED = "unsupported"
    EXTERNAL = "external"
    OMITTED = "omitted"
    NOT_INDEXED = "not_indexed"
    NOT_JUDGED = "not_judged"  # the catalogue has no evidence terms in the report's language (schema 2.1)


class Mode(StrEnum):
    IN_ACCORDANCE = "in_accordance"
    WITH_REFERENCE = "with_reference"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One problem found, with a stable rule id and an auditor's message."""

    rule: str
    name: str
    severity: Severity
    message: str
    disclosure: str | None = None
    standard: str | None = None
    framework: str | None = None
    line: int | None = None
    page: int | None = None
    key: str = ""
    confidence: int | None = None
    # the index row it is about, if any: part of its fingerprint (gri_check/fingerprint.py), not of its equality
    row: IndexEntry | None = field(default=None, compare=False, repr=False)

    @property
    def sort_key(self) -> tuple:
        return (self.framework or "", self.standard or "", _code_key(self.disclosure), self.rule, self.line or 0,
                self.key)


def _code_key(code: str | None) -> tuple:
    """Sort "2-10" after "2-9": numeric parts as numbers."""
    if not code:
        return ((0, ""),)
    parts = code.replace(".", "-").split("-")
    return tuple((0, f"{int(p):06d}") if p.isdigit() else (1, p) for p in parts)


code_sort_key = _code_key
