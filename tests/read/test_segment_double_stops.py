"""Two full stops after a word before a capital end a sentence: a hurried writer's full stop, or an
abbreviation's dot followed by the sentence's. Before a lowercase word the sentence goes on, as it
does after a row of dots in loose writing."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_two_full_stops_before_a_capital_end_a_sentence() -> None:
    polish = ["Nie mam pojęcia, gdzie on jest..", "Może pojechał do matki.", "Sprawdzę jutro..", "– Dobrze, zadzwoń."]
    assert _split(" ".join(polish), "polish") == polish
    danish = ["Billetten koster 450 kr..", "Det er for dyrt for mange familier."]
    assert _split(" ".join(danish), "danish") == danish


def test_two_full_stops_before_a_lowercase_word_go_on() -> None:
    one = "Czekałem na niego.. ale nie przyszedł wcale."
    assert _split(one, "polish") == [one]
