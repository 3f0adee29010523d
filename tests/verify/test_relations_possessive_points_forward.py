"""A line that opens with a possessive may point forward to a person it names later, as news
writes it ("His lawyer, Tom Reardon, said Mistry would appeal"): no dangling "his". A possessive
whose owner the line never names, the owned thing's own name aside, still names no one.
Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

TRIAL = (
    "Former bank clerk Oskar Lindahl was jailed on Friday for stealing £80,000 from customers' accounts. "
    "Defence lawyer Petra Vance said her client would appeal against the sentence."
)


def test_a_possessive_whose_owner_is_named_later_in_the_line() -> None:
    line = "His lawyer, Petra Vance, said Lindahl would appeal against the sentence."
    assert "coreference" not in problem_kinds(TRIAL, line)


def test_a_possessive_without_an_apposition_pointing_forward() -> None:
    line = "His lawyer said Lindahl would appeal against the sentence."
    assert "coreference" not in problem_kinds(TRIAL, line)


def test_a_possessive_whose_owner_is_never_named_still_dangles() -> None:
    line = "His lawyer, Petra Vance, said he would appeal against the sentence."
    assert "coreference" in problem_kinds(TRIAL, line)


def test_a_date_after_the_possessive_names_no_owner() -> None:
    line = "Her client will appeal against the sentence, Vance said on Friday."
    assert "coreference" not in problem_kinds(TRIAL, line)  # Vance is named: she may be the owner
    assert "coreference" in problem_kinds(TRIAL, "Her client will appeal against the sentence on Friday.")
