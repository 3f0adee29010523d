"""A description the article gives a name ("the regional water utility Brookvale Water", "the
environmentalist party Green Horizon") stands for that name where a later sentence writes the
description alone ("a utility spokesperson said", "the leader of the environmentalists"): a line
that writes the name there invents nothing. A name the article describes otherwise is still
caught. Sentences written for these tests."""

from __future__ import annotations

from checking import problem_kinds as _kinds
from summarizer.verify.descriptions import described_names

WATER = (
    "The regional water utility Brookvale Water said on Monday that it would spend £30 million replacing lead pipes "
    "in the town of Ashby. The housing charity Hearthwise said the plan was long overdue. "
    "Work will begin in June in the oldest streets. The project will take about four years, a utility spokesperson said."
)

PARTIES = (
    "Mayor Lucia Grant will open talks this week with the environmentalist party Green Horizon, which won six seats, "
    "and with the conservative party Civic Union. "
    "The leader of the environmentalists, Tom Beck, warned that their support would depend on halting the airport expansion."
)


def test_the_article_pairs_a_noun_with_the_one_name_it_describes():
    described = described_names(tuple(WATER.split(". ")), "english")
    assert described["util"] == frozenset({"brookval", "water"})
    assert described["chariti"] == frozenset({"hearthwis"})


def test_a_noun_given_to_two_names_means_neither():
    article = ("The party Green Horizon won six seats.", "The party Civic Union won four.")
    assert "parti" not in described_names(article, "english")


def test_a_name_after_of_describes_the_noun_before_it_not_its_complement():
    # "the leader of the environmentalists, Tom Beck": Beck is the leader, not "the environmentalists"
    described = described_names(tuple(PARTIES.split(". ")), "english")
    assert described["environmentalist"] == frozenset({"green", "horizon"})
    assert "parti" not in described  # the party of two names


def test_a_spokesperson_of_the_described_body_is_the_named_body():
    assert _kinds(WATER, "According to a Brookvale Water spokesperson, the project will last around four years.") == []


def test_a_spokesperson_given_to_another_body_of_the_article_is_caught():
    assert "attribution" in _kinds(WATER, "According to a Hearthwise spokesperson, the project will last around four years.")


def test_the_described_party_named_beside_its_leader_passes():
    assert "relation" not in _kinds(PARTIES, "The leader of Green Horizon, Tom Beck, warned that its support would depend on halting the airport expansion.")


def test_another_party_of_the_article_beside_the_leader_is_caught():
    assert "relation" in _kinds(PARTIES, "The leader of Civic Union, Tom Beck, warned that its support would depend on halting the airport expansion.")


UTILITY = (
    "The regional water utility Brookvale Water will spend £30 million replacing lead pipes in Ashby. "
    "Brookvale Water said the work would start in June. The housing charity Hearthwise said the plan was long overdue. "
    "The utility said the project would take about four years."
)


def test_the_named_body_speaks_where_its_sentence_has_its_description():
    assert "attribution" not in _kinds(UTILITY, "Brookvale Water said the project would take about four years.")


def test_another_body_or_its_description_speaking_there_is_caught():
    assert "attribution" in _kinds(UTILITY, "Hearthwise said the project would take about four years.")
    assert "attribution" in _kinds(UTILITY, "The charity said the project would take about four years.")
