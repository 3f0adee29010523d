"""A line that keeps its source's forecast as a plan ("is set to go up by 3.5 percent" for "is
expected to rise by 3.5 percent") keeps the hedge; the same figure stated with "will" drops it.
"set to" is read as a kept hedge in a line only (sentences written for this test)."""

from checking import problem_kinds

FARES = "Bus fares in Holmbridge are expected to rise by 3.5 percent in March, the transport board said."


def test_predicates_kept_plan_hedge_set_to_keeps_the_forecast() -> None:
    assert "hedge" not in problem_kinds(FARES, "Bus fares in Holmbridge are set to go up by 3.5 percent in March.")
    assert "hedge" not in problem_kinds(FARES, "Bus fares in Holmbridge are poised to climb by 3.5 percent in March.")


def test_predicates_kept_plan_hedge_certain_figure_still_caught() -> None:
    assert "hedge" in problem_kinds(FARES, "Bus fares in Holmbridge will go up by 3.5 percent in March.")
