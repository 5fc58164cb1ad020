"""Wire the stages: file -> Document -> ContentIndex -> Assessments -> Findings -> RunResult."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gri_check import index as index_stage
from gri_check import ingest, rules
from gri_check.match.assess import Thresholds, assess
from gri_check.model import Mode, Severity
from gri_check.ingest.document import Document
from gri_check.result import Gate, ModeChoice, RunResult, Source, apply_gate, coverage_of
from gri_check.rules.base import CheckContext
from gri_check.standards.catalogue import Catalogue
from gri_check.standards.load import load_catalogue


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    mode: Mode | None = None  # None: take the mode from the statement of use
    gate: Gate = Gate()
    thresholds: Thresholds = Thresholds()
    severities: Mapping[str, Severity | None] = field(default_factory=dict)
    catalogues: Sequence[Path] = ()


def run(path: Path, options: Options, catalogue: Catalogue | None = None, *, against: Path | None = None,
        progress: ingest.Progress | None = None) -> RunResult:
    """Check the index in `path` against `path` itself, or against another file (a stand-alone index)."""
    catalogue = catalogue or load_catalogue(options.catalogues or None)
    report = load_source(path, progress)
    other = load_source(against, progress) if against is not None else None
    return check_document(report.document, catalogue, options, report=report, against=other)


def load_source(path: Path, progress: ingest.Progress | None = None) -> Source:
    data = ingest.read_bytes(path)
    return Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(),
                  document=ingest.parse(data, path, progress=progress))


def check_document(document: Document, catalogue: Catalogue, options: Options, *, report: Source | None = None,
                   against: Source | None = None, report_path: str = "") -> RunResult:
    """The check proper, after loading: pure over its inputs (benchmarked on its own)."""
    report = report or Source(path=report_path or document.path, sha256="", document=document)
    evidence = against.document if against else document
    content_index = index_stage.extract(document)
    mode = choose_mode(options.mode, content_index.statement_of_use.mode if content_index.statement_of_use else None)
    assessed = assess(evidence, content_index, catalogue, mode=mode.mode, thresholds=options.thresholds,
                      separate=against is not None)
    ctx = CheckContext(document=evidence, index=content_index, catalogue=catalogue, assessed=assessed, mode=mode.mode)
    findings = rules.run(ctx, options.severities)
    coverage = coverage_of(assessed.assessments)
    return RunResult(report=report, against=against, document=evidence, index=content_index,
                     catalogues=tuple(Path(s).name for s in catalogue.sources), mode=mode,
                     assessments=assessed.assessments, unmatched_rows=len(assessed.unmatched), findings=findings,
                     coverage=coverage, gate=apply_gate(options.gate, coverage, findings))


def choose_mode(option: Mode | None, stated: Mode | None) -> ModeChoice:
    if option is not None:
        return ModeChoice(mode=option, source="option")
    if stated is not None and stated is not Mode.UNKNOWN:
        return ModeChoice(mode=stated, source="statement_of_use")
    return ModeChoice(mode=Mode.WITH_REFERENCE, source="default")
