"""Command line: parse options, call the pipeline, render, map errors to exit codes. No logic of its own."""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click

from gri_check import __version__, api, cores, ingest, pipeline, report, rules
from gri_check.entry import EXIT_INTERRUPTED  # 128 + SIGINT: a pipeline tells an interrupted run from a failed gate
from gri_check.errors import EXIT_GATE_FAILED, GriCheckError, UsageError
from gri_check.model import Mode, Severity, Status
from gri_check.report.cells import printable
from gri_check.report.colour import want_color
from gri_check.report.view import ALL, View
from gri_check.report.write import write_atomic
from gri_check.standards.load import load_catalogue, validate_file

EXIT_INTERNAL = 4
_MODES = {"in-accordance": Mode.IN_ACCORDANCE, "with-reference": Mode.WITH_REFERENCE}
_FILE_FORMATS = ("json", "sarif", "junit", "markdown", "github", "csv", "html")  # each a --FORMAT FILE option


def _output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--json FILE, --sarif FILE ...: any number of outputs per run, each written atomically."""
    for name in reversed(_FILE_FORMATS):
        func = click.option(f"--{name}", f"out_{name}", type=click.Path(path_type=Path, dir_okay=False),
                            metavar="FILE", help=f"Also write the {name} report to FILE.")(func)
    return func


_STATUSES = [s.value for s in Status] + [s.value.replace("_", "-") for s in Status if "_" in s.value]


def _view_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--summary, --status, --severity, --only-framework: what the terminal report shows, handed to the command
    as one terminal.View (the files written, the exit code and the gate always cover everything)."""

    @functools.wraps(func)
    def wrapper(*args: Any, summary: bool, statuses: tuple[str, ...], severity: str | None,
                only_frameworks: tuple[str, ...], **kwargs: Any) -> Any:
        view = View(summary=summary, statuses=frozenset(Status(s.lower().replace("-", "_")) for s in statuses),
                    min_severity=Severity(severity.lower()) if severity else None,
                    frameworks=frozenset(f.upper() for f in only_frameworks))
        return func(*args, view=view, **kwargs)

    for option in reversed((
            click.option("--summary", is_flag=True,
                         help="Terminal: only the counts, the gate, coverage per framework and the top 10 gaps."),
            click.option("--status", "statuses", multiple=True, type=click.Choice(_STATUSES, case_sensitive=False),
                         metavar="STATUS", help="Terminal: show only disclosure rows with this status: "
                                                + ", ".join(s.value for s in Status) + " (repeatable)."),
            click.option("--severity", type=click.Choice([s.value for s in Severity], case_sensitive=False),
                         help="Terminal: show only findings of this severity or a higher one."),
            click.option("--only-framework", "only_frameworks", multiple=True, metavar="ID",
                         help="Terminal: show only this framework's rows and findings (repeatable; unlike "
                              "--framework, it adds no scan)."))):
        wrapper = option(wrapper)
    return wrapper


