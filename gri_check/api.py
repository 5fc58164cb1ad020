"""The library API: `gri_check.check(path, **options)`, what `gri-check check` runs, returning the result.

`gri_check.report.json_.to_dict(result)` is exactly the `--format json` output of the same check, and
`result.gate.passed` is false exactly when the command would exit 1. Errors are raised, not printed:
UsageError (the command's exit 2) and InputError (exit 3), both gri_check.errors.GriCheckError.
The command line builds its run with prepare() too, so the two cannot drift apart.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gri_check import config, ingest, pipeline
from gri_check.errors import UsageError
from gri_check.result import RunResult

StrPath = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A run ready to go: the configuration read, the pipeline options and the catalogues loaded."""

    config: config.Config
    options: pipeline.Options
    standards: pipeline.Standards


def prepare(report: StrPath, *, mode: str | None = None, fail_under: float | None = None, fail_on: str | None = None,
            select: Sequence[str] = (), ignore: Sequence[str] = (), standards: Sequence[StrPath] = (),
            bundled: bool = True, frameworks: Sequence[str] = (), industry: str | None = None,
            crosswalks: Sequence[StrPath] = (), baseline: StrPath | None = None,
            config_file: StrPath | None | bool = None, today: date | None = None,
            cfg: config.Config | None = None) -> Prepared:
    """Read the config (None: found upward from the report, a path: that file, False: none; or `cfg`, read
    already by read_config()), turn the options into pipeline options (each given one replacing the config's)
    and load the catalogues."""
    cfg = cfg if cfg is not None else read_config(report, config_file)
    if not bundled and not (standards or cfg.standards):
        raise UsageError("--no-bundled needs at least one --standard catalogue", hint="add --standard FILE.yaml")
    options = config.run_options(cfg, today=today or date.today(), mode=mode, fail_under=fail_under, fail_on=fail_on,
                                 select=select, ignore=ignore, standards=[Path(s) for s in standards],
                                 no_bundled=not bundled, frameworks=frameworks, industry=industry,
                                 crosswalks=[Path(c) for c in crosswalks],
                                 baseline=Path(baseline) if baseline is not None else None)
    loaded = pipeline.Standards.load(options)
    config.check_targets(cfg, loaded.catalogue)
    return Prepared(cfg, options, loaded)


def read_config(report: StrPath, config_file: StrPath | None | bool = None) -> config.Config:
    """The run's configuration: None looks upward from the report, a path reads that file, False reads none."""
    explicit = Path(config_file) if isinstance(config_file, (str, os.PathLike)) else None
    return config.resolve(Path(report), explicit, disabled=config_file is False)


def check(report: StrPath, *, against: StrPath | None = None, mode: str | None = None,
          fail_under: float | None = None, fail_on: str | None = None, select: Sequence[str] = (),
          ignore: Sequence[str] = (), standards: Sequence[StrPath] = (), bundled: bool = True,
          frameworks: Sequence[str] = (), industry: str | None = None, crosswalks: Sequence[StrPath] = (),
          baseline: StrPath | None = None, config_file: StrPath | None | bool = None, today: date | None = None,
          progress: ingest.Progress | None = None) -> RunResult:
    """Check one report as `gri-check check REPORT` does, with the same options as keyword arguments named like
    the long options (`fail_under=80`, `select=["GRI-EVD"]`, `frameworks=["SASB"]`, `bundled=False` for
    --no-bundled). `today` fixes the date waivers expire against (default: today)."""
    run = prepare(report, mode=mode, fail_under=fail_under, fail_on=fail_on, select=select, ignore=ignore,
                  standards=standards, bundled=bundled, frameworks=frameworks, industry=industry,
                  crosswalks=crosswalks, baseline=baseline, config_file=config_file, today=today)
    return pipeline.run(Path(report), run.options, run.standards,
                        against=Path(against) if against is not None else None, progress=progress)
