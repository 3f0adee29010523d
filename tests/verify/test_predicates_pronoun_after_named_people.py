"""An opening "she" after a sentence that names people but is about none of them ("Any reward will
be split between Nye and Tarrant. She has farmed the land ...") means one of those people: a line
giving the deed to another person of the article, named with a description, is a coreference
error. Sentences written for this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds

pytest.importorskip("spacy")

ARTICLE = (
    "A Bronze Age sword found by a walker near Hollin Cross has been declared treasure. "
    "The Dale Museum hopes to buy it. Its keeper of archaeology, Dr Helen Marsh, said the sword was about 3,000 years old. "
    "Any reward will be shared between Tom Aske and Ruth Penhale. "
    "She has owned the field since 2004 and said walkers had always been welcome there."
)


def _kinds(line: str) -> set[str]:
    return parsed_problem_kinds(ARTICLE, line)


def test_the_deed_given_to_a_person_the_sentence_before_does_not_name_is_caught() -> None:
    assert "coreference" in _kinds("The Dale Museum's keeper of archaeology, Dr Helen Marsh, has owned the field since 2004.")


def test_the_deed_given_to_one_of_the_people_named_before_passes() -> None:
    assert "coreference" not in _kinds("Ruth Penhale has owned the field since 2004.")
