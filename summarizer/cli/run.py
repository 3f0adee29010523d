"""`summarize run FILE`: summarise one article (the default command)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from summarizer.cli.common import ALLOW_PRIVATE_URLS, check_output_folder, input_argument, options_from, pipeline_options, reports_errors, write_output_file
from summarizer.read.sources import INPUT_FORMATS
from summarizer.render.renderers import OUTPUT_FORMATS


@click.command(name="run")
@click.argument("source", metavar="PATH|URL|-")
@pipeline_options
@click.option("--format", "-f", "output_format", type=click.Choice(OUTPUT_FORMATS), default="text", show_default=True)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="How to read the input [default: from the file's suffix, or from its content].",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@ALLOW_PRIVATE_URLS
@reports_errors
def run(source: str, output_format: str, input_format: str | None, output: str | None, allow_private_urls: bool, **params: Any) -> None:
    """Summarise one article: a text, Markdown or HTML file, a URL, or `-` for standard input.

    Each summary line ends with [n] markers; the source sentences they point to are listed under
    the summary with their sentence number, paragraph and character span.

    With --abstractive a transformer model rewrites the top-ranked sentences; each generated line
    cites the source sentences that support it, and the faithfulness guard replaces (or flags)
    lines holding numbers, names, dates, quotations or judgements that their sources lack.
    """
    from summarizer.pipeline import Summarizer
    from summarizer.render.renderers import render

    options = options_from(params)
    if output:
        check_output_folder(Path(output))
    with Summarizer(options) as summarizer:
        summary = summarizer.summarize(**input_argument(source, allow_private_urls), fmt=input_format)
    rendered = render(summary, output_format)
    if output:
        write_output_file(output, rendered + "\n")
    else:
        click.echo(rendered)
