"""A predicate joined onto a faithful line that its sources never state (verify/joined_predicates.py):
"... and promised a new leisure centre" is an unsupported addition; a joined predicate the article
states in another sentence, one new word, two nouns joined ("mother and cub"), a line reworded
throughout, and a French article elided onto its noun pass; without WordNet the English check steps
aside (sentences written for this test)."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify import joined_predicates
from summarizer.verify.clauses import clause_support
from summarizer.verify.joined_predicates import joined_predicate
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

POOL = (
    "The city council voted on Monday to close the Northgate swimming pool at the end of June. "
    "The pool, which opened in 1972, needs repairs that the council says it cannot afford. "
    "Deputy mayor Lena Fairbrook said the decision had been painful but unavoidable. "
    "Swimmers who use the pool every morning have started a petition. "
    "A private company has offered to build a leisure centre on the site."
)
SAID = "Deputy mayor Lena Fairbrook said the decision had been painful but unavoidable"

GRANJA = (
    "La cooperativa Valle Alto, que reúne a 210 ganaderos, calcula que sus socios han perdido unos 3.000 euros cada uno. "
    "La sequía ha reducido los pastos a la mitad, según la consejería de Agricultura."
)


def _problems(article: str, line: str) -> list[tuple[str, str]]:
    result = verify(article, [line], checker_settings={"parser": "off"})
    return [(p.kind, p.message) for p in result.problems]


@needs_wordnet
def test_joined_predicates_a_new_predicate_on_a_faithful_line_is_an_addition() -> None:
    line = f"{SAID} and promised to reopen the gym next spring."
    assert ("support", "unsupported addition: “promised to reopen the gym next spring”") in _problems(POOL, line)


@needs_wordnet
def test_joined_predicates_stated_in_another_sentence_passes() -> None:
    # The leisure centre is the article's own claim, in a sentence the line does not cite.
    line = f"{SAID} and offered to let a private company build a leisure centre on the site."
    assert joined_predicate(line, [POOL.split(". ")[2]], [POOL], "english") is None


@needs_wordnet
def test_joined_predicates_one_new_word_passes() -> None:
    assert _problems(POOL, f"{SAID} and regretted it.") == []


@needs_wordnet
def test_joined_predicates_two_nouns_joined_are_no_predicate() -> None:
    article = "Keeper Ann Lowe said the lioness and her cub were doing well and would stay out of public view for a month."
    line = "Ann Lowe said the lioness and cub are in good health."
    assert joined_predicate(line, [article], [article], "english") is None


@needs_wordnet
def test_joined_predicates_a_line_reworded_throughout_passes() -> None:
    # Most of the line's other words are not its source's: a free paraphrase, not one added predicate.
    article = "The boy was rescued by his parents before firefighters and paramedics arrived on the scene."
    line = "His mother and father leapt down and carried him clear before medics came."
    assert joined_predicate(line, [article], [article], "english") is None


def test_joined_predicates_spanish_is_read_lexically() -> None:
    line = "La cooperativa Valle Alto, que reúne a 210 ganaderos, calcula que sus socios han perdido unos 3.000 euros y exigirá ayudas inmediatas."
    sentence = GRANJA.split(". ")[0] + "."
    assert joined_predicate(line, [sentence], [GRANJA], "spanish") == "exigirá ayudas inmediatas"


def test_joined_predicates_spanish_names_joined_pass() -> None:
    line = "La cooperativa Valle Alto, que reúne a 210 ganaderos de Soria y Burgos, calcula que sus socios han perdido unos 3.000 euros."
    assert joined_predicate(line, [GRANJA], [GRANJA], "spanish") is None


def test_joined_predicates_english_steps_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(joined_predicates, "load_wordnet", lambda: None)
    line = f"{SAID} and promised to reopen the gym next spring."
    assert joined_predicate(line, [POOL], [POOL], "english") is None


def test_clauses_an_elided_article_is_cut_off_its_noun() -> None:
    # "l'électricité" holds "électricité": the article written onto the noun makes no other term.
    clauses = clause_support("Le courant est revenu et l'électricité arrive partout.", ["L'électricité arrive partout, et le courant est revenu."], "french")
    assert all(not clause.missing for clause in clauses)
