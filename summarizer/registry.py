"""`Registry`: components chosen by name (rankers, model backends, checkers, renderers).

One small type for all of them, so each kind refuses a duplicate name, lists its choices in an
error the same way, and can be extended by other packages through an entry-point group. A
component is registered as a factory or as a ``"module:attribute"`` path that is imported only
when the component is used: naming or validating a choice never loads numpy or torch. A plugin
that cannot be imported is a `PluginError` naming it, never a traceback, and the other
components of its registry go on working.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Generic, TypeVar

from summarizer.errors import OptionsError, PluginError, UnknownComponentError

T = TypeVar("T")
Factory = Callable[..., T]


class Registry(Generic[T]):
    def __init__(self, kind: str, entry_point_group: str | None = None):
        self.kind = kind  # how an error names the choice: "method", "model kind", "format"
        self.entry_point_group = entry_point_group
        self._factories: dict[str, Factory[T] | str] = {}
        self._descriptions: dict[str, str] = {}
        self._aliases: dict[str, str] = {}
        self._plugins: set[str] = set()  # names that came from entry points
        self._paths: dict[str, str] = {}  # the "module:attribute" each name was registered by
        self._plugins_loaded = entry_point_group is None

    def add(self, name: str, factory: Factory[T] | str, description: str = "") -> None:
        """Register `factory` (or its ``"module:attribute"`` path) under `name`; names are unique."""
        if name in self._factories or name in self._aliases:
            raise ValueError(f"a {self.kind} named {name!r} is registered already")
        self._factories[name] = factory
        self._descriptions[name] = description
        if isinstance(factory, str):
            self._paths[name] = factory

    def alias(self, alias: str, target: str) -> None:
        if alias in self._factories or alias in self._aliases:
            raise ValueError(f"a {self.kind} named {alias!r} is registered already")
        self._aliases[alias] = target

    def _load_plugins(self) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        from importlib.metadata import entry_points

        for entry in entry_points(group=self.entry_point_group):
            if entry.name not in self._factories and entry.name not in self._aliases:
                self._factories[entry.name] = self._paths[entry.name] = entry.value
                self._plugins.add(entry.name)

    def paths(self) -> dict[str, str]:
        """Name -> the ``"module:attribute"`` it was registered by (components added as objects left out)."""
        self._load_plugins()
        return dict(self._paths)

    def is_plugin(self, name: str) -> bool:
        """Whether `name` came from another package's entry point."""
        return self.resolve(name) in self._plugins

    def names(self) -> list[str]:
        self._load_plugins()
        return sorted([*self._factories, *self._aliases])

    def describe(self) -> dict[str, str]:
        """Name -> one-line description, aliases included; a component that cannot be loaded is
        left out here and named by `broken`."""
        self._load_plugins()
        described: dict[str, str] = {}
        for name in self._factories:
            if name in self._descriptions and self._descriptions[name]:
                described[name] = self._descriptions[name]
                continue
            try:
                described[name] = _first_doc_line(self.factory(name))
            except PluginError:
                continue
        described.update({alias: f"alias of {target}" for alias, target in self._aliases.items() if target in described})
        return dict(sorted(described.items()))

    def broken(self) -> dict[str, PluginError]:
        """The registered components that cannot be loaded, each with the error that says why."""
        self._load_plugins()
        failures: dict[str, PluginError] = {}
        for name in sorted(self._factories):
            try:
                self.factory(name)
            except PluginError as exc:
                failures[name] = exc
        return failures

    def resolve(self, name: str) -> str:
        """The registered name behind `name` (aliases followed); `UnknownComponentError` if none."""
        target = self._aliases.get(name, name)
        if target not in self._factories:
            self._load_plugins()
        if target not in self._factories:
            raise UnknownComponentError(self.kind, name, self.names())
        return target

    def factory(self, name: str) -> Factory[T]:
        name = self.resolve(name)
        factory = self._factories[name]
        if isinstance(factory, str):
            module, _, attribute = factory.partition(":")
            try:
                loaded = importlib.import_module(module)
                for part in attribute.split("."):
                    loaded = getattr(loaded, part)
            except Exception as exc:  # noqa: BLE001 - whatever a plugin's import raises, it is named as that plugin's
                origin = f"the plugin {factory!r} ({self.entry_point_group})" if name in self._plugins else repr(factory)
                raise PluginError(f"{self.kind} {name!r}: {origin} cannot be loaded: {type(exc).__name__}: {exc}") from exc
            factory = self._factories[name] = loaded
        return factory

    def create(self, name: str, *args: Any, **config: Any) -> T:
        """A new component: its factory called with `args` and the `config` it takes; a setting
        the component does not take is an `OptionsError` naming the ones it does."""
        factory = self.factory(name)
        if config:
            _check_settings(self.kind, self.resolve(name), factory, config, len(args))
        try:
            return factory(*args, **config)
        except TypeError:
            missing = _missing_settings(factory, len(args), config)
            if missing:  # the call failed for want of a setting: say which, not a traceback
                raise OptionsError(f"{self.kind} {self.resolve(name)!r} needs the setting {', '.join(missing)}") from None
            raise


