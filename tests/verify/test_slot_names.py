"""A name put in the slot where the cited sentence has another party's name ("a film by Ivo
Brandt" where it has "a film by the director Marta Kessel") is a `relation` problem; another part
of the same name, an acronym the article spells out and the name itself pass; in German, which
capitalises every noun, a common noun is no name (sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.slot_swaps import slot_name_problems

ARTICLE = (
    "The festival's top prize went to “Low Tide”, a film by the director Marta Kessel.",
    "The jury was chaired by Ivo Brandt, who called the choice unanimous.",
    "Tickets were sold by the Northern Rail Company (NRC) at every station.",
)


def _names(line: str, source: str, language: str = "english") -> list[str]:
    return [problem.message for problem in slot_name_problems(line, [source], ARTICLE, language)]


def test_slot_names_another_party_in_the_slot_is_a_relation_problem() -> None:
    assert _names("The festival's top prize went to “Low Tide”, a film by Ivo Brandt.", ARTICLE[0]) == [
        "relation not in its sources: the line has “Ivo Brandt” where its source has “director Marta Kessel”"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The festival's top prize went to “Low Tide”, a film by Marta Kessel.",  # the same name
        "The festival's top prize went to “Low Tide”, a film by the director Kessel.",
        "The festival's top prize went to “Low Tide”, a film by Marta.",  # a part of the same name
    ],
)
def test_slot_names_the_same_party_passes(line: str) -> None:
    assert _names(line, ARTICLE[0]) == []


def test_slot_names_an_acronym_the_article_spells_out_passes() -> None:
    assert _names("Tickets were sold by NRC at every station.", "Tickets were sold by the Northern Rail Company at every station.") == []


def test_slot_names_reported_by_verify_in_french() -> None:
    article = (
        "Le prix du jury est revenu à « Marée basse », un film de la réalisatrice Marta Kessel. "
        "Le jury était présidé par Ivo Brandt, qui a salué un choix unanime."
    )
    assert "relation" in problem_kinds(article, "Le prix du jury est revenu à « Marée basse », un film de Ivo Brandt.")
    assert "relation" not in problem_kinds(article, "Le prix du jury est revenu à « Marée basse », un film de Marta Kessel.")


def test_german_common_nouns_are_no_names() -> None:
    # Every German noun has a capital: "der Wasserverband" for "das Land" is no name for a name.
    line = "Die Landrätin verlangte, dass sich der Wasserverband an den Kosten beteiligt."
    source = "Die Landrätin verlangte, dass sich das Land an den Kosten beteiligt."
    assert slot_name_problems(line, [source], (source,), "german") == []


CONGRES = (
    "Le congrès a réuni 900 médecins au palais des congrès de Valmont, en bordure du lac. "
    "Le prochain congrès pourrait se tenir à Sarlieu, selon les organisateurs."
)


def test_a_name_put_where_the_source_clause_ends_before_a_comma_is_caught():
    # The line ends where its source's clause ends: the slot is that clause's last name.
    assert problem_kinds(CONGRES, "Le congrès a réuni 900 médecins au palais des congrès de Sarlieu.")


def test_the_source_clause_cut_before_its_comma_passes():
    assert not problem_kinds(CONGRES, "Le congrès a réuni 900 médecins au palais des congrès de Valmont.")
