"""Sentence ends that the shared (non-English) rules used to miss or invent, each a general rule
of the language's writing, in sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A German ordinal after an article or preposition goes on before its (capitalised) noun...
        ("de", "Die Kantine im 4. Stock ist neu. Sie öffnet um acht.", ["Die Kantine im 4. Stock ist neu.", "Sie öffnet um acht."]),
        ("de", "Er sprach auf der 12. Landeskonferenz in Kiel.", ["Er sprach auf der 12. Landeskonferenz in Kiel."]),
        # ...but a place or a score ends the sentence before a name.
        ("de", "Sie landete auf Platz 7. Bergmann wurde Achter.", ["Sie landete auf Platz 7.", "Bergmann wurde Achter."]),
        # "Std." (hours) after a number goes on before a noun, and ends a sentence before a word
        # that opens one.
        ("de", "Ich nehme lieber 3 Std. Anfahrt in Kauf.", ["Ich nehme lieber 3 Std. Anfahrt in Kauf."]),
        ("de", "Die Fahrt dauerte 3 Std. Danach schliefen alle.", ["Die Fahrt dauerte 3 Std.", "Danach schliefen alle."]),
        # A short abbreviation first in a bracket (or after a comma there) is no sentence end.
        ("fi", "Kaupunki (lat. Aurelia, ven. Аурелия) on vanha.", ["Kaupunki (lat. Aurelia, ven. Аурелия) on vanha."]),
        ("pl", "Dom Kultury (proj. K. Nowak) otwarto w maju.", ["Dom Kultury (proj. K. Nowak) otwarto w maju."]),
        # A list number after a colon opens its item.
        ("fi", "Toimi näin: 1. Avaa sivu. 2. Kirjoita nimi.", ["Toimi näin: 1. Avaa sivu.", "2. Kirjoita nimi."]),
        # Norwegian, Danish and Swedish "i" may end a sentence (a preposition left at the end).
        ("no", "Det er en sak vi ikke har tatt tak i. Nå skal det skje.", ["Det er en sak vi ikke har tatt tak i.", "Nå skal det skje."]),
        ("da", "Det er et hus jeg gerne vil bo i. Nu er det solgt.", ["Det er et hus jeg gerne vil bo i.", "Nu er det solgt."]),
        # A unit after a number ends a sentence before a function word, also where the language's
        # Punkt model learned no sentence starters (Russian); not before an initial.
        ("ru", "Поездка заняла 40 мин. Но в пути они пели.", ["Поездка заняла 40 мин.", "Но в пути они пели."]),
        ("fr", "Le temple fut bâti en 480 av. J.-C. par les colons.", ["Le temple fut bâti en 480 av. J.-C. par les colons."]),
        # "etc." before a capital ends a Spanish or Portuguese sentence.
        ("es", "Venden tomates, pepinos, etc. Carmen los trae del huerto.", ["Venden tomates, pepinos, etc.", "Carmen los trae del huerto."]),
        ("pt", "Vendem tomates, pepinos, etc. Joana traz da horta.", ["Vendem tomates, pepinos, etc.", "Joana traz da horta."]),
        # Romanian, read by sentencex, which lacks a Romanian list and borrows English abbreviations
        # ("Gen.", "Sens."): a lowercase word ends a sentence; Romanian's own abbreviations do not.
        ("ro", "Nu avea niciun sens. Ana a plecat acasă.", ["Nu avea niciun sens.", "Ana a plecat acasă."]),
        ("ro", "A vorbit dl. Popescu despre art. 15 alin. (5) din lege.", ["A vorbit dl. Popescu despre art. 15 alin. (5) din lege."]),
        # Vietnamese and Indonesian titles and places.
        ("vi", "Ông Nam sống ở TP. HCM từ năm 2001. Ông làm thợ mộc.", ["Ông Nam sống ở TP. HCM từ năm 2001.", "Ông làm thợ mộc."]),
        ("id", "Rumahnya di Jl. Merdeka dekat kantor Prof. Ir. Sutomo. Dia guru.", ["Rumahnya di Jl. Merdeka dekat kantor Prof. Ir. Sutomo.", "Dia guru."]),
        # An ellipsis that closes a quotation ends the sentence before a capital.
        ("cs", '"Vezmi cokoliv, třeba čaj..." "Mělo by to být na nervy," řekla.', ['"Vezmi cokoliv, třeba čaj..."', '"Mělo by to být na nervy," řekla.']),
    ],
)
def test_shared_rules_split_as_people_do(language: str, text: str, expected: list[str]) -> None:
    assert _split(text, language) == expected


def test_a_dialogue_dash_inside_a_quotation_opens_a_sentence_of_its_own() -> None:
    text = "«Запасів вистачить на два місяці, — каже Петро Коваль. — Але цього року їх менше.»"
    assert _split(text, "uk") == [
        "«Запасів вистачить на два місяці, — каже Петро Коваль.",
        "— Але цього року їх менше.»",
    ]


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_run_of_end_marks_stays_with_its_sentence(language: str) -> None:
    # Punkt leaves the run's last mark alone at a paragraph's end or after a space.
    assert _split("What a day!!!", language) == ["What a day!!!"]
    assert _split("Great service !! We will come back.", language) == ["Great service !!", "We will come back."]
