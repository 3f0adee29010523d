"""Sentence boundaries on the news text that trips Punkt up, and on the cases it must never break."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in the U.S. said the talks would resume.",
        "Mr. Smith and Mrs. Jones met Dr. Patel on Jan. 5 in Washington.",
        "Shares rose 3.5% to close at a record.",
        "The company raised $1.5bn from investors last year.",
        "Trade between the U.K. and the E.U. fell sharply in March.",
        "The method of Jones et al. (2020) was used again.",
        "A study by Okafor et al. found little change.",
        "Fruit, grain, timber (and pulses, coffee, etc.) were all delayed.",
        '"Is this the end?" she asked.',
        '"We will not be moved!" he shouted from the stage.',
        "Sen. Warren and Gov. Newsom spoke with Gen. Milley.",
        "The author J. R. Harlow wrote the report.",
        "Prices fell 0.25 points at 4 p.m. in New York.",
    ],
)
def test_segmenting_keeps_one_sentence_whole(text: str) -> None:
    assert split(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He flew to the U.K. and the E.U. He met leaders there.", ["He flew to the U.K. and the E.U.", "He met leaders there."]),
        ("It happened in the U.S. The president said so.", ["It happened in the U.S.", "The president said so."]),
        ('"Is this the end?" she asked. Nobody answered.', ['"Is this the end?" she asked.', "Nobody answered."]),
        ("The bridge closed. It reopens on Monday.", ["The bridge closed.", "It reopens on Monday."]),
        ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
        ("Was it worth it? Analysts doubt it! Time will tell.", ["Was it worth it?", "Analysts doubt it!", "Time will tell."]),
    ],
)
def test_segmenting_splits_real_boundaries(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_segmenting_spans_are_offsets_into_the_given_text() -> None:
    text = "Intro line.\nThe U.S. Senate voted. Mr. Lee objected."
    start = text.index("The")
    spans = sentence_spans(text, start, len(text))
    assert [text[a:b] for a, b in spans] == ["The U.S. Senate voted.", "Mr. Lee objected."]
    assert all(start <= a < b <= len(text) for a, b in spans)


def test_segmenting_blank_text_has_no_sentences() -> None:
    assert sentence_spans("   \n\t ") == []


def test_segmenting_uses_packaged_punkt_parameters_without_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """With nltk's own punkt_tab missing (as on a fresh machine), the packaged parameters are used."""
    import nltk.tokenize

    from summarizer.read import segment as segmenting

    def missing(*args: object, **kwargs: object) -> None:
        raise LookupError("punkt_tab not found")

    segmenting.punkt_tokenizer.cache_clear()
    monkeypatch.setattr(nltk.tokenize, "PunktTokenizer", missing)
    try:
        tokenizer = segmenting.punkt_tokenizer("english")
        assert "mr" in tokenizer._params.abbrev_types
        assert split("Mr. Smith left. He was tired.") == ["Mr. Smith left.", "He was tired."]
    finally:
        segmenting.punkt_tokenizer.cache_clear()


def test_segmenting_unknown_language_says_so() -> None:
    from summarizer.read import segment as segmenting
    from summarizer.errors import MissingResourceError

    with pytest.raises(MissingResourceError, match="klingon"):
        segmenting._load_punkt("klingon")  # a module that claims a Punkt model nltk lacks