def _errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """The one place errors become a single stderr line and an exit code (--debug shows the traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return func(*args, **kwargs)
        except GriCheckError as exc:
            if debug:
                raise
            click.echo(f"gri-check: {printable(str(exc))}", err=True)  # a path or cell quoted in it is data
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("gri-check: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # `gri-check rules | head -1`: the reader has what it wanted
            _silence_stdout()
            sys.exit(0)
        except Exception as exc:  # a bug: say so in one line, keep the exit code apart from user errors
            if debug:
                raise
            click.echo(f"gri-check: internal error: {type(exc).__name__}: {exc} (rerun with --debug and report it)",
                       err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="gri-check")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def cli(debug: bool) -> None:
    """Check a sustainability report's GRI content index against the report and the GRI Standards.

    Exit codes: 0 ran (gate passed), 1 gate failed, 2 usage or configuration error,
    3 unreadable input, 4 internal error.
    """


@cli.command()
@click.argument("reports", metavar="REPORT...", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=True, readable=False))  # the reader says why it cannot read
@click.option("--format", "fmt", type=click.Choice(sorted(report.FORMATS)), default="terminal", show_default=True,
              help="Output format; json is a documented, versioned contract.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (atomically) instead of standard output.")
@click.option("--mode", type=click.Choice(sorted(_MODES)), help="Override the mode read from the statement of use.")
@click.option("--fail-under", type=click.FloatRange(0, 100), metavar="PCT",
              help="Exit 1 when supported coverage is below PCT percent.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]),
              help="Exit 1 when any finding has this severity or a higher one.")
@click.option("--select", multiple=True, metavar="RULES",
              help="Run only these rules: ids, names or prefixes such as GRI-EVD, comma-separated (repeatable).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Do not run these rules (as --select).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Read this config file instead of looking for one upward from the report (docs/config.md).")
@click.option("--no-config", is_flag=True, help="Ignore any config file.")
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="An earlier run's --format json output: its findings do not count for the gate.")
@click.option("--standard", "standards", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Catalogue YAML to check against as well as the bundled ones (repeatable).")
@click.option("--no-bundled", is_flag=True, help="Check against the --standard catalogues only, not the bundled ones.")
@click.option("--framework", "frameworks", multiple=True, metavar="ID",
              help="Also search the whole report for every requirement of this framework (e.g. SASB, CN-EXCH) "
                   "when it prints no index for it (repeatable).")
@click.option("--industry", metavar="CODE",
              help="The report's industry for frameworks that apply by industry "
                   "(a SASB code such as RT-IG); default: read from the index or the report.")
@click.option("--crosswalk", "crosswalks", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Crosswalk YAML linking requirements of different frameworks, in addition to the bundled ones.")
@click.option("--width", type=click.IntRange(60, 400), default=None, help="Terminal report width in columns.")
@click.option("--color/--no-color", default=None,
              help="Colour the terminal report (default: on a TTY, unless NO_COLOR is set or TERM=dumb; "
                   "FORCE_COLOR colours piped output).")
@click.option("--against", type=click.Path(path_type=Path, dir_okay=False),
              help="Check a stand-alone content index in REPORT against this report file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@_output_options
@_view_options
@_errors
def check(reports: tuple[Path, ...], **options: Any) -> None:
    """Check REPORT (.pdf, .docx, .html, .md or .txt) and print its coverage and gaps.

    Any number of --json/--sarif/--junit/--markdown/--github/--csv/--html FILE outputs may be written in one
    run; standard output still shows the --format report (unless -o takes it), so a failed gate is never
    silent in a CI log. Several REPORTs are checked in turn (a report that cannot be read is said in one line
    and the others still run); the exit code is the worst of theirs.
    """
    if len(reports) == 1:
        check_one(reports[0], **options)
        return
    if options.get("output") or any(v for k, v in options.items() if k.startswith("out_")):
        raise UsageError(f"file outputs (-o, --json FILE ...) take one report; {len(reports)} were given",
                         hint="run 'gri-check check' once per report")
    worst = 0
    for path in reports:
        try:
            check_one(path, **options)
        except GriCheckError as exc:
            click.echo(f"gri-check: {printable(str(exc))}", err=True)
            worst = max(worst, exc.exit_code)
        except SystemExit as exc:
            worst = max(worst, exc.code if isinstance(exc.code, int) else 1)
    sys.exit(worst)


def check_one(report_path: Path, *, fmt: str, output: Path | None, mode: str | None, fail_under: float | None,
              fail_on: str | None, standards: tuple[Path, ...], no_bundled: bool, frameworks: tuple[str, ...],
              industry: str | None, crosswalks: tuple[Path, ...], width: int | None, color: bool | None,
              against: Path | None, quiet: bool, select: tuple[str, ...], ignore: tuple[str, ...],
              config_path: Path | None, no_config: bool, baseline: Path | None, view: View = ALL,
              **files: Path | None) -> None:
    """One report: the run of api.prepare(), then every output; exit 1 when the gate fails."""
    outputs = _outputs(fmt, output, files)
    if config_path is not None and no_config:
        raise UsageError("--config and --no-config contradict each other", hint="give one of them")
    data = _stdin_report() if report_path == STDIN else None
    if data is not None:
        report_path = STDIN_NAME
    cfg = api.read_config(Path.cwd() if data is not None else report_path, False if no_config else config_path)
    refuse_clashes(outputs, [p for p in (report_path, against, baseline, cfg.path, *standards, *crosswalks,
                                         *cfg.standards, *cfg.crosswalks) if p is not None])  # before any reading
    run = api.prepare(report_path, mode=mode, fail_under=fail_under, fail_on=fail_on, select=select, ignore=ignore,
                      standards=standards, bundled=not no_bundled, frameworks=frameworks, industry=industry,
                      crosswalks=crosswalks, baseline=baseline, cfg=cfg, today=_today())
    with progress_bar(enabled=not quiet and sys.stderr.isatty()) as progress:
        result = pipeline.run(report_path, run.options, run.standards, against=against, progress=progress, data=data)
    to_tty = output is None and _stdout_is_tty()
    # NO_COLOR, FORCE_COLOR and TERM=dumb speak for standard output; a file is plain unless --color asks
    use_color = want_color(color, to_tty, os.environ) if output is None else bool(color)
    _known_frameworks(view, result)
    text = report.render(fmt, result, color=use_color,
                         width=width or (shutil.get_terminal_size().columns if to_tty else 100), view=view)
    for _, out_fmt, path in outputs:  # files are plain and fixed-width: the same run gives the same bytes
        write_atomic(path, text if path == output else report.render(out_fmt, result, color=False, width=100))
    if output is None:
        echo_to_pipe(text, color=use_color)
    if not result.gate.passed:
        sys.exit(EXIT_GATE_FAILED)


STDIN = Path("-")
STDIN_NAME = Path("<stdin>")  # how the report read from standard input is named in every output


def _stdin_report() -> bytes:
    """`check -`: the report's bytes from standard input, under the same size limit as a file."""
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("'-' reads the report from standard input, which is a terminal",
                         hint="pipe a report in: gri-check check - < REPORT.pdf")
    return ingest.read_stream(sys.stdin.buffer, STDIN_NAME)


