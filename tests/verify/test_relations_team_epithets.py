"""A team named by its standing after "the" ("the Scottish Cup holders", "the champions") stands
for the team named before, as "the club" does, however many capitalised words qualify it: a line
naming the team there has invented no relation. Sentences written for this test."""

from checking import problem_kinds as _kinds

COACHES = (
    "Kelso Rovers have apologised to supporters after coaches they paid for broke down on the way to Dunmore. "
    "The Scottish Cup holders have offered 240 fans who travelled a refund of their match tickets."
)


def test_the_holders_stand_for_the_team_named_before():
    kinds = _kinds(COACHES, "Kelso Rovers have offered 240 fans who travelled a refund of their match tickets.")
    assert "relation" not in kinds


def test_the_holders_act_given_to_another_named_party_is_still_caught():
    article = COACHES.replace("The Scottish Cup holders have offered", "Their rivals, Dunmore Athletic, have offered")
    kinds = _kinds(article, "Kelso Rovers have offered 240 fans who travelled a refund of their match tickets.")
    assert "relation" in kinds
