"""A modal of doubt in a reported sentence doubts its own verb and object, not every clause of
the sentence: "said the road could cut delays but that the county would have to repair the old bridge" ->
"said the county would have to repair the old bridge" drops no doubt. A line that repeats the doubted clause
without the modal is still caught. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

BYPASS = (
    "The Wexley bypass will open to traffic in May after three years of work, the county council said on Tuesday. "
    "Planning inspector Moira Hale said the road could cut delays but that the county would have to repair "
    "the old bridge."
)


def test_a_clause_without_the_modal_keeps_no_doubt() -> None:
    line = "Planning inspector Moira Hale said the county would have to repair the old bridge."
    assert "hedge" not in problem_kinds(BYPASS, line)


def test_the_doubted_clause_without_its_modal_is_still_caught() -> None:
    line = "Planning inspector Moira Hale said the road would cut delays."
    assert "hedge" in problem_kinds(BYPASS, line)
