"""Roles of parties whose names share words or stand as "the council" (issue 18, round 11):
a reversal between two organisations named alike ("North Fire and Rescue Service" and "South
Fire and Rescue Service"); a body named in full in the line where its source says "the council";
the object of a "to" clause done for the subject above it ("sent crews to help X"); a copied
event given to another named party of the article. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds

pytest.importorskip("spacy")

FLOOD = (
    "Heavy rain flooded more than 200 homes in the Dunmere valley on Sunday, the Environment Agency said. "
    "Kestby Fire and Rescue Service sent eight boats to help Dunmere Fire and Rescue Service, whose crews "
    "had worked through the night. The council has asked the Ministry of Housing to pay for most of the "
    "clean-up, but the ministry has not yet answered. The Dunmere Valley Trust closed the riverside path "
    "to walkers in January after the wettest winter since 1987. A spokesman for Dunmere Council said "
    "temporary shelters had been opened in two schools."
)


def _kinds(line: str) -> set[str]:
    return parsed_problem_kinds(FLOOD, line)


def test_two_services_named_alike_reversed_are_caught() -> None:
    assert "relation" in _kinds("Dunmere Fire and Rescue Service sent eight boats to help Kestby Fire and Rescue Service.")


def test_two_services_named_alike_as_in_the_source_pass() -> None:
    assert "relation" not in _kinds("Kestby Fire and Rescue Service sent eight boats to help Dunmere Fire and Rescue Service.")


def test_a_body_the_source_calls_the_council_reversed_is_caught() -> None:
    assert "relation" in _kinds("The Ministry of Housing has asked Dunmere Council to pay for most of the clean-up.")


def test_a_body_the_source_calls_the_council_in_its_role_passes() -> None:
    assert "relation" not in _kinds("Dunmere Council has asked the Ministry of Housing to pay for most of the clean-up.")


def test_an_event_copied_for_another_named_party_is_caught() -> None:
    assert "relation" in _kinds(
        "Kestby Fire and Rescue Service closed the riverside path to walkers in January after the wettest winter since 1987."
    )


def test_the_copied_event_with_its_own_party_passes() -> None:
    assert "relation" not in _kinds(
        "The Dunmere Valley Trust closed the riverside path to walkers in January after the wettest winter since 1987."
    )
