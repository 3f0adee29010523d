"""Forms a user's summary takes from the top of an article: the headline's own wording, the
dateline's place written in capitals, and a figure rounded. Each is what the article states;
each would-be error beside it is still caught."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "Brisa-4 research buoy logs record wave off Marlow Point\n\n"
    "TRELLICK, Maine (Coastline Wire) -- A research buoy moored off Marlow Point recorded a wave of 19.6 metres "
    "on Sunday night, the highest reading in its nine years at sea, scientists said Monday.\n\n"
    "Its sensors also logged wind gusts of 142 km/h. Shares in the company that built it rose 2.3% on Monday.\n\n"
    "Institute director Nadia Ferreol said the main reason for the reading was a deep low that stalled over the "
    "bay. \"We had never seen the sea so high,\" she said.\n\n"
    "The Brisa-4 buoy is run by the Trellick Marine Institute, which put it to sea in 2017."
)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_place_only_the_dateline_names_in_capitals_is_named_in_the_article(parser):
    line = "A research buoy off Marlow Point near Trellick recorded a wave of 19.6 metres on Sunday night."
    assert "name" not in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_figure_rounded_to_fewer_decimals_is_the_articles(parser):
    line = "A research buoy off Marlow Point recorded a wave of about 20 metres on Sunday night, scientists said."
    assert "number" not in problem_kinds(ARTICLE, line, parser)
    line = "A research buoy off Marlow Point recorded a wave of 20 metres on Sunday night, scientists said."
    assert "number" not in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_rounded_figure_of_another_unit_is_still_a_number_problem(parser):
    line = "Shares in the company that built the buoy rose 2 points on Monday."
    assert "number" in problem_kinds(ARTICLE, line, parser)
    line = "A research buoy off Marlow Point recorded a wave of 21 metres on Sunday night, scientists said."
    assert "number" in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_words_the_headline_sets_side_by_side_are_a_relation_the_article_states(parser):
    line = "The Brisa-4 research buoy recorded a wave of 19.6 metres on Sunday night."
    assert "relation" not in problem_kinds(ARTICLE, line, parser)


def test_a_synonym_in_the_first_senses_of_one_of_the_words_stands_for_it():
    line = "Nadia Ferreol said the main cause of the reading was a deep low that stalled over the bay."
    assert "substitution" not in problem_kinds(ARTICLE, line)


def test_without_the_headline_the_same_words_are_a_relation_problem():
    line = "The Brisa-4 research buoy recorded a wave of 19.6 metres on Sunday night."
    without_headline = ARTICLE.split("\n\n", 1)[1]
    assert "relation" in problem_kinds(without_headline, line, "off")
