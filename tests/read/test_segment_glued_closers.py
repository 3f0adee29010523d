"""Sentences glued after a closing quote or bracket ('la "crise".Le', "(NATO).The") are split like
"pays.Pour": scraped news joins paragraphs that way in every language."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "french",
            'Le ministre parle d\'une "crise durable".Le conseil se réunira lundi.',
            ['Le ministre parle d\'une "crise durable".', "Le conseil se réunira lundi."],
        ),
        (
            "english",
            "The report went to the alliance (NATO).The ministers meet again in May.",
            ["The report went to the alliance (NATO).", "The ministers meet again in May."],
        ),
        (
            "german",
            "Er sprach von einem »schweren Fehler«.Danach verließ er den Saal.",
            ["Er sprach von einem »schweren Fehler«.", "Danach verließ er den Saal."],
        ),
        # No Punkt model: the universal path applies the same rule.
        (
            "indonesian",
            'Warga menyebutnya "banjir besar".Pemerintah belum memberi tanggapan.',
            ['Warga menyebutnya "banjir besar".', "Pemerintah belum memberi tanggapan."],
        ),
    ],
)
def test_segment_glued_after_closing_quote_or_bracket(language: str, text: str, expected: list[str]) -> None:
    assert _split(text, language) == expected


def test_segment_closed_short_word_is_not_an_abbreviation() -> None:
    # "Dr.Med" stays whole, but a closed "(BBC)." or "(Sky)." ends its sentence.
    text = "The match was shown live (Sky).Fans filled the square afterwards."
    assert _split(text, "english") == ["The match was shown live (Sky).", "Fans filled the square afterwards."]
