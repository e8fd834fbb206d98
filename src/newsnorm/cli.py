"""The command line: thin wrappers that parse options and call the library."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsnorm import __version__
from newsnorm.cleaners.base import RegistryError, registered
from newsnorm.config import ConfigError, load_config
from newsnorm.io.inputs import WalkStats, iter_tasks
from newsnorm.io.output import JsonlWriter, ResumeError
from newsnorm.io.read import DEFAULT_MAX_BYTES
from newsnorm.model import Record
from newsnorm.pipeline import Pipeline
from newsnorm.process import Settings
from newsnorm.report import Reporter, Summary
from newsnorm.runner import run

if TYPE_CHECKING:
    from rich.console import Console

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
CHECKPOINT_EVERY = 1000  # inputs between checkpoints of a -o run (what --resume can skip)

app = typer.Typer(
    name="newsnorm",
    help="Turn raw wire-service articles into clean, validated, lossless JSONL records.",
    epilog=("Examples:\n\n"
            "newsnorm ingest feeds/ -o corpus.jsonl --reference-date 2024-03-01\n\n"
            "newsnorm validate corpus.jsonl && newsnorm stats corpus.jsonl\n\n"
            "newsnorm cleaners --config newsnorm.toml\n\n"
            "Run 'newsnorm COMMAND --help' for a command's options and examples; "
            "'newsnorm --install-completion' adds tab completion to your shell."),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _stderr() -> Console:
    # Imported on first use: a quiet ingest that prints nothing never loads rich.
    from rich.console import Console

    # soft_wrap: a log line stays one line when stderr is a file or a CI log.
    return Console(stderr=True, soft_wrap=True)


def _usage_error(message: str) -> typer.Exit:
    _stderr().print(f"newsnorm: error: {message}", highlight=False, markup=False)
    return typer.Exit(EXIT_USAGE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsnorm {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn raw wire-service articles into clean, validated, lossless JSONL records."""


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .txt.gz, .jsonl) or folders.")],
    output: Annotated[str | None, typer.Option("-o", "--output",
                                               help="Write records here (atomically; .gz "
                                                    "compresses) instead of stdout.")] = None,
    reference_date: Annotated[str | None, typer.Option(
        "--reference-date", metavar="YYYY-MM-DD",
        help="Date the articles were collected: resolves dateline years.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                             help="Worker processes (default: all cores).")
                    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML pipeline config.")
                      ] = None,
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Write one JSON line per failed input here.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1,
                                           help="Refuse inputs larger than this (decoded).")
                         ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")
                     ] = False,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Continue an interrupted run into the same -o FILE.")] = False,
) -> None:
    """Clean articles into JSONL records, one per line, in input order.

    Examples:

      newsnorm ingest fixtures/ > corpus.jsonl

      newsnorm ingest feeds/ -o corpus.jsonl.gz --reference-date 2024-03-01 --errors bad.jsonl
    """
    try:
        reference = date.fromisoformat(reference_date) if reference_date else None
    except ValueError:
        raise _usage_error(f"--reference-date {reference_date!r} is not YYYY-MM-DD") from None
    try:
        pipeline = Pipeline.from_config(load_config(config))
    except (ConfigError, RegistryError) as error:
        raise _usage_error(str(error)) from None
    settings = Settings(pipeline=pipeline, reference_date=reference, max_bytes=max_bytes)
    if resume and not output:
        raise _usage_error("--resume needs -o FILE: stdout cannot be resumed")
    fingerprint = _fingerprint(paths, reference_date, config, max_bytes)
    try:
        writer = JsonlWriter(output, fingerprint=fingerprint, resume=resume,
                             errors=str(errors) if errors else None)
    except ResumeError as error:
        raise _usage_error(str(error)) from None
    except OSError as error:
        raise _usage_error(f"cannot write output: {error}") from None
    reporter = Reporter(_stderr, quiet)
    summary = Summary()
    stats = WalkStats(max_bytes=max_bytes)
    tasks = islice(iter_tasks(paths, stats), writer.done_tasks, None)
    if writer.done_tasks and not quiet:
        reporter.console.print(f"newsnorm: resuming after {writer.done_tasks} inputs",
                               highlight=False)
    handled = 0
    try:
        with reporter:
            for outcome in run(tasks, settings, jobs or os.cpu_count() or 1):
                if outcome.failure:
                    summary.failures += 1
                    reporter.failure(outcome.failure)
                    writer.write_error(outcome.failure.as_json())
                else:
                    writer.write(outcome.line or "")
                    summary.articles += 1
                    summary.warnings.update(outcome.warnings)
                handled += 1
                if handled % CHECKPOINT_EVERY == 0:
                    writer.checkpoint(handled)
                reporter.advance(summary)
        writer.commit()
    except KeyboardInterrupt:
        writer.interrupt(handled)
        summary.ignored = stats.ignored
        summary.render(reporter.console, interrupted=True)
        if output:
            reporter.console.print(
                f"newsnorm: partial output kept; continue with --resume -o {output}",
                highlight=False, markup=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    summary.ignored = stats.ignored
    if not quiet:
        summary.render(reporter.console)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failures else EXIT_OK)


