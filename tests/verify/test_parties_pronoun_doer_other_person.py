"""A pronoun that means the person the line names before it, doing what a cited sentence has
another named person do: "Mara Quint found the leak in May, and she is now drying every book
..." where the source has "Ostrow is drying every book ..." (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.parties import pronoun_doer_problems

ARTICLE = (
    "Water from a burst pipe has damaged about 2,000 books at the Kelsall town library, its trustees said. "
    "The leak was found in early May by librarian Mara Quint, who saw water running down a shelf of atlases. "
    "The library has hired paper conservator Dr Ivo Ostrow. "
    "Ostrow is drying every book in a cold room for two weeks at his workshop in Brantley to stop mould from spreading."
)


def test_parties_pronoun_doer_other_person_caught() -> None:
    line = "Mara Quint found the leak in early May, and she is now drying every book in a cold room for two weeks to stop mould from spreading."
    assert "coreference" in problem_kinds(ARTICLE, line)


def test_parties_pronoun_doer_same_person_passes() -> None:
    line = "Dr Ivo Ostrow was hired by the library, and he is now drying every book in a cold room for two weeks to stop mould from spreading."
    assert "coreference" not in problem_kinds(ARTICLE, line)


def test_parties_pronoun_doer_french_caught() -> None:
    source = "Ostrow fait sécher chaque livre dans une salle froide pendant deux semaines."
    line = "Mara Quint a découvert la fuite en mai, et elle fait sécher chaque livre dans une salle froide."
    article = ["La bibliothèque a engagé le restaurateur Ivo Ostrow.", source]
    assert [p.kind for p in pronoun_doer_problems(line, [source], article, "french")] == ["coreference"]
