"""A shared word that modifies the slot's noun in the cited sentence ("its cooling method") and,
in the line, is a verb whose object is a phrase of its own ("the way it cools the loaves") joins
no slot: the thing done and the thing it is done to are not one noun told two ways. Where both
stand the same way, another noun in the slot is still a `substitution` (sentences written for this
test)."""

from __future__ import annotations

import pytest

from summarizer.verify.slot_swaps import slot_swap_problems
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")


def _swaps(line: str, source: str) -> list[str]:
    return [problem.message for problem in slot_swap_problems(line, [source], [])]


@needs_wordnet
def test_slot_swaps_modifier_against_object_passes() -> None:
    assert _swaps("The bakery has already altered the way it cools the loaves.",
                  "The bakery has already changed its cooling method.") == []


@needs_wordnet
def test_slot_swaps_modifier_against_object_same_shape_is_caught() -> None:
    assert _swaps("The bakery has already repaired its cooling fans.",
                  "The bakery has already repaired its cooling ovens.") != []
    assert _swaps("The bakery has already altered the way it cools the loaves.",
                  "The bakery has already altered the way it cools the pies.") != []
