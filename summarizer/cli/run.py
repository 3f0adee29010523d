"""`summarize run FILE`: summarise one article (the default command)."""

from __future__ import annotations

import click

from summarizer.cli.common import length_options, model_fields, model_options, reports_errors

FORMATS = ("text", "markdown", "json")


@click.command(name="run")
@click.argument("source", metavar="PATH|URL|-")
@length_options
@click.option("--method", "-m", default="default", show_default=True, help="Extractive ranker (`summarize methods` lists them).")
@click.option("--format", "-f", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--input-format",
    type=click.Choice(["text", "markdown", "html"]),
    help="How to read the input [default: from the file's suffix; text for stdin].",
)
@click.option("--max-bytes", type=click.IntRange(min=1), help="Refuse inputs larger than this [default: 20 MB].")
@model_options
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@reports_errors
def run(
    source: str,
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    method: str,
    output_format: str,
    input_format: str | None,
    max_bytes: int | None,
    abstractive: bool,
    mode: str | None,
    model: str | None,
    device: str,
    guard: str,
    min_support: float | None,
    output: str | None,
) -> None:
    """Summarise one article: a text, Markdown or HTML file, a URL, or `-` for standard input.

    Each summary line ends with [n] markers; the source sentences they point to are listed under
    the summary with their sentence number, paragraph and character span.

    With --abstractive a transformer model rewrites the top-ranked sentences; each generated line
    cites the source sentences that support it, and the faithfulness guard replaces (or flags)
    lines holding numbers, names, dates, quotations or judgements that their sources lack.
    """
    from summarizer.options import Options
    from summarizer.pipeline import Summarizer
    from summarizer.rendering import render

    fields: dict[str, object] = {"method": method, **model_fields(abstractive, mode, model, device, guard, min_support)}
    if max_bytes is not None:
        fields["max_bytes"] = max_bytes
    options = Options.build(sentences=sentences, ratio=ratio, words=words, **fields)
    summary = Summarizer(options).summarize(source, fmt=input_format)
    rendered = render(summary, output_format)
    if output:
        from summarizer.files import write_atomically

        write_atomically(output, rendered + "\n")
    else:
        click.echo(rendered)
