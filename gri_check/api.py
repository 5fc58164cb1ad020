"""The library API: `gri_check.check(path, **options)`, what `gri-check check` runs, returning the result.

`gri_check.report.json_.to_dict(result)` is exactly the `--format json` output of the same check, and
`result.gate.passed` is false exactly when the command would exit 1. Errors are raised, not printed:
UsageError (the command's exit 2) and InputError (exit 3), both gri_check.errors.GriCheckError.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from gri_check import config, pipeline
from gri_check.result import RunResult

StrPath = str | os.PathLike[str]


def check(report: StrPath, *, mode: str | None = None, fail_under: float | None = None, fail_on: str | None = None,
          select: Sequence[str] = (), ignore: Sequence[str] = (), standards: Sequence[StrPath] = (),
          bundled: bool = True, frameworks: Sequence[str] = (), industry: str | None = None,
          crosswalks: Sequence[StrPath] = (), against: StrPath | None = None, baseline: StrPath | None = None,
          config_file: StrPath | None | bool = None, today: date | None = None) -> RunResult:
    """Check one report as `gri-check check REPORT` does, with the same options (as keyword arguments named like
    the long options: `fail_under=80`, `select=["GRI-EVD"]`, `frameworks=["SASB"]`, `bundled=False` for
    --no-bundled). `config_file`: None looks for a config upward from the report (as the command does), a path
    reads that file, False reads none. `today` fixes the date waivers expire against (default: today)."""
    path = Path(report)
    explicit = Path(config_file) if isinstance(config_file, (str, os.PathLike)) else None
    cfg = config.resolve(path, explicit, disabled=config_file is False)
    options = config.run_options(cfg, today=today or date.today(), mode=mode, fail_under=fail_under, fail_on=fail_on,
                                 select=select, ignore=ignore, standards=[Path(s) for s in standards],
                                 no_bundled=not bundled, frameworks=frameworks, industry=industry,
                                 crosswalks=[Path(c) for c in crosswalks],
                                 baseline=Path(baseline) if baseline is not None else None)
    loaded = pipeline.Standards.load(options)
    config.check_targets(cfg, loaded.catalogue)
    return pipeline.run(path, options, loaded, against=Path(against) if against is not None else None)
