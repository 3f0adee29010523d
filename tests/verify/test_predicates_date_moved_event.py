"""With the parser, a date the line hangs on one event where its cited sentence hangs it on
another and gives the line's event a date of its own ("the bridge reopened in 1974" where "the
bridge, which was built in 1974, reopened in May") is a `circumstance` problem; the date kept on
its event passes (sentences written for this test)."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "The Harl Bridge, which was built in 1974, reopened to traffic in May after repairs costing £2m, the county council said. "
    "Engineers had found corrosion in its cables last year."
)


def test_predicates_date_moved_to_another_event_is_caught() -> None:
    assert "circumstance" in parsed_problem_kinds(ARTICLE, "The Harl Bridge reopened to traffic in 1974 after repairs costing £2m.")


def test_predicates_date_on_its_own_event_passes() -> None:
    assert "circumstance" not in parsed_problem_kinds(ARTICLE, "The Harl Bridge reopened to traffic in May after repairs costing £2m.")
    assert "circumstance" not in parsed_problem_kinds(ARTICLE, "The Harl Bridge, built in 1974, reopened to traffic in May.")
