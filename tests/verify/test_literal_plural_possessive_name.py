"""A line that opens with a body's name whose first word is a plural's possessive ("Growers'
Union chair ...") names what its sources name; another first word before the same name is
still a name they lack (sentences written for this test)."""

from checking import problem_kinds

SOURCE = (
    "The Dunmore Growers' Union had asked for the levy to be dropped. "
    "Its chair, Harriet Vale, said she believed small farms in particular would struggle to pay it."
)


def test_a_plural_possessive_opening_the_line_is_the_sources_name() -> None:
    line = "Growers' Union chair Harriet Vale said she believed small farms in particular would struggle to pay the levy."
    assert "name" not in problem_kinds(SOURCE, line)


def test_another_word_before_the_bodys_name_is_still_caught() -> None:
    line = "Fishers' Union chair Harriet Vale said she believed small farms in particular would struggle to pay the levy."
    assert "name" in problem_kinds(SOURCE, line)
