""""from X to Y": after a "from", English "to" names where a thing went, so a line that swaps the
two ends is caught; a "to" that belongs to the origin's own noun ("from the gate to the park",
where the sources start at the gate) names no end. Sentences written for this test."""

from checking import problem_kinds

LOAN = (
    "The Halmer Museum has opened a new gallery for its Roman coins. "
    "The hoard, which was found in 1998, arrived from a private collection in Vessel on a ten-year loan."
)
RACE = "The runners set off from the castle gate and finished by the lake, roughly four miles from the park entrance."


def test_a_movement_with_its_ends_swapped_is_caught():
    assert "relation" in problem_kinds(LOAN, "The hoard was sent from the Halmer Museum to a private collection in Vessel on a ten-year loan.")


def test_the_movement_told_the_sources_way_passes():
    assert "relation" not in problem_kinds(LOAN, "The hoard came from a private collection in Vessel to the Halmer Museum on a ten-year loan.")


def test_a_to_that_belongs_to_the_origins_noun_passes():
    kinds = problem_kinds(RACE, "The runners finished by the lake, about four miles from the entrance to the park.")
    assert "relation" not in kinds
