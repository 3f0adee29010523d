""""one academic said" is news's "a" before someone who speaks, no count of 1; "one university
fell" where the source says two is still a wrong number."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "The index gave more weight to research this year, a shift that may have favoured Calder, said Dr. Felix Ormonde, "
    "who studies higher education policy at Ashgrove. Two universities fell out of the top 100."
)


def test_one_before_a_speaker_is_no_count():
    line = "The index gave more weight to research this year, which one academic said may have favoured Calder."
    assert "number" not in problem_kinds(ARTICLE, line, "off")


def test_one_as_a_count_is_still_checked():
    assert "number" in problem_kinds(ARTICLE, "One university fell out of the top 100.", "off")
