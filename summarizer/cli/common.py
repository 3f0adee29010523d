"""Pieces the subcommands share: the length and model options, the one mapping from command-line
parameters to `Options`, and turning library errors into one-line exits."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

import click

from summarizer.options import DEVICES, GUARD_MODES, MODES, SECTION_MODES, Options

if TYPE_CHECKING:
    from summarizer.types import Document

F = TypeVar("F", bound=Callable[..., Any])

EXIT_INPUT = 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it


class InputProblem(click.ClickException):
    """A bad input or option: one line on stderr, exit code 2."""

    exit_code = EXIT_INPUT


def _apply(func: F, options: list[Callable[[F], F]]) -> F:
    for option in reversed(options):
        func = option(func)
    return func


def length_options(func: F) -> F:
    return _apply(func, [
        click.option("--sentences", "-n", type=click.IntRange(min=1), help="Number of sentences [default: 3]."),
        click.option("--ratio", "-r", type=click.FloatRange(0, 1, min_open=True), help="Share of the article's sentences, e.g. 0.2."),
        click.option("--words", "-w", type=click.IntRange(min=1), help="Word budget for the summary."),
    ])


def reports_errors(func: F) -> F:
    """Turn the library's errors into a clean one-line message instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from summarizer.errors import SummarizerError

        try:
            return func(*args, **kwargs)
        except SummarizerError as exc:
            raise InputProblem(str(exc)) from None
        except KeyboardInterrupt:
            # 130, as shells report a Ctrl-C: click's own "Aborted!" exits 1, which `summarize
            # check` uses for "a line is not supported".
            click.echo("interrupted", err=True)
            raise SystemExit(EXIT_INTERRUPTED) from None

    return wrapper  # type: ignore[return-value]


def interrupts_at_once(func: F) -> F:
    """A Ctrl-C while a model computes (llama.cpp reading a prompt is one C call of seconds) ends
    the command within about a second, "interrupted", exit 130; for commands that write nothing
    that an end at once would leave half done. Goes under `reports_errors`, which says the line
    when Python acts on the Ctrl-C in time."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from summarizer.cli.interrupt import prompt_interrupt

        with prompt_interrupt("interrupted", EXIT_INTERRUPTED):
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def pipeline_options(func: F) -> F:
    """Every option that becomes an `Options` field, shared by `run` and `batch`."""
    return _apply(func, [
        length_options,
        click.option("--method", "-m", default="default", show_default=True, help="Extractive ranker (`summarize methods` lists them)."),
        click.option(
            "--language",
            "-l",
            default="auto",
            show_default=True,
            help="The article's language: auto (detect it), a name or an ISO code such as de, fr, es.",
        ),
        click.option(
            "--diversity",
            type=click.FloatRange(0, 1),
            help="Maximal marginal relevance: how much similarity to chosen sentences costs the next one [default: 0].",
        ),
        click.option("--max-bytes", type=click.IntRange(min=1), help="Refuse inputs larger than this [default: 20 MB]."),
        click.option(
            "--sections",
            type=click.Choice(SECTION_MODES),
            help="Summarise in sections, then merge: auto (documents too long for the summary's lines or the model's window), on, off [default: auto].",
        ),
        click.option("--abstractive", is_flag=True, help="Let a model rewrite the key lines (same as --mode abstractive)."),
        click.option("--mode", type=click.Choice(MODES), help="extractive: quote sentences; abstractive: a model writes [default: extractive]."),
        click.option(
            "--model",
            help="Abstractive model (implies --abstractive): a preset (see `summarize models`), a local directory or .gguf file, "
            "a hub id, or KIND:NAME for a registered backend kind (openai:llama3.2, a plugin's).",
        ),
        click.option(
            "--model-setting",
            "model_settings",
            multiple=True,
            metavar="NAME=VALUE",
            callback=parse_settings,
            help="A setting of the model's backend, as its class takes it (repeatable; for a plugin's backend).",
        ),
        click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True, help="Where the model runs."),
        click.option(
            "--batch-size",
            type=click.IntRange(min=1),
            help="Documents a local model generates at once; lower it when the model runs out of memory [default: 8].",
        ),
        click.option(
            "--guard",
            type=click.Choice(GUARD_MODES),
            default="drop",
            show_default=True,
            help="Unsupported generated lines: replace them by their source (drop), mark them (flag), or keep them (off).",
        ),
        click.option("--min-support", type=click.FloatRange(0, 1), help="Guard threshold: share of a line's words its sources must hold [default: 0.5]."),
        click.option("--checker", help="Which checker the guard asks: relations (default), literal, model, judge or learned (see `summarize check --help`)."),
        CHECKER_SETTING,
        click.option(
            "--context-tokens",
            type=click.IntRange(min=1),
            help="The model's context (prompt and answer) to fit the input to [default: the model's; 2048 for a server].",
        ),
        click.option(
            "--api-base",
            metavar="URL",
            help="OpenAI-compatible server for --model openai:NAME, e.g. http://localhost:11434/v1 [default: $OPENAI_BASE_URL]. "
            "A key, if the server needs one, is read from $OPENAI_API_KEY.",
        ),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds to wait for a server's answer [default: 120]."),
        click.option("--retries", type=click.IntRange(min=0), help="Further tries after a failed connection, time-out or 429/5xx answer [default: 2]."),
        click.option("--retry-backoff", type=click.FloatRange(min=0), help="Seconds before the first retry, doubled for each next one [default: 1]."),
        click.option("--concurrency", type=click.IntRange(min=1), help="Requests in flight at once to a server [default: 4]."),
        click.option(
            "--ranker-setting",
            "ranker_settings",
            multiple=True,
            metavar="NAME=VALUE",
            callback=parse_settings,
            help="A setting of the ranker, e.g. decay=0.8 for news (repeatable; `summarize methods` lists rankers).",
        ),
    ])


def parse_settings(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for value in values:
        name, equals, text = value.partition("=")
        if not equals or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}")
        try:
            settings[name.strip()] = float(text) if "." in text or "e" in text.lower() else int(text)
        except ValueError:
            settings[name.strip()] = text
    return settings


# Shared by `summarize`, `batch` (the guard's checker) and `check`.
CHECKER_SETTING = click.option(
    "--checker-setting",
    "checker_settings",
    multiple=True,
    metavar="NAME=VALUE",
    callback=parse_settings,
    help="A setting of the checker, e.g. model=minicheck-roberta or threshold=0.6 for the model checker (repeatable).",
)


OPTION_PARAMETERS = (
    "sentences", "ratio", "words", "method", "diversity", "language", "max_bytes", "abstractive", "mode", "model", "device", "batch_size",
    "guard", "min_support", "ranker_settings", "checker", "checker_settings", "model_settings", "context_tokens", "api_base", "timeout",
    "retries", "retry_backoff", "concurrency",
    "sections",
)


def options_from(params: dict[str, Any]) -> Options:
    """The `Options` behind the parameters of `pipeline_options` (unset ones keep their defaults);
    contradictions are refused by `Options` itself, the same for the CLI and the library."""
    # Identity tests: 0 (--retries 0, --min-support 0) equals False and must still count as given.
    given = {name: value for name in OPTION_PARAMETERS if (value := params.get(name)) is not None and value is not False and value != {}}
    return Options.build(**given)


def check_output_folder(output: Path, inputs: Iterable[str] = ()) -> None:
    """Refuse `-o` into a folder that does not exist, before any work: a typo in the path must
    not quietly create folders (or cost a model run before failing). Refuse too an `-o` that is
    one of the command's `inputs` (the same file by any name: a link, another path), which the
    output would replace."""
    folder = output.parent
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "no such folder"
        raise InputProblem(f"{folder}: {problem} (for -o {output})")
    if output.exists() and any(_same_file(output, source) for source in inputs if source != "-"):
        raise InputProblem(f"{output}: is an input of this command; give -o another file")


def _same_file(output: Path, source: str) -> bool:
    try:
        return os.path.samefile(output, source)
    except OSError:  # not a file (a URL), or gone
        return False


def echo_result(text: str, nl: bool = True) -> None:
    """Print a command's result on standard output; one that cannot take it (a full disk under
    `summarize a.txt > out.txt`) is one line, exit 2, as an `-o` file that cannot be written is.
    A reader that stops early (`| head -1`) is click's to end quietly."""
    try:
        click.echo(text, nl=nl)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise InputProblem(f"<stdout>: cannot be written ({exc.strerror or exc})") from None


