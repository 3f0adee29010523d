"""A Chinese variety (Wu, Cantonese) is reported only when the detector is sure of it or the text
writes the variety's own words; Standard Chinese about Shanghai or Nanjing stays Chinese."""

from __future__ import annotations

import pytest

from summarizer.read.language import _standard_unless_sure, detect_language


@pytest.mark.parametrize(
    "text",
    [
        "上海地铁2号线今天早上发生故障，部分列车延误约二十分钟。上海申通地铁集团表示，故障已经排除。",
        "南京市政府宣布，地铁5号线将于明年通车，全长约三十公里，设站二十个。",
    ],
)
def test_language_standard_chinese_about_wu_cities_is_chinese(text: str) -> None:
    name, probability = detect_language(text)
    assert name == "chinese"
    assert probability > 0.99  # sure it is Chinese: no "unsure" warning


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("侬好，阿拉是上海人。伊拉勿晓得今朝要落雨。搿只物事老好个。侬夜饭吃过伐？", "wu chinese"),
        ("佢哋琴日去咗旺角食飯，我唔知佢喺邊度。呢間餐廳啲嘢好好食。", "cantonese"),
    ],
)
def test_language_written_varieties_keep_their_label(text: str, name: str) -> None:
    assert detect_language(text)[0] == name


def test_language_unsure_variety_with_its_own_words_stays() -> None:
    ranked = [("yue", 0.6), ("zh", 0.35), ("wuu", 0.05)]
    assert _standard_unless_sure("yue", 0.6, ranked, "佢今日唔得闲") == ("yue", 0.6)
    assert _standard_unless_sure("yue", 0.6, ranked, "他今天没有空") == ("zh", 1.0)
    assert _standard_unless_sure("yue", 0.9, ranked, "他今天没有空") == ("yue", 0.9)
