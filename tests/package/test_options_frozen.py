"""`Options` cannot change after it was checked, hashes, and its keywords are typed."""

from __future__ import annotations

import dataclasses
import pickle
import typing

import pytest

from summarizer import Options, Summarizer, summarize
from summarizer.options import OptionFields, Settings


def test_options_settings_are_read_only_after_validation() -> None:
    given = {"decay": 0.8, "weights": [1, 2]}
    options = Options(ranker_settings=given)
    with pytest.raises(TypeError):
        options.ranker_settings["decay"] = "oops"  # type: ignore[index]
    given["decay"] = "oops"  # the caller's dict is not the options' own
    assert options.ranker_settings == {"decay": 0.8, "weights": (1, 2)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.method = "lead"  # type: ignore[misc]


def test_options_hash_and_compare_by_value() -> None:
    assert hash(Options()) == hash(Options())
    # (Checker settings are the abstractive guard's: an extractive run refuses them.)
    first = Options(mode="abstractive", ranker_settings={"decay": 0.8}, checker_settings={"window": 4})
    second = Options(mode="abstractive", ranker_settings={"decay": 0.8}, checker_settings={"window": 4})
    assert first == second and hash(first) == hash(second) and len({first, second, Options()}) == 2
    assert pickle.loads(pickle.dumps(first)) == first  # as a process pool hands it to its workers


def test_options_settings_refuse_what_cannot_be_frozen() -> None:
    from summarizer.errors import OptionsError

    with pytest.raises(OptionsError, match="must map setting names"):
        Options(ranker_settings=[("decay", 0.8)])  # type: ignore[arg-type]
    with pytest.raises(OptionsError, match="plain values"):
        Options(ranker_settings={"decay": object.__new__(type("Unhashable", (), {"__hash__": None}))})
    assert Settings({"a": {"b": [1]}})["a"] == {"b": (1,)}


def test_options_keywords_are_typed_for_summarize_and_summarizer() -> None:
    expected = set(Options.__dataclass_fields__) - {"length"} | {"sentences", "ratio", "words", "length", "abstractive"}
    assert set(OptionFields.__annotations__) == expected
    for function in (summarize, Summarizer.__init__, Options.build, Options.with_changes):
        hints = typing.get_type_hints(function)
        keywords = next(p for p in typing.get_type_hints(function, include_extras=True).values() if typing.get_origin(p) is typing.Unpack)
        assert typing.get_args(keywords) == (OptionFields,), function
        assert Any_free(hints), function


def Any_free(hints: dict[str, object]) -> bool:
    return all(hint is not typing.Any for hint in hints.values())


def test_summarizer_takes_options_and_a_length_keyword() -> None:
    summarizer = Summarizer(Options(method="lead"), sentences=2)
    assert summarizer.options.length.sentences == 2 and summarizer.options.method == "lead"
    assert Options().with_changes(length="120w").length.words == 120
