"""A line's word of wholeness ("the whole repair") where its source counts every part ("every
part of the repair") names the same whole: WordNet's opposite or sister of "whole" there is no
substitution. "whole" where the source names one part only is still caught. Sentences written
for this test."""

from __future__ import annotations

import pytest

from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_relations import lexical_problems

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
NEGATIONS = frozenset({"not", "no", "never"})
SOURCE = "The landlord said he would pay for every part of the repair after the flood."


def _swaps(line: str, source: str) -> list[str]:
    return [problem.message for problem in lexical_problems(line, [source], [], NEGATIONS, frozenset())]


@needs_wordnet
def test_the_whole_for_every_part_is_no_substitution() -> None:
    assert _swaps("The landlord said he would pay for the whole repair after the flood.", SOURCE) == []


@needs_wordnet
def test_the_whole_for_one_part_is_still_a_substitution() -> None:
    source = SOURCE.replace("every part", "one part")
    assert _swaps("The landlord said he would pay for the whole repair after the flood.", source) != []