def _outputs(fmt: str, output: Path | None, files: dict[str, Path | None]) -> list[tuple[str, str, Path]]:
    """(option, format, path) of every file this run writes: -o first, then the --FORMAT FILE options."""
    out = [("--output", fmt, output)] if output is not None else []
    for name in _FILE_FORMATS:
        path = files.get(f"out_{name}")
        if path is None:
            continue
        if name not in report.FORMATS:
            raise UsageError(f"--{name} is not available: this installation has no {name} renderer")
        out.append((f"--{name}", name, path))
    return out


def refuse_clashes(outputs: list[tuple[str, str, Path]], inputs: list[Path]) -> None:
    """Before the run: no output may overwrite an input or another output, and every output folder exists."""
    read = {_real(p) for p in inputs}
    seen: dict[Path, str] = {}
    for option, _, path in outputs:
        target = _real(path)
        if target in read:
            raise UsageError(f"{option} would overwrite an input of this run", path=path,
                             hint="choose another output file")
        if target in seen:
            raise UsageError(f"{seen[target]} and {option} name the same file", path=path,
                             hint="give each output its own file")
        if not target.parent.is_dir():
            raise UsageError("output folder does not exist", path=target.parent, hint=f"create it or change {option}")
        seen[target] = option


def _known_frameworks(view: View, result: Any) -> None:
    """--only-framework names a framework of this run (a typo would silently show nothing)."""
    unknown = sorted(view.frameworks - {f.id for f in result.frameworks})
    if unknown:
        raise UsageError(f"--only-framework {unknown[0]}: this run has no such framework",
                         hint="frameworks of this run: " + ", ".join(f.id for f in result.frameworks))


def echo_to_pipe(text: str, *, color: bool) -> None:
    """Print the report; a reader that stops early (`| head`) is not an error, and the gate's exit code stands."""
    try:
        click.echo(text, nl=False, color=color)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """After EPIPE, point stdout at /dev/null so the interpreter's final flush does not raise again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _real(path: Path) -> Path:
    """The file a path names, for comparing paths; a symlink loop is left as it is (the reader refuses it)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python 3.11's word for a symlink loop
        return Path(os.path.abspath(path))


def _stdout_is_tty() -> bool:
    return sys.stdout.isatty()


