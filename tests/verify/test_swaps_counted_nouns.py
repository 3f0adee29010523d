"""A count determines its noun as "the" does: a thing's word the article never uses, after a count
and one word ("three minor burglaries" where the source has "three minor thefts"), put in the
source's phrase is a substitution. Sentences written for this test."""

from checking import problem_kinds as _kinds

FAIR = (
    "The Harlow summer fair will not return this year after the town council withdrew its funding. "
    "Council leader Mira Holt said police had recorded three minor thefts at last year's fair, and that the event had lost £40,000."
)


def test_a_counted_thing_swapped_is_caught():
    kinds = _kinds(FAIR, "Mira Holt said police had recorded three minor burglaries at last year's fair.")
    assert "substitution" in kinds


def test_the_counted_thing_kept_passes():
    kinds = _kinds(FAIR, "Mira Holt said police had recorded three minor thefts at last year's fair.")
    assert "substitution" not in kinds
