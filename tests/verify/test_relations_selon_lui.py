"""French "Selon lui" ("according to him") gives words to the person named just before it, as
"according to him" does: a line may name that person ("Selon l'ingénieure Anne Morel, ..."). A
line that names someone named only after it is still caught (a pronoun never points forward). Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

BRIDGE = (
    "Le pont de Saint-Arlet a été fermé jeudi après la découverte de fissures. "
    "L'ingénieur Marc Delorme a inspecté l'ouvrage vendredi. "
    "Selon lui, les piles sont fragilisées depuis plusieurs années."
)


def test_selon_lui_is_the_person_named_before() -> None:
    line = "Selon l'ingénieur Marc Delorme, les piles du pont sont fragilisées depuis plusieurs années."
    assert "attribution" not in problem_kinds(BRIDGE, line)


def test_a_person_named_after_it_is_still_caught() -> None:
    article = BRIDGE + " L'architecte Luc Brun conteste ce diagnostic."
    line = "Selon l'architecte Luc Brun, les piles du pont sont fragilisées depuis plusieurs années."
    assert "attribution" in problem_kinds(article, line)
