"""A named place or institution that a cited sentence calls "the hotel", "the school", "the
theatre" stands where the line names it, as "the company" does for a firm: "Ravensworth Grange
has asked the council ..." from "The hotel has asked the council ..." and "... took place at
Ravensworth Grange" (sentences written for this test)."""

from checking import problem_kinds

ARTICLE = (
    "A stomach bug spread among guests at a conference in a country hotel near Marbury last week, health officials said. "
    "The conference for about 90 delegates took place at Ravensworth Grange on 3 May. "
    "The hotel has asked the food safety team to publish the inspection report."
)


def test_the_hotel_for_its_name():
    kinds = problem_kinds(ARTICLE, "Ravensworth Grange has asked the food safety team to publish the inspection report.")
    assert "relation" not in kinds
