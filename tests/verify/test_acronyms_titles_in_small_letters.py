"""A two-letter title shortens long words in small letters ("MP" for "member of parliament",
"GP" for "general practitioner"); short words in small letters ("each unit") give no acronym.
Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.acronyms import spelled_out

ARTICLE = (
    "Residents of Tallow Fen met on Tuesday to oppose the closure of the village surgery. "
    "Their parish council has written to the area's member of parliament asking her to intervene."
)


def test_two_letter_title_of_long_small_words() -> None:
    assert spelled_out("MP", "the area's member of parliament")
    assert spelled_out("GP", "a general practitioner in the town")


def test_two_letters_of_short_small_words_are_no_acronym() -> None:
    assert not spelled_out("EU", "each unit of the block")


def test_a_line_that_writes_mp_names_nothing_new() -> None:
    line = "The parish council of Tallow Fen has asked the area's MP to intervene over the surgery's closure."
    kinds = problem_kinds(ARTICLE, line)
    assert "name" not in kinds and "support" not in kinds
