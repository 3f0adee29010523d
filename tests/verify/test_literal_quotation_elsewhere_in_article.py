"""A quotation of three words or more that the article holds word for word, though in a sentence
the line does not cite, is the article's quotation: not one the line made up. A shorter one ("very
angry") is as often a stock phrase pinned on another thing, and a quotation the article never
writes is caught as before. Sentences written for these tests."""

from __future__ import annotations

from summarizer.verify.literal import literal_problems

ARTICLE = (
    "The council will close the Bramley swimming pool in March to save £400,000 a year.",
    "Residents said they were very angry about the decision.",
    "Campaigners have called the closure 'a betrayal of every family in the town' and plan a protest on Saturday.",
)


def _kinds(line: str, cited: tuple[str, ...]) -> list[str]:
    return [p.kind for p in literal_problems(line, cited, 1.0, article=ARTICLE)]


def test_a_long_quotation_held_elsewhere_in_the_article_is_no_invention() -> None:
    line = "The council will close the Bramley pool in March, 'a betrayal of every family in the town', campaigners say."
    assert "quotation" not in _kinds(line, ARTICLE[:1])


def test_a_short_stock_phrase_held_elsewhere_is_still_checked_against_the_cited_sentences() -> None:
    line = "The council is 'very angry' about the cost of the Bramley pool."
    assert "quotation" in _kinds(line, ARTICLE[:1])


def test_a_quotation_the_article_never_writes_is_caught() -> None:
    line = "The council will close the Bramley pool in March, 'an attack on every family in the town', campaigners say."
    assert "quotation" in _kinds(line, ARTICLE[:1])
