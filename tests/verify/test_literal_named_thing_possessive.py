"""A place the article names once with its noun in a possessive ("the village of Tarnby's
school") may be named where the cited sentence says "the village"; the word after a possessive
is what the name owns, not its kind, so it names nothing (sentences written for this test)."""

from checking import problem_kinds

from summarizer.verify.literal import _named_thing

VILLAGE = (
    "A review of the village of Tarnby's school buses found that two of them failed safety checks, the county said on Friday. "
    "Parents said the report showed the village's children had been put at risk for months."
)
def test_literal_named_thing_possessive_name_passes() -> None:
    assert "name" not in problem_kinds(VILLAGE, "Parents said the report showed Tarnby's children had been put at risk for months.")


def test_literal_named_thing_possessive_owned_word_is_no_kind() -> None:
    article = ["Pike joined Harbury Rovers' summer intake after leaving Castlebrook.", "He signed in the summer for £2 million."]
    assert not _named_thing("Rovers", "He signed in the summer for £2 million.", article)
