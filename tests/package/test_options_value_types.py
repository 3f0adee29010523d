"""Every option of the wrong type is refused by `Options` with an `OptionsError` naming it, as
`sentences` and `diversity` were: `max_bytes="10"`, `min_support=None`, `batch_size="8"` (a value
read from a config file or the environment), `language=5` or `method=["news"]` raised a TypeError
or AttributeError from inside the checks, and a `pathlib.Path` to a local model failed on first
use with "'PosixPath' object has no attribute 'partition'"."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from summarizer import Options, OptionsError, Summarizer

NUMBERS = ["redundancy_threshold", "diversity", "max_bytes", "min_support", "input_sentences", "batch_size",
           "timeout", "retries", "retry_backoff", "concurrency", "context_tokens"]
SERVER = {"model": "openai:llama3.2"}  # the model's settings need the abstractive mode


@pytest.mark.parametrize("name", NUMBERS)
@pytest.mark.parametrize("value", ["x", [1], {"a": 1}, True, float("nan")])
def test_a_number_of_the_wrong_type_is_refused_by_name(name, value):
    with pytest.raises(OptionsError, match=f"^{name} must "):
        Options.build(**SERVER, **{name: value})


@pytest.mark.parametrize("name", [n for n in NUMBERS if n not in ("input_sentences", "context_tokens")])
def test_a_number_that_must_be_given_is_not_none(name):
    with pytest.raises(OptionsError, match=f"^{name} must be a "):
        Options.build(**SERVER, **{name: None})


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [("redundancy_threshold", "0.5", 0.5), ("max_bytes", "1000", 1000), ("min_support", "0.7", 0.7), ("batch_size", "4", 4),
     ("input_sentences", "6", 6)],
)
def test_a_number_written_as_text_is_taken_as_diversity_and_timeout_are(name, text, value):
    assert getattr(Options.build(**SERVER, **{name: text}), name) == value


def test_a_whole_number_is_not_a_fraction():
    with pytest.raises(OptionsError, match="^max_bytes must be a whole number, got 2.5$"):
        Options.build(max_bytes=2.5)


@pytest.mark.parametrize("name", ["language", "method", "checker", "model", "api_base"])
@pytest.mark.parametrize("value", [5, ["news"], {"a": 1}])
def test_a_name_of_the_wrong_type_is_refused_by_name(name, value):
    with pytest.raises(OptionsError, match=f"^{name} must be text"):
        Options.build(**{name: value})


@pytest.mark.parametrize("length", [float("nan"), math.inf, -math.inf])
def test_a_length_that_is_no_number_is_refused(length):
    with pytest.raises(OptionsError, match="not a length"):
        Options.build(length=length)


def test_a_local_model_may_be_a_path(tmp_path):
    model = tmp_path / "model.gguf"
    options = Summarizer(model=model).options
    assert options.model == str(model) and options.mode == "abstractive"
    assert Options.build(model=Path("models/my-bart")).model == str(Path("models/my-bart"))
