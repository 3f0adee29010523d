"""Two alternatives swapped across a contrast phrase ("instead of", "en lugar de", "au lieu de",
"statt"; issue 18, round 19 "prescribe liquid instead of tablets"). Each has a faithful
counterpart that must pass. Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.contrast_swaps import contrast_swap_problems
from summarizer.verify.lexicon import lexicon

CASES = [
    ("en", "The school will serve soup instead of sandwiches at lunch.",
     "The school will serve sandwiches instead of soup at lunch.",
     "The school will serve soup instead of sandwiches."),
    ("en", "Commuters were told to take the ferry rather than the bridge.",
     "Commuters were told to take the bridge rather than the ferry.",
     "Commuters were told to take the ferry rather than the bridge on Monday."),
    ("es", "El club jugará en césped natural en lugar de hierba artificial.",
     "El club jugará en hierba artificial en lugar de césped natural.",
     "El club jugará en césped natural en lugar de hierba artificial."),
    ("fr", "La mairie distribuera des vélos au lieu de trottinettes.",
     "La mairie distribuera des trottinettes au lieu de vélos.",
     "La mairie distribuera des vélos au lieu de trottinettes cet été."),
    ("de", "Die Schule bietet mittags Suppe statt Brötchen an.",
     "Die Schule bietet mittags Brötchen statt Suppe an.",
     "Die Schule bietet mittags Suppe statt Brötchen."),
]


@pytest.mark.parametrize(("language", "source", "swapped", "faithful"), CASES)
def test_alternatives_swapped_across_a_contrast_are_a_reversal(language: str, source: str, swapped: str, faithful: str) -> None:
    problems = contrast_swap_problems(swapped, [source], lexicon(language), stopwords_for(language))
    assert [p.kind for p in problems] == ["relation"]


@pytest.mark.parametrize(("language", "source", "swapped", "faithful"), CASES)
def test_the_sources_own_order_passes(language: str, source: str, swapped: str, faithful: str) -> None:
    assert contrast_swap_problems(faithful, [source], lexicon(language), stopwords_for(language)) == []


def test_a_contrast_the_sources_give_both_ways_is_left_alone() -> None:
    sources = [
        "Some parents want soup instead of sandwiches.",
        "Others would rather have sandwiches instead of soup.",
    ]
    line = "Parents want sandwiches instead of soup."
    assert contrast_swap_problems(line, sources, lexicon("en"), stopwords_for("en")) == []


def test_a_contrast_the_sources_never_make_is_left_to_other_checks() -> None:
    sources = ["The school will serve soup at lunch from Monday."]
    line = "The school will serve sandwiches instead of soup."
    assert contrast_swap_problems(line, sources, lexicon("en"), stopwords_for("en")) == []
