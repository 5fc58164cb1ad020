"""Command line: parse options, call the pipeline, render, map errors to exit codes. No logic of its own."""
from __future__ import annotations

import contextlib
import functools
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from gri_check import __version__, pipeline, report, rules
from gri_check.errors import EXIT_GATE_FAILED, GriCheckError, UsageError
from gri_check.model import Mode, Severity
from gri_check.report.write import write_atomic
from gri_check.result import Gate
from gri_check.standards.load import load_catalogue, validate_file

EXIT_INTERNAL = 4
_MODES = {"in-accordance": Mode.IN_ACCORDANCE, "with-reference": Mode.WITH_REFERENCE}


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
            click.echo(f"gri-check: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
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
@click.argument("report_path", metavar="REPORT", type=click.Path(path_type=Path, dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(sorted(report.FORMATS)), default="terminal", show_default=True,
              help="Output format; json is a documented, versioned contract.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (atomically) instead of standard output.")
@click.option("--mode", type=click.Choice(sorted(_MODES)), help="Override the mode read from the statement of use.")
@click.option("--fail-under", type=click.FloatRange(0, 100), metavar="PCT",
              help="Exit 1 when supported coverage is below PCT percent.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]),
              help="Exit 1 when any finding has this severity or a higher one.")
@click.option("--standard", "standards", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Catalogue YAML to check against as well as the bundled ones (repeatable).")
@click.option("--no-bundled", is_flag=True, help="Check against the --standard catalogues only, not the bundled ones.")
@click.option("--framework", "frameworks", multiple=True, metavar="ID",
              help="Also search the whole report for every requirement of this framework (e.g. SASB, CN-EXCH) "
                   "when it prints no index for it (repeatable).")
@click.option("--industry", metavar="CODE", help="The report's industry for frameworks that apply by industry "
                                                  "(a SASB code such as RT-IG); default: read from the index or the report.")
@click.option("--crosswalk", "crosswalks", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Crosswalk YAML linking requirements of different frameworks, in addition to the bundled ones.")
@click.option("--width", type=click.IntRange(60, 400), default=None, help="Terminal report width in columns.")
@click.option("--color/--no-color", default=None, help="Colour the terminal report (default: when a TTY).")
@click.option("--against", type=click.Path(path_type=Path, dir_okay=False),
              help="Check a stand-alone content index in REPORT against this report file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@_errors
def check(report_path: Path, fmt: str, output: Path | None, mode: str | None, fail_under: float | None,
          fail_on: str | None, standards: tuple[Path, ...], no_bundled: bool, frameworks: tuple[str, ...],
          industry: str | None, crosswalks: tuple[Path, ...], width: int | None, color: bool | None,
          against: Path | None, quiet: bool) -> None:
    """Check REPORT (.pdf, .docx, .html, .md or .txt) and print its coverage and gaps."""
    inputs = [p.resolve() for p in (report_path, against) if p is not None]
    if output is not None and output.exists() and output.resolve() in inputs:
        raise UsageError("--output would overwrite a report being checked", path=output,
                         hint="choose another output file")
    if no_bundled and not standards:
        raise UsageError("--no-bundled needs at least one --standard catalogue", hint="add --standard FILE.yaml")
    options = pipeline.Options(mode=_MODES[mode] if mode else None,
                               gate=Gate(fail_under=fail_under, fail_on=Severity(fail_on) if fail_on else None),
                               catalogues=standards, bundled=not no_bundled, scan=tuple(f.upper() for f in frameworks),
                               industry=industry, crosswalks=crosswalks)
    with progress_bar(enabled=not quiet and sys.stderr.isatty()) as progress:
        result = pipeline.run(report_path, options, against=against, progress=progress)
    to_tty = output is None and _stdout_is_tty()
    use_color = color if color is not None else to_tty
    text = report.render(fmt, result, color=use_color, width=width or (shutil.get_terminal_size().columns if to_tty else 100))
    if output is not None:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False, color=use_color)
    if not result.gate.passed:
        sys.exit(EXIT_GATE_FAILED)


def _stdout_is_tty() -> bool:
    return sys.stdout.isatty()


@contextlib.contextmanager
def progress_bar(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr while long documents are read; nothing when off or not a TTY."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("read", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


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


def main() -> None:
    cli(prog_name="gri-check")


if __name__ == "__main__":  # pragma: no cover
    main()

