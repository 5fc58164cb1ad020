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
              help="Catalogue YAML to check against (repeatable; default: the bundled GRI 2021 catalogue).")
@click.option("--width", type=click.IntRange(60, 400), default=None, help="Terminal report width in columns.")
@click.option("--color/--no-color", default=None, help="Colour the terminal report (default: when a TTY).")
@click.option("--against", type=click.Path(path_type=Path, dir_okay=False),
              help="Check a stand-alone content index in REPORT against this report file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@_errors
def check(report_path: Path, fmt: str, output: Path | None, mode: str | None, fail_under: float | None,
          fail_on: str | None, standards: tuple[Path, ...], width: int | None, color: bool | None,
          against: Path | None, quiet: bool) -> None:
    """Check REPORT (.pdf, .docx, .html, .md or .txt) and print its coverage and gaps."""
    inputs = [p.resolve() for p in (report_path, against) if p is not None]
    if output is not None and output.exists() and output.resolve() in inputs:
        raise UsageError("--output would overwrite a report being checked", path=output,
                         hint="choose another output file")
    options = pipeline.Options(mode=_MODES[mode] if mode else None,
                               gate=Gate(fail_under=fail_under, fail_on=Severity(fail_on) if fail_on else None),
                               catalogues=standards)
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


@standards.command("list")
@click.option("--standard", "paths", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Catalogue YAML (default: the bundled GRI 2021 catalogue).")
@_errors
def standards_list(paths: tuple[Path, ...]) -> None:
    """List the standards and how many disclosures each defines."""
    cat = load_catalogue(paths or None)
    for s in cat.standards:
        n = sum(1 for d in cat.disclosures if d.standard.id == s.id)
        click.echo(f"{s.id:<55} {s.kind:<10} {n:>3} disclosures")
    click.echo(f"{len(cat.standards)} standards, {len(cat.disclosures)} disclosures")


@standards.command("show")
@click.argument("code")
@click.option("--standard", "paths", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Catalogue YAML (default: the bundled GRI 2021 catalogue).")
@_errors
def standards_show(code: str, paths: tuple[Path, ...]) -> None:
    """Show a disclosure: title, standard, omission rule, items and evidence terms."""
    from gri_check.match.codes import parse_code

    cat = load_catalogue(paths or None)
    parsed = parse_code(code)
    found = cat.lookup(parsed.code if parsed else code)
    if not found:
        raise UsageError(f'no disclosure "{code}" in the loaded catalogues',
                         hint="run 'gri-check standards list' to see what is loaded")
    for d in found:
        click.echo(f"{d.code}  {d.title}\n  standard: {d.standard.id}\n  may be omitted: {'yes' if d.omittable else 'no'}"
                   f"{chr(10) + '  a zero-incident statement answers it' if d.incident else ''}")
        for i in d.items:
            quant = f" [figure: {', '.join(i.units) or 'number'}]" if i.quantitative else ""
            click.echo(f"  {i.id}. {i.text}{quant}\n     evidence: {', '.join(i.evidence)}")


@standards.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@_errors
def standards_validate(files: tuple[Path, ...]) -> None:
    """Validate catalogue FILES against the catalogue schema (exit 2 on the first invalid one)."""
    for f in files:
        n = validate_file(f)
        click.echo(f"{f}: valid ({n} disclosures)")


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

