"""Roles read from word order, in Spanish and French: a determiner may stand one stopword before
its noun ("las grandes cadenas"), and a name between commas after a noun phrase ("El alcalde,
Javier Montoro, acusó ...") takes the phrase's words with it, so that "the mayor accused the
opposition" reverses "the opposition's spokeswoman accused the mayor" (`relation`). The roles
kept pass (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

SPANISH = (
    "Los productores de leche de Cantabria protestaron el martes ante la consejería de Agricultura. "
    "La portavoz de la oposición, Irene Saiz, acusó al consejero de abandonar a los ganaderos. "
    "El presidente de la cooperativa, Tomás Gándara, acusó a las grandes industrias lácteas de pagar por debajo de costes. "
    "El consejero, Pablo Ruiz, recibió a una delegación por la tarde."
)
FRENCH = (
    "Les pêcheurs de Port-Vendres ont bloqué le port mardi matin. "
    "Le porte-parole de l'opposition, Marc Vidal, a accusé le préfet de mépriser les marins. "
    "Le préfet, Alain Roux, a reçu une délégation dans l'après-midi."
)


def test_swaps_spanish_roles_reversed_after_adjective_stopword_is_caught() -> None:
    line = "Las grandes industrias lácteas acusaron a Tomás Gándara de pagar por debajo de costes."
    assert "relation" in problem_kinds(SPANISH, line)


def test_swaps_spanish_roles_kept_after_adjective_stopword_pass() -> None:
    line = "Tomás Gándara acusó a las grandes industrias lácteas de pagar por debajo de costes."
    assert "relation" not in problem_kinds(SPANISH, line)


def test_swaps_spanish_apposed_name_takes_its_role_noun() -> None:
    line = "El consejero, Pablo Ruiz, acusó a la oposición de abandonar a los ganaderos."
    assert problem_kinds(SPANISH, line) == ["relation"]


def test_swaps_spanish_apposed_name_in_its_role_passes() -> None:
    line = "La portavoz de la oposición, Irene Saiz, acusó al consejero de abandonar a los ganaderos."
    assert "relation" not in problem_kinds(SPANISH, line)


def test_swaps_french_apposed_name_takes_its_role_noun() -> None:
    line = "Le préfet, Alain Roux, a accusé l'opposition de mépriser les marins."
    assert "relation" in problem_kinds(FRENCH, line)
