"""French and Spanish round counts written as nouns ("une soixantaine", "una veintena"): a line
that writes the figure ("environ 60") states what its source does; another figure is still wrong."""

from __future__ import annotations

import pytest

from checking import problem_kinds

FRENCH = (
    "La radio associative de Pont-Lerac pourrait fermer en janvier. Elle emploie trois salariés et une soixantaine "
    "de bénévoles, a indiqué mardi sa présidente, Claire Aubert. Une dizaine d'émissions ont déjà été suspendues."
)
SPANISH = (
    "Una veintena de vecinos de Olmedal protestó el domingo contra el cierre del consultorio. Según el ayuntamiento, "
    "el centro atendía a un centenar de pacientes por semana."
)


@pytest.mark.parametrize(
    "article, line",
    [
        (FRENCH, "La radio de Pont-Lerac compte trois salariés et environ 60 bénévoles, selon sa présidente, Claire Aubert."),
        (FRENCH, "Environ 10 émissions ont déjà été suspendues."),
        (SPANISH, "Unos 20 vecinos de Olmedal protestaron el domingo contra el cierre del consultorio."),
        (SPANISH, "Según el ayuntamiento, el centro atendía a unos 100 pacientes por semana."),
    ],
)
def test_a_figure_for_a_round_count_written_as_a_noun_is_the_sources(article, line):
    assert "number" not in problem_kinds(article, line)


@pytest.mark.parametrize(
    "article, line",
    [
        (FRENCH, "La radio de Pont-Lerac compte trois salariés et environ 80 bénévoles, selon sa présidente, Claire Aubert."),
        (SPANISH, "Unos 50 vecinos de Olmedal protestaron el domingo contra el cierre del consultorio."),
    ],
)
def test_another_figure_is_still_a_number_problem(article, line):
    assert "number" in problem_kinds(article, line)
