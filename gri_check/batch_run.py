"""Run a batch's tasks: the worker function (one report -> its `check --format json` text), the executors
(in-process, or dask.distributed: a local process pool or an existing cluster), and the client loop that
consults the content-hash cache and writes every file with write_atomic.

Workers only return text (small and picklable); the client alone touches the output folder.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from gri_check import __version__, api, pipeline, report
from gri_check.batch import CheckOptions, Task, cache_key, tool_digest
from gri_check.config import Config
from gri_check.errors import EXIT_GATE_FAILED, EXIT_OK, GriCheckError
from gri_check.report.cells import printable
from gri_check.report.write import write_atomic

EXIT_INTERNAL = 4
CACHE_DIR = ".cache"
Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What a worker sends back for one report: the JSON text of `check --format json`, or the error line."""

    name: str
    exit_code: int
    error: str | None = None
    output: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Done:
    """A finished task as the client records it."""

    task: Task
    outcome: Outcome
    sha256: str
    cached: bool


# The one deliberate process-global: the catalogues a worker process has loaded, per distinct set of options,
# so a worker loads them once, not once per report (api.prepare is the costly part of a small report).
_PREPARED: dict[tuple[Any, ...], api.Prepared] = {}
# PDFium is not thread-safe: a worker started with several threads checks one report at a time.
_LOCK = threading.Lock()


def check_task(task: Task, today: str) -> Outcome:
    """Check one report exactly as `gri-check check REPORT --format json` with the same options would."""
    with _LOCK:
        try:
            text, code = _check(task, date.fromisoformat(today))
            return Outcome(name=task.name, exit_code=code, output=text)
        except GriCheckError as exc:
            return Outcome(name=task.name, exit_code=exc.exit_code, error=printable(str(exc)))
        except Exception as exc:  # a bug on one report must not stop the other reports
            return Outcome(name=task.name, exit_code=EXIT_INTERNAL,
                           error=f"internal error: {type(exc).__name__}: {printable(str(exc))}")


def _check(task: Task, today: date) -> tuple[str, int]:
    o = task.options
    cfg = api.read_config(task.path, False if o.no_config else o.config)
    run = _prepared(cfg, o, today)
    against = Path(o.against) if o.against is not None else None
    result = pipeline.run(Path(task.path), run.options, run.standards, against=against)
    return report.render("json", result, color=False, width=100), EXIT_OK if result.gate.passed else EXIT_GATE_FAILED


def _prepared(cfg: Config, o: CheckOptions, today: date) -> api.Prepared:
    key = (cfg, replace(o, against=None), today)
    if key not in _PREPARED:
        _PREPARED[key] = api.prepare("", mode=o.mode, fail_under=o.fail_under, fail_on=o.fail_on, select=o.select,
                                     ignore=o.ignore, standards=o.standards, bundled=o.bundled,
                                     frameworks=o.frameworks, industry=o.industry, crosswalks=o.crosswalks,
                                     cfg=cfg, today=today)
    return _PREPARED[key]


Runner = Callable[[Sequence[Task], str], Iterator[Outcome]]


def run_in_process(tasks: Sequence[Task], today: str) -> Iterator[Outcome]:
    """--jobs 1: one report after another in this process (the PDF reader may still fork for long PDFs)."""
    for task in tasks:
        yield check_task(task, today)


def dask_runner(*, scheduler: str | None, jobs: int) -> Runner:
    """On an existing cluster (`scheduler`: tcp://HOST:PORT) or a local one of `jobs` single-threaded processes."""

    def run(tasks: Sequence[Task], today: str) -> Iterator[Outcome]:
        import dask
        from distributed import Client, LocalCluster, as_completed

        with contextlib.ExitStack() as stack:
            if scheduler is not None:
                client = stack.enter_context(Client(scheduler))
            else:
                # Dask's statistical profiler keeps ~17 minutes (1,000 cycles) of call stacks in each worker: ~40 KB
                # more per report checked until then (docs/scale.md). The workers take this config from their nanny.
                stack.enter_context(dask.config.set({"distributed.worker.profile.enabled": False}))
                cluster = stack.enter_context(LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                           dashboard_address=None, silence_logs=logging.ERROR))
                client = stack.enter_context(Client(cluster))
            futures = {client.submit(check_task, task, today, pure=False): task for task in tasks}
            for future in as_completed(futures):
                task = futures.pop(future)  # the last reference: the cluster may forget the result once read
                try:
                    yield future.result()
                except Exception as exc:  # the worker itself died (killed, out of memory): recorded, batch goes on
                    yield Outcome(name=task.name, exit_code=EXIT_INTERNAL,
                                  error=f"{task.path}: worker failed: {type(exc).__name__}: {printable(str(exc))}")

    return run


