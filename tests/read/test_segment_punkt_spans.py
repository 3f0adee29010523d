"""The one-pass Punkt path gives exactly nltk's spans, for English and for other models."""

from __future__ import annotations

import random

import pytest

from summarizer.read.punkt_spans import punkt_spans
from summarizer.read.segment import punkt_tokenizer

# Our own wire-style text with the shapes Punkt decides on: abbreviations, initials, ordinals,
# numbers, ellipses, runs of marks, quotes and brackets after an end, line breaks, and words from
# the English model's collocations ("12. Credit") and sentence starters ("Calif. However").
SAMPLE = (
    "HARLOW BAY (Coast Wire) -- The U.S. ferry line said on Tuesday it would cut 3.5 per cent of "
    "sailings. \"We had no choice,\" said Dr. Ines Varga. \"None!\" The Jan. 4 timetable stands.\n"
    "Mr. K. L. Osei, 52, asked: why now?! Nobody knew... Then the 2nd. vote came (at 9 a.m.). "
    "It passed 41-3. Sales fell by 12. Credit stayed, and B. Smith of Calif. However disagreed. The mayor of "
    "Dover, Del. he said, met Gen. Ruiz in Aug. The vote... Moreover it held. He is no. 4. in line.\n\n"
    "Fig. 2 shows it. See p. 14... or not. 'Fine.' He left.\u201d Done!!! Yes."
)


@pytest.mark.parametrize("language", ["english", "german", "french", "russian"])
def test_spans_equal_nltk_on_sample_and_its_paragraphs(language):
    tokenizer = punkt_tokenizer(language)
    for text in [SAMPLE, *SAMPLE.split("\n"), SAMPLE.replace(". ", ".\n")]:
        assert punkt_spans(tokenizer, text) == list(tokenizer.span_tokenize(text))


def test_spans_equal_nltk_on_shuffled_pieces():
    """Random pieces of the sample and of marks, shuffled: the corners of the context search
    (overlapping ends, a space at a word's first position, marks with no word before them)."""
    tokenizer = punkt_tokenizer("english")
    words = SAMPLE.split(" ") + ["!!!", "...", "?\u201d", ".)", "\n", "\t", "U.S.", "etc.", "J.", "3.", "\u00ab", "'"]
    rng = random.Random(21)
    for _ in range(2000):
        text = rng.choice(["", " ", "\n"]).join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        assert punkt_spans(tokenizer, text) == list(tokenizer.span_tokenize(text)), text


def test_empty_and_markless_text():
    tokenizer = punkt_tokenizer("english")
    for text in ["", "   ", "no end here", "end.", "two. Ends."]:
        assert punkt_spans(tokenizer, text) == list(tokenizer.span_tokenize(text))


def test_spans_equal_nltk_around_separators_that_only_re_calls_whitespace():
    """The possible ends are searched with `re` patterns, one per end mark; nltk's `regex` pattern
    does not count \\x1c-\\x1f as whitespace, where `re`'s \\s would."""
    tokenizer = punkt_tokenizer("english")
    pieces = ["No.", "The", "!!", "?!", "'", "\u00bb!", "U.S.", "x", "J."]
    separators = ["", " ", "\x1c", "\x1f", "\xa0", "\u3000", "\n"]
    rng = random.Random(4)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(1, 8)))
        assert punkt_spans(tokenizer, text) == list(tokenizer.span_tokenize(text)), repr(text)
