"""News describes a person first and names them in the next sentence ("A former treasurer has
been jailed ..." / "Owen Marsh, 61, admitted ..."): a line that joins the name to the first
sentence's facts has invented no relation. Sentences written for this test."""

from __future__ import annotations

from summarizer import verify

ARTICLE = (
    "A court in Dunmere has jailed a former treasurer for four years for stealing £310,000 from a rowing club.\n\n"
    "Owen Marsh, 61, of Keswater, admitted 11 counts of fraud in March.\n\n"
    "The club has since sold its second boathouse."
)


def _relation_problems(article: str, line: str) -> list[str]:
    return [p.message for p in verify(article, line).problems if p.kind == "relation"]


def test_the_name_of_the_next_sentence_stands_for_the_description() -> None:
    assert _relation_problems(ARTICLE, "Former treasurer Owen Marsh has been jailed for four years for stealing £310,000 from a rowing club.") == []


def test_a_name_two_sentences_on_does_not() -> None:
    article = ARTICLE.replace("Owen Marsh, 61, of Keswater, admitted", "The club said the money was never recovered.\n\nOwen Marsh, 61, of Keswater, admitted")
    assert _relation_problems(article, "Former treasurer Owen Marsh has been jailed for four years for stealing £310,000 from a rowing club.")
