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


def test_a_name_glued_to_a_lowercase_word_is_the_name() -> None:
    article = "The clocks, made in Geneva in the 1790s, were lent by the Ashworth trust.\n"
    assert "name" not in _kinds(article, "The Geneva-made clocks were lent by the Ashworth trust.")
    assert "name" in _kinds(article, "The Basel-made clocks were lent by the Ashworth trust.")
    place = "The couple lived in Wells-next-the-Sea, Norfolk, the court heard.\n"
    assert "name" not in _kinds(place, "The couple lived in Wells-next-the-Sea.")


def test_the_body_named_by_its_own_noun_speaks() -> None:
    article = "Kelso Wildlife Park will send its two rhinos to Poland by June, the park said on Monday.\n"
    assert "attribution" not in _kinds(article, "Kelso Wildlife Park announced on Monday that its two rhinos will go to Poland by June.")


def test_a_speaker_before_a_participle_phrase_naming_another() -> None:
    article = "Calder's lawyer, Nina Frost, said her client had not known a permit was needed and had spent £9,000 on repairs.\n"
    line = "Nina Frost, representing Calder, said her client had been unaware that a permit was needed and had spent £9,000 on repairs."
    assert "attribution" not in _kinds(article, line)
