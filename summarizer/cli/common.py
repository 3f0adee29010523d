"""Pieces the subcommands share: length options and turning library errors into one-line exits."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

EXIT_INPUT = 2


class InputProblem(click.ClickException):
    """A bad input or option: one line on stderr, exit code 2."""

    exit_code = EXIT_INPUT


def length_options(func: F) -> F:
    func = click.option("--words", "-w", type=click.IntRange(min=1), help="Word budget for the summary.")(func)
    func = click.option(
        "--ratio", "-r", type=click.FloatRange(0, 1, min_open=True), help="Share of the article's sentences, e.g. 0.2."
    )(func)
    func = click.option("--sentences", "-n", type=click.IntRange(min=1), help="Number of sentences [default: 3].")(func)
    return func


def reports_errors(func: F) -> F:
    """Turn the library's errors into a clean one-line message instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from summarizer.errors import SummarizerError

        try:
            return func(*args, **kwargs)
        except SummarizerError as exc:
            raise InputProblem(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def model_options(func: F) -> F:
    """The abstractive stage's options, shared by `run` and `batch`."""
    options = [
        click.option("--abstractive", is_flag=True, help="Let a model rewrite the key lines (same as --mode abstractive)."),
        click.option(
            "--mode",
            type=click.Choice(["extractive", "abstractive"]),
            help="extractive: quote sentences; abstractive: a model writes [default: extractive].",
        ),
        click.option(
            "--model",
            help="Abstractive model (implies --abstractive): a preset (see `summarize models`), a local directory or .gguf file, or a hub id.",
        ),
        click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True, help="Where the model runs."),
        click.option(
            "--guard",
            type=click.Choice(["drop", "flag", "off"]),
            default="drop",
            show_default=True,
            help="Unsupported generated lines: replace them by their source (drop), mark them (flag), or keep them (off).",
        ),
        click.option(
            "--min-support",
            type=click.FloatRange(0, 1),
            help="Guard threshold: share of a line's words its sources must hold [default: 0.5].",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def model_fields(
    abstractive: bool, mode: str | None, model: str | None, device: str, guard: str, min_support: float | None
) -> dict[str, Any]:
    """`Options` fields from the model options; contradictions are usage errors."""
    if mode == "extractive" and (abstractive or model):
        raise click.UsageError(f"{'--abstractive' if abstractive else '--model'} and --mode extractive contradict each other")
    # Naming a model asks for the abstractive mode: there is nothing else a model would be for.
    fields: dict[str, Any] = {
        "mode": "abstractive" if abstractive or model else (mode or "extractive"),
        "device": device,
        "guard": guard,
    }
    if model is not None:
        fields["model"] = model
    if min_support is not None:
        fields["min_support"] = min_support
    return fields
