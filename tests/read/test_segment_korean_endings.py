"""Korean web text ends a sentence on its final ending with no mark after it: a polite ending
("-어요", "-네요", "-세요", "-죠") or the plain imperative "-줘" before a space ends the sentence.
A noun that ends in 요 ("주요", "필요") and the "-이요" that joins two nouns go on."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language="korean")]


def test_polite_ending_without_a_mark_ends_the_sentence() -> None:
    sentences = ["사장님이 정말 친절하시네요", "다음에 또 갈게요", "근처 약국 위치 보여줘", "지금 문 연 곳이 있죠"]
    assert _split(" ".join(sentences)) == sentences


def test_nouns_ending_in_yo_and_joined_nouns_go_on() -> None:
    one = "주요 영업 품목은 요리책이었고 필요 없는 책은 팔지 않았다."
    assert _split(one) == [one]
    joined = "그는 출판업계의 선배요 학자였다."
    assert _split(joined) == [joined]
