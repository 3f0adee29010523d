""""Unless" is "if not" in one word (fr "à moins que", "sauf si"; es "a menos que", "salvo que";
de "es sei denn", "außer wenn"): a line's "unless a deal is signed" keeps its source's "if no
deal is signed". A line that drops the negation without one is still caught. Sentences written
for this test."""

from __future__ import annotations

from checking import problem_kinds

TALKS = (
    "Bus drivers in Calby will strike for a week from 3 June, their union said on Friday. "
    "The union said more stoppages could follow in July if no new pay deal is signed."
)


def test_unless_keeps_if_no() -> None:
    line = "The union said more stoppages could follow in July unless a new pay deal is signed."
    assert "negation" not in problem_kinds(TALKS, line)


def test_if_without_the_no_is_still_caught() -> None:
    line = "The union said more stoppages could follow in July if a new pay deal is signed."
    assert "negation" in problem_kinds(TALKS, line)


def test_french_a_moins_que() -> None:
    article = (
        "Les chauffeurs de bus de Calby feront grève pendant une semaine à partir du 3 juin, a annoncé leur syndicat. "
        "Le syndicat a prévenu que d'autres grèves suivraient en juillet si aucun nouvel accord salarial n'est signé."
    )
    kept = "Le syndicat a prévenu que d'autres grèves suivraient en juillet à moins qu' un nouvel accord salarial soit signé."
    dropped = "Le syndicat a prévenu que d'autres grèves suivraient en juillet si un nouvel accord salarial est signé."
    assert "negation" not in problem_kinds(article, kept)
    assert "negation" in problem_kinds(article, dropped)


def test_spanish_a_menos_que() -> None:
    article = (
        "Los conductores de autobús de Calby harán huelga durante una semana a partir del 3 de junio, según su sindicato. "
        "El sindicato advirtió que habrá más paros en julio si no se firma un nuevo acuerdo salarial."
    )
    kept = "El sindicato advirtió que habrá más paros en julio a menos que se firme un nuevo acuerdo salarial."
    dropped = "El sindicato advirtió que habrá más paros en julio si se firma un nuevo acuerdo salarial."
    assert "negation" not in problem_kinds(article, kept)
    assert "negation" in problem_kinds(article, dropped)