def _check_settings(kind: str, name: str, factory: Any, config: dict[str, Any], positional: int = 0) -> None:
    import inspect

    parameters = _parameters(factory)
    if parameters is None:  # a builtin or C factory: let the call decide
        return
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return
    accepted = [n for n, p in parameters.items() if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)][positional:]
    unknown = sorted(set(config) - set(accepted))
    if unknown:
        takes = ", ".join(accepted) if accepted else "no settings"
        raise OptionsError(f"{kind} {name!r} has no setting {', '.join(map(repr, unknown))}; it takes: {takes}")
    for key, value in list(config.items()):
        # Text for a numeric setting (a library caller's "0.7" from a config file, or the CLI's
        # `threshold=abc`, which it passes on as text) is read as the number it spells, or refused
        # here: it would otherwise fail inside the component, as a TypeError from a comparison.
        kinds = _number_kinds(parameters[key].annotation) if isinstance(value, (str, float)) else set()
        if kinds and isinstance(value, str):
            try:
                config[key] = int(value) if kinds == {"int"} else float(value)
            except ValueError:
                raise OptionsError(f"{kind} {name!r}: the setting {key} takes a number, got {value!r}") from None
        # "nan" or "inf" would run, and put NaN in scores and in JSON, which strict parsers refuse
        if kinds and isinstance(config[key], float) and not math.isfinite(config[key]):
            raise OptionsError(f"{kind} {name!r}: the setting {key} takes a finite number, got {value!r}")


def _parameters(factory: Any) -> Mapping[str, Any] | None:
    """`inspect.signature(factory).parameters`, or None where it has no signature."""
    try:
        return _cached_parameters(factory)
    except TypeError:  # an unhashable factory (a callable object): read it each time
        return _read_parameters(factory)


def _read_parameters(factory: Any) -> Mapping[str, Any] | None:
    import inspect

    try:
        return inspect.signature(factory).parameters
    except (TypeError, ValueError):
        return None


# `verify` makes its checker on every call, and a signature costs more to read than a check of a
# short summary's line: each factory's is read once (a signature never changes).
_cached_parameters = lru_cache(maxsize=256)(_read_parameters)


def _number_kinds(annotation: Any) -> set[str]:
    """{"int"} or {"float"} (or both) where a parameter's annotation (text, under postponed
    annotations) is only numbers, or None; else empty."""
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    kinds = {part.strip() for part in text.split("|")} - {"None"}
    return kinds if kinds and kinds <= {"int", "float"} else set()


def _missing_settings(factory: Any, positional: int, config: dict[str, Any]) -> list[str]:
    """The settings `factory` requires that neither the positional arguments nor `config` give."""
    import inspect

    try:
        parameters = list(inspect.signature(factory).parameters.values())
    except (TypeError, ValueError):
        return []
    named = [p for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    skipped = [p for p in named if p.kind is p.POSITIONAL_OR_KEYWORD][:positional]
    return [p.name for p in named if p.default is p.empty and p not in skipped and p.name not in config]


def _first_doc_line(factory: Any) -> str:
    lines = (getattr(factory, "__doc__", None) or "").strip().splitlines()
    return lines[0] if lines else ""