def run_batch(tasks: Sequence[Task], out: Path, runner: Runner, *, today: date, summarise: Callable[[Done], T],
              use_cache: bool = True, resume: bool = False, progress: Progress | None = None) -> list[T]:
    """`summarise` of every task's outcome, in the tasks' order. A cached report (same key: bytes, options,
    version) is not read again; with `resume` a report that failed last time is not retried either. Each outcome
    is written (cache entry, then DIR/<name>.json) as soon as it arrives, so an interrupted batch keeps what it
    finished. Only the summaries are kept, not the outputs: memory does not grow with the number of reports."""
    cache = out / CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    keys = {t.name: _key(t, today) for t in tasks}
    done: dict[str, T] = {}
    for task in tasks:
        sha, key = keys[task.name]
        entry = _cached(cache, key) if use_cache or resume else None
        if entry is not None and (entry.output is not None or resume):
            entry = replace(entry, name=task.name)
            _write_output(out, entry)
            done[task.name] = summarise(Done(task=task, outcome=entry, sha256=sha, cached=True))
    todo = [t for t in tasks if t.name not in done]
    by_name = {t.name: t for t in todo}
    if progress is not None:
        progress(len(done), len(tasks))
    for outcome in runner(todo, today.isoformat()) if todo else ():
        task = by_name[outcome.name]
        sha, key = keys[task.name]
        if key is not None:
            write_atomic(cache / f"{key}.json", json.dumps({"key": key, **asdict(outcome)}, ensure_ascii=False))
        _write_output(out, outcome)
        done[task.name] = summarise(Done(task=task, outcome=outcome, sha256=sha, cached=False))
        if progress is not None:
            progress(len(done), len(tasks))
    return [done[t.name] for t in tasks]


def _write_output(out: Path, outcome: Outcome) -> None:
    target = out / f"{outcome.name}.json"
    if outcome.output is None:
        target.unlink(missing_ok=True)  # a report that fails now leaves no earlier run's result behind
    elif not target.is_file() or target.read_text(encoding="utf-8") != outcome.output:
        write_atomic(target, outcome.output)


def _cached(cache: Path, key: str | None) -> Outcome | None:
    if key is None:
        return None
    try:
        data = json.loads((cache / f"{key}.json").read_text(encoding="utf-8"))
        return Outcome(name=str(data["name"]), exit_code=int(data["exit_code"]), error=data["error"],
                       output=data["output"])
    except (OSError, ValueError, KeyError, TypeError):  # absent or damaged: check the report again
        return None


def _key(task: Task, today: date) -> tuple[str, str | None]:
    """(sha256 of the report, cache key); no key when a file it depends on cannot be read (the check says why)."""
    o = task.options
    sha = file_sha256(task.path)
    try:
        cfg = api.read_config(task.path, False if o.no_config else o.config)
    except GriCheckError:
        return sha or "", None
    files = [*o.standards, *o.crosswalks, *(str(p) for p in (*cfg.standards, *cfg.crosswalks))]
    if o.against is not None:
        files.append(o.against)
    if cfg.path is not None:
        files.append(str(cfg.path))
    inputs = {f: file_sha256(f) for f in files}
    if sha is None or any(v is None for v in inputs.values()):
        return sha or "", None
    extra: Mapping[str, str] = {"today": today.isoformat()} if cfg.waivers else {}  # waivers expire by date
    return sha, cache_key(version=f"{__version__}+{tool_digest()}", path=task.path, report_sha=sha, options=o,
                          inputs={**{k: str(v) for k, v in inputs.items()}, **extra})


def file_sha256(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()
