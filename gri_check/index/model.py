"""The content index as the report states it: rows, groups, statement of use."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gri_check.model import Mode


class LocationKind(StrEnum):
    """What a cited location is. The JSON contract lists these values; never rename one."""

    SECTION = "section"
    PAGE = "page"
    EXTERNAL = "external"  # another document (annual report, website, URL)
    STATEMENT = "statement"  # the answer itself, written in the index
    PLACEHOLDER = "placeholder"  # an unfilled template value such as "pg X"


class OmissionReason(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    LEGAL_PROHIBITIONS = "legal_prohibitions"
    CONFIDENTIALITY = "confidentiality_constraints"
    UNAVAILABLE = "information_unavailable"
    OTHER = "other"  # a reason GRI 1 does not permit


@dataclass(frozen=True, slots=True, kw_only=True)
class CitedLocation:
    text: str  # as printed, trimmed
    kind: LocationKind
    pages: tuple[int, ...] = ()  # printed page numbers named
    document: str | None = None  # other document named ("Annual Report", "AR")
    after_comma: bool = False  # split from the previous part at a comma (may belong to it)
    after_break: bool = False  # split from the previous part at a line break (a wrapped heading may go on)


@dataclass(frozen=True, slots=True, kw_only=True)
class Omission:
    text: str
    reason: OmissionReason
    explanation: str  # the text after the reason, empty when none was given


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupRow:
    raw: str
    number: str  # standard number as printed: "305", "A1"
    name: str
    year: int | None
    line: int
    framework: str = "GRI"


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexEntry:
    raw_code: str
    code: str | None  # canonical code, None when the row has no code
    requirement: str  # requirement letter(s) when the row cites one ("305-1a")
    framework: str | None  # the framework of its code (of its table for a row without a code)
    other: bool  # a code its framework's indexes carry but no catalogue defines (G4 "EU2"): kept, not checked
    title: str
    raw_location: str
    locations: tuple[CitedLocation, ...]
    omission: Omission | None
    group: GroupRow | None
    line: int
    page: int | None
    block: int  # index of the row's block in the Document
    table: int = 0  # which of the report's index tables holds it
    references: tuple[str, ...] = ()  # references printed before its code (sector standard refs: "11.1.5")


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementOfUse:
    text: str
    mode: Mode
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexTable:
    """One index table of the report: a GRI index, a SASB index, an HKEX KPI table."""

    framework: str | None  # whose index it is: named by its title, else most of its rows
    title: str | None  # the heading or label naming it, as printed
    title_line: int | None
    first_block: int  # its span: navigation, never evidence
    end_block: int
    rows: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ContentIndex:
    tables: tuple[IndexTable, ...]
    entries: tuple[IndexEntry, ...]  # every table's rows, in document order
    groups: tuple[GroupRow, ...]
    statement_of_use: StatementOfUse | None  # of the framework that has one (GRI)
    gri1_used: str | None  # the line naming the foundation standard used ("GRI 1 used")
    claims_framework: str | None = None  # the framework whose claims the statement of use makes
    sector_standards: tuple[str, ...] = ()  # its "Applicable GRI Sector Standard(s)" value(s) as printed ("None" too)

    @property
    def found(self) -> bool:
        return bool(self.entries)

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((t.first_block, t.end_block) for t in self.tables)

    def table_of(self, framework: str | None) -> IndexTable | None:
        return next((t for t in self.tables if t.framework == framework), None)

    @property
    def primary(self) -> IndexTable | None:
        """The table of the framework making claims (the GRI index), else the first."""
        return self.table_of(self.claims_framework) or (self.tables[0] if self.tables else None)

    @property
    def title(self) -> str | None:
        return self.primary.title if self.primary else None

    @property
    def title_line(self) -> int | None:
        return self.primary.title_line if self.primary else None


EMPTY_INDEX = ContentIndex(tables=(), entries=(), groups=(), statement_of_use=None, gri1_used=None)
