"""A source that says there is not enough of something ("too few boats", "short of nurses",
"trop peu de", "escasez de") backs a line that says it with a negation ("without enough boats").
A line that negates where its source states a plain quantity is still caught. Sentences written
for this test."""

from __future__ import annotations

from checking import problem_kinds

FLOOD = (
    "Rescue teams in the river town of Aldermoor worked through the night on Friday. "
    "\"We are pulling people off rooftops with too few boats,\" coordinator Nia Farrow told reporters."
)


def test_without_enough_for_too_few() -> None:
    line = "Coordinator Nia Farrow said rescuers were pulling people off rooftops without enough boats."
    assert "negation" not in problem_kinds(FLOOD, line)


def test_not_enough_for_short_of() -> None:
    article = "The Tarrow district hospital is short of nurses this winter, its director Omar Lind said on Monday."
    line = "The Tarrow district hospital does not have enough nurses this winter, its director Omar Lind said."
    assert "negation" not in problem_kinds(article, line)


def test_a_negation_beside_a_plain_quantity_is_still_caught() -> None:
    article = FLOOD.replace("with too few boats", "with twelve boats")
    line = "Coordinator Nia Farrow said rescuers were pulling people off rooftops without enough boats."
    assert "negation" in problem_kinds(article, line)


def test_french_pas_assez_for_trop_peu() -> None:
    article = "Les pompiers de Vernac luttent contre l'incendie avec trop peu d'avions, a déclaré leur chef, Paul Ravel."
    line = "Les pompiers de Vernac n'ont pas assez d'avions contre l'incendie, a déclaré leur chef, Paul Ravel."
    assert "negation" not in problem_kinds(article, line)


def test_french_negation_beside_a_plain_quantity_is_still_caught() -> None:
    article = "Les pompiers de Vernac luttent contre l'incendie avec douze avions, a déclaré leur chef, Paul Ravel."
    line = "Les pompiers de Vernac ne luttent pas contre l'incendie avec douze avions, a déclaré leur chef, Paul Ravel."
    assert "negation" in problem_kinds(article, line)


def test_a_line_that_denies_the_shortfall_itself_is_still_caught() -> None:
    article = "The director of Eastmoor hospital, Dr Anil Shah, blamed a shortage of nurses for the delays on Monday."
    line = "Dr Anil Shah said there was no shortage of nurses at Eastmoor hospital."
    assert "negation" in problem_kinds(article, line)
