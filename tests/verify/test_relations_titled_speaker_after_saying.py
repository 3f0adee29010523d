"""A quote closed by "said" and its speaker's body, title and name ("..., said GMB regional
secretary Owen Tate"): the title parts the body from the name, and the name still speaks. A line
that gives the words to someone else is still caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

DEPOT = (
    "Bus drivers at the Carlow depot will strike for three days from Monday over shift patterns. "
    "\"Our drivers have kept this city moving through every winter, and they deserve a fair rota,\" "
    "said GMB regional secretary Owen Tate, 51."
)


def test_the_name_after_a_title_speaks() -> None:
    line = "Union official Owen Tate said drivers who had kept the city moving through every winter deserved a fair rota."
    assert "attribution" not in problem_kinds(DEPOT, line)


def test_another_name_is_still_caught() -> None:
    article = DEPOT + " Transport chief Rhona Bell said the depot would run a reduced service."
    line = "Transport chief Rhona Bell said drivers who had kept the city moving through every winter deserved a fair rota."
    assert "attribution" in problem_kinds(article, line)
