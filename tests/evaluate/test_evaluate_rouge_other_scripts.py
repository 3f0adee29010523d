"""`summarize eval` on a set in another language than English: rouge-score's own tokenizer keeps
only a-z and 0-9, so a Russian summary had no words to score and a Chinese one was scored on its
figures alone. Such articles are scored on Unicode words (each Han, kana, Thai ... character a
token), lower-cased and unstemmed, as benchmarks/multilingual_rouge.py scores them; English ones
as before (rouge-score's tokenizer, Porter stemmer). Articles and lines written for this test."""

from __future__ import annotations

import pytest

pytest.importorskip("rouge_score")

from summarizer.evaluate.rouge import Example, evaluate  # noqa: E402

CHINESE = Example(
    "zh",
    "上海市政府周一宣布，将在明年投入120亿元用于改造老旧小区。这项计划覆盖全市16个区，预计惠及约30万户居民。"
    "部分居民对施工期间的噪音表示担忧。市政府称将在三月底前公布详细方案。",
    "上海市将投入120亿元改造老旧小区。\n计划惠及约30万户居民。",
)
RUSSIAN = Example(
    "ru",
    "Городской совет Казани в понедельник утвердил бюджет на следующий год. Больше всего денег получит "
    "общественный транспорт. Мэр сказал, что новые трамваи выйдут на линии весной. Оппозиция раскритиковала рост долга.",
    "Совет Казани утвердил бюджет на следующий год.\nНовые трамваи выйдут на линии весной.",
)


class Fixed:
    def __init__(self, name: str, lines: dict[str, list[str]]):
        self.name, self.lines = name, lines

    def __call__(self, article: str, sentences: int) -> list[str]:
        return next(lines for key, lines in self.lines.items() if key in article)


def _rouge(example: Example, lines: list[str]) -> dict[str, float]:
    system = Fixed("fixed", {example.article[:10]: lines})
    result = evaluate([example], [system], 2, resamples=10).results[0]
    return {name: interval.mean for name, interval in result.scores.items()}


def test_the_reference_itself_scores_100_in_any_script() -> None:
    for example in (CHINESE, RUSSIAN):
        assert all(score == pytest.approx(100) for score in _rouge(example, example.reference.splitlines()).values())


def test_a_summary_sharing_only_the_figures_scores_low() -> None:
    scores = _rouge(CHINESE, ["北京市明年将拨款120亿元修建地铁。", "预计有30万名乘客受益。"])
    assert scores["rouge1"] < 40 and scores["rouge2"] < 20


def test_words_are_counted_in_the_script_s_words() -> None:
    system = Fixed("fixed", {CHINESE.article[:10]: CHINESE.reference.splitlines()})
    assert evaluate([CHINESE], [system], 2, resamples=10).results[0].words > 10
