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


# Arabic writes its decimal point as "٫" (U+066B) and its thousands separator as "٬" (U+066C).
ARABIC_SEPARATORS = (
    "أعلنت الوزارة يوم الاثنين عن ميزانية قدرها ٣٫٥ مليار جنيه للحملة. "
    "وتستهدف الحملة ١٢٬٠٠٠ قرية في جميع المحافظات. وقال المتحدث إن الحملة ستبدأ في مارس."
)


@pytest.mark.parametrize(
    "line",
    [
        "أعلنت الوزارة عن ميزانية قدرها 3.5 مليار جنيه للحملة.",
        "أعلنت الوزارة عن ميزانية قدرها ٣٫٥ مليار جنيه للحملة.",
        "تستهدف الحملة 12,000 قرية.",
        "تستهدف الحملة 12000 قرية.",
        "تستهدف الحملة ١٢٬٠٠٠ قرية.",
    ],
)
def test_literal_arabic_decimal_and_thousands_separators_pass(line: str) -> None:
    assert number_problems(ARABIC_SEPARATORS, line) == []


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("أعلنت الوزارة عن ميزانية قدرها ٣٫٦ مليار جنيه للحملة.", "٣٫٦"),
        ("أعلنت الوزارة عن ميزانية قدرها 3.6 مليار جنيه للحملة.", "3.6"),
        ("تستهدف الحملة ١٣٬٠٠٠ قرية.", "١٣٬٠٠٠"),
    ],
)
def test_literal_arabic_separated_figure_changed_is_caught_whole(line: str, shown: str) -> None:
    assert any(shown in message for message in number_problems(ARABIC_SEPARATORS, line))
