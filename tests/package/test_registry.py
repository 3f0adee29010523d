"""The one `Registry` type behind rankers, backends and renderers."""

from __future__ import annotations

import pytest

from summarizer.components import BACKENDS, RANKERS, RENDERERS
from summarizer.errors import OptionsError, UnknownComponentError
from summarizer.registry import Registry


class Greeter:
    """Says hello."""

    def __init__(self, loud: bool = False):
        self.loud = loud


class Labeller:
    """Needs a label."""

    def __init__(self, label: str, polite: bool = True):
        if not isinstance(label, str):
            raise TypeError("a label is text")  # a TypeError of its own, not a missing setting
        self.label = label


def test_registry_names_a_missing_required_setting_and_keeps_other_type_errors() -> None:
    registry: Registry[Labeller] = Registry("labeller")
    registry.add("tag", Labeller)
    with pytest.raises(OptionsError, match="labeller 'tag' needs the setting label"):
        registry.create("tag", polite=False)
    assert registry.create("tag", "urgent").label == "urgent"  # given by position
    with pytest.raises(TypeError, match="a label is text"):
        registry.create("tag", label=3)


def test_registry_refuses_a_duplicate_name_and_alias() -> None:
    registry: Registry[Greeter] = Registry("greeter")
    registry.add("hello", Greeter)
    with pytest.raises(ValueError, match="registered already"):
        registry.add("hello", Greeter)
    registry.alias("hi", "hello")
    with pytest.raises(ValueError, match="registered already"):
        registry.alias("hi", "hello")


def test_registry_lists_choices_in_the_error_and_passes_settings() -> None:
    registry: Registry[Greeter] = Registry("greeter")
    registry.add("hello", f"{__name__}:Greeter")
    registry.alias("hi", "hello")
    assert registry.create("hi", loud=True).loud is True
    assert registry.describe() == {"hello": "Says hello.", "hi": "alias of hello"}
    with pytest.raises(UnknownComponentError, match="choose one of: hello, hi"):
        registry.create("bye")
    with pytest.raises(OptionsError, match="no setting 'quiet'; it takes: loud"):
        registry.create("hello", quiet=True)


def test_registry_loads_entry_points_lazily(monkeypatch) -> None:
    from importlib import metadata

    class Entry:
        name = "plugin"
        value = f"{__name__}:Greeter"

    monkeypatch.setattr(metadata, "entry_points", lambda group: [Entry()] if group == "tests.greeters" else [])
    registry: Registry[Greeter] = Registry("greeter", "tests.greeters")
    assert registry.names() == ["plugin"]
    assert isinstance(registry.create("plugin"), Greeter)


def test_built_in_registries_name_their_components() -> None:
    assert {"lead", "centrality", "news", "default"} <= set(RANKERS.names())
    assert {"seq2seq", "causal"} <= set(BACKENDS.names())
    assert {"text", "markdown", "json"} <= set(RENDERERS.names())
