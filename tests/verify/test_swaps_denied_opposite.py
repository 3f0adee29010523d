"""A line that denies the opposite of its source's word says what the source says ("will not be
allowed" for "will be banned"), as a source's denial may ("rejected" for "did not approve"): no
`substitution`. The opposite without the denial is still caught (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Dogs will be banned from the main beach at Porthallow between May and September, the parish council said. "
    "The ban follows complaints from families about mess near the lifeguard hut."
)


def test_swaps_denied_opposite_passes() -> None:
    assert "substitution" not in problem_kinds(ARTICLE, "Dogs will not be allowed on the main beach at Porthallow between May and September.")


def test_swaps_opposite_without_denial_is_caught() -> None:
    assert "substitution" in problem_kinds(ARTICLE, "Dogs will be allowed on the main beach at Porthallow between May and September.")
