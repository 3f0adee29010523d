"""A post named without the prefix that makes it the article's ("the chancellor" where the article
has only "vice-chancellor"; French "le préfet" for "le sous-préfet") is another person's post:
`substitution`. Where the article also writes the bare word, or the line keeps the prefix, it
passes. Sentences written for this test."""

from __future__ import annotations

from summarizer import verify

COLLEGE = (
    "Marlow College will close its drama school next year, it said on Friday. "
    "Vice-chancellor Dr Ines Roper said applications had fallen by a third since 2020."
)
BOTH = COLLEGE + " The chancellor, Lord Amis, backed the decision."
PREFET = "Le sous-préfet Marc Lenoir a annoncé la fermeture de la route jusqu'à lundi."


def _kinds(article: str, line: str) -> set[str]:
    return {p.kind for checked in verify(article, line).lines for p in checked.problems}


def test_a_rank_without_its_prefix_is_a_substitution() -> None:
    assert "substitution" in _kinds(COLLEGE, "The college's chancellor, Dr Ines Roper, said applications had fallen by a third since 2020.")
    assert "substitution" in _kinds(PREFET, "Le préfet Marc Lenoir a annoncé la fermeture de la route jusqu'à lundi.")


def test_the_rank_with_its_prefix_passes() -> None:
    assert "substitution" not in _kinds(COLLEGE, "The college's vice-chancellor, Dr Ines Roper, said applications had fallen by a third since 2020.")


def test_a_bare_word_the_article_also_writes_passes() -> None:
    assert "substitution" not in _kinds(BOTH, "The chancellor, Lord Amis, backed the decision.")
