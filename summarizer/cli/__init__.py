"""The `summarize` command: a thin layer over the library.

`summarize FILE` and `summarize batch DIR` live side by side: any first argument that is not a
subcommand's name goes to the default `run` command.
"""

from __future__ import annotations

import click

from summarizer._version import __version__

EXAMPLES = """
\b
Examples:
  summarize article.txt                     3-sentence summary with citations
  summarize article.md --sentences 5        five sentences
  summarize article.txt --words 80 --format json
  summarize article.txt --abstractive       a model writes it; every line cited and checked
  summarize models                          abstractive model presets and what is downloaded
  cat article.txt | summarize -             read standard input
  summarize https://example.com/story       a web page's article
  summarize batch articles/ -o summaries/   a whole folder, in parallel
  summarize check article.txt -s summary.txt  cite and check a summary from any model or person
  summarize run --help                      every option of the main command
"""


class DefaultCommandGroup(click.Group):
    """A group whose unknown first argument (a path, `-`, an option) goes to a default command."""

    default_command = "run"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args.insert(0, self.default_command)
        return super().parse_args(ctx, args)


@click.group(
    cls=DefaultCommandGroup,
    epilog=EXAMPLES,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="summarize")
def cli() -> None:
    """Summarise news articles into short, neutral summaries whose every line cites its source.

    Run `summarize FILE` (or `summarize run FILE`) on one article; see the commands below for more.
    """


def _register() -> None:
    from summarizer.cli import batch, check, faithfulness, methods, models, run
    from summarizer.cli import eval as eval_cli

    cli.add_command(run.run)
    cli.add_command(batch.batch)
    cli.add_command(methods.methods)
    cli.add_command(models.models)
    cli.add_command(eval_cli.eval_command)
    cli.add_command(check.check)
    cli.add_command(faithfulness.faithfulness)


_register()


def _hints_on_one_line() -> None:
    """The library's hints (a `PerformanceHint` warning, e.g. that the llamacpp extra runs a .gguf
    model faster) as one `note:` line on stderr instead of Python's two-line warning format, and a
    check it had to cut short (`CheckLimitWarning`) as one `warning:` line."""
    import warnings

    show = warnings.showwarning

    def one_line(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
        if category.__name__ in ("PerformanceHint", "CheckLimitWarning"):  # by name: importing them here would slow startup
            click.echo(f"{'note' if category.__name__ == 'PerformanceHint' else 'warning'}: {message}", err=True)
        else:
            show(message, category, filename, lineno, file, line)

    warnings.showwarning = one_line


def main() -> None:
    from summarizer.parallel import one_math_thread

    # The command owns its process, so it may set process-wide state that a library must not:
    # numpy's BLAS on one thread (our matrices are small; extra threads only spin).
    one_math_thread()
    _hints_on_one_line()
    cli(prog_name="summarize")
