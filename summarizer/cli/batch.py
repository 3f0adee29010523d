"""`summarize batch INPUT... -o OUT`: summarise folders, HTML pages and JSONL dumps."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import click

from summarizer.cli.common import EXIT_INTERRUPTED, InputProblem, options_from, pipeline_options
from summarizer.cli.formats import summary_formats

if TYPE_CHECKING:
    from summarizer.batch.runner import BatchReport

EXECUTORS = ("local", "ray")
EXIT_FAILURES = 1

EPILOG = """
\b
Examples:
  summarize batch articles/ -o summaries/
  summarize batch saved/ -o out/ --include '*.html' --format markdown --workers 4
  summarize batch dump.jsonl -o out/ --text-field article --id-field id
  summarize batch corpus/ -o out/ --executor ray --address ray://head:10001

\b
Re-running skips documents whose summaries are current (same options, newer than the input);
--force redoes them. A summary whose document now fails, or that another --format replaces, is
removed; --prune also removes those of documents no longer among the inputs. OUT may not be (or lie
inside) an input folder unless --output-inside-input is given; folders holding an earlier run's
index are never read as input, no summary is written over an input, and only one run at a time
may write into OUT. A .json file holding JSON Lines is read as rows.
Exit code: 0 all done, 1 some failed, 2 usage error (or OUT in use), 130 interrupted.
"""


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """What `summarize batch` was asked: its own options, and the pipeline's options in `params`."""

    inputs: tuple[str, ...]
    out_dir: str
    output_format: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    text_field: str
    id_field: str
    workers: int | None
    force: bool
    prune: bool
    quiet: bool
    output_inside_input: bool
    executor: str
    address: str | None
    together_by: str | None
    params: dict[str, Any]

    @classmethod
    def of(cls, arguments: dict[str, Any]) -> BatchRequest:
        """Split click's keyword arguments: the batch's own fields, the rest for the pipeline."""
        own = {field.name for field in fields(cls)} - {"params"}
        return cls(**{name: arguments[name] for name in own},
                   params={name: value for name, value in arguments.items() if name not in own})


