"""A demonym of a place its source names is no new name; a figure's hedge dropped is caught even
when the line's words come from several sentences. Sentences written for this test."""

from checking import problem_kinds as _kinds



STUDY = (
    "A survey of 8,000 workers in Finland has found that people who walk to work sleep longer. "
    "The researchers, led by Dr Aino Virta of Turku University, followed them for two years."
)


def test_the_adjective_of_a_named_country_is_no_new_name():
    assert _kinds(STUDY, "A Finnish survey of 8,000 workers found that people who walk to work sleep longer.") == []


def test_another_country_adjective_is_still_a_new_name():
    assert "name" in _kinds(STUDY, "A Swedish survey of 8,000 workers found that people who walk to work sleep longer.")


TUNNEL = (
    "Councillor Ava Price accused the mayor of hiding the cost of the new tunnel under the river. "
    "The mayor said the work was on schedule and would finish in 2029. "
    "Price said the final bill could reach £4bn, twice the first estimate."
)


def test_a_figure_stated_without_its_sources_could_is_a_dropped_hedge():
    # Its words come from two sentences: no one of them holds most of the line.
    assert "hedge" in _kinds(TUNNEL, "The real cost of the new tunnel under the river will reach £4bn.")
    assert _kinds(TUNNEL, "The real cost of the new tunnel under the river could reach £4bn.") == []