def _today() -> date:
    """The run's date, for waiver expiry (tests replace it)."""
    return date.today()


@contextlib.contextmanager
def progress_bar(*, enabled: bool, label: str = "reading") -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr while long documents are read (or a batch's reports are checked); nothing
    when off or not a TTY."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # auto_refresh=False: no refresh thread, so the PDF reader may fork its workers safely; each update redraws
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("read", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, refresh=True)

        yield update


@cli.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for DIR/<report>.json, summary.csv, summary.json and summary.html (created if missing).")
@click.option("--jobs", type=click.IntRange(1), default=None,
              help="Reports checked at once on a local dask process pool (default: the cores free; 1: in process).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Run on this existing dask.distributed cluster.")
@click.option("--resume", is_flag=True, help="Skip every report finished before an interruption, failed ones too.")
@click.option("--no-cache", is_flag=True, help="Check every report again, even one whose bytes and options are "
                                                "unchanged since a run into the same --out.")
@click.option("--mode", type=click.Choice(sorted(_MODES)), help="As check's --mode (a manifest's mode wins).")
@click.option("--fail-under", type=click.FloatRange(0, 100), metavar="PCT", help="As check's --fail-under.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), help="As check's --fail-on.")
@click.option("--select", multiple=True, metavar="RULES", help="As check's --select.")
@click.option("--ignore", multiple=True, metavar="RULES", help="As check's --ignore.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="As check's --config.")
@click.option("--no-config", is_flag=True, help="Ignore any config file.")
@click.option("--standard", "standards", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="As check's --standard (repeatable).")
@click.option("--no-bundled", is_flag=True, help="As check's --no-bundled.")
@click.option("--framework", "frameworks", multiple=True, metavar="ID", help="As check's --framework.")
@click.option("--industry", metavar="CODE", help="As check's --industry (a manifest's industry wins).")
@click.option("--crosswalk", "crosswalks", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="As check's --crosswalk.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary table.")
@_errors
def batch(paths: tuple[str, ...], out_dir: Path, jobs: int | None, scheduler: str | None, resume: bool,
          no_cache: bool, quiet: bool, **options: Any) -> None:
    """Check many reports: PATHs are report files, folders (searched for .pdf .docx .html .htm .md .txt), globs
    or manifests (.csv/.json listing reports with their own against, industry, frameworks and mode).

    Writes DIR/<report>.json (what `check --format json` gives for it), DIR/summary.csv, .json and .html.
    A report that cannot be checked is recorded with its error and the batch goes on; the exit code is the
    worst report's (docs/scale.md).
    """
    from gri_check import batch_run, batch_summary
    from gri_check.batch import CheckOptions, discover, name_tasks
    from gri_check.report import batch_html

    if options["config_path"] is not None and options["no_config"]:
        raise UsageError("--config and --no-config contradict each other", hint="give one of them")
    if scheduler is not None and jobs is not None:
        raise UsageError("--jobs sizes the local pool; a --scheduler cluster has its own workers",
                         hint="give one of them")
    if resume and no_cache:
        raise UsageError("--resume reuses what the last run finished; --no-cache reuses nothing", hint="give one")
    defaults = CheckOptions(
        mode=options["mode"], industry=options["industry"], frameworks=options["frameworks"],
        fail_under=options["fail_under"], fail_on=options["fail_on"], select=options["select"],
        ignore=options["ignore"], standards=tuple(str(p) for p in options["standards"]),
        bundled=not options["no_bundled"], crosswalks=tuple(str(p) for p in options["crosswalks"]),
        config=str(options["config_path"]) if options["config_path"] is not None else None,
        no_config=options["no_config"])
    tasks = name_tasks(discover(paths, defaults, out=out_dir))
    workers = jobs if jobs is not None else cores.free()
    runner = (batch_run.dask_runner(scheduler=scheduler, jobs=workers) if scheduler is not None or workers > 1
              else batch_run.run_in_process)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the output folder ({exc.strerror})", path=out_dir) from None
    with progress_bar(enabled=not quiet and sys.stderr.isatty(), label="checking") as progress:
        rows = batch_run.run_batch(tasks, out_dir, runner, today=_today(), summarise=batch_summary.row_of,
                                   use_cache=not no_cache, resume=resume, progress=progress)
    write_atomic(out_dir / "summary.csv", batch_summary.render_csv(rows))
    write_atomic(out_dir / "summary.json", batch_summary.render_json(rows))
    write_atomic(out_dir / "summary.html", batch_html.render(rows))
    if not quiet:
        echo_to_pipe(batch_summary.render_table(rows, width=shutil.get_terminal_size().columns
                                                if _stdout_is_tty() else 100), color=False)
    sys.exit(batch_summary.exit_code(rows))


@cli.group()
def standards() -> None:
    """List, show and validate requirement catalogues."""


_STANDARD_OPTION = click.option("--standard", "paths", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
                                help="Catalogue YAML, in addition to the bundled catalogues (repeatable).")
_NO_BUNDLED_OPTION = click.option("--no-bundled", is_flag=True, help="Only the --standard catalogues.")


@standards.command("list")
@_STANDARD_OPTION
@_NO_BUNDLED_OPTION
@click.option("--framework", "framework", metavar="ID", help="Only this framework's standards.")
@_errors
def standards_list(paths: tuple[Path, ...], no_bundled: bool, framework: str | None) -> None:
    """List the frameworks and their standards, with how many disclosures each defines (official/unverified)."""
    cat = load_catalogue(paths or None, bundled=not no_bundled)
    shown = [f for f in cat.frameworks if framework is None or f.id == framework.upper()]
    if framework and not shown:
        raise UsageError(f'no framework "{framework}" in the loaded catalogues',
                         hint="run 'gri-check standards list' to see what is loaded")
    for fw in shown:
        own = cat.of_framework(fw.id)
        unverified = sum(1 for d in own if d.unverified)
        click.echo(f"{fw.id}: {fw.name} ({len(own)} disclosures: {len(own) - unverified} official, "
                   f"{unverified} unverified; codes: {'by title' if fw.keyed_by == 'title' else 'printed'})")
        for s in cat.standards_of(fw.id):
            n = sum(1 for d in own if d.standard.id == s.id)
            part = "" if s.complete else ", partial"
            click.echo(f"  {s.id:<55} {s.kind:<9} {n:>4} disclosures{part}")
    total = [d for d in cat.disclosures if any(d.framework == f.id for f in shown)]
    click.echo(f"{len(shown)} frameworks, {sum(len(cat.standards_of(f.id)) for f in shown)} standards, "
               f"{len(total)} disclosures")


@standards.command("show")
@click.argument("code")
@_STANDARD_OPTION
@_NO_BUNDLED_OPTION
@_errors
def standards_show(code: str, paths: tuple[Path, ...], no_bundled: bool) -> None:
    """Show a disclosure (any framework's code, e.g. 305-1, RT-IG-130a.1, A1.2, FRAMEWORK:KEY)."""
    from gri_check.standards.codes import CodeReader

    cat = load_catalogue(paths or None, bundled=not no_bundled)
    fw, _, key = code.rpartition(":") if ":" in code else ("", "", code)
    parsed = CodeReader.of(cat).read(key) if not fw else None
    found = (cat.lookup(fw.upper(), key) if fw else
             (cat.lookup(parsed.framework or "", parsed.code) if parsed else ())
             or tuple(d for d in cat.disclosures if d.code == key))
    if not found:
        raise UsageError(f'no disclosure "{code}" in the loaded catalogues',
                         hint="run 'gri-check standards list' to see what is loaded")
    for d in found:
        extra = "".join(f"\n  {k}: {v}" for k, v in (("obligation", d.obligation.replace("_", " ")),
                                                     ("applies from", d.effective), ("applies until", d.until),
                                                     ("note", d.note)) if v)
        click.echo(f"{d.framework} {d.code}  {d.title}\n  standard: {d.standard.id}\n  provenance: {d.provenance}"
                   f"\n  may be omitted: {'yes' if d.omittable else 'no'}{extra}"
                   f"{chr(10) + '  a zero-incident statement answers it' if d.incident else ''}")
        for i in d.items:
            quant = f" [figure: {', '.join(i.units) or 'number'}]" if i.quantitative else ""
            click.echo(f"  {i.id}. {i.text}{quant}\n     evidence: {', '.join(i.evidence)}")


@standards.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@_errors
def standards_validate(files: tuple[Path, ...]) -> None:
    """Validate catalogue or crosswalk FILES against their schema (exit 2 on the first invalid one)."""
    from gri_check.standards.crosswalk import validate_crosswalk

    for f in files:
        if _is_crosswalk(f):
            click.echo(f"{f}: valid crosswalk ({validate_crosswalk(f)} links)")
        else:
            click.echo(f"{f}: valid ({validate_file(f)} disclosures)")


def _is_crosswalk(path: Path) -> bool:
    """A crosswalk file opens with crosswalk_version (comments aside); anything else is read as a catalogue."""
    try:
        head = path.read_bytes()[:4096].decode("utf-8", "replace")
    except OSError:
        return False  # validate_file reports the unreadable file
    return any(line.startswith("crosswalk_version:") for line in head.splitlines())


@cli.command("diff")
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["terminal", "json", "markdown"]), default="terminal",
              show_default=True, help="Output format; json has its own schema_version (docs/diff.md).")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the diff to this file (atomically) instead of standard output.")
@click.option("--width", type=click.IntRange(60, 400), default=None, help="Terminal width in columns.")
@click.option("--color/--no-color", default=None, help="Colour the terminal diff (as check's --color).")
@click.option("--fail-on-regression", is_flag=True,
              help="Exit 1 when a disclosure is newly missing or a new finding is a warning or an error.")
@_errors
def diff_cmd(old: Path, new: Path, fmt: str, output: Path | None, width: int | None, color: bool | None,
             fail_on_regression: bool) -> None:
    """Compare two JSON reports of `check` (OLD and NEW: draft v1 and v2, last year and this year): newly
    supported, newly missing, status and location changes, new and fixed findings."""
    from gri_check import diff
    from gri_check.report import diff_render

    refuse_clashes([("--output", fmt, output)] if output else [], [old, new])
    result = diff.compare(diff.load(old), diff.load(new), old_file=str(old), new_file=str(new))
    to_tty = output is None and _stdout_is_tty()
    use_color = want_color(color, to_tty, os.environ) if output is None else bool(color)
    text = diff_render.render(fmt, result, color=use_color and fmt == "terminal",
                              width=width or (shutil.get_terminal_size().columns if to_tty else 100))
    if output is not None:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False, color=use_color)
    if fail_on_regression and result.regressed:
        sys.exit(EXIT_GATE_FAILED)


