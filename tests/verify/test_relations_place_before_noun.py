"""English puts a place's name before a noun as "at" puts it after: "the Vellmouth terminal" is
the terminal where the source says "at the port of Vellmouth ... the region's largest grain
terminal", when that is the one place the sentence names. A name the sentence gives as no place,
or one beside another place, is still read as a relation to check. Sentences written for this test."""

from checking import problem_kinds

PORT = (
    "Workers at the port of Vellmouth stopped work on Monday, idling the region's largest grain terminal for "
    "the first time since 2015. The union wants a 6 percent raise."
)
DEPOT = "A fire broke out at a bus depot in Brennick on Sunday, and crews from Elmsford helped put it out. Nobody was hurt."


def test_the_one_place_named_before_its_noun_passes():
    assert problem_kinds(PORT, "It was the first stoppage at the Vellmouth terminal since 2015.") == []
    assert problem_kinds(DEPOT, "A fire broke out at the Brennick depot on Sunday, and crews from Elmsford helped put it out.") == []


def test_another_place_put_before_the_noun_is_caught():
    assert "relation" in problem_kinds(DEPOT, "A fire broke out at the Elmsford depot on Sunday, and crews from Brennick helped put it out.")
