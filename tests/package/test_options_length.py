from __future__ import annotations

import pytest

from summarizer import Length, Options, OptionsError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, Length(sentences=3)),
        ("3", Length(sentences=3)),
        ("20%", Length(ratio=0.2)),
        (0.2, Length(ratio=0.2)),
        ("0.25", Length(ratio=0.25)),
        ("120w", Length(words=120)),
        (None, Length()),
    ],
)
def test_options_length_parse(value: object, expected: Length) -> None:
    assert Length.parse(value) == expected


@pytest.mark.parametrize("value", ["many", "w", "%", True])
def test_options_length_parse_rejects_nonsense(value: object) -> None:
    with pytest.raises(OptionsError):
        Length.parse(value)


def test_options_unknown_keyword_is_refused() -> None:
    with pytest.raises(OptionsError, match="colour"):
        Options.build(colour="blue")


def test_options_sentence_budget() -> None:
    assert Length().sentence_budget(10) == 3
    assert Length(sentences=5).sentence_budget(2) == 2
    assert Length(ratio=0.1).sentence_budget(25) == 3
    assert Length(ratio=0.01).sentence_budget(5) == 1
