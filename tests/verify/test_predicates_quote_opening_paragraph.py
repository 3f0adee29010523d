"""A quotation that opens a paragraph and "he said" or "she said" closes goes on with whom the
sentence before it is about (its main subject), across the paragraph's break, not with a person
named inside that sentence's reported clause: a line giving the words to that subject passes, a
line giving them to the other person is an `attribution` problem (sentences written for this test)."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "The bakery in Marlow Street reopened on Friday after a fire in March. "
    "Its owner, Grace Holloway, said her nephew, Daniel Price, had rebuilt the ovens over the summer.\n\n"
    "\"I have never seen a queue this long in thirty years,\" she said. "
    "The council has given the bakery a grant of £8,000 towards the repairs."
)


def test_predicates_quote_opening_paragraph_given_to_the_subject_passes() -> None:
    line = "Grace Holloway said she had never seen a queue this long in thirty years."
    assert "attribution" not in parsed_problem_kinds(ARTICLE, line)


def test_predicates_quote_opening_paragraph_given_to_another_is_caught() -> None:
    line = "Daniel Price said he had never seen a queue this long in thirty years."
    assert "attribution" in parsed_problem_kinds(ARTICLE, line)
