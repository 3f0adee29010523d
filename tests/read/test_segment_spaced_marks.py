"""Text written with its marks apart from the words (Vietnamese treebanks: "500 m . Phía sau"):
a full stop alone between spaces ends a sentence before a capital, and a quotation opened after an
end mark starts one even in lowercase. A dot stuck to its word may still be an abbreviation's, and
a straight quote that closes a quotation is followed by the same sentence."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_spaced_full_stop_ends_a_sentence_before_a_capital() -> None:
    sentences = ["Đoàn đi thêm khoảng 300 m .", "Phía trước là một hang đá lớn .", "Họ nghỉ lại trên QQ .", "Tuy nhiên trời đã tối ."]
    assert _split(" ".join(sentences), "vietnamese") == sentences


def test_attached_abbreviation_dot_goes_on() -> None:
    one = "Ông gặp ThS. Lan tại TP. HCM vào sáng nay ."
    assert _split(one, "vietnamese") == [one]


def test_quotation_opened_after_an_end_starts_a_sentence_in_lowercase() -> None:
    sentences = ["Không ai từ chối cơ hội này .", '" bắt kiểu này mỗi ngày được bao nhiêu con " , anh hỏi .']
    assert _split(" ".join(sentences), "vietnamese") == sentences
    indonesian = ["Mereka tiba di desa itu pada malam hari.", "“kami sangat lelah,” kata salah seorang dari mereka."]
    assert _split(" ".join(indonesian), "indonesian") == indonesian


def test_closing_straight_quote_keeps_the_speech_tag() -> None:
    one = 'Anh hỏi " sao lại thế ? " rồi bỏ đi .'
    assert _split(one, "vietnamese") == [one]
    italian = '"Chi è?" chiese la donna alla porta.'
    assert _split(italian, "italian") == [italian]
