"""Nouns that name the same thing ("poll" and "election", "vessel" and "ship", Spanish "comicios"
and "elecciones"), or the broader word for a thing ("artist" for "sculptor"), stand for each
other in the novel-word substitution check. Two narrower words of one group ("painter" for
"sculptor") and a word of no group are still substitutions. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds

GALLERY = "Burglars took a bronze figure by the Danish sculptor Aksel Moen from the Orrin Gallery on Tuesday, police said."


def test_the_broader_word_for_a_sculptor() -> None:
    line = "Burglars took a bronze figure by the Danish artist Aksel Moen from the Orrin Gallery on Tuesday, police said."
    assert "substitution" not in problem_kinds(GALLERY, line)


def test_another_narrower_word_is_still_caught() -> None:
    line = "Burglars took a bronze figure by the Danish painter Aksel Moen from the Orrin Gallery on Tuesday, police said."
    assert "substitution" in problem_kinds(GALLERY, line)


HARBOUR = "The coastguard towed a damaged vessel into Brackley harbour on Sunday after its engine failed in a gale."


def test_ship_for_vessel() -> None:
    line = "The coastguard towed a damaged ship into Brackley harbour on Sunday after its engine failed in a gale."
    assert "substitution" not in problem_kinds(HARBOUR, line)


def test_a_thing_of_no_group_is_still_caught() -> None:
    line = "The coastguard towed a damaged yacht into Brackley harbour on Sunday after its engine failed in a gale."
    assert "substitution" in problem_kinds(HARBOUR, line)


def test_spanish_comicios_for_elecciones() -> None:
    article = "El partido Unión Riojana ganó las elecciones municipales del domingo en Alfaro con el 41 % de los votos."
    line = "El partido Unión Riojana ganó los comicios municipales del domingo en Alfaro con el 41 % de los votos."
    assert "substitution" not in problem_kinds(article, line)
