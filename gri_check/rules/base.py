"""Rule metadata and the frozen inputs every rule reads."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from gri_check.index.model import ContentIndex, IndexEntry
from gri_check.ingest.document import Document
from gri_check.match.assess import Assessed
from gri_check.match.industry import IndustryChoice
from gri_check.match.scope import ReportDate
from gri_check.match.sector import Sectors
from gri_check.model import Finding, Mode, Severity
from gri_check.standards.catalogue import Catalogue, Disclosure
from gri_check.standards.framework import Framework

RULE_ID = re.compile(r"^GRI-[A-Z]{3}-\d{3}$")


@dataclass(frozen=True, slots=True)
class Places:
    """Lines of a document as an auditor finds them: "p. 47" (its printed page, else the physical one) where the
    document has pages, "line 725" where it has none."""

    lines: tuple[int, ...] = ()  # first line of each block that is on a page, ascending
    labels: tuple[str, ...] = ()  # that block's page label
    printed: tuple[tuple[int, str], ...] = ()  # physical page -> label

    @classmethod
    def of(cls, doc: Document) -> Places:
        if not doc.pages:
            return cls()
        printed = {p.number: p.label or str(p.number) for p in doc.pages}
        on_pages = sorted((b.line, printed.get(b.page, str(b.page))) for b in doc.blocks if b.page is not None)
        return cls(tuple(t[0] for t in on_pages), tuple(t[1] for t in on_pages), tuple(sorted(printed.items())))

    def at(self, line: int | None, page: int | str | None = None) -> str:
        """The place of `line`; `page` (a physical page number, or a label already) when the caller knows it."""
        if self.printed:
            if isinstance(page, str):
                return f"p. {page}"
            if page is not None:
                return f"p. {dict(self.printed).get(page, str(page))}"
            if line is not None and (i := bisect.bisect_right(self.lines, line) - 1) >= 0:
                return f"p. {self.labels[i]}"
        return f"line {line}"


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckContext:
    document: Document
    index: ContentIndex
    catalogue: Catalogue
    assessed: Assessed
    mode: Mode
    industries: tuple[IndustryChoice, ...] = ()
    language: str = "en"  # the report's (ISO 639-1); "" when it could not be told
    published: ReportDate = ReportDate(year=None, basis="none")  # for dates of "reports published on or after"
    sectors: tuple[Sectors, ...] = ()  # the sector standards of each framework that has them (GRI 11-14)
    index_document: Document | None = None  # the file holding the index, when it is not `document` (--against)
    # Where messages point: an auditor turns to printed pages, so a paged report's places are pages, not the
    # lines of its extracted text (which only text and Markdown reports share with the reader).
    index_places: Places = field(default_factory=Places)
    places: Places = field(default_factory=Places)

    def framework(self, framework_id: str | None) -> Framework | None:
        return self.catalogue.framework(framework_id) if framework_id else None

    def industry(self, framework_id: str) -> IndustryChoice | None:
        return next((c for c in self.industries if c.framework == framework_id), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    id: str
    name: str  # kebab-case, stable
    severity: Severity  # default; configuration may override it
    check: Callable[[CheckContext], Iterator[Finding]]

    def __post_init__(self) -> None:
        if not RULE_ID.match(self.id):
            raise ValueError(f"rule id {self.id!r} does not match GRI-XXX-NNN")
        if not (self.check.__doc__ or "").strip():
            raise ValueError(f"rule {self.id} has no docstring")

    @property
    def summary(self) -> str:
        return (self.check.__doc__ or "").strip().splitlines()[0]

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.check.__doc__ or "")

    def finding(self, message: str, *, disclosure: Disclosure | None = None, entry: IndexEntry | None = None,
                code: str | None = None, line: int | None = None, key: str = "",
                confidence: int | None = None, framework: str | None = None) -> Finding:
        """A finding of this rule. One resting on an unverified catalogue row is never an error: it is
        reported as a warning and says so."""
        severity = self.severity
        if disclosure is not None and disclosure.unverified:
            message += " (The catalogue row for it is unverified.)"
            severity = Severity.WARNING if severity is Severity.ERROR else severity
        return Finding(rule=self.id, name=self.name, severity=severity, message=message,
                       disclosure=disclosure.code if disclosure else (code or (entry.code if entry else None)),
                       standard=disclosure.standard.id if disclosure else None,
                       framework=disclosure.framework if disclosure else (framework or (entry.framework if entry
                                                                                       else None)),
                       line=line if line is not None else (entry.line if entry else None),
                       page=entry.page if entry else None, key=key, confidence=confidence, row=entry)


def label(disclosure: Disclosure) -> str:
    """How a message names a disclosure: GRI 2-8 "Workers who are not employees"."""
    return f'{disclosure.standard.framework} {disclosure.code} "{disclosure.title}"'


def row_label(entry: IndexEntry, ctx: CheckContext) -> str:
    return f'index row "{entry.raw_code or entry.title[:60]}" ({ctx.index_places.at(entry.line, entry.page)})'
