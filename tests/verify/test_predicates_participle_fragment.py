"""A noun phrase whose verbs all stand in a participle phrase or a relative clause (one opened by
"that" too) says nothing happened: an `incomplete` line, while the sentence it comes from passes."""

from __future__ import annotations

from checking import parsed_problem_kinds

ARTICLE = (
    "Inspectors found a forged permit in a drawer that the site manager, Orla Benning, had locked "
    "every night. A crane delivered from Rotterdam in June, which had failed two safety checks, was "
    "taken out of service on Friday. A flock of 40 sheep that the shepherd Idris Vane moved to the "
    "upper pasture escaped through a broken gate."
)


def test_a_participle_phrase_and_a_relative_clause_with_no_main_verb_is_incomplete() -> None:
    line = "A crane delivered from Rotterdam in June, which had failed two safety checks."
    assert "incomplete" in parsed_problem_kinds(ARTICLE, line)


def test_a_noun_phrase_with_only_a_that_clause_is_incomplete() -> None:
    line = "A flock of 40 sheep that the shepherd Idris Vane moved to the upper pasture."
    assert "incomplete" in parsed_problem_kinds(ARTICLE, line)


def test_the_same_noun_phrases_with_their_main_verbs_pass() -> None:
    for line in (
        "A crane delivered from Rotterdam in June, which had failed two safety checks, was taken out of service on Friday.",
        "A flock of 40 sheep that the shepherd Idris Vane moved to the upper pasture escaped through a broken gate.",
    ):
        assert "incomplete" not in parsed_problem_kinds(ARTICLE, line)
