"""A comparative after a determiner ("a clearer view") weighs a quality of the noun after it; where
the source has another comparative there ("a better view"), no thing is swapped. A noun for a
noun for another noun there ("a warning" for "a picture") is still read.
Sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer.verify.relations import tokens_of
from summarizer.verify.swaps import novel_word_problems
from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_kin import both_degree_forms

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
SOURCE = "The new radar gives the pilots a better picture of the estuary than the old mast did."


def _swaps(line: str, source: str = SOURCE) -> list[str]:
    terms = frozenset(t.term for t in tokens_of(source, "english") if t.term is not None)
    return [p.message for p in novel_word_problems(line, [source], terms)]


@needs_wordnet
def test_both_degree_forms_reads_comparatives_not_nouns_in_er() -> None:
    assert both_degree_forms("clearer", "better")
    assert not both_degree_forms("number", "better")  # a noun, seldom "more numb"
    assert not both_degree_forms("clearer", "picture")


@needs_wordnet
def test_a_clearer_picture_for_a_better_picture() -> None:
    assert _swaps("The new radar gives the pilots a clearer picture of the estuary than the old mast did.") == []


@needs_wordnet
def test_a_noun_for_a_noun_after_the_determiner_is_still_read() -> None:
    source = "The new radar gives the pilots a picture of the estuary than the old mast did."
    assert _swaps("The new radar gives the pilots a warning of the estuary than the old mast did.", source) != []
