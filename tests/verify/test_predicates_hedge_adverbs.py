"""A hedge said with another word of doubt is kept: "probably" for "likely", "wahrscheinlich"
for "könnte", "vraisemblablement" for "pourrait", "previsiblemente" for "podría" (sentences
written for this test). A line with no word of doubt is still a dropped hedge."""

from checking import problem_kinds

CLUB = (
    "The rugby club's treasurer, Ines Harrow, said the clubhouse was likely to be sold before the end of the season. "
    "The club owes its brewery £80,000."
)
STADT = "Der Kämmerer Jonas Riedl sagte, die Stadt könnte das Hallenbad im Herbst verkaufen."
USINE = "Le directeur, Paul Mérignac, a déclaré que l'usine pourrait fermer avant la fin de l'année."
PUERTO = "El director del puerto, Andrés Nieto, dijo que las obras podrían terminar en octubre."


def test_probably_for_likely():
    kinds = problem_kinds(CLUB, "Ines Harrow said the clubhouse would probably be sold before the end of the season.")
    assert "hedge" not in kinds


def test_no_word_of_doubt_is_still_a_dropped_hedge():
    kinds = problem_kinds(CLUB, "Ines Harrow said the clubhouse would be sold before the end of the season.")
    assert "hedge" in kinds


def test_german_wahrscheinlich_for_koennte():
    kinds = problem_kinds(STADT, "Kämmerer Jonas Riedl sagte, die Stadt werde das Hallenbad wahrscheinlich im Herbst verkaufen.")
    assert "hedge" not in kinds


def test_french_vraisemblablement_for_pourrait():
    kinds = problem_kinds(USINE, "Selon le directeur Paul Mérignac, l'usine fermera vraisemblablement avant la fin de l'année.")
    assert "hedge" not in kinds


def test_spanish_previsiblemente_for_podrian():
    kinds = problem_kinds(PUERTO, "Según el director del puerto, Andrés Nieto, las obras terminarán previsiblemente en octubre.")
    assert "hedge" not in kinds
