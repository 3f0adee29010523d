"""A line's "he said" or "she said" speaks for the subject named before it, not for whoever was
named last: "Ruiz beat Diaz in the final, and she said the win was the best of her career" has
Ruiz speak. The same words given to the other party, as the subject, are still caught.
Sentences written for this test."""

from __future__ import annotations

from checking import parsed_problem_kinds

FINAL = (
    "Ana Ruiz beat Carla Diaz 6-3 6-4 in the final of the Velden Open on Sunday. "
    "Ruiz said the win was the best of her career and thanked her coach."
)


def test_the_pronoun_speaks_for_the_subject() -> None:
    line = "Ana Ruiz beat Carla Diaz in the final of the Velden Open, and she said the win was the best of her career."
    assert "attribution" not in parsed_problem_kinds(FINAL, line)


def test_the_other_party_as_subject_is_caught() -> None:
    line = "Carla Diaz lost to Ana Ruiz in the final of the Velden Open, and she said the win was the best of her career."
    assert "attribution" in parsed_problem_kinds(FINAL, line)
