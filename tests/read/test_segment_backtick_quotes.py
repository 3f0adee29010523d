"""Two backticks open a quotation in plain-text corpora (``like this''): after a sentence's end
they start the next sentence, as an opening quote mark does; inside a sentence they split nothing."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_backticks_after_an_end_open_the_next_sentence() -> None:
    sentences = ["Ia tinggal di Pasuruan, Jawa Timur.", "``Apakah kamu sudah makan?'' tanya ibunya."]
    assert _split(" ".join(sentences), "indonesian") == sentences


def test_backticks_inside_a_sentence_split_nothing() -> None:
    one = "Ia hanya berkata ``tidak'' lalu pergi ke pasar."
    assert _split(one, "indonesian") == [one]
