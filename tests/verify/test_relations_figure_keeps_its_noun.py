"""Two facts of two cited sentences joined in one line: "a survey of 3,100 nurses" from "a survey
published on Tuesday" and "questioned 3,100 nurses". The figure stands with the noun it counts in
its source, and the word before it ("survey") has no figure of its own in any cited sentence, so
nothing was swapped. A word that has a figure of its own, or a figure put on another noun, is
still caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

SURVEY = (
    "Most hospital nurses have considered leaving their jobs in the past year, according to a survey published "
    "on Tuesday by the Royal Nursing Forum. Researchers questioned 3,100 nurses in 40 hospitals and found that "
    "61% had thought about quitting."
)


def test_a_figure_kept_on_its_noun_beside_a_word_of_another_sentence() -> None:
    line = "In a survey of 3,100 nurses, 61% said they had thought about quitting in the past year."
    assert "circumstance" not in problem_kinds(SURVEY, line)


def test_a_figure_put_on_another_noun_is_still_caught() -> None:
    line = "In a survey of 40 nurses, 61% said they had thought about quitting in the past year."
    assert "circumstance" in problem_kinds(SURVEY, line)


CLASHES = (
    "Police arrested 12 people after clashes outside the stadium on Saturday that left 40 people injured. "
    "The match was abandoned at half-time."
)


def test_a_word_with_a_figure_of_its_own_is_still_caught() -> None:
    line = "Police arrested 40 people after clashes outside the stadium on Saturday."
    assert "circumstance" in problem_kinds(CLASHES, line)
