"""English marks that open the sentence after them, whatever Punkt learned: a postscript's
("P.S. I am moving", "PS. Love it") and the plural title "Drs."; a word that only ends in "PS"
("GPS.") still ends its sentence."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_postscript_mark_and_drs_open_the_sentence_after_them() -> None:
    note = ["Thanks again for the lovely evening.", "P.S. I am moving back to Calgary in May."]
    assert _split(" ".join(note)) == note
    assert _split("Great visit. PS. Love the new website!") == ["Great visit.", "PS. Love the new website!"]
    clinic = "We saw Drs. Ali and Khan last week."
    assert _split(clinic) == [clinic]


def test_a_word_ending_in_ps_still_ends_a_sentence() -> None:
    sentences = ["The car lost its GPS.", "We found the way back by the stars."]
    assert _split(" ".join(sentences)) == sentences
