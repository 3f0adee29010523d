"""A day's ordinal before a month's Roman numeral and a year is a date ("19. XI 1997", as Estonian,
Polish or Czech write them): the sentence goes on after the day's dot. A Roman numeral without a
year after it is left to the other rules."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_day_before_a_roman_month_and_a_year_goes_on() -> None:
    estonian = ["Maja valmis sügisel.", "3. I 2004 avati see külastajatele.", "Pilet maksis 5 eurot."]
    assert _split(" ".join(estonian), "estonian") == estonian
    polish = ["Most otwarto 12. XI 1998 w obecności ministra."]
    assert _split(polish[0], "polish") == polish
