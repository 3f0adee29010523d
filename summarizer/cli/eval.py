"""`summarize eval DATA.jsonl`: ROUGE of our methods (and Lead-N) against reference summaries."""

from __future__ import annotations

from pathlib import Path

import click

from summarizer.cli.common import InputProblem, check_output_folder, echo_result, interrupts_at_once, reports_errors, write_output_file
from summarizer.progress import Progress

REPORT_FORMATS = ("text", "markdown", "json")
_SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown"}


@click.command(name="eval")
@click.argument("data", metavar="DATA.jsonl", type=click.Path(dir_okay=True, path_type=Path))
@click.option(
    "--method", "-m", "methods", default="default", show_default=True,
    help="Comma-separated methods to score; Lead-N is always scored as the baseline.",
)
@click.option("--sentences", "-n", type=click.IntRange(min=1), default=3, show_default=True, help="Sentences per summary.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N rows.")
@click.option("--format", "-f", "report_format", type=click.Choice(REPORT_FORMATS), help="Report format [default: from --output's suffix, else text].")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Also write the report here (.json, .md or text).")
@click.option("--resamples", type=click.IntRange(min=100), default=1000, show_default=True, help="Bootstrap resamples for the 95% intervals.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@reports_errors
@interrupts_at_once
def eval_command(
    data: Path,
    methods: str,
    sentences: int,
    limit: int | None,
    report_format: str | None,
    output: str | None,
    resamples: int,
    quiet: bool,
) -> None:
    """Score summaries of DATA.jsonl against its references with ROUGE-1/2/Lsum F1.

    Each row needs an "article" and a "reference" (one sentence per line). Prints one line per
    method with 95% bootstrap confidence intervals, words per summary and articles per second.
    Needs the eval extra: pip install 'summarizer[eval]'.
    """
    from summarizer.evaluate.rouge import PipelineSystem, evaluate, read_examples, render_report
    from summarizer.components import RANKERS

    names = [name.strip() for name in methods.split(",") if name.strip()]
    if not names:
        raise InputProblem("--method names no method")
    for name in names:
        RANKERS.resolve(name)
    if "lead" not in names:
        names.insert(0, "lead")
    if output:
        check_output_folder(Path(output), (str(data),))  # before minutes of scoring, not after
    examples = read_examples(data, limit)
    systems = [PipelineSystem(name, sentences) for name in names]
    total = len(examples) * len(systems)
    with Progress(total, "summary", enabled=not quiet, leave=False) as bar:
        report = evaluate(examples, systems, sentences, data=str(data), resamples=resamples, progress=bar.update if bar.drawn else None)
    echo_result(render_report(report, report_format or "text"))
    if output:
        file_format = report_format or _SUFFIX_FORMATS.get(Path(output).suffix.lower(), "text")
        write_output_file(output, render_report(report, file_format) + "\n")

