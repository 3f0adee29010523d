"""A figure beside a word of its source sentence is that word's own where no other figure stands
nearer to the word there: a date nearer to it is no figure the line could have swapped ("a 9
percent rise in sales on Tuesday, citing strong demand for bicycles" gives "demand" no figure
but 9). A date keeps every rival: one beside a word whose nearest date is another one is still moved
(and one whose word has a figure nearer: test_relations_anchored_dates_fragments.py). Sentences written for this test."""

from __future__ import annotations

from summarizer import verify
from summarizer.verify.verification import make_checker

SALES = "Velo Group reported a 9 percent rise in first-half sales on Tuesday, citing strong demand for electric bicycles in Germany."
SEASONS = "Velo Group said sales rose 9 percent in March, and that demand for electric bicycles peaked in June."


def _kinds(article: str, line: str, parser: str) -> list[str]:
    checked = verify(article, line, checker=make_checker("default", parser=parser))
    return [problem.kind for one in checked.lines for problem in one.problems]


def test_a_date_nearer_to_the_word_is_no_rival_of_a_figure() -> None:
    line = "Velo Group said first-half sales rose 9% as demand for electric bicycles in Germany was strong."
    assert _kinds(SALES, line, "off") == []
    assert _kinds(SALES, line, "auto") == []


def test_a_date_whose_word_has_another_date_nearer_is_still_moved() -> None:
    line = "Velo Group said sales rose 9 percent in June, as demand for electric bicycles peaked."
    assert "circumstance" in _kinds(SEASONS, line, "off")

