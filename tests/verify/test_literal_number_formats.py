"""A figure in another faithful format is no number problem: a round figure after "more than",
"almost" or "about" that the source's figure falls within, a race time as "2:08:15" for "2 hours
8 minutes 15 seconds", "halved" for a fall of 50% written with "fallen". Sentences written for
this test; each has a wrong figure beside it that is still caught."""

from checking import problem_kinds as _kinds

PLANT = (
    "Holt Dairies will close its creamery in Wexley with the loss of 212 jobs, the company said on Monday. "
    "The site, which processes 8,760 litres of milk an hour, opened in 1981."
)
RACE = "Tomas Berg won the Lakeside Marathon in 2 hours 8 minutes 15 seconds, the fastest time in the race's history."
SALES = (
    "Annual sales of the Dunmore cooker had fallen by 50% since 2018, the firm's accounts showed, "
    "while its price went from £400 to £520."
)


def test_more_than_a_round_figure_below_the_sources_passes():
    assert "number" not in _kinds(PLANT, "More than 200 jobs will go when Holt Dairies closes its Wexley creamery.")


def test_more_than_a_figure_far_from_the_sources_is_caught():
    assert "number" in _kinds(PLANT, "More than 300 jobs will go when Holt Dairies closes its Wexley creamery.")


def test_almost_a_round_figure_above_the_sources_passes():
    assert "number" not in _kinds(PLANT, "The Wexley site processes almost 9,000 litres of milk an hour.")


def test_a_bare_round_figure_is_still_caught():
    assert "number" in _kinds(PLANT, "The Wexley site processes 9,000 litres of milk an hour.")


def test_a_race_time_in_clock_format_passes():
    assert "number" not in _kinds(RACE, "Tomas Berg won the Lakeside Marathon in 2:08:15, the fastest time in its history.")


def test_a_wrong_race_time_in_clock_format_is_caught():
    assert "number" in _kinds(RACE, "Tomas Berg won the Lakeside Marathon in 2:09:15, the fastest time in its history.")


def test_halved_for_fallen_by_half_passes():
    assert "number" not in _kinds(SALES, "Annual sales of the Dunmore cooker had halved since 2018, the firm's accounts showed.")


def test_tripled_for_a_fall_is_caught():
    assert "number" in _kinds(SALES, "Annual sales of the Dunmore cooker had tripled since 2018, the firm's accounts showed.")
