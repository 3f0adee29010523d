"""A word the article never uses put in its source's place where it names a thing: as a title
before a name ("retired postman Clifford Nye" -> "retired fireman ..."; with the parser, which
tells a title from a verb before a name) and after a preposition joining a noun to the noun it
describes (French "balle de golf" -> "balle de tennis"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer import verify

ROBBERY = (
    "Retired baker Irene Holloway found the missing painting in a garden shed in March 2024. "
    "The win lifts Dunmore Athletic to third in the league, the club said."
)
GRELE = "Selon Météo-Ostby, des grêlons de la taille d'une balle de golf sont tombés vers 18 h."


def _kinds(article: str, line: str, **settings: str) -> set[str]:
    verification = verify(article, line, checker_settings=settings or None)
    return {p.kind for checked in verification.lines for p in checked.problems}


def test_a_title_swapped_before_a_name_is_a_substitution() -> None:
    verification = verify(ROBBERY, "Retired teacher Irene Holloway found the missing painting in a garden shed in March 2024.")
    if verification.stats.get("parser") in (None, "off"):
        pytest.skip("no English parser installed")
    assert "substitution" in {p.kind for checked in verification.lines for p in checked.problems}


def test_the_same_title_passes() -> None:
    assert "substitution" not in _kinds(ROBBERY, "Retired baker Irene Holloway found the missing painting in a garden shed in March 2024.")


def test_a_verb_swapped_before_a_name_is_no_title() -> None:
    assert "substitution" not in _kinds(ROBBERY, "The win takes Dunmore Athletic to third in the league.")
    assert "substitution" not in _kinds(ROBBERY, "The win takes Dunmore Athletic to third in the league.", parser="off")


def test_a_noun_swapped_after_de_is_a_substitution_in_french() -> None:
    assert "substitution" in _kinds(GRELE, "Selon Météo-Ostby, des grêlons de la taille d'une balle de tennis sont tombés vers 18 h.")
    assert "substitution" not in _kinds(GRELE, "Selon Météo-Ostby, des grêlons de la taille d'une balle de golf sont tombés vers 18 h.")
