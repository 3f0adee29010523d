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


SAVINGS = (
    "Talvik Foods agreed to buy the oat drink maker Brightfern for $1.2bn on Monday. "
    "Talvik said it expects to find about $45m a year in cost savings by the third year after the deal closes."
)


def test_a_figure_the_line_hedges_in_its_own_words_keeps_its_sources_hedge():
    assert "hedge" not in _kinds(SAVINGS, "Talvik expects about $45m in annual cost savings by the third year.")
    assert "hedge" not in _kinds(SAVINGS, "Talvik said savings could reach about $45m a year by the third year.")
    # without a hedge of its own, the figure is still stated as certain
    assert "hedge" in _kinds(SAVINGS, "Talvik will find about $45m a year in cost savings by the third year.")
