"""Figures in any script's digits are the same numbers as in ASCII digits (our own sentences)."""

from __future__ import annotations

import pytest

from summarizer import verify

ARABIC = "أعلنت البلدية يوم الاثنين أنها ستزرع ٤٥٠ شجرة في الحي القديم. وقال رئيس البلدية إن المشروع سيكتمل في الربيع."
HINDI = "नगर निगम ने सोमवार को कहा कि वह पुराने बाज़ार में ४५० पेड़ लगाएगा। महापौर ने कहा कि काम वसंत तक पूरा होगा।"
ENGLISH_WITH_ARABIC_DIGITS = "The council said it would plant ٤٥٠ trees in the old quarter. Work starts in May."


def number_problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, line).lines for p in checked.problems if p.kind == "number"]


@pytest.mark.parametrize(
    ("article", "line"),
    [
        (ARABIC, "ستزرع البلدية 450 شجرة في الحي القديم."),
        (HINDI, "नगर निगम पुराने बाज़ार में 450 पेड़ लगाएगा।"),
        (ENGLISH_WITH_ARABIC_DIGITS, "The council will plant 450 trees in the old quarter."),
    ],
)
def test_literal_same_figure_in_ascii_digits_passes(article: str, line: str) -> None:
    assert number_problems(article, line) == []


@pytest.mark.parametrize(
    ("article", "line"),
    [
        (ARABIC, "ستزرع البلدية 540 شجرة في الحي القديم."),
        (ARABIC, "ستزرع البلدية ٥٤٠ شجرة في الحي القديم."),
        (HINDI, "नगर निगम पुराने बाज़ार में 540 पेड़ लगाएगा।"),
        (ENGLISH_WITH_ARABIC_DIGITS, "The council will plant 540 trees in the old quarter."),
    ],
)
def test_literal_other_figure_in_any_digits_is_caught(article: str, line: str) -> None:
    assert number_problems(article, line)