@click.command(name="batch", epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...", type=click.Path(exists=True))
@click.option("--output", "-o", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the summaries and the index.")
@pipeline_options
@click.option("--format", "-f", "output_format", type=summary_formats(), default="text", show_default=True)
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching (name or relative path); repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching; repeatable.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the article text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field holding the row's id.")
@click.option("--workers", "-j", type=click.IntRange(min=1), help="Worker processes [default: the machine's cores].")
@click.option("--force", is_flag=True, help="Redo documents whose summaries are already current.")
@click.option(
    "--prune",
    is_flag=True,
    help="Remove the summaries (and index rows) of documents no longer among the inputs: deleted, excluded or not named this time.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no final report.")
@click.option(
    "--output-inside-input",
    is_flag=True,
    help="Allow OUT inside an input folder; OUT is then left out when the inputs are walked.",
)
@click.option(
    "--together-by",
    metavar="FIELD|similarity",
    help="One summary per story: group the articles by a JSONL field (or page metadata) or by similarity, and summarise each group together.",
)
@click.option("--executor", type=click.Choice(EXECUTORS), default="local", show_default=True, help="Where the work runs.")
@click.option("--address", metavar="ADDR", help="Ray cluster to join (e.g. ray://head:10001 or auto) [ray only].")
def batch(**arguments: Any) -> None:
    """Summarise many documents: folders (searched recursively), .txt/.md/.html files and JSONL dumps.

    Writes one summary per document under OUT, mirroring the input tree (a JSONL file's rows go
    into a folder named after it, one file per row id), plus OUT/summaries.jsonl (one line per
    document: id, source, summary lines, citations, method, timing, status) and OUT/errors.jsonl
    (the documents that failed, with the reason).

    With --abstractive (or --model) one model is loaded in this process and generates the
    documents in batches; --workers then applies to extractive runs only.
    """
    request = BatchRequest.of(arguments)
    if request.address and request.executor != "ray":
        raise click.UsageError("--address needs --executor ray")
    quiet = request.quiet
    report: BatchReport | None = None
    try:
        from summarizer.batch.runner import BatchReport

        report = BatchReport()
        _batch(request, report)
    except KeyboardInterrupt:
        # A Ctrl-C that struck outside the run's own handling (reading the options, setting up):
        # 130 and the tally, as any interrupted run; click's "Aborted!" would exit 1, "some failed".
        if not quiet and report is None:
            click.echo("interrupted", err=True)
        elif not quiet:
            report.interrupted = True
            click.echo(report.summary_line(), err=True)
        raise SystemExit(EXIT_INTERRUPTED) from None


def _nothing_found(request: BatchRequest) -> str:
    filters = [f"--include {glob}" for glob in request.include] + [f"--exclude {glob}" for glob in request.exclude]
    return f"warning: no document found in {', '.join(request.inputs)}" + (f" with {' '.join(filters)}" if filters else "")


def _batch(request: BatchRequest, report: BatchReport) -> None:
    from pathlib import Path

    from summarizer.batch.inputs import InputSpec
    import sys
    import time

    from summarizer.batch.runner import BatchConfig, check_inputs, run_batch, write_interrupted
    from summarizer.cli.interrupt import prompt_interrupt
    from summarizer.errors import SummarizerError
    from summarizer.parallel import default_workers

    quiet, out_dir, executor = request.quiet, request.out_dir, request.executor
    try:
        options = options_from(request.params)
        paths = check_inputs(request.inputs)
    except (SummarizerError, ValueError) as exc:
        raise InputProblem(str(exc)) from None
    config = BatchConfig(
        inputs=paths,
        out_dir=Path(out_dir),
        options=options,
        output_format=request.output_format,
        spec=InputSpec(request.include, request.exclude, request.text_field, request.id_field),
        workers=request.workers or default_workers(),
        force=request.force,
        prune=request.prune,
        output_inside_input=request.output_inside_input,
    )
    if request.together_by:
        if executor != "local":
            raise InputProblem("--together-by runs locally only (the grouping needs every article at once)")
        from summarizer.batch.grouped import GroupedReport, run_grouped, write_groups

        grouped = GroupedReport()

        def groups_so_far() -> None:
            grouped.interrupted = True
            write_groups(config.out_dir, list(grouped.records))

        try:
            with prompt_interrupt(lambda: "" if quiet else grouped.summary_line(), EXIT_INTERRUPTED, last_words=groups_so_far):
                run_grouped(config, request.together_by, grouped)
        except KeyboardInterrupt:  # before the groups are under way (the model loading, the lock)
            grouped.interrupted = True
        except SummarizerError as exc:
            raise InputProblem(str(exc)) from None
        if not quiet:
            click.echo(grouped.summary_line(), err=True)
        if grouped.interrupted:
            raise SystemExit(EXIT_INTERRUPTED)
        if grouped.failed:
            raise SystemExit(EXIT_FAILURES)
        return
    # A Ctrl-C while a model reads a prompt (one long C call), or while a model still loading is
    # waited for, ends the run within about a second: the finished documents are already written
    # and indexed; the tally is said, and the HTML index page written, all the same.
    started = time.perf_counter()
    try:
        with prompt_interrupt(
            lambda: "" if quiet else ("\n" if sys.stderr.isatty() else "") + report.summary_line(), EXIT_INTERRUPTED,
            last_words=lambda: write_interrupted(config, report, time.perf_counter() - started),
        ):
            if executor == "ray":
                from summarizer.batch.ray_executor import ray_results

                run_batch(config, progress=not quiet, executor=ray_results(request.address), report=report)
            else:
                run_batch(config, progress=not quiet, report=report)
    except SummarizerError as exc:
        raise InputProblem(str(exc)) from None
    except OSError as exc:  # the output folder or its index cannot be written
        raise InputProblem(f"{exc.filename or out_dir}: {exc.strerror or exc}") from None
    if not (report.done or report.skipped or report.failed or report.interrupted):
        click.echo(_nothing_found(request), err=True)  # a glob's typo, most likely: said even with --quiet
    if not quiet:
        click.echo(report.summary_line(), err=True)
        if report.failed:
            click.echo(f"failures are listed in {Path(out_dir) / 'errors.jsonl'}", err=True)
    if report.interrupted:
        raise SystemExit(EXIT_INTERRUPTED)
    if report.failed:
        raise SystemExit(EXIT_FAILURES)
