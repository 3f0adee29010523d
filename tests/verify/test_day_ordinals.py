"""A date's day spelled as an ordinal beside a month ("the first of June") backs a line's figure
("from 1 June"); another day's figure is still a number its sources lack (sentences written for
this test)."""

from checking import problem_kinds

from summarizer.verify.day_ordinals import spelled_days

SOURCE = "Cyclists in Orvale will need a permit to ride on the canal towpath from the first of June, the town council said on Friday."


def test_a_spelled_day_backs_the_lines_figure() -> None:
    assert "number" not in problem_kinds(SOURCE, "From 1 June, cyclists in Orvale will need a permit to ride on the canal towpath, the town council said.")


def test_another_day_is_still_a_number_not_in_its_sources() -> None:
    assert "number" in problem_kinds(SOURCE, "From 2 June, cyclists in Orvale will need a permit to ride on the canal towpath, the town council said.")


def test_only_beside_a_month_is_an_ordinal_a_day() -> None:
    assert spelled_days("on june the twenty-first and the third of july") == {"21", "3"}
    assert spelled_days("the first of many permits, the second in a year") == set()
