"""A speaker described between commas by a post in small letters ("Vicente Roig, presidente de la
cooperativa, explicó") speaks as the person named, not as the body the post names: the line gives
the words to whom the source gives them ("explicó su presidente, Vicente Roig")."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "La cooperativa Sierra Alta dejará sin recoger 20.000 toneladas de naranjas este año. El kilo se paga en el campo "
    "a 0,12 euros, frente a los 0,20 euros que cuesta producirlo, explicó el martes en Morella su presidente, Ramón Ferrer. "
    "\"Nadie recoge una fruta que pierde dinero\", dijo Ferrer. El ayuntamiento de Morella dijo que estudiará ayudas "
    "para los agricultores."
)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_the_person_described_by_a_post_speaks(parser):
    line = "Ramón Ferrer, presidente de la cooperativa, explicó el martes que el kilo se paga a 0,12 euros en el campo, cuando producirlo cuesta 0,20."
    assert "attribution" not in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_another_body_given_the_words_is_still_caught(parser):
    line = "El ayuntamiento explicó el martes que el kilo se paga a 0,12 euros en el campo, cuando producirlo cuesta 0,20."
    assert "attribution" in problem_kinds(ARTICLE, line, parser)
