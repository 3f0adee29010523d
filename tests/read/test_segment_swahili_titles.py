"""Swahili titles before a name ("Dkt.", "Mhe.", "Bw.") are abbreviations, not sentences of their
own (sentencex has no Swahili list): the module lang/sw.py lists them."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language="swahili")]


@pytest.mark.parametrize("title", ["Dkt.", "Mhe.", "Bw."])
def test_swahili_title_goes_on_with_its_name(title: str) -> None:
    sentences = [f"{title} Juma Salim alifungua hospitali mpya jana.", "Hospitali hiyo ina vitanda mia tatu."]
    assert _split(" ".join(sentences)) == sentences


def test_swahili_sentence_ends_still_split() -> None:
    sentences = ["Hospitali mpya imefunguliwa.", "Ina vitanda mia tatu.", "Wagonjwa wa kwanza walifika leo."]
    assert _split(" ".join(sentences)) == sentences
