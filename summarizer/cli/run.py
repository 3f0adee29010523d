"""`summarize run FILE`: summarise one article (the default command)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from summarizer.cli.common import (
    ALLOW_PRIVATE_URLS,
    EXIT_INTERRUPTED,
    InputProblem,
    check_output_folder,
    echo_result,
    input_argument,
    options_from,
    pipeline_options,
    reports_errors,
    write_output_file,
)
from summarizer.cli.formats import summary_formats
from summarizer.cli.interrupt import prompt_interrupt
from summarizer.read.sources import INPUT_FORMATS


INTERRUPTED = "interrupted: no summary was written"


@click.command(name="run")
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL|-...")
@pipeline_options
@click.option("--format", "-f", "output_format", type=summary_formats(), default="text", show_default=True)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="How to read the input [default: from the file's suffix, or from its content].",
)
@click.option("--together", is_flag=True, help="Several articles on one story: one summary whose lines cite any of them ([2:14] = source 2, sentence 14).")
@click.option("--outline", is_flag=True, help="Also show each section's (or source's) own summary, for long documents and --together.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option(
    "--stream/--no-stream",
    "stream_lines",
    default=None,
    help="Show a model's lines on stderr as it writes them (llama.cpp), replaced by the checked summary [default: on a terminal].",
)
@ALLOW_PRIVATE_URLS
@reports_errors
def run(
    sources: tuple[str, ...],
    output_format: str,
    input_format: str | None,
    together: bool,
    outline: bool,
    output: str | None,
    stream_lines: bool | None,
    allow_private_urls: bool,
    **params: Any,
) -> None:
    """Summarise one article: a text, Markdown or HTML file, a URL, or `-` for standard input.

    Each summary line ends with [n] markers; the source sentences they point to are listed under
    the summary with their sentence number, paragraph and character span.

    With --abstractive a transformer model rewrites the top-ranked sentences; each generated line
    cites the source sentences that support it, and the faithfulness guard replaces (or flags)
    lines holding numbers, names, dates, quotations or judgements that their sources lack.

    A long document is summarised in sections that are then merged (--sections); with --together,
    several articles on one story are summarised as one, and the summary says where they disagree.
    """
    from summarizer.cli.preview import previewing
    from summarizer.pipeline import Summarizer
    from summarizer.render.renderers import render

    if len(sources) > 1 and not together:
        raise InputProblem(f"{len(sources)} sources given: add --together to summarise them as one story, or use `summarize batch` for one summary each")
    if together and len(sources) < 2:
        raise InputProblem("--together needs at least two sources to summarise together, got 1")
    if sources.count("-") > 1:
        raise InputProblem("standard input (-) can be read only once")
    options = options_from(params)
    if output:
        check_output_folder(Path(output), sources)
    # A Ctrl-C while llama.cpp reads a prompt (one long C call) is acted on within a second all the same.
    with prompt_interrupt(INTERRUPTED, EXIT_INTERRUPTED) as reported:
        try:
            with Summarizer(options) as summarizer, previewing(stream_lines):
                if together:
                    from summarizer.together.run import read_together

                    arguments = [input_argument(source, allow_private_urls) for source in sources]
                    summary = read_together(summarizer, arguments, lambda argument: _read(summarizer, argument, input_format), "--together")
                else:
                    summary = summarizer.summarize(**input_argument(sources[0], allow_private_urls), fmt=input_format)
        except KeyboardInterrupt:
            # As `summarize batch` and shells do: 130 says "interrupted", not "failed" (click's Abort is 1).
            click.echo(INTERRUPTED, err=True)
            reported.set()
            raise SystemExit(EXIT_INTERRUPTED) from None
    rendered = render(summary, output_format, outline=outline)
    if output:
        write_output_file(output, rendered + "\n")
    else:
        echo_result(rendered)


def _read(summarizer: Any, argument: dict[str, Any], fmt: str | None) -> Any:
    """The `Document` that one `input_argument` names."""
    if "url" in argument:
        return summarizer.read_url(argument["url"], allow_private=argument["allow_private"])
    if "stream" in argument:
        return summarizer.read_stream(argument["stream"], fmt=fmt)
    return summarizer.read(argument["path"], fmt=fmt)
