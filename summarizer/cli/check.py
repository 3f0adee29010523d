"""`summarize check ARTICLE... --summary FILE|-`: cite any summary against its source (or the
sources of a `--together` summary) and name what they do not back. Exit 0 when every line is
supported, 1 when one is not, 2 on bad input."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from summarizer.cli.common import ALLOW_PRIVATE_URLS, CHECKER_SETTING, InputProblem, check_output_folder, echo_result, interrupts_at_once, read_argument, reports_errors, standard_input, write_output_file
from summarizer.cli.formats import verification_formats

EXIT_UNSUPPORTED = 1


@click.command(name="check")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option("--summary", "-s", "summary_path", required=True, metavar="FILE|-", help="The summary to check: a text file, or - for standard input.")
@click.option("--format", "-f", "output_format", type=verification_formats(), default="text", show_default=True)
@click.option("--checker", "-c", default="default", show_default=True, help="Which checker judges the lines: relations (the default), literal, model (a downloaded fact-checking model), judge (a chat model asked Yes or No) or learned (the relations checks, with a small trained model deciding which problems reject a line and which only warn).")
@CHECKER_SETTING
@click.option("--min-support", type=click.FloatRange(0, 1), default=0.5, show_default=True, help="Share of a line's words its sources must hold.")
@click.option("--language", "-l", default="auto", show_default=True, help="The article's language: auto, a name or an ISO code such as de.")
@click.option("--lines", "one_per_line", is_flag=True, help="Take each line of the summary as one sentence instead of splitting it.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@ALLOW_PRIVATE_URLS
@reports_errors
@interrupts_at_once
def check(
    articles: tuple[str, ...], summary_path: str, output_format: str, checker: str, checker_settings: dict, min_support: float, language: str,
    one_per_line: bool, output: str | None, allow_private_urls: bool,
) -> None:
    """Check a summary written by any model or person against ARTICLE (a path, a URL or -).

    Several articles are the sources of one summary (as `summarize A B --together` writes): each
    line may cite any of them, [2:14] being source 2, sentence 14. Every summary sentence is cited with the source sentences that support it and checked for
    numbers, dates, names, quotations and judgements its sources lack, low support, and true
    words put in a wrong relation (who did what, when, where, who said it, whom "he" means).
    Exits 0 when every line is supported, 1 when one is not, 2 on bad input.
    """
    from summarizer.render.renderers import render
    from summarizer.verify.verification import verify

    if "-" in articles and summary_path == "-":
        raise InputProblem("the article and the summary cannot both come from standard input")
    if articles.count("-") > 1:
        raise InputProblem("standard input (-) can be read only once")
    if output:
        check_output_folder(Path(output), (*articles, summary_path))
    summary = _read_summary(summary_path)
    if not summary.strip():
        raise InputProblem(f"{summary_path}: the summary is empty")
    if len(articles) == 1:
        source = read_argument(articles[0], allow_private_urls, language)
    else:  # the sources of one story: every one read, or one error naming each that could not be
        from summarizer.read.combine import read_all

        source = read_all(articles, lambda article: read_argument(article, allow_private_urls, language), "summarize check", "checked against")
    lines = summary.splitlines() if one_per_line else summary
    result = verify(source, lines, checker=checker, min_support=min_support, language=language, checker_settings=checker_settings)
    if not result.lines:
        raise InputProblem(f"{summary_path}: the summary has no sentence")
    rendered = render(result, output_format)
    if output:
        write_output_file(output, rendered + "\n")
    else:
        echo_result(rendered)
    if not result.supported:
        sys.exit(EXIT_UNSUPPORTED)


def _read_summary(path: str) -> str:
    """The summary's text, read up to the size an article may have by default: a device or an
    endless pipe (`-s /dev/zero`) is refused, not read until the memory runs out."""
    from summarizer.options import DEFAULT_MAX_BYTES
    from summarizer.read.raw import size_text
    from summarizer.read.sources import file_problem

    try:
        if path == "-":
            data = standard_input().read(DEFAULT_MAX_BYTES + 1)
        else:
            with Path(path).open("rb") as stream:
                data = stream.read(DEFAULT_MAX_BYTES + 1)
    except OSError as exc:  # in the article's words: "is a directory, not a file", "no such file"
        raise InputProblem(f"{path}: {file_problem(exc)}") from None
    if len(data) > DEFAULT_MAX_BYTES:
        raise InputProblem(f"{path}: is over the {size_text(DEFAULT_MAX_BYTES)} limit for a summary")
    from summarizer.read.sources import decode

    return decode(data, path, "text")  # as an article is read: UTF-8, or UTF-16/32; not binary
