"""A figure written as a share of another ("Four of the eleven judges") where the source sentence
gives the whole several shares ("Seven of the eleven judges backed the appeal, while four
dissented"): the nearer share does not take the whole from the line's. A share that the source
gives in another sentence than the whole is still caught (as a figure not in its sources). Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

COURT = (
    "The Tarrow constitutional court upheld the new voting law on Tuesday. "
    "Seven of the eleven judges backed the law, while four dissented in a joint opinion. "
    "The ruling ends a two-year legal fight."
)


def test_the_other_share_of_the_same_whole() -> None:
    line = "Four of the eleven judges dissented, but a majority of seven backed the new voting law."
    assert "circumstance" not in problem_kinds(COURT, line)


def test_a_share_from_another_sentence_is_still_caught() -> None:
    article = COURT.replace(", while four dissented in a joint opinion", "").replace(
        "The ruling ends a two-year legal fight.", "Four of the judges had been appointed in 2019."
    )
    line = "Four of the eleven judges backed the law, which the court upheld on Tuesday."
    assert problem_kinds(article, line)
