"""A Korean quotation ends on its own mark and the particle that makes it speech is glued to the
closing quote ('"…하느냐?"라고 물었다'): one sentence, not a quotation and a stray 'ra-go' tail."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    spans = sentence_spans(text, language=language)
    assert all(text[a:b] == text[a:b].strip() for a, b in spans)
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    "quoted",
    [
        '한 상인은 "손님이 다시 올까요?"라고 물었다.',
        '구청장은 "다리는 내년에 완공된다."고 밝혔다.',
        "주민들은 '소음이 너무 심하다!'며 항의했다.",
    ],
)
def test_korean_quote_keeps_its_particle(quoted: str) -> None:
    text = f"구청은 목요일 새 다리 공사를 시작했다. {quoted} 공사는 2년 동안 이어진다."
    assert _split(text, "korean") == ["구청은 목요일 새 다리 공사를 시작했다.", quoted, "공사는 2년 동안 이어진다."]


def test_quote_then_space_still_ends_the_sentence() -> None:
    text = '시장은 "공사는 안전하다." 다음 주에 설명회가 열린다.'
    assert _split(text, "korean") == ['시장은 "공사는 안전하다."', "다음 주에 설명회가 열린다."]


def test_unspaced_script_after_a_quote_still_splits() -> None:
    # Chinese writes no space between sentences: the letter after the quote opens the next one.
    text = "市长说：“工程很安全。”居民仍然担心噪音。"
    assert _split(text, "chinese") == ["市长说：“工程很安全。”", "居民仍然担心噪音。"]
