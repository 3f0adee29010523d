"""`summarize faithfulness LABELS.jsonl`: how well a checker agrees with people's judgements."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from summarizer.cli.common import (
    CHECKER_SETTING,
    echo_result,
    interrupts_at_once,
    reports_errors,
)

REPORT_FORMATS = ("text", "markdown", "json")


@click.command(name="faithfulness")
@click.argument("labels", metavar="LABELS.jsonl...", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--checker", "-c", "checkers", default="default", show_default=True, help="Comma-separated checkers to score, e.g. literal,default.")
@CHECKER_SETTING
@click.option("--min-support", type=click.FloatRange(0, 1), default=0.5, show_default=True, help="Share of a line's words its sources must hold.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N judged summaries.")
@click.option("--resamples", type=click.IntRange(min=100), default=1000, show_default=True, help="Bootstrap resamples for the 95% intervals.")
@click.option("--format", "-f", "report_format", type=click.Choice(REPORT_FORMATS), default="text", show_default=True)
@click.option("--as-text", is_flag=True, help="Read each summary as `summarize check` reads a summary file (sentences split, list markers and lead-ins as layout), not one line per line.")
@reports_errors
@interrupts_at_once
def faithfulness(
    labels: tuple[Path, ...], checkers: str, checker_settings: dict, min_support: float, limit: int | None, resamples: int,
    report_format: str, as_text: bool,
) -> None:
    """Score checkers against summaries people judged (FRANK's labels, or rows with article,
    summary and either factuality or a 0/1 consistency label): balanced accuracy with a 95%
    bootstrap interval, the share of flawed summaries caught and of clean ones passed, and
    wall-clock and CPU milliseconds per summary, per dataset and per error kind. A summary is
    flawed when its factuality is below 1 or its label is 0. Needs numpy.
    """
    from summarizer.cli.common import InputProblem
    from summarizer.components import CHECKERS
    from summarizer.evaluate.faithfulness import checker_judge, evaluate_faithfulness, read_judged, render_faithfulness

    names = [name.strip() for name in checkers.split(",") if name.strip()]
    if not names:
        raise InputProblem("--checker names no checker")
    for name in names:
        CHECKERS.resolve(name)
    judged = [item for path in labels for item in read_judged(path, limit)]
    data = ", ".join(map(str, labels))
    reports = []
    for name in names:
        report = evaluate_faithfulness(judged, checker_judge(name, min_support, as_text, **checker_settings), checker=name, data=data, resamples=resamples)
        reports.append(render_faithfulness(report, report_format))
    if report_format == "json" and len(reports) > 1:
        echo_result("[" + ",\n".join(reports) + "]")
    else:
        echo_result("\n\n".join(reports))
    sys.stdout.flush()
