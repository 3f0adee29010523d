"""The package's exceptions: one base class and a few that mean something to a caller."""

from __future__ import annotations

from collections.abc import Iterable


class SummarizerError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(SummarizerError):
    """The input cannot be read or holds nothing to summarise."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Rebuilt from its own fields, so it crosses a process boundary as itself.
        return (type(self), (self.source, self.problem))


class UnknownComponentError(SummarizerError, ValueError):
    """A ranker, backend, preset or format was asked for by a name nobody registered."""

    def __init__(self, kind: str, name: str, choices: Iterable[str]):
        self.kind = kind
        self.name = name
        self.choices = sorted(choices)
        super().__init__(f"unknown {kind} {name!r}; choose one of: {', '.join(self.choices)}")

    def __reduce__(self) -> tuple[type, tuple[str, str, list[str]]]:
        return (type(self), (self.kind, self.name, self.choices))


class PluginError(SummarizerError):
    """A component registered by name (often by another package) cannot be loaded."""


class OptionsError(SummarizerError, ValueError):
    """Options that contradict each other or lie out of range."""


class MissingResourceError(SummarizerError):
    """Something that has to be installed or downloaded first; the message says how."""


class ModelError(SummarizerError):
    """A model could not be loaded or failed while generating."""


class CheckLimitWarning(UserWarning):
    """A part of a check was skipped where it could not run in reasonable time (a summary line
    thousands of words long); the rest of the line's checks still ran."""
