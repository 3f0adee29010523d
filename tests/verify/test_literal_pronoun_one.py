""""one" standing for a noun named before it ("not running one either", "a bigger one") counts
nothing; a count of one in its place is still a number its sources must hold (sentences written
for this test)."""

from checking import problem_kinds

SOURCE = (
    '"Nobody wants to lose a bus route, but a bus driving 40 empty miles a day is not a bus route either," '
    "the operator's manager Dana Quill said."
)


def test_one_as_a_nouns_stand_in_is_no_figure() -> None:
    line = "Quill said nobody wanted to lose a bus route, but argued that a bus driving 40 empty miles a day was not running one either."
    assert "number" not in problem_kinds(SOURCE, line)


def test_a_count_of_one_is_still_a_number() -> None:
    line = "Quill said nobody wanted to lose a bus route, but argued that one bus was driving 40 empty miles a day."
    assert "number" in problem_kinds(SOURCE, line)


def test_a_new_one_is_a_stand_in() -> None:
    source = "The library's lift broke in May and the council has agreed to buy a replacement."
    assert "number" not in problem_kinds(source, "The library's lift broke in May and the council has agreed to buy a new one.")
