"""A pronoun speaker ("he added") means a person: a name after "the" ("the Gazette's website")
is a body or a title, so "he" goes back to the person named before, and a line giving the words
to that person passes. A line giving them to someone else is still caught. Sentences written for
this test (the check reads the parse: skipped without an English parser)."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "The Marlow Gazette will close in May, its owner said on Monday. "
    "The owner's director, Colin Marsh, said sales had fallen for ten years. "
    "The Gazette's website may stay open for a few months, he added."
)


def test_he_after_the_gazette_means_the_person_before() -> None:
    line = "Colin Marsh said the Gazette's website may stay open for a few months."
    assert "attribution" not in parsed_problem_kinds(ARTICLE, line)


def test_the_words_given_to_another_person_are_still_caught() -> None:
    article = ARTICLE + " Reader Ann Cole said the Gazette had served the town well."
    line = "Ann Cole said the Gazette's website may stay open for a few months."
    assert "attribution" in parsed_problem_kinds(article, line)
