"""A line that passes a claim on as others' by the evidential passive ("legal costs, reported to be
more than £80,000"; "is believed to have") keeps its source's "reportedly"; the same figure stated
plainly drops it. Read as a kept hedge in a line only (sentences written for this test)."""

from checking import problem_kinds

COSTS = "The residents' group will also be able to recover its legal costs, which reportedly exceed £45,000."


def test_an_evidential_passive_keeps_the_sources_reportedly() -> None:
    assert "hedge" not in problem_kinds(COSTS, "The residents' group can also recover its legal costs, reported to be more than £45,000.")
    assert "hedge" not in problem_kinds(COSTS, "The residents' group can also recover its legal costs, believed to exceed £45,000.")


def test_the_figure_stated_plainly_still_drops_the_hedge() -> None:
    assert "hedge" in problem_kinds(COSTS, "The residents' group can also recover its legal costs, which exceed £45,000.")
