"""A word the sources have elsewhere in a sentence, put where they have its opposite (issue 18,
round 19 "demand had fallen by roughly 40 percent" where "demand had risen by ..., while
deliveries ... had fallen sharply"), is a `substitution`; the same word where the sources have
it too, or where they have it in both places, passes (sentences written for this test)."""

from __future__ import annotations

import pytest

from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_relations import lexical_problems

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
NEGATIONS = frozenset({"not", "no", "never"})
SOURCE = "Ticket sales rose by nearly 30 percent in March, while sales of season passes fell slightly."


def _swaps(line: str, sources: list[str], window: list[str] | None = None) -> list[str]:
    return [problem.message for problem in lexical_problems(line, sources, window or [], NEGATIONS)]


@needs_wordnet
def test_a_word_moved_into_its_opposites_place_is_a_substitution() -> None:
    line = "Ticket sales for the museum fell by nearly 30 percent in March."
    assert _swaps(line, [SOURCE], ["The museum opened a new wing."]) == ["substitution: “fell” where its source has “rose”"]


@needs_wordnet
@pytest.mark.parametrize(
    "line",
    [
        "Ticket sales rose by nearly 30 percent in March.",
        "Sales of season passes fell slightly in March.",
    ],
)
def test_the_word_in_its_own_place_passes(line: str) -> None:
    assert _swaps(line, [SOURCE]) == []


@needs_wordnet
def test_a_word_the_sources_have_in_that_place_too_passes() -> None:
    sources = [SOURCE, "Ticket sales fell by nearly 30 percent in April."]
    assert _swaps("Ticket sales fell by nearly 30 percent.", sources) == []
