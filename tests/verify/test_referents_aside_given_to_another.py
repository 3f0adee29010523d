"""An aside between commas that the article gives one name, given by a line to another name, is a
`coreference` problem; the same aside on its own name passes, and commas that open a clause, a
date or a speaker are no aside (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.referents import aside_problems

ARTICLE = [
    "The bowls club at Fenwick Green will lose its grounds in April.",
    "Club president Martin Rusk said the members were stunned.",
    "Veteran player Alma Stroud, a member of the club for 40 years, said the town was losing a part of itself.",
]


def test_referents_an_aside_given_to_another_name_is_a_coreference_problem() -> None:
    line = "Martin Rusk, a member of the club for 40 years, said the members were stunned."
    assert [p.message for p in aside_problems(line, ARTICLE)] == [
        "coreference not in its sources: “a member of the club for 40 years” is said of Alma Stroud in the article, not Martin Rusk"
    ]
    assert "coreference" in problem_kinds(" ".join(ARTICLE), line)


def test_referents_the_aside_on_its_own_name_passes() -> None:
    line = "Alma Stroud, a club member for 40 years, said the town was losing part of itself."
    assert aside_problems(line, ARTICLE) == []
    assert "coreference" not in problem_kinds(" ".join(ARTICLE), line)


def test_referents_an_aside_the_article_gives_to_both_names_passes() -> None:
    article = [*ARTICLE, "Martin Rusk, a member of the club for 40 years, chairs its committee."]
    assert aside_problems("Martin Rusk, a member of the club for 40 years, said the members were stunned.", article) == []


def test_referents_a_clause_a_date_or_a_speaker_after_a_comma_is_no_aside() -> None:
    article = [
        "A fire has burned 900 hectares near Elm Ridge, and 120 people were moved from Tarn Cross, officials said.",
        "The trust will sell the mill on Saturday, the largest sale of its kind this decade, agents said.",
        "Kessel Foods will buy Marlow Dairies, the two companies said on Monday, for £40m.",
    ]
    assert aside_problems("Fires burned near Tarn Cross, and 120 people were moved from Elm Ridge, officials said.", article) == []
    assert aside_problems("The trust sells the mill in June, the largest sale of its kind this decade, agents said.", article) == []
    assert aside_problems("Marlow Dairies will buy Kessel Foods, the two companies said on Monday, for £40m.", article) == []


def test_referents_a_french_apposition_given_to_another_name() -> None:
    article = [
        "Le président du club, Gilles Arnoux, a déclaré que les joueurs étaient inquiets.",
        "La championne Maud Perrin, licenciée au club depuis 25 ans, a regretté la décision.",
    ]
    line = "Gilles Arnoux, licencié au club depuis 25 ans, a déclaré que les joueurs étaient inquiets."
    assert [p.kind for p in aside_problems(line, article, "french")] == ["coreference"]
