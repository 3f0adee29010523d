"""Faithful paraphrases that were flagged: "unable to" keeps a "could not"; a speaker named
before a relative clause that names someone else ("who founded Save Our Shelves") speaks, in the
line as in its source ("Adeyemi of Leeds University, who led the trial, said"); French "risque de"
hedges as "pourrait" does. Sentences written for this test."""

from __future__ import annotations

from checking import problem_kinds as _kinds

from summarizer import verify


def test_unable_to_keeps_could_not() -> None:
    article = "A lifeboat from Penmarrow reached the yacht at dawn, guided by a helicopter that could not land in the gale.\n"
    assert "negation" not in _kinds(article, "A lifeboat from Penmarrow reached the yacht at dawn, guided by a helicopter unable to land in the gale.")


def test_a_speaker_before_a_relative_clause_naming_another() -> None:
    article = (
        "The campaign group Keep Our Pools open has asked the council to delay the closure. "
        "Its founder, Harriet Olumide, said 2,900 people had signed a petition."
    )
    line = "Harriet Olumide, who founded Keep Our Pools, said 2,900 people had signed a petition."
    assert "attribution" not in _kinds(article, line)


def test_a_speaker_of_an_organisation_before_a_relative_clause() -> None:
    article = "Dr Owen Pike of Marlow College, who ran the survey, said most pupils slept less than seven hours.\n"
    assert "attribution" not in _kinds(article, "Owen Pike, who ran the survey, said most pupils slept less than seven hours.")


def test_french_risque_de_is_a_hedge() -> None:
    article = "Selon la maire, la fermeture pourrait pousser des familles à partir.\n"
    result = verify(article, "La maire estime que la fermeture risque de pousser des familles à partir.", language="french")
    assert "hedge" not in {p.kind for p in result.problems}
