"""With a parse, a date the line hangs on a word ("a roof collapse on Sunday") that its source
hangs the same date on, by lemma ("a roof collapsed at ... on Sunday evening"), stays on its
event however many words the source puts between them. Sentences written for this test."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

pytestmark = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

HALL = (
    "Four people were hurt and 60 others evacuated when a roof collapsed at the Marlow sports hall in the village "
    "of Tenby Cross on Sunday evening, the fire service said. "
    "Inspectors will examine the building on Friday."
)


def test_a_date_on_the_sources_own_word_passes():
    line = "Four people were hurt in a roof collapse on Sunday evening."
    assert "circumstance" not in _kinds(HALL, line)


def test_a_date_of_another_event_is_still_caught():
    line = "Four people were hurt in a roof collapse on Friday."
    assert _kinds(HALL, line)


def test_a_date_and_a_place_name_on_one_event_pass():
    line = "A roof collapse on Sunday evening at the Marlow sports hall hurt four people."
    assert "circumstance" not in _kinds(HALL, line)


def test_a_date_of_another_event_beside_a_place_name_is_still_caught():
    line = "A roof collapse on Friday at the Marlow sports hall hurt four people."
    assert _kinds(HALL, line)
