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
