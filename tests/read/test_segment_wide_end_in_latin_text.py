"""A Chinese or Japanese sentence quoted in an article in English, German, ... (languages read by a
Punkt model, which does not know the ideographic full stop) ends at its 。, ！ or ？ where the
article goes on after a space: "... wrote: 疫苗将优先提供给老年人。 The rollout starts ..." was one
sentence. A Japanese quote with its particle ('「行こう！」と言った') stays whole. Text written for
this test."""

from __future__ import annotations

from summarizer import summarize
from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_english_article_quoting_a_chinese_sentence() -> None:
    sentences = [
        "The minister wrote on social media: 疫苗将优先提供给老年人。",
        "The rollout starts in March.",
        "Clinics will open on weekends.",
    ]
    assert _split(" ".join(sentences), "english") == sentences


def test_german_article_quoting_chinese_and_japanese() -> None:
    sentences = ["Der Bürgermeister schrieb: 我们欢迎投资！", "Die Opposition kritisierte den Plan.", "Ein Gast fragte: 東京から来ましたか？", "Niemand antwortete."]
    assert _split(" ".join(sentences), "german") == sentences


def test_a_japanese_quote_with_its_particle_stays_whole() -> None:
    text = "A fan shouted 「行こう！」と言った and the crowd cheered. The match began at noon."
    assert _split(text, "english") == ["A fan shouted 「行こう！」と言った and the crowd cheered.", "The match began at noon."]


def test_citations_stay_exact() -> None:
    text = (
        "The Ministry of Health said on Monday that a new vaccine will be distributed in all provinces. "
        "The minister wrote on social media: 疫苗将优先提供给老年人。 The rollout starts in March. "
        "Clinics will open on weekends."
    )
    summary = summarize(text, sentences=4, language="en")
    assert len(summary.document.sentences) == 4
    for line in summary.lines:
        for citation in line.citations:
            assert text[citation.start : citation.end] == citation.text


def test_a_quoted_chinese_sentence_inside_an_english_one_stays_inside() -> None:
    text = 'He wrote "我们欢迎投资。" and then he left the room. Nobody spoke.'
    assert _split(text, "english") == ['He wrote "我们欢迎投资。" and then he left the room.', "Nobody spoke."]
