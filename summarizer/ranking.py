"""Extractive rankers: each scores every sentence; selection happens elsewhere.

Rankers are chosen by name from one registry. Built-ins register themselves below; other packages
can add rankers through the ``summarizer.rankers`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from summarizer.errors import UnknownComponentError

if TYPE_CHECKING:
    import numpy as np

    from summarizer.features import SentenceFeatures
    from summarizer.types import Document

ENTRY_POINT_GROUP = "summarizer.rankers"


class Ranker(Protocol):
    name: str

    def score(self, document: Document, features: SentenceFeatures) -> np.ndarray:
        """One score per sentence, higher is better; only the order matters to the selector."""
        ...


_FACTORIES: dict[str, Callable[[], Ranker]] = {}
_DESCRIPTIONS: dict[str, str] = {}
_ALIASES: dict[str, str] = {}
_plugins_loaded = False


def register_ranker(name: str, description: str = "") -> Callable[[Callable[[], Ranker]], Callable[[], Ranker]]:
    def decorator(factory: Callable[[], Ranker]) -> Callable[[], Ranker]:
        _FACTORIES[name] = factory
        _DESCRIPTIONS[name] = description or (factory.__doc__ or "").strip().splitlines()[0]
        return factory

    return decorator


def register_alias(alias: str, target: str) -> None:
    _ALIASES[alias] = target


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    from importlib.metadata import entry_points

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name not in _FACTORIES:
            _FACTORIES[entry.name] = entry.load()


def _builtins() -> None:
    import summarizer.rankers  # noqa: F401  (registers the built-in rankers)


def ranker_names() -> list[str]:
    _builtins()
    _load_plugins()
    return sorted([*_FACTORIES, *_ALIASES])


def describe_rankers() -> dict[str, str]:
    _builtins()
    _load_plugins()
    described = {name: _DESCRIPTIONS.get(name, "") for name in _FACTORIES}
    described.update({alias: f"alias of {target}" for alias, target in _ALIASES.items()})
    return dict(sorted(described.items()))


def resolve_name(name: str) -> str:
    _builtins()
    target = _ALIASES.get(name, name)
    if target not in _FACTORIES:
        _load_plugins()
    if target not in _FACTORIES:
        raise UnknownComponentError("method", name, ranker_names())
    return target


def check_ranker_name(name: str) -> None:
    resolve_name(name)


def get_ranker(name: str) -> Ranker:
    return _FACTORIES[resolve_name(name)]()
