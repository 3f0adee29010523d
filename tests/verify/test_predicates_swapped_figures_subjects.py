"""Round-8 shapes, in sentences written for this test: two figures of one sentence each put in the
other's place, and the same figures won by another named party (the parse check)."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

VOTE = (
    "Members of the Arden Rowing Club chose Dana Pike as captain on Saturday. "
    "Pike, a former junior champion, won 61% of the vote, against 35% for her rival, Sam Ellery. "
    "Turnout was 44%, up from 36% at the last vote in 2022."
)


def test_two_figures_in_each_others_place_are_caught():
    assert "circumstance" in _kinds(VOTE, "Turnout was 36%, up from 44% at the last vote.")


def test_the_figures_in_their_places_pass():
    assert _kinds(VOTE, "Turnout was 44%, up from 36% at the last vote.") == []


@needs_parser
def test_the_winners_share_given_to_the_rival_is_caught():
    assert "relation" in _kinds(VOTE, "Sam Ellery won 61% of the vote, against 35% for Dana Pike.")


@needs_parser
def test_the_winners_share_given_to_the_winner_passes():
    assert _kinds(VOTE, "Dana Pike won 61% of the vote, against 35% for Sam Ellery.") == []


@needs_parser
def test_a_share_won_by_several_named_together_is_theirs():
    article = "Ana Ruiz, Tom Hale and Li Wen won 70% of the seats between them. The vote was held on Monday."
    assert _kinds(article, "Tom Hale, Ana Ruiz and Li Wen won 70% of the seats.") == []


@needs_parser
def test_what_a_relative_clause_says_of_one_named_place_given_to_another_is_caught():
    article = (
        "Corran Mills will shut its bakery in Dunley next spring, putting 210 jobs at risk. "
        "Baking will move to the company's bigger plant in Rosslyn, which employs 650 people."
    )
    assert "relation" in _kinds(article, "The Dunley bakery employs 650 people.")
    assert _kinds(article, "The Rosslyn plant employs 650 people.") == []


@needs_parser
def test_a_date_and_a_share_of_one_event_from_two_sentences_pass_with_a_parse():
    # "on Saturday" and "61%" each belong to the win; the source gives them in two sentences.
    assert _kinds(VOTE, "Dana Pike won the captaincy on Saturday with 61% of the vote.") == []


@needs_parser
def test_a_share_taken_by_the_rival_is_caught():
    article = "Kim Lowe, a former nurse, took 55% of the vote, against 40% for her rival, Ben Ashe. Turnout was low."
    assert "relation" in _kinds(article, "Ben Ashe took 55% of the vote, against 40% for Kim Lowe.")
