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


@dataclass(frozen=True, slots=True, kw_only=True)
class Omission:
    text: str
    reason: OmissionReason
    explanation: str  # the text after the reason, empty when none was given


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupRow:
    raw: str
    number: str  # standard number as printed: "305"
    name: str
    year: int | None
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexEntry:
    raw_code: str
    code: str | None  # canonical code, None when the row has no code
    requirement: str  # requirement letter(s) when the row cites one ("305-1a")
    gri: bool  # False for other-framework or sector codes kept verbatim
    title: str
    raw_location: str
    locations: tuple[CitedLocation, ...]
    omission: Omission | None
    group: GroupRow | None
    line: int
    page: int | None
    block: int  # index of the row's block in the Document


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementOfUse:
    text: str
    mode: Mode
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ContentIndex:
    title: str | None  # the heading or label naming the index, as printed
    title_line: int | None
    entries: tuple[IndexEntry, ...]
    groups: tuple[GroupRow, ...]
    statement_of_use: StatementOfUse | None
    gri1_used: str | None
    first_block: int  # the index span: navigation, never evidence
    end_block: int

    @property
    def found(self) -> bool:
        return bool(self.entries)


EMPTY_INDEX = ContentIndex(title=None, title_line=None, entries=(), groups=(), statement_of_use=None,
                           gri1_used=None, first_block=0, end_block=0)
