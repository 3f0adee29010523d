"""Numbers written in words, in sentences written for this test: a compound number word is one
value ("thirty-four", "vierundzwanzig", "vingt-sept", "treinta y dos"), "no one" counts nobody,
and a word that holds a count in the source ("once a fortnight") is that count. A number word
for another value is still caught."""

from checking import problem_kinds

FLATS = (
    "Thirty-four flats in Corbury Court were left without heating on Sunday after a boiler failed, the housing trust said. "
    "Engineers expect to restore it by Wednesday."
)
FLATS_DIGITS = (
    "34 flats in Corbury Court were left without heating on Sunday after a boiler failed, the housing trust said. "
    "Nobody was taken to hospital."
)
BUS = "The council said the village bus would run once a fortnight from May, instead of every week."
SCHULE = "Vierundzwanzig Schüler der Realschule Bärnau sind am Montag an Grippe erkrankt, teilte das Schulamt mit."
ECOLE = "Vingt-sept élèves du collège de Murel ont été évacués jeudi après une fuite de gaz, selon la mairie."
FERIA = "Treinta y dos expositores participarán en la feria del libro de Aldeanueva, según informó el ayuntamiento."


def test_a_compound_number_word_for_the_digits():
    assert "number" not in problem_kinds(FLATS_DIGITS, "Thirty-four flats in Corbury Court were left without heating on Sunday.")


def test_digits_for_a_compound_number_word():
    assert "number" not in problem_kinds(FLATS, "34 flats in Corbury Court were left without heating on Sunday, the housing trust said.")


def test_another_compound_is_still_caught():
    assert "number" in problem_kinds(FLATS_DIGITS, "Thirty-five flats in Corbury Court were left without heating on Sunday.")


def test_no_one_is_not_the_figure_one():
    assert "number" not in problem_kinds(FLATS_DIGITS, "No one was taken to hospital, the housing trust said.")


def test_every_two_weeks_for_once_a_fortnight():
    assert "number" not in problem_kinds(BUS, "The village bus will run every two weeks from May, the council said.")


def test_german_digits_for_a_glued_number_word():
    assert "number" not in problem_kinds(SCHULE, "24 Schüler der Realschule Bärnau sind am Montag an Grippe erkrankt.")


def test_german_other_digits_are_still_caught():
    assert "number" in problem_kinds(SCHULE, "42 Schüler der Realschule Bärnau sind am Montag an Grippe erkrankt.")


def test_french_digits_for_vingt_sept():
    assert "number" not in problem_kinds(ECOLE, "27 élèves du collège de Murel ont été évacués jeudi après une fuite de gaz.")


def test_spanish_digits_for_treinta_y_dos():
    assert "number" not in problem_kinds(FERIA, "En la feria del libro de Aldeanueva participarán 32 expositores, informó el ayuntamiento.")


def test_seven_days_for_a_week():
    article = "The fault was found on 3 March and fixed a week later, the trust said."
    assert "number" not in problem_kinds(article, "The fault was found on 3 March and fixed seven days later.")


def test_other_days_for_a_week_are_still_caught():
    article = "The fault was found on 3 March and fixed a week later, the trust said."
    assert "number" in problem_kinds(article, "The fault was found on 3 March and fixed nine days later.")


GRID = (
    "About 300 volunteers joined the clean-up of the Harwick estuary on Saturday, the trust said. "
    "The storm on Thursday had left 2,500 homes in the valley without power."
)


def test_hundreds_and_thousands_in_words_for_the_digits():
    assert "number" not in problem_kinds(GRID, "About three hundred volunteers joined the clean-up of the Harwick estuary on Saturday.")
    kinds = problem_kinds(GRID, "The storm on Thursday left two thousand five hundred homes in the valley without power.")
    assert "number" not in kinds and "quantity" not in kinds
    assert "number" not in problem_kinds(GRID, "The storm on Thursday left some twenty-five hundred homes in the valley without power.")


def test_another_hundred_in_words_is_still_caught():
    assert "number" in problem_kinds(GRID, "About four hundred volunteers joined the clean-up of the Harwick estuary on Saturday.")
    assert "number" in problem_kinds(GRID, "The storm on Thursday left two thousand homes in the valley without power.")
