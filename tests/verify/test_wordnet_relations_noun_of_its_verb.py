"""Two nouns WordNet files as sister kinds of one thing name the same made thing where one is
derived from a verb that the other is a word of: "a forgery" is what forging makes, and "fake"
is a word of that verb ("forge, fake, counterfeit"), so "a forgery" for "a fake" is no
substitution. Sisters with no such verb ("barley" for "oats") are still
caught. Sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_relations import lexical_problems

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
NEGATIONS = frozenset({"not", "no", "never"})


def _swaps(line: str, source: str) -> list[str]:
    return [problem.message for problem in lexical_problems(line, [source], [], NEGATIONS, frozenset())]


@needs_wordnet
def test_a_forgery_for_a_fake() -> None:
    source = "The collector said he had never knowingly bought a fake from the auction house."
    assert _swaps("The collector said he had never knowingly bought a forgery from the auction house.", source) == []


@needs_wordnet
def test_a_sister_noun_with_no_shared_verb_is_still_caught() -> None:
    source = "The farm sold a tonne of oats to the brewery last week."
    assert _swaps("The farm sold a tonne of barley to the brewery last week.", source) != []
