"""A line that names its speaker or subject from one cited sentence and repeats a negated claim of
another without the negation ("Le maire Paul Rivet exclut ..." from "Le maire, Paul Rivet, a
rappelé ..." and "Il n'exclut pas ..."; "the climbers had carried" from "neither climber had
carried") is a `negation` problem, without the parser too. Keeping the negation passes
(sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

FRENCH = (
    "La piscine municipale de Saint-Orgel restera fermée tout l'été, a annoncé mardi la mairie. "
    "Le maire de la commune, Paul Rivet, a rappelé que le bassin avait plus de cinquante ans. "
    "Il n'exclut pas une vente du terrain à un promoteur en 2026 si aucune subvention n'arrive."
)
SPANISH = (
    "La biblioteca de Villablanca cerrará en agosto por obras, anunció el lunes el Ayuntamiento. "
    "La concejala de Cultura, Rosa Llamas, explicó que el edificio tiene goteras desde 2021. "
    "Ella no descarta un traslado de los libros al antiguo cuartel en octubre."
)
ENGLISH = (
    "Two climbers were rescued from Sgurr Dubh on Saturday after spending the night on a ledge. "
    "Rescue coordinator Moira Strachan said the pair had been well prepared for the cold. "
    "She said neither climber had carried a map or compass."
)


def test_predicates_french_negation_dropped_beside_speaker_is_caught() -> None:
    line = "Le maire Paul Rivet exclut une vente du terrain à un promoteur en 2026."
    assert "negation" in problem_kinds(FRENCH, line)


def test_predicates_french_negation_kept_beside_speaker_passes() -> None:
    line = "Le maire Paul Rivet n'exclut pas une vente du terrain à un promoteur en 2026."
    assert "negation" not in problem_kinds(FRENCH, line)


def test_predicates_spanish_negation_dropped_beside_speaker_is_caught() -> None:
    line = "La concejala Rosa Llamas descarta un traslado de los libros al antiguo cuartel en octubre."
    assert "negation" in problem_kinds(SPANISH, line)


def test_predicates_spanish_negation_kept_beside_speaker_passes() -> None:
    line = "La concejala Rosa Llamas no descarta un traslado de los libros al antiguo cuartel en octubre."
    assert "negation" not in problem_kinds(SPANISH, line)


def test_predicates_negated_singular_said_in_the_plural_is_caught() -> None:
    line = "Rescue coordinator Moira Strachan said the climbers had carried a map and compass."
    assert "negation" in problem_kinds(ENGLISH, line)


def test_predicates_negation_kept_beside_speaker_passes() -> None:
    line = "Rescue coordinator Moira Strachan said neither climber had carried a map or compass."
    assert "negation" not in problem_kinds(ENGLISH, line)
