"""A period bounded by two years in the source ("between 2004 and 2024", "from 2019 to 2022")
may be given by its length ("the two decades", "three years"): the count is no number the line
made up. A length the years do not give is still caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.spans import year_ranges

LAKE = "A glacial lake in the Marren Hills shrank by 38 percent between 2004 and 2024, a study published on Thursday shows."


def test_decades_between_two_years_of_the_source() -> None:
    line = "A glacial lake in the Marren Hills shrank by 38 percent in the two decades between 2004 and 2024, a study shows."
    assert "number" not in problem_kinds(LAKE, line)


def test_a_length_the_years_do_not_give_is_caught() -> None:
    line = "A glacial lake in the Marren Hills shrank by 38 percent in the three decades between 2004 and 2024, a study shows."
    assert "number" in problem_kinds(LAKE, line)


def test_years_from_one_year_to_another() -> None:
    article = "Ticket sales at the Orvel Theatre fell from 2019 to 2022, when the roof was repaired, the owners said."
    assert "number" not in problem_kinds(article, "Ticket sales at the Orvel Theatre fell for three years while the roof was repaired, the owners said.")
    assert "number" in problem_kinds(article, "Ticket sales at the Orvel Theatre fell for five years while the roof was repaired, the owners said.")


def test_spanish_years_joined_by_a_and_de() -> None:
    article = "La población de Vallecaña creció un 12 por ciento de 2010 a 2020, según el instituto regional."
    assert "number" not in problem_kinds(article, "La población de Vallecaña creció un 12 por ciento en diez años, según el instituto regional.")


def test_years_far_apart_bound_no_period() -> None:
    assert year_ranges("The bridge opened in 1990. After many repairs and a long inquiry it closed in 2020.") == frozenset()
    assert year_ranges("between 2004 and 2024") == {20}
