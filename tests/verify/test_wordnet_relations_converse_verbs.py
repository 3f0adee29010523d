"""Converse verbs tell one event from either party's side: "Nadia Okafor sold the cottage to
the trust" for "the trust bought the cottage from Nadia Okafor", or "was sold" for "was bought"
where no doer is named, is no substitution. The same parties in the same places ("the trust
sold the cottage") are still caught. Sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_relations import lexical_problems

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
NEGATIONS = frozenset({"not", "no", "never"})
SOURCE = "The Harlow Trust bought the cottage from Nadia Okafor for £310,000 last spring."


def _swaps(line: str, source: str = SOURCE) -> list[str]:
    return [problem.message for problem in lexical_problems(line, [source], [], NEGATIONS, frozenset())]


@needs_wordnet
def test_the_seller_told_as_the_buyer_sold_to() -> None:
    assert _swaps("Nadia Okafor sold the cottage to the Harlow Trust for £310,000 last spring.") == []


@needs_wordnet
def test_the_same_parties_with_the_converse_verb_are_still_caught() -> None:
    assert _swaps("The Harlow Trust sold the cottage to Nadia Okafor for £310,000 last spring.") != []


@needs_wordnet
def test_passives_with_no_doer_name_one_event() -> None:
    source = "Their ticket was bought ten minutes after the draw had closed."
    assert _swaps("Their ticket was sold ten minutes after the draw had closed.", source) == []


@needs_wordnet
def test_a_passive_with_its_doer_named_is_still_caught() -> None:
    source = "Their ticket was bought by the organiser ten minutes after the draw had closed."
    assert _swaps("Their ticket was sold by the organiser ten minutes after the draw had closed.", source) != []
