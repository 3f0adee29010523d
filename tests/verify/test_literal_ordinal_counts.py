"""An ordinal in a source holds a count: "its fourth cancellation since January" says it was
cancelled four times, French "la cinquième panne" five breakdowns, Spanish "la tercera huelga"
three strikes, German "die dritte Verschiebung" three delays (`Language.ordinal_numbers`), where the line
counts the same things or how often. Another count, or the ordinal's number put on other things,
is still caught. Sentences written for this test."""

from checking import problem_kinds

FERRY = (
    "The ferry crossing to Tamsey was cancelled on Sunday because of high winds, its fourth cancellation "
    "since January. Passengers were offered refunds."
)
CABLE_CAR = (
    "Le téléphérique du Mont Arvel est de nouveau à l'arrêt depuis lundi. Il s'agit de la cinquième panne "
    "de l'installation depuis l'été."
)
BUSES = "Los conductores de autobús de Lerma volvieron a parar el viernes. Es la tercera huelga del sector desde marzo."
CONCERT = (
    "Das Open-Air-Konzert in Bramstedt wurde am Freitag erneut verschoben. Es ist bereits die dritte "
    "Verschiebung seit dem Frühjahr."
)


def test_the_count_an_ordinal_holds_passes():
    assert problem_kinds(FERRY, "The ferry crossing to Tamsey has been cancelled four times since January, most recently on Sunday because of high winds.") == []
    assert problem_kinds(CABLE_CAR, "Le téléphérique du Mont Arvel est tombé en panne à cinq reprises depuis l'été.") == []
    assert problem_kinds(BUSES, "Los conductores de autobús de Lerma han ido a la huelga tres veces desde marzo.") == []
    assert problem_kinds(CONCERT, "Seit dem Frühjahr gab es bereits drei Verschiebungen des Open-Air-Konzerts in Bramstedt.") == []


def test_another_count_is_still_caught():
    assert "number" in problem_kinds(FERRY, "The ferry crossing to Tamsey has been cancelled five times since January, most recently on Sunday because of high winds.")
    assert "number" in problem_kinds(CABLE_CAR, "Le téléphérique du Mont Arvel est tombé en panne à six reprises depuis l'été.")
    assert "number" in problem_kinds(BUSES, "Los conductores de autobús de Lerma han ido a la huelga cuatro veces desde marzo.")
    assert "number" in problem_kinds(CONCERT, "Seit dem Frühjahr gab es bereits vier Verschiebungen des Open-Air-Konzerts in Bramstedt.")


def test_the_ordinals_number_on_other_things_is_caught():
    assert "number" in problem_kinds(FERRY, "Four ferry crossings to Tamsey were cancelled on Sunday because of high winds.")
