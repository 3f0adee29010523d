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


PLANS = "The ferry operator reportedly plans to add a second evening crossing if bookings hold up this summer."


def test_is_said_to_passes_the_claim_on_as_others() -> None:
    # The evidential passive of a saying word: "is said to be planning", as "is reported to be".
    assert "hedge" not in problem_kinds(PLANS, "The ferry operator is said to be planning a second evening crossing if bookings hold up this summer.")


def test_the_plan_stated_plainly_still_drops_the_hedge() -> None:
    assert "hedge" in problem_kinds(PLANS, "The ferry operator is planning a second evening crossing if bookings hold up this summer.")


def test_said_to_someone_is_no_hedge() -> None:
    # "said to" after no form of "be" reports its subject's words: the doubt it drops still counts.
    source = "The harbour master said the pier could reopen by June."
    assert "hedge" in problem_kinds(source, "The harbour master said to reporters that the pier will reopen by June.")


WORKS = "The repairs to the sea wall are expected to cost about £2.4 million, the harbour board said."


def test_should_keeps_a_forecasts_doubt() -> None:
    # A modal of expectation in the line: "should cost about" for "is expected to cost about".
    assert "hedge" not in problem_kinds(WORKS, "The repairs to the sea wall should cost about £2.4 million.")


def test_the_forecast_stated_as_certain_still_drops_the_hedge() -> None:
    assert "hedge" in problem_kinds(WORKS, "The repairs to the sea wall will cost about £2.4 million.")
