"""A date the source joins to a word before it ("mid-March", "late-June") stands there for a line's
"the middle of March". A month the source does not give stays caught. Sentences written for this test."""

from checking import problem_kinds as _kinds

PLANT = (
    "The Orvel brewery said it expected the repairs to cost about $4 million and that "
    "bottling would restart by mid-March."
)


def test_a_month_joined_to_a_word_in_the_source_passes():
    assert "date" not in _kinds(PLANT, "Orvel expects the repairs to cost about $4 million, with bottling back by the middle of March.")


def test_another_month_is_still_caught():
    assert "date" in _kinds(PLANT, "Orvel expects the repairs to cost about $4 million, with bottling back by the middle of April.")
