"""A word the line sets apart from the next word by "and" ("open for the time being and that
heaters ...") is not in the phrase that the source's word forms with it ("and that emergency
heaters"): that next word anchors no swap. A noun swapped inside the same phrase is still a
`substitution` (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "The mayor of Brockley said the library would stay open for now and that emergency heaters had been delivered to the reading room. "
    "The boiler failed on Tuesday night."
)


def test_swaps_coordinated_anchor_passes() -> None:
    line = "The mayor of Brockley said the library would remain open for the time being and that heaters had been delivered to the reading room."
    assert "substitution" not in problem_kinds(ARTICLE, line)


def test_swaps_noun_in_the_same_phrase_is_caught() -> None:
    line = "The mayor of Brockley said the library would stay open for now and that emergency heaters had been delivered to the dining room."
    assert "substitution" in problem_kinds(ARTICLE, line)
