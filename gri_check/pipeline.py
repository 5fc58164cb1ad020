"""Wire the stages: file -> Document -> ContentIndex -> Assessments -> Findings -> RunResult."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gri_check import index as index_stage
from gri_check import ingest, rules
from gri_check.fingerprint import fingerprints
from gri_check.gate import Gate, apply_gate
from gri_check.index.model import ContentIndex
from gri_check.ingest.document import Document
from gri_check.match.assess import Thresholds, assess
from gri_check.match.editions import EditionContext, edition_context, foundation_years
from gri_check.match.industry import IndustryChoice, choose_industry
from gri_check.match.language import detect_language
from gri_check.match.related import relate
from gri_check.match.scope import ReportDate, report_date, reporting_period, scope_of
from gri_check.match.sector import choose_sectors
from gri_check.model import Mode, Severity
from gri_check.result import FrameworkResult, ModeChoice, RunResult, Source, coverage_of, frameworks_of
from gri_check.rules.base import CheckContext, Places
from gri_check.standards.catalogue import Catalogue
from gri_check.standards.codes import CodeReader
from gri_check.standards.crosswalk import Crosswalk, load_crosswalk
from gri_check.standards.load import load_catalogue


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    mode: Mode | None = None  # None: take the mode from the statement of use
    gate: Gate = Gate()
    thresholds: Thresholds = Thresholds()
    severities: Mapping[str, Severity | None] = field(default_factory=dict)
    catalogues: Sequence[Path] = ()  # added to the bundled catalogues (or replacing them: bundled=False)
    bundled: bool = True
    crosswalks: Sequence[Path] = ()
    scan: Sequence[str] = ()  # frameworks to search the whole report for when it prints no index for them
    industry: str | None = None  # an industry code (SASB), else read from the index or the report


@dataclass(frozen=True, slots=True, kw_only=True)
class Standards:
    """The loaded catalogues, their code reader and crosswalk: built once, shared by every report checked."""

    catalogue: Catalogue
    reader: CodeReader
    crosswalk: Crosswalk

    @classmethod
    def load(cls, options: Options) -> Standards:
        catalogue = load_catalogue(options.catalogues or None, bundled=options.bundled)
        return cls.of(catalogue, options)

    @classmethod
    def of(cls, catalogue: Catalogue, options: Options = Options()) -> Standards:
        return cls(catalogue=catalogue, reader=CodeReader.of(catalogue),
                   crosswalk=load_crosswalk(catalogue, options.crosswalks, bundled=options.bundled))


def run(path: Path, options: Options, standards: Standards | Catalogue | None = None, *,
        against: Path | None = None, progress: ingest.Progress | None = None, data: bytes | None = None) -> RunResult:
    """Check the index in `path` against `path` itself, or against another file (a stand-alone index).
    `data`: the report's bytes when they come from elsewhere (standard input); `path` then only names it."""
    loaded = _standards(standards, options)
    report = load_source(path, progress, data)
    other = load_source(against, progress) if against is not None else None
    return check_document(report.document, loaded, options, report=report, against=other)


def _standards(standards: Standards | Catalogue | None, options: Options) -> Standards:
    if isinstance(standards, Standards):
        return standards
    if isinstance(standards, Catalogue):
        return Standards.of(standards, options)
    return Standards.load(options)


def load_source(path: Path, progress: ingest.Progress | None = None, data: bytes | None = None) -> Source:
    data = ingest.read_bytes(path) if data is None else data
    return Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(),
                  document=ingest.parse(data, path, progress=progress))


