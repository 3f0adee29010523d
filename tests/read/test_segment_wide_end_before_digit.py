"""A digit right after an ideographic full stop (or a full-width ! or ?) starts a new sentence: those
marks are never a decimal point, though the universal splitter's base (sentencex) read the digit
as going on ("…三百只。7月起…" was one sentence). A Latin decimal point stays inside its number."""

from __future__ import annotations

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


def test_chinese_sentence_starting_with_a_digit_is_split_off() -> None:
    sentences = ["去年湖边的白鹭只有三百只。", "7月起，保护区禁止游船进入。", "管理处说效果明显。"]
    assert _split("".join(sentences), "chinese") == sentences


def test_digit_after_a_closing_quote_and_full_width_question_mark() -> None:
    sentences = ["站长问：“明年还来吗？”", "12名志愿者都举了手。"]
    assert _split("".join(sentences), "chinese") == sentences
    japanese = ["駅前の広場が新しくなった！", "3月に式典が開かれる。"]
    assert _split("".join(japanese), "japanese") == japanese


def test_decimal_point_stays_inside_its_number() -> None:
    assert _split("水位上涨了2.5米。", "chinese") == ["水位上涨了2.5米。"]
