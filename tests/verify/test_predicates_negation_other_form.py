"""A negation dropped before a word the line writes in another form: "planned to reopen" from
"had no plans to reopen" (sentences written for this test). Keeping the negation passes."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Heavy rain flooded the lower deck of the Marrow Street car park on Friday. "
    "Council leader Joan Pettit said the council had no plans to reopen the deck before spring. "
    "Drivers were told to use the station car park instead."
)


def test_negation_dropped_before_another_form_of_its_word_is_caught() -> None:
    line = "Council leader Joan Pettit said the council planned to reopen the deck before spring."
    assert "negation" in problem_kinds(ARTICLE, line)


def test_negation_kept_passes() -> None:
    line = "Council leader Joan Pettit said the council was not planning to reopen the deck before spring."
    assert "negation" not in problem_kinds(ARTICLE, line)
