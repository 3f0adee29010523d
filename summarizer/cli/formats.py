"""`--format` choices read from a registry when the command runs, not when it is defined, so an
output format that a plugin registers is offered and accepted like a built-in one."""

from __future__ import annotations

from typing import Any

import click


class RegistryChoice(click.Choice):
    """A `click.Choice` whose choices are a registry's names at the moment they are asked for."""

    def __init__(self, registry: Any):
        self.registry = registry
        self.case_sensitive = True

    @property  # type: ignore[override]
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(self.registry.names())


def summary_formats() -> RegistryChoice:
    from summarizer.components import RENDERERS

    return RegistryChoice(RENDERERS)


def verification_formats() -> RegistryChoice:
    from summarizer.components import VERIFICATION_RENDERERS

    return RegistryChoice(VERIFICATION_RENDERERS)
