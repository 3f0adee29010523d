"""`summarize methods`: the extractive rankers that --method accepts."""

from __future__ import annotations

import click


@click.command(name="methods")
def methods() -> None:
    """List the extractive ranking methods (built-in and from plugins).

    A plugin that cannot be loaded is named on one line of standard error; the others are listed.
    """
    from summarizer.cli.common import echo_result
    from summarizer.components import RANKERS

    described = RANKERS.describe()
    width = max(map(len, described), default=0)
    echo_result("\n".join(f"{name.ljust(width)}  {description}" for name, description in described.items()))
    for error in RANKERS.broken().values():
        click.echo(f"warning: {error}", err=True)
