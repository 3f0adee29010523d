"""After a closing mark: one that the universal splitter's base (sentencex) leaves at the start of the next
piece goes back to the sentence it closes (Japanese and Chinese 『』: sentencex knows 「」 only), and
a lone verb of saying after a quotation stays with it (Amharic)."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_japanese_double_corner_quote_keeps_its_particle() -> None:
    sentences = ["館長は『秋には開館できる。』と話した。", "市は予算を増やす。"]
    assert _split("".join(sentences), "japanese") == sentences


def test_quote_that_ends_a_sentence_keeps_its_closing_mark() -> None:
    sentences = ["館長は話した。", "『秋には開館できる。』", "市は予算を増やす。"]
    assert _split("".join(sentences), "japanese") == sentences
    chinese = ["馆长说：『秋天就能开馆。』", "市政府将增加预算。"]
    assert _split("".join(chinese), "chinese") == chinese


def test_amharic_saying_verb_after_a_quotation_stays_with_it() -> None:
    # Amharic puts the verb of saying after the quotation, whose own sentence ends inside it.
    sentences = ["ዳይሬክተሯ «ቤተ መጻሕፍቱ በመስከረም ይከፈታል።» ብለዋል።", "ከተማው በጀቱን ይጨምራል።"]
    assert _split(" ".join(sentences), "amharic") == sentences


def test_a_sentence_after_a_quotation_still_stands_alone() -> None:
    sentences = ["ዳይሬክተሯ «ቤተ መጻሕፍቱ በመስከረም ይከፈታል።»", "ከተማው በጀቱን ይጨምራል።"]
    assert _split(" ".join(sentences), "amharic") == sentences
