"""Nouns of a fall name one change either way: "the loss of lung capacity" for "the decline of",
Spanish "la rebaja" or "la reducción" for "el recorte", French "la réduction" for "la baisse".
A noun of a rise put in their place is still the opposite. Sentences written for this test."""

from checking import problem_kinds

INHALER = (
    "A new inhaler slowed the decline of lung capacity by 18 percent in a two-year study, its maker Brisk "
    "Pharma said on Tuesday. The study enrolled 900 patients."
)
CUOTAS = (
    "Los pescadores de Puerto Alba protestaron el lunes contra el recorte de las cuotas de pesca aprobado por "
    "el ministerio. La cofradía convocó otra protesta."
)
AIDES = (
    "Les agriculteurs de Vessac ont manifesté mardi contre la baisse des aides à l'irrigation décidée par la "
    "région. Le préfet les recevra lundi."
)


def test_a_noun_of_the_same_fall_passes():
    assert problem_kinds(INHALER, "A new inhaler slowed the loss of lung capacity by 18 percent in a two-year study, its maker Brisk Pharma said on Tuesday.") == []
    assert problem_kinds(CUOTAS, "Los pescadores de Puerto Alba protestaron el lunes contra la rebaja de las cuotas de pesca aprobada por el ministerio.") == []
    assert problem_kinds(CUOTAS, "Los pescadores de Puerto Alba protestaron el lunes contra la reducción de las cuotas de pesca aprobada por el ministerio.") == []
    assert problem_kinds(AIDES, "Les agriculteurs de Vessac ont manifesté mardi contre la réduction des aides à l'irrigation décidée par la région.") == []


def test_a_noun_of_a_rise_is_still_caught():
    assert "substitution" in problem_kinds(INHALER, "A new inhaler slowed the increase of lung capacity by 18 percent in a two-year study, its maker Brisk Pharma said on Tuesday.")
    assert "substitution" in problem_kinds(INHALER, "A new inhaler slowed the rise of lung capacity by 18 percent in a two-year study, its maker Brisk Pharma said on Tuesday.")
    assert "substitution" in problem_kinds(CUOTAS, "Los pescadores de Puerto Alba protestaron el lunes contra el aumento de las cuotas de pesca aprobado por el ministerio.")
    assert "substitution" in problem_kinds(AIDES, "Les agriculteurs de Vessac ont manifesté mardi contre la hausse des aides à l'irrigation décidée par la région.")