def check_document(document: Document, standards: Standards | Catalogue, options: Options, *,
                   report: Source | None = None, against: Source | None = None, report_path: str = "") -> RunResult:
    """The check proper, after loading: pure over its inputs (benchmarked on its own)."""
    loaded = _standards(standards, options)
    catalogue, reader = loaded.catalogue, loaded.reader.for_run()  # the run's own memory of the cells it reads
    report = report or Source(path=report_path or document.path, sha256="", document=document)
    evidence = against.document if against else document
    content_index = index_stage.extract(document, catalogue, reader)
    mode = choose_mode(options.mode, content_index.statement_of_use.mode if content_index.statement_of_use else None)
    industries = _industries(catalogue, content_index, evidence, reader, options)
    period = reporting_period(document, content_index)
    published = report_date(document, period)
    editions = _editions(catalogue, content_index, document, published)
    language = detect_language(evidence, () if against else content_index.spans)
    scope = scope_of(catalogue, content_index, mode.mode, period=period, industries=industries, scan=options.scan)
    assessed = assess(evidence, content_index, catalogue, mode=mode.mode, thresholds=options.thresholds,
                      separate=against is not None, reader=reader, scope=scope, language=language.code,
                      editions=editions)
    assessed = relate(assessed, loaded.crosswalk, industries)
    sectors = choose_sectors(catalogue, content_index, document, language=language.code,
                             text=evidence if against is not None else None)
    ctx = CheckContext(document=evidence, index=content_index, catalogue=catalogue, assessed=assessed, mode=mode.mode,
                       industries=industries, language=language.code, published=published, sectors=sectors,
                       index_document=document if against is not None else None,
                       index_places=(places := Places.of(document)),
                       places=places if against is None else Places.of(evidence))
    findings = rules.run(ctx, options.severities)
    coverage = coverage_of([a for a in assessed.assessments if a.basis != "scan"])
    gate = apply_gate(options.gate, findings, assessments=assessed.assessments,
                      fingerprints=fingerprints(findings, content_index.entries),
                      standard_ids=tuple((f"{s.framework} {s.number}", s.id) for s in catalogue.standards))
    return RunResult(report=report, against=against, document=evidence, index=content_index,
                     catalogues=tuple(Path(s).name for s in catalogue.sources), mode=mode,
                     assessments=assessed.assessments, unmatched_rows=len(assessed.unmatched), findings=findings,
                     coverage=coverage, gate=gate,
                     frameworks=frameworks_of(catalogue, content_index, assessed.assessments, industries, mode,
                                              sectors),
                     period=period.year, crosswalks=tuple(Path(s).name for s in loaded.crosswalk.sources),
                     language=language)


def _editions(catalogue: Catalogue, index: ContentIndex, doc: Document, published: ReportDate) -> EditionContext:
    """What the report says about the editions it uses: the codes it cites, the foundation standard it names
    (its "GRI 1 used" line first), its publication year."""
    codes = [(e.framework, e.code) for e in index.entries if e.framework and e.code and not e.other]
    texts = (index.gri1_used or "", *(b.text for b in doc.blocks))
    return edition_context(catalogue, codes, foundations=foundation_years(catalogue, texts), published=published.year)


def _industries(catalogue: Catalogue, index: ContentIndex, doc: Document, reader: CodeReader,
                options: Options) -> tuple[IndustryChoice, ...]:
    """The industry of each framework that applies by industry and is in play (indexed or scanned)."""
    indexed = {e.framework for e in index.entries}
    out = []
    for fw in catalogue.frameworks:
        if fw.industries and (fw.id in indexed or fw.id in options.scan or options.industry):
            out.append(choose_industry(fw.id, catalogue, index, doc, reader, options.industry))
    return tuple(out)


def choose_mode(option: Mode | None, stated: Mode | None) -> ModeChoice:
    if option is not None:
        return ModeChoice(mode=option, source="option")
    if stated is not None and stated is not Mode.UNKNOWN:
        return ModeChoice(mode=stated, source="statement_of_use")
    return ModeChoice(mode=Mode.WITH_REFERENCE, source="default")


__all__ = ["FrameworkResult", "Options", "Standards", "check_document", "choose_mode", "load_source", "run"]
