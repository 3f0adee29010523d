"""A length of time ("four years") belongs to the verb before it ("jailed for four years"), not to
the word after it ("after admitting ..."), which may come from another cited sentence. A length
put on the wrong event is still caught by its number. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

FRAUD = (
    "A former nursery manager has been jailed for four years for stealing £212,000 from the charity that ran "
    "her nursery in Bexcombe. Lorna Whitcliffe, 49, admitted fraud at Hallam Crown Court on Thursday. "
    "The court heard she used the money over six years to pay for holidays and a car."
)


def test_a_length_of_time_belongs_to_the_verb_before_it() -> None:
    line = "Lorna Whitcliffe, 49, was jailed for four years after admitting fraud at Hallam Crown Court."
    assert "circumstance" not in problem_kinds(FRAUD, line)


def test_a_length_of_time_from_another_event_is_still_caught() -> None:
    line = "A former nursery manager was jailed for six years for stealing £212,000 from the charity that ran her nursery."
    assert problem_kinds(FRAUD, line) != []
