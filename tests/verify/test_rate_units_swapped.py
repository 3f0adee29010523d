"""A figure the source gives per one thing ("£9,500 per hectare"), given in a line per another
thing the article names ("per farm"), is a substitution; the same unit is not."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Cherry growers in the Dunmere valley lost much of their crop to hail in June, the growers' association said. "
    "Its chairman, Owen Price, said replanting could cost up to £9,500 per hectare. "
    "The association has 62 member farms. Tickets for its autumn fair cost £12 per person."
)


def test_a_figure_given_per_another_thing_of_the_article_is_a_substitution():
    line = "Owen Price said replanting could cost up to £9,500 per farm."
    assert "substitution" in problem_kinds(ARTICLE, line, "off")


def test_the_same_unit_or_its_idiom_passes():
    assert "substitution" not in problem_kinds(ARTICLE, "Owen Price said replanting could cost up to £9,500 per hectare.", "off")
    assert "substitution" not in problem_kinds(ARTICLE, "Tickets for the association's autumn fair cost £12 per person.", "off")