@cli.command("rules")
@click.argument("rule_id", required=False)
@click.option("--markdown", is_flag=True, help="Print the rule reference as Markdown (docs/rules.md).")
@_errors
def rules_cmd(rule_id: str | None, markdown: bool) -> None:
    """List the rules, or explain RULE_ID (id or name)."""
    from gri_check.report.rules_doc import render_markdown

    if markdown:
        click.echo(render_markdown(), nl=False)
        return
    if rule_id:
        try:
            rule = rules.get(rule_id)
        except KeyError as exc:
            raise UsageError(str(exc.args[0]), hint="run 'gri-check rules' for the list") from None
        click.echo(f"{rule.id} {rule.name} ({rule.severity.value})\n\n{rule.doc}")
        return
    for rule in rules.RULES:
        click.echo(f"{rule.id}  {rule.severity.value:<8} {rule.name:<28} {rule.summary}")


# pre-commit passes every matching file at once: its hook is `check` under the name the hook files use.
cli.add_command(check, "hook")


def main() -> None:
    """The console entry point: click's own handling, except that a usage error is one line like every other
    error (click prints usage, a hint and the error on three)."""
    try:
        code = cli.main(prog_name="gri-check", standalone_mode=False)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "gri-check"
        click.echo(f"gri-check: {printable(exc.format_message())} (see '{where} --help')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"gri-check: {printable(exc.format_message())}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:  # Ctrl-C inside click itself
        click.echo("gri-check: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:  # `gri-check --help | head -1`
        _silence_stdout()
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()

