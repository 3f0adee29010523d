"""Round-9 shape, in sentences written for this test: a sentence that opens on "he" or "she" goes
on about the subject of the sentence before it; a line that puts another person of the article
in the pronoun's place is a coreference problem (with a parse)."""

import pytest

from checking import problem_kinds as _kinds
from summarizer import verify
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

CLUB = (
    "Harlow Athletic have named a new head coach for the coming season. "
    "The club's director, Omar Reyes, who replaced Ben Tallis last spring, said the squad would train in Portugal in July. "
    "He previously coached the youth team at Dunmore Rovers. "
    "Tallis thanked him but said the club had \"a long way to go\". "
    "He will join the board in September."
)


@needs_parser
def test_another_person_in_the_pronouns_place_is_a_coreference_problem():
    assert "coreference" in _kinds(CLUB, "Ben Tallis previously coached the youth team at Dunmore Rovers.")


@needs_parser
def test_the_person_the_sentence_before_is_about_passes():
    # the name nearest before "He" is Tallis (in a relative clause): the subject, Reyes, is meant
    assert "coreference" not in _kinds(CLUB, "Omar Reyes previously coached the youth team at Dunmore Rovers.")


@needs_parser
def test_a_sentence_before_that_has_him_as_an_object_gives_no_verdict():
    # "Tallis thanked him. He will join ...": "he" may be the one thanked, so Tallis is not claimed
    messages = [p.message for line in verify(CLUB, "Omar Reyes will join the board in September.").lines for p in line.problems]
    assert not any("the sentence before it is about" in m for m in messages)


FERRY = (
    "Northsound Buses will cut evening services on the Alder Bay route from March, the operator said. "
    "Its operations director, Ruth Cole, said passenger numbers had fallen by a third. "
    "She said no drivers would be laid off. "
    "Council leader Ann Pryce said she would meet the operator next month."
)


@needs_parser
def test_a_short_claim_of_he_or_she_given_to_another_speaker_is_caught():
    # "She said" is Ruth Cole, the subject of the sentence before; Ann Pryce said something else
    assert "attribution" in _kinds(FERRY, "Council leader Ann Pryce said no drivers would be laid off.")
    assert "attribution" not in _kinds(FERRY, "Ruth Cole said no drivers would be laid off.")
