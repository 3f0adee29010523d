"""`summarize methods`: the extractive rankers that --method accepts."""

from __future__ import annotations

import click


@click.command(name="methods")
def methods() -> None:
    """List the extractive ranking methods (built-in and from plugins)."""
    from summarizer.components import RANKERS

    described = RANKERS.describe()
    width = max(map(len, described))
    for name, description in described.items():
        click.echo(f"{name.ljust(width)}  {description}")
