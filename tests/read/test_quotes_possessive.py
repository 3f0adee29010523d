"""An s' closes a single quotation before a full stop or comma ("‘wholly ludicrous’."); before a
word it may be a plural's apostrophe ("the players’ union") and closes only if nothing later does."""

from __future__ import annotations

from summarizer import Summarizer
from summarizer.extract.candidates import candidate_weights
from summarizer.extract.units import quotation_units
from summarizer.read.quotes import quotations

TEXT = (
    "The harbour master called the plan \u2018wholly ludicrous\u2019. "
    "Ferry crews\u2019 leaders met the council on Monday to discuss the new timetable for the winter. "
    "The council said it would publish its answer next week, after the ferry company\u2019s board meets."
)


def test_s_apostrophe_before_a_full_stop_closes_the_quotation() -> None:
    found, strays = quotations(TEXT)
    close = TEXT.index("\u2019.") + 1
    assert [(q.start, q.end) for q in found] == [(TEXT.index("\u2018"), close)] and not strays


def test_sentences_after_it_are_not_pieces_of_a_quotation() -> None:
    document, _ = quotation_units(Summarizer().read(TEXT))
    assert len(document.sentences) == 3
    assert [c.reason for c in candidate_weights(document)][1:] == [None, None]


def test_plural_apostrophe_before_a_word_still_waits() -> None:
    # "players’ union" is a possessive: the quotation closes at the later mark.
    text = "She called the \u2018players\u2019 union deal\u2019 a step forward."
    found, _ = quotations(text)
    assert [(q.start, q.end) for q in found] == [(text.index("\u2018"), text.index("deal\u2019") + 5)]
    text = "Fans of the \u2018Blues\u2019, as the club is known, were told on Monday."
    found, _ = quotations(text)
    assert [(q.start, q.end) for q in found] == [(text.index("\u2018"), text.index("\u2019,") + 1)]
