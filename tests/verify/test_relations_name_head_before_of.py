"""A speaker's name whose last words follow "of" ("La Fédération des pêcheurs du Val de Morne a
annoncé", "the Bank of Ardland said") speaks by its head, the name before the "of" words; the
place at its end is no speaker of its own. A line giving the words to another body is still
caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "La pisciculture de Saint-Aubry fermera ses bassins en mars, a annoncé lundi la Fédération des pêcheurs du Val de Morne, "
    "qui la gère depuis 1962. Son président, Gilles Aubert, a évoqué des pertes de 400 000 euros."
)
LINE = "La Fédération des pêcheurs du Val de Morne a annoncé lundi que la pisciculture de Saint-Aubry fermera ses bassins en mars."


def test_the_head_of_a_name_before_of_words_speaks() -> None:
    assert "attribution" not in problem_kinds(ARTICLE, LINE)


def test_another_body_given_the_words_is_still_caught() -> None:
    article = ARTICLE.replace(
        "a annoncé lundi la Fédération des pêcheurs du Val de Morne, qui la gère depuis 1962.",
        "a annoncé lundi la préfecture du Val de Morne. La Fédération des pêcheurs du Val de Morne la gère depuis 1962.",
    )
    assert "attribution" in problem_kinds(article, LINE)
