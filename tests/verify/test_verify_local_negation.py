"""Negation by words in German, French and Spanish, which the parse checks do not read: a
negation dropped before the line's own word, one added where the sources negate nothing, and an
opposite word standing for "not" + its other side. Sentences written for this test."""

from checking import problem_kinds as _kinds



BAD = (
    "Die Gemeinde Lindau will bis 2028 ein neues Hallenbad bauen. "
    "Der Kämmerer sagte, die Finanzierung sei noch nicht geklärt. Die Kosten liegen bei 30 Millionen Euro."
)


def test_a_german_negation_dropped_is_caught():
    assert "negation" in _kinds(BAD, "Der Kämmerer sagte, die Finanzierung sei geklärt.")
    assert _kinds(BAD, "Der Kämmerer sagte, die Finanzierung sei nicht geklärt.") == []


def test_a_german_negation_added_is_caught():
    assert "negation" in _kinds(BAD, "Die Gemeinde Lindau will bis 2028 kein neues Hallenbad bauen.")


TRAM = (
    "La mairie de Rennes n'a pas accepté le projet de tramway. Le coût atteindrait 400 millions d'euros. "
    "Il ne reste que deux mois avant le vote."
)


def test_a_french_pas_dropped_is_caught_but_ne_que_is_only():
    assert "negation" in _kinds(TRAM, "La mairie de Rennes a accepté le projet de tramway.")
    assert _kinds(TRAM, "Il reste deux mois avant le vote.") == []


def test_an_opposite_word_for_not_and_its_other_side_is_no_substitution():
    article = "El Ayuntamiento de Vigo no aprobó el presupuesto de 2025. La oposición votó en contra."
    assert _kinds(article, "El Ayuntamiento de Vigo rechazó el presupuesto de 2025.") == []
    assert "negation" in _kinds(article, "El Ayuntamiento de Vigo aprobó el presupuesto de 2025.")
