"""A negation said by a word's meaning, in sentences written for this test: "has suspended its
tours" says it will not run them, "bleibt geschlossen" that it does not open, "barred from
driving" that he may not drive (`Language.privative_words`, and with the parse a verb that keeps
its "from" complement from happening). Either side may say it with "not"; a negation that
neither side's words carry is still caught."""

from checking import parsed_problem_kinds, problem_kinds

FERRY = (
    "Tollan Ferries has suspended all its crossings to Inchmara until the harbour wall is repaired, the operator said on Monday. "
    "Islanders must book seats on the council's supply boat in the meantime."
)
DRIVER = (
    "A bus driver who crashed into a shop in Wexby has been barred from driving for public transport until an inquiry ends, "
    "the Traffic Commissioner said. Nobody was hurt in the crash."
)
DRIVER_NOT = (
    "A bus driver who crashed into a shop in Wexby must not drive for public transport until an inquiry ends, "
    "the Traffic Commissioner said. Nobody was hurt in the crash."
)
HALLE = (
    "Die Eishalle von Marbeck bleibt in diesem Winter geschlossen, wie die Stadt am Freitag mitteilte. "
    "Die Kältemaschine muss ersetzt werden."
)
MUSEE = (
    "Le musée de la Dentelle de Vourières restera fermé jusqu'en avril, a annoncé la mairie lundi. "
    "La toiture doit être refaite."
)
PISCINA = (
    "La piscina municipal de Arbeca seguirá cerrada durante todo el verano, informó el ayuntamiento el jueves. "
    "Hay que cambiar el sistema de filtrado."
)
CAUSE = (
    "A fire destroyed a timber yard in Hollin Cross overnight, the fire service said. "
    "The cause of the fire remains unknown, a spokesman said."
)


def test_not_for_a_source_that_suspends():
    kinds = problem_kinds(FERRY, "Tollan Ferries will not run any crossings to Inchmara until the harbour wall is repaired.")
    assert "negation" not in kinds


def test_not_where_the_source_negates_nothing_is_still_caught():
    kinds = problem_kinds(FERRY, "Islanders must not book seats on the council's supply boat in the meantime.")
    assert "negation" in kinds


def test_german_nicht_for_geschlossen():
    kinds = problem_kinds(HALLE, "Die Eishalle von Marbeck öffnet in diesem Winter nicht, teilte die Stadt am Freitag mit.")
    assert "negation" not in kinds


def test_french_pas_for_ferme():
    kinds = problem_kinds(MUSEE, "Le musée de la Dentelle de Vourières n'ouvrira pas avant avril, selon la mairie.")
    assert "negation" not in kinds


def test_spanish_no_for_cerrada():
    kinds = problem_kinds(PISCINA, "La piscina municipal de Arbeca no abrirá en todo el verano, informó el ayuntamiento.")
    assert "negation" not in kinds


def test_not_known_for_remains_unknown():
    kinds = problem_kinds(CAUSE, "A spokesman for the fire service said the cause of the fire was not yet known.")
    assert "negation" not in kinds


def test_barred_from_driving_keeps_must_not_drive():
    kinds = parsed_problem_kinds(DRIVER_NOT, "The Wexby bus driver has been barred by the Traffic Commissioner from driving for public transport until an inquiry ends.")
    assert "negation" not in kinds


def test_must_not_drive_keeps_barred_from_driving():
    kinds = parsed_problem_kinds(DRIVER, "The Traffic Commissioner said the bus driver must not drive for public transport until an inquiry ends.")
    assert "negation" not in kinds


def test_driving_again_where_the_source_bars_it_is_still_caught():
    kinds = parsed_problem_kinds(DRIVER_NOT, "The Traffic Commissioner said the bus driver may drive for public transport until an inquiry ends.")
    assert "negation" in kinds
