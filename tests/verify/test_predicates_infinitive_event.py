"""A "to" infinitive is one event with the verb it completes ("voted to refuse ..., citing ..."
is "refused ..., citing ..."), however the parser labels it; a vote or score "6-3" is read with
both its figures ("by six votes to three"). Sentences written for this test."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

PLANNING = (
    "Plans for 120 homes on the edge of Carvell have been turned down. "
    "The district council's planning board voted 6-3 on Wednesday to refuse permission, citing flood risk and the loss of "
    "farmland. The developer, Oakstone Homes, said it would appeal."
)


@pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")
def test_a_clause_on_the_voting_stays_on_the_act_voted_for():
    kinds = _kinds(PLANNING, "The planning board refused permission, citing flood risk and the loss of farmland.")
    assert "circumstance" not in kinds


def test_a_vote_in_words_keeps_both_its_figures():
    kinds = _kinds(PLANNING, "On Wednesday the planning board refused permission by six votes to three, citing flood risk.")
    assert "circumstance" not in kinds


@pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")
def test_a_clause_moved_to_another_event_is_still_caught():
    article = PLANNING.replace("the loss of farmland. The developer, Oakstone Homes, said", "the loss of farmland, and Oakstone Homes said")
    kinds = _kinds(article, "Oakstone Homes will appeal, citing flood risk and the loss of farmland.")
    assert "circumstance" in kinds
