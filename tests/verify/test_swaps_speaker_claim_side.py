"""Words given to another speaker of the article are judged by what was said, the other side of
the saying word from the speaker: a speaker introduced with a long description of her own ("La
concejala de Vivienda, Nerea Quintanilla, afirmó que ...") takes the claim of another speaker's
sentence. A relative clause before the saying word names no speaker. Sentences written for this
test."""

from __future__ import annotations

from summarizer import verify

ARTICLE = (
    "El Ayuntamiento de Villaseca prohibirá los coches en el centro a partir de marzo, anunció el lunes el alcalde, Tomás Ferrer. "
    "La asociación de comerciantes Centro Vivo criticó la medida. "
    "Su presidenta, Lucía Barrios, afirmó que las tiendas del centro perderán unos 400 empleos en dos años. "
    "La concejala de Movilidad, Irene Soto, aseguró que los vecinos podrán seguir entrando con su coche."
)
STRIKE = (
    "Union leader Rhys Corran, who led the 2019 strike under chair Ann Pelly, told members the offer was an insult. "
    "The company said the offer was fair."
)


def _kinds(article: str, line: str) -> set[str]:
    return {p.kind for checked in verify(article, line).lines for p in checked.problems}


def test_a_claim_given_to_another_speaker_with_her_own_description_is_caught() -> None:
    line = "La concejala de Movilidad y Urbanismo del Ayuntamiento, Irene Soto, afirmó que las tiendas perderán empleos."
    assert "attribution" in _kinds(ARTICLE, line)


def test_the_claim_given_to_its_speaker_passes() -> None:
    line = "La presidenta de la asociación de comerciantes Centro Vivo, Lucía Barrios, afirmó que las tiendas perderán empleos."
    assert "attribution" not in _kinds(ARTICLE, line)


def test_a_name_inside_a_relative_clause_is_no_speaker() -> None:
    line = "Rhys Corran, who led the 2019 strike under chair Ann Pelly, told members the offer was an insult."
    assert "attribution" not in _kinds(STRIKE, line)
