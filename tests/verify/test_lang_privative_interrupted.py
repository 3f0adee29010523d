"""A service "interrupted until" a day says it does not run before then, in sentences written for
this test: French "ne circulera pas avant" for "restera interrompu jusqu'à", Spanish "no circulará"
for "seguirá interrumpido", German "fährt nicht" for "bleibt unterbrochen". A negation the source
does not carry in any form is still caught."""

from checking import problem_kinds

FERRY_FR = (
    "La liaison maritime entre Brévannes et l'île d'Orlac restera interrompue jusqu'à samedi, a indiqué la compagnie. "
    "Le quai doit être réparé."
)
TRAIN_ES = (
    "El tren de cercanías entre Alcotas y Merino seguirá interrumpido hasta el lunes, informó la empresa ferroviaria. "
    "Un puente resultó dañado por la riada."
)
BAHN_DE = (
    "Die Bahnstrecke zwischen Halverdingen und Ostmark bleibt bis Freitag unterbrochen, teilte der Betreiber mit. "
    "Ein Hang war auf die Gleise gerutscht."
)


def test_french_ne_pas_avant_for_interrompue_jusqua():
    kinds = problem_kinds(FERRY_FR, "Selon la compagnie, la liaison maritime entre Brévannes et l'île d'Orlac ne reprendra pas avant samedi.")
    assert "negation" not in kinds


def test_spanish_no_for_interrumpido():
    kinds = problem_kinds(TRAIN_ES, "El tren de cercanías entre Alcotas y Merino no circulará hasta el lunes, según la empresa ferroviaria.")
    assert "negation" not in kinds


def test_german_nicht_for_unterbrochen():
    kinds = problem_kinds(BAHN_DE, "Auf der Bahnstrecke zwischen Halverdingen und Ostmark fahren bis Freitag keine Züge, teilte der Betreiber mit.")
    assert "negation" not in kinds


def test_a_negation_the_source_lacks_is_still_caught():
    article = "La liaison maritime entre Brévannes et l'île d'Orlac a repris samedi, a indiqué la compagnie. Le quai a été réparé."
    kinds = problem_kinds(article, "Selon la compagnie, la liaison maritime entre Brévannes et l'île d'Orlac n'a pas repris samedi.")
    assert "negation" in kinds
