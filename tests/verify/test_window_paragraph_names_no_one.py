"""A cited sentence with "he", "his" or "her", whose paragraph names no one before it, goes on
with the person of the paragraph before, as one that opens its paragraph with "He said" does:
a line may write that person's name ("his client" -> "Lindahl"). Where its own paragraph has
named someone first, the window stops there. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

TRIAL = (
    "Former bank clerk Oskar Lindahl was jailed on Friday for stealing £80,000 from customers' accounts.\n\n"
    "The thefts were found by an internal audit in early 2023, the court heard. "
    "Defence lawyer Petra Vance said his client would appeal against the sentence."
)

TRIAL_NAMED = (
    "Former bank clerk Oskar Lindahl was jailed on Friday for stealing £80,000 from customers' accounts.\n\n"
    "The thefts were found by auditors from Brenner & Co in early 2023, the court heard. "
    "Defence lawyer Petra Vance said his client would appeal against the sentence."
)


def test_a_name_from_the_paragraph_before_when_this_one_names_no_one() -> None:
    assert "name" not in problem_kinds(TRIAL, "Petra Vance said Lindahl would appeal against the sentence.")


def test_a_name_the_article_never_gives_is_still_caught() -> None:
    assert "name" in problem_kinds(TRIAL, "Petra Vance said Lindqvist would appeal against the sentence.")


def test_a_paragraph_that_named_someone_first_keeps_the_window() -> None:
    assert "name" in problem_kinds(TRIAL_NAMED, "Petra Vance said Lindahl would appeal against the sentence.")
