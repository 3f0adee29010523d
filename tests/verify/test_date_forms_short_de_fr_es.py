"""Months written short in German, French and Spanish ("5. Jan.", "12 déc.", "3 de sept."): the
same date as the month in full, either way round; another month is still caught; "sept" alone
(seven) and "mar" alone (the sea) are no dates. Sentences written for this test."""

import pytest

from summarizer import verify
from summarizer.verify.date_forms import short_dates

CASES = [
    # (language, article with the short form, line with the month in full, line with another month)
    ("de", "Der Kreistag entscheidet am 5. Jan. über die neue Buslinie, sagte die Landrätin.",
     "Der Kreistag entscheidet am 5. Januar über die neue Buslinie.",
     "Der Kreistag entscheidet am 5. Februar über die neue Buslinie."),
    ("de", "Die Fähre nach Sylt fährt ab dem 12. Dez. wieder nach Plan, teilte die Reederei mit.",
     "Die Fähre nach Sylt fährt ab dem 12. Dezember wieder nach Plan.",
     "Die Fähre nach Sylt fährt ab dem 12. November wieder nach Plan."),
    ("fr", "Le conseil départemental votera le 5 janv. la création d'une nouvelle ligne de bus, a indiqué la présidente.",
     "Le conseil départemental votera le 5 janvier la création d'une nouvelle ligne de bus.",
     "Le conseil départemental votera le 5 février la création d'une nouvelle ligne de bus."),
    ("fr", "Le bac reprendra son service normal le 12 déc., a annoncé la compagnie.",
     "Le bac reprendra son service normal le 12 décembre, a annoncé la compagnie.",
     "Le bac reprendra son service normal le 12 novembre, a annoncé la compagnie."),
    ("es", "El pleno votará el 5 ene. la nueva línea de autobús, según la presidenta de la diputación.",
     "El pleno votará el 5 de enero la nueva línea de autobús, según la presidenta de la diputación.",
     "El pleno votará el 5 de febrero la nueva línea de autobús, según la presidenta de la diputación."),
    ("es", "El transbordador volverá a su horario habitual el 3 de sept., anunció la naviera.",
     "El transbordador volverá a su horario habitual el 3 de septiembre, anunció la naviera.",
     "El transbordador volverá a su horario habitual el 3 de octubre, anunció la naviera."),
]


def _date_problems(article: str, line: str, language: str) -> list[str]:
    result = verify(article, [line], language=language, checker_settings={"parser": "off"})
    return [p.message for checked in result.lines for p in checked.problems if p.kind == "date"]


@pytest.mark.parametrize(("language", "article", "same", "other"), CASES)
def test_the_month_in_full_matches_its_short_form_in_the_source(language, article, same, other):
    assert _date_problems(article, same, language) == []


@pytest.mark.parametrize(("language", "article", "same", "other"), CASES)
def test_another_month_is_still_caught(language, article, same, other):
    assert _date_problems(article, other, language)


def test_a_short_month_in_the_line_is_checked_against_the_source():
    article = "Le bac reprendra son service normal le 12 décembre, a annoncé la compagnie."
    assert _date_problems(article, "Le bac reprendra son service normal le 12 nov., a annoncé la compagnie.", "fr")


def test_small_letters_are_read_only_after_a_day_number():
    assert short_dates("Ils étaient sept. Le soir, ils sont partis.", "fr") == frozenset()
    assert short_dates("Nadaron en el mar. Luego volvieron.", "es") == frozenset()
    assert short_dates("Le vote aura lieu le 1er sept. à Lyon.", "fr") == {"septembre"}
    assert short_dates("La votación será el 3 de sept. en Sevilla.", "es") == {"septiembre"}
    assert short_dates("Die Wahl ist am 5. Jan. und am 2. Febr.", "de") == {"januar", "februar"}
    assert short_dates("Ab Dez. 2025 fährt der Bus.", "de") == {"dezember"}
