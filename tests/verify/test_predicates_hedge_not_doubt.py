"""Hedge words that voice no doubt where they stand, in sentences written for this test: a modal
of ability under a negation ("ne pourront pas", "no podrán", "could not": it cannot be), and the
conditional of reported speech after a saying word and "que" (the future seen from the past). A
modal of doubt dropped is still caught."""

from checking import problem_kinds as _kinds

CRUE = (
    "La crue de la Sorne a inondé jeudi 300 maisons à Vercel, selon la mairie. "
    "Le maire, Paul Jacquin, a annoncé vendredi que les sinistrés ne pourraient pas être relogés dans l'école, qui est elle aussi inondée. "
    "Il a ajouté qu'une cellule d'aide serait ouverte à la mairie dès lundi. "
    "Paul Jacquin a estimé que les dégâts de la crue pourraient dépasser 8 millions d'euros."
)
PUENTE = (
    "El puente de Arbeca permanecerá cerrado durante seis semanas por obras, informó el martes la Diputación. "
    "Su portavoz, Elena Marcos, dijo que los camiones no podrían usar el desvío por el pueblo. "
    "Marcos aseguró que la obra sería pagada por el Gobierno regional."
)
PIER = (
    "Part of Brookhaven pier collapsed into the sea during a storm on Sunday night, the town council said. "
    "Engineers said the oldest section could not be saved and would be taken down next month."
)


def test_french_negated_ability_modal_is_no_hedge():
    kinds = _kinds(CRUE, "Les sinistrés seront exclus de l'école, elle aussi inondée, a prévenu vendredi le maire Paul Jacquin.")
    assert "hedge" not in kinds


def test_french_conditional_of_reported_speech_is_the_future():
    kinds = _kinds(CRUE, "Une cellule d'aide sera ouverte à la mairie dès lundi, a ajouté le maire.")
    assert "hedge" not in kinds


def test_french_modal_of_doubt_dropped_is_still_caught():
    kinds = _kinds(CRUE, "Les dégâts de la crue dépasseront 8 millions d'euros, a estimé Paul Jacquin.")
    assert "hedge" in kinds


def test_spanish_negated_ability_modal_is_no_hedge():
    kinds = _kinds(PUENTE, "Los camiones tendrán prohibido usar el desvío por el pueblo, dijo la portavoz, Elena Marcos.")
    assert "hedge" not in kinds


def test_english_could_not_is_no_hedge():
    kinds = _kinds(PIER, "The oldest section of Brookhaven pier cannot be saved and will be taken down next month, engineers said.")
    assert "hedge" not in kinds
