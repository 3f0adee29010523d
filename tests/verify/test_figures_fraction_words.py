"""A source that gives a change as a fraction word after a rising or falling word ("sales had
fallen by almost half") backs a line's multiplier of the same size ("sales nearly halved"); a
fraction word that sizes no change ("half of the staff") backs none, and a change of another size
("fell by a quarter") still leaves "halved" unborne out. Sentences written for this test."""

from __future__ import annotations

from summarizer.verify.figures import multiplier_problems

SOURCE = "The bakery's owner, Rhys Evans, said sales had fallen by almost half since 2019 and rent had risen from £3,000 to £4,000 a month."


def test_nearly_halved_for_fallen_by_almost_half() -> None:
    assert multiplier_problems("Rhys Evans said sales had nearly halved since 2019.", [SOURCE]) == []


def test_halved_for_a_fall_of_a_quarter_is_still_caught() -> None:
    source = SOURCE.replace("by almost half", "by a quarter")
    assert multiplier_problems("Rhys Evans said sales had nearly halved since 2019.", [source]) != []


def test_a_half_that_sizes_no_change_backs_no_multiplier() -> None:
    source = "Half of the 3,000 staff work at night and rent had risen from £3,000 to £4,000 a month."
    assert multiplier_problems("Staff numbers halved.", [source]) != []


def test_halved_of_another_thing_than_the_source_halves_is_still_caught() -> None:
    assert multiplier_problems("Rhys Evans said his rent had nearly halved since 2019.", [SOURCE]) != []
