"""Words for how serious a harm is are one group of opposites: "mild", "minor" and "slight" stand
for each other ("a mild sprain" for "a minor sprain"), and "severe" for "minor" is a swap
(sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "The goalkeeper suffered a minor ankle sprain in training on Thursday, the club's physio said. "
    "He is expected to miss two matches."
)


def test_swaps_severity_same_side_passes() -> None:
    assert "substitution" not in problem_kinds(ARTICLE, "The goalkeeper suffered a mild ankle sprain in training on Thursday.")


def test_swaps_severity_other_side_is_caught() -> None:
    assert "substitution" in problem_kinds(ARTICLE, "The goalkeeper suffered a severe ankle sprain in training on Thursday.")
