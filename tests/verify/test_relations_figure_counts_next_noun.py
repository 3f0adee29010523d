"""A figure counts the noun after it: "the parents of the three injured pupils" pairs "parents"
with "pupils", not with the figure, where the sources have "Three pupils were hurt" and "the
parents of the injured pupils". A figure the sources give another noun stays caught.
Sentences written for this test."""

from checking import problem_kinds as _kinds

BUS = (
    "Three pupils were hurt and 11 others shaken when a school bus left the road near Dunholt on Tuesday, police said. "
    "On Wednesday head teacher Ruth Amis visited the parents of the injured pupils at the county hospital."
)


def test_a_figure_counting_the_noun_after_it_passes():
    line = "Ruth Amis visited the parents of the three injured pupils at the county hospital after a school bus left the road near Dunholt."
    assert "circumstance" not in _kinds(BUS, line)


def test_a_figure_of_another_noun_is_still_caught():
    line = "Ruth Amis visited the parents of the 11 injured pupils at the county hospital after a school bus left the road near Dunholt."
    assert _kinds(BUS, line)