def write_output_file(output: str, content: str) -> None:
    """Write an `-o` file atomically into its existing folder; a failure is one line, exit 2.

    A path that is not a plain file (/dev/null, /dev/stdout, a named pipe, a symbolic link) is
    written through, in place: a new file renamed over it would replace the device or the link.
    "-" is standard output, as "-" for an input is standard input."""
    from summarizer.render.files import write_atomically

    if output == "-":
        echo_result(content, nl=False)
        return
    path = Path(output)
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            with path.open("w", encoding="utf-8") as stream:
                stream.write(content)
        else:
            write_atomically(output, content, make_folders=False)
    except OSError as exc:
        raise InputProblem(f"{output}: cannot be written ({exc.strerror or exc})") from None


ALLOW_PRIVATE_URLS = click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Fetch a URL whose host is on a private, loopback or link-local address (refused by default).",
)


def standard_input() -> BinaryIO:
    """Standard input as bytes; one line, not a traceback, when the command was started with it
    closed (from a service or a supervisor)."""
    import sys

    if sys.stdin is None:
        raise InputProblem("<stdin>: standard input is closed")
    return sys.stdin.buffer


def input_argument(source: str, allow_private_urls: bool = False) -> dict[str, Any]:
    """The keyword that names what a PATH|URL|- argument is, for `Summarizer.summarize`.

    On the command line an argument always names an input, never holds the article itself: a
    path that does not exist is an error, not a one-line article. The library never guesses."""
    import sys

    from summarizer.read.sources import has_url_scheme

    if source == "-":
        return {"stream": standard_input()}
    if has_url_scheme(source):
        return {"url": source.strip(), "allow_private": allow_private_urls}
    return {"path": Path(source)}


def read_argument(source: str, allow_private_urls: bool, language: str) -> Document:
    """The `Document` a PATH|URL|- argument names (for `check`, which hands it to `verify`)."""
    from summarizer.pipeline import Summarizer

    argument = input_argument(source, allow_private_urls)
    summarizer = Summarizer(language=language)
    if "url" in argument:
        return summarizer.read_url(argument["url"], allow_private=allow_private_urls)
    if "stream" in argument:
        return summarizer.read_stream(argument["stream"])
    return summarizer.read(argument["path"])