def _fingerprint(paths: list[str], reference_date: str | None, config: Path | None,
                 max_bytes: int) -> str:
    """What a resumed run must share with the run it continues."""
    config_text = config.read_text(encoding="utf-8", errors="replace") if config else ""
    facts = [__version__, paths, reference_date, config_text, max_bytes]
    return hashlib.sha256(json.dumps(facts).encode()).hexdigest()


@app.command()
def validate(
    files: Annotated[list[str], typer.Argument(help="JSONL corpus files to check.")],
) -> None:
    """Check that every line of a JSONL corpus is a valid record (exit 0 only if so).

    Bad lines are printed as FILE:LINE: reason; duplicate ids are a notice.

    Example:

      newsnorm validate corpus.jsonl
    """
    from newsnorm.validate import validate_paths  # each command imports only what it runs

    report = validate_paths(files)
    console = _stderr()
    for problem in report.problems:
        typer.echo(problem)
    for notice in report.notices:
        console.print(f"notice: {notice}", highlight=False, markup=False)
    verdict = "invalid" if report.problems else "valid"
    console.print(f"newsnorm: {report.records} valid records, {len(report.problems)} bad "
                  f"lines, {len(report.notices)} duplicate ids: {verdict}", highlight=False)
    raise typer.Exit(1 if report.problems else 0)


@app.command()
def schema() -> None:
    """Print the record's JSON Schema (generated from the Pydantic model).

    Example:

      newsnorm schema > record.schema.json
    """
    typer.echo(json.dumps(Record.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def cleaners(
    config: Annotated[Path | None, typer.Option("--config", help="TOML pipeline config.")
                      ] = None,
) -> None:
    """List the cleaners in pipeline order, one line each with its description.

    Example:

      newsnorm cleaners --config my.toml
    """
    try:
        pipeline = Pipeline.from_config(load_config(config))
    except (ConfigError, RegistryError) as error:
        raise _usage_error(str(error)) from None
    width = max(len(name) for name in registered())
    for position, cleaner in enumerate(pipeline.cleaners, 1):
        typer.echo(f"{position:2d}. {cleaner.name:<{width}}  {cleaner.description()}")
    idle = sorted(set(registered()) - set(pipeline.names))
    for name in idle:
        typer.echo(f"  - {name:<{width}}  {registered()[name].description()} (not in pipeline)")


@app.command()
def stats(
    files: Annotated[list[str], typer.Argument(
        help="JSONL corpus files written by ingest (.gz is read as gzip; - reads stdin).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object, not tables.")
                       ] = False,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows in each ranked table.")] = 15,
) -> None:
    """Report what a corpus holds, as tables or as JSON.

    Articles, agencies, dateline cities, years and their source, warnings,
    removed kinds, body lengths and duplicate ids, in one streaming pass.
    Lines that are not records are counted and the first few named.
    Exit 1 if a file cannot be read or no line is a record.

    Examples:

      newsnorm stats corpus.jsonl

      newsnorm stats --json corpus.jsonl.gz | jq '.agencies'

      newsnorm ingest feeds/ --quiet | newsnorm stats -
    """
    from newsnorm.stats import collect

    report = collect(files)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        from rich.console import Console

        report.render(Console(), top=top)
    console = _stderr()
    for problem in report.unreadable:
        console.print(f"newsnorm: {problem}; check the path (stats reads the JSONL that "
                      "'newsnorm ingest' writes)", highlight=False, markup=False)
    if report.lines and not report.articles:
        console.print("newsnorm: no line is a newsnorm record; to make records from articles, "
                      "run 'newsnorm ingest' first", highlight=False, markup=False)
    elif not report.lines and not report.unreadable:
        console.print("newsnorm: the input is empty: no records to report on", highlight=False)
    raise typer.Exit(1 if report.unreadable or not report.articles else 0)


def main() -> None:
    # One name however it is started (`python -m newsnorm` too): usage lines and the shell
    # completion variable (_NEWSNORM_COMPLETE) depend on it.
    app(prog_name="newsnorm")
