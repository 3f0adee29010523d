"""A duration written in another unit, in sentences written for this test: "two days" for "48
hours", "two weeks" for "a fortnight" or "14 days", "six months" for "half a year", "18 months" for
"a year and a half", in English, French, German and Spanish. A wrong conversion ("three days" for
"48 hours") is still caught."""

from checking import problem_kinds

from summarizer.verify.spans import time_spans

STRIKE = "Drivers at the Hensley bus depot walked out for 48 hours on Monday over unpaid overtime, the union said."
ROADWORKS = "The bridge on Callow Lane will be closed for a fortnight while its railings are replaced, the council said."
LEASE = "The Marwick Arms will close for half a year while its roof is rebuilt, the brewery said."
TRIAL = "The pilot scheme for free school breakfasts in Ashby ran for a year and a half, the council said."
GREVE = "Les contrôleurs de l'aéroport de Vannes ont cessé le travail pendant 48 heures, selon le syndicat."
SPERRUNG = "Die Brücke über die Lenne bleibt vierzehn Tage lang gesperrt, teilte die Stadt mit."
OBRAS = "La piscina municipal de Torrealba permanecerá cerrada durante año y medio por las obras, según el ayuntamiento."
PLAZO = "El ayuntamiento de Torrealba dio a los vecinos un plazo de seis meses para presentar alegaciones."


def test_days_for_hours():
    assert "number" not in problem_kinds(STRIKE, "Drivers at the Hensley bus depot walked out for two days over unpaid overtime.")


def test_a_wrong_conversion_is_still_caught():
    assert "number" in problem_kinds(STRIKE, "Drivers at the Hensley bus depot walked out for three days over unpaid overtime.")


def test_weeks_and_days_for_a_fortnight():
    assert "number" not in problem_kinds(ROADWORKS, "The bridge on Callow Lane will be closed for two weeks, the council said.")
    assert "number" not in problem_kinds(ROADWORKS, "The bridge on Callow Lane will be closed for 14 days, the council said.")
    assert "number" in problem_kinds(ROADWORKS, "The bridge on Callow Lane will be closed for three weeks, the council said.")


def test_months_for_half_a_year_and_a_year_and_a_half():
    assert "number" not in problem_kinds(LEASE, "The Marwick Arms will close for six months while its roof is rebuilt.")
    assert "number" in problem_kinds(LEASE, "The Marwick Arms will close for eight months while its roof is rebuilt.")
    assert "number" not in problem_kinds(TRIAL, "The free school breakfast pilot in Ashby ran for 18 months, the council said.")
    assert "number" in problem_kinds(TRIAL, "The free school breakfast pilot in Ashby ran for 15 months, the council said.")


def test_french_days_for_hours():
    assert "number" not in problem_kinds(GREVE, "Les contrôleurs de l'aéroport de Vannes ont cessé le travail pendant deux jours.")
    assert "number" in problem_kinds(GREVE, "Les contrôleurs de l'aéroport de Vannes ont cessé le travail pendant trois jours.")


def test_german_weeks_for_days():
    assert "number" not in problem_kinds(SPERRUNG, "Die Brücke über die Lenne bleibt zwei Wochen lang gesperrt.")
    assert "number" in problem_kinds(SPERRUNG, "Die Brücke über die Lenne bleibt drei Wochen lang gesperrt.")


def test_spanish_months_for_a_year_and_a_half_and_half_a_year():
    assert "number" not in problem_kinds(OBRAS, "La piscina municipal de Torrealba permanecerá cerrada durante 18 meses por las obras.")
    assert "number" in problem_kinds(OBRAS, "La piscina municipal de Torrealba permanecerá cerrada durante 12 meses por las obras.")
    assert "number" not in problem_kinds(PLAZO, "El ayuntamiento de Torrealba dio a los vecinos medio año para presentar alegaciones.")


def test_spans_are_read_in_hours():
    read = [(span.number, int(span.hours)) for span in time_spans("48 hours, two days, a fortnight, half a year, 18 months")]
    assert read == [("48", 48), ("2", 48), ("", 336), ("", 4380), ("18", 13140)]
    assert [int(span.hours) for span in time_spans("anderthalb Jahre, ein halbes Jahr", "german")] == [13140, 4380]
