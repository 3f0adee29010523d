"""A word its sources use elsewhere, put where they have its opposite in a phrase the line copies
(the two content words after it, or before it, the same): "la hausse du prix du lait" where the
source has "la baisse du prix du lait" and "la hausse des taxes" (sentences written for this test)."""

from __future__ import annotations

from summarizer.verify.swaps import opposite_problems

FR = ("La coopérative explique ses difficultés par la baisse du prix du lait et par la hausse des taxes sur le gazole.",)
EN = ("Profits rose sharply at the bakery chain last year, while sales of its frozen range fell.",)


def test_swaps_opposite_in_copied_phrase_french_caught() -> None:
    line = "La coopérative explique ses difficultés par la hausse du prix du lait et par la montée des taxes."
    assert [p.kind for p in opposite_problems(line, FR, "french")] == ["substitution"]


def test_swaps_opposite_in_copied_phrase_english_caught() -> None:
    line = "Profits fell sharply at the bakery chain last year."
    assert [p.kind for p in opposite_problems(line, EN, "english")] == ["substitution"]


def test_swaps_opposite_in_copied_phrase_own_place_passes() -> None:
    line = "La coopérative explique ses difficultés par la baisse du prix du lait et par la hausse des taxes."
    assert opposite_problems(line, FR, "french") == []
    assert opposite_problems("Sales of its frozen range fell last year, while profits rose sharply.", EN, "english") == []
