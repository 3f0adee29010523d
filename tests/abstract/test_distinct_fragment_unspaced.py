"""A model's Chinese or Japanese sentence is no fragment for having no spaces: `is_fragment`
counted words by spaces, so every line a model wrote in those scripts was "left out ... it is not
a whole sentence" and the summary fell back to extracted sentences. Lines written for this test."""

from __future__ import annotations

from summarizer import Summarizer
from summarizer.abstract.distinct import is_fragment

from fake_backends import ScriptedBackend

CHINESE = (
    "上海市政府周一宣布，将在明年投入120亿元用于改造老旧小区。这项计划覆盖全市16个区，预计惠及约30万户居民。"
    "市住房局局长王立新表示，将优先解决电梯和管道问题。部分居民对施工期间的噪音表示担忧。市政府称将在三月底前公布详细方案。"
)
ANSWER = "上海市将在明年投入120亿元改造老旧小区，惠及约30万户居民。\n市政府称将在三月底前公布详细方案。"


def test_unspaced_sentences_are_not_fragments() -> None:
    assert not is_fragment("市政府称将在三月底前公布详细方案。")
    assert not is_fragment("東京都は来年度から給食を無償化する。")
    assert is_fragment("上海市。")  # two or three words' worth is still a fragment
    assert is_fragment("The council.")


def test_a_chinese_answer_is_kept_as_generated_lines() -> None:
    summarizer = Summarizer(mode="abstractive", guard="drop", sentences=2)
    summarizer.abstractive.attach(ScriptedBackend(lambda text: ANSWER), "scripted")
    summary = summarizer.summarize(CHINESE)
    assert not any("fragment" in w for w in summary.warnings), summary.warnings
    assert [line.origin for line in summary.lines] == ["generated", "generated"]
    assert [line.text for line in summary.lines] == ANSWER.splitlines()


def test_a_sentence_ended_by_another_script_s_mark_is_complete() -> None:
    from summarizer.abstract.stage import is_complete

    for sentence in ("市政府称将在三月底前公布详细方案。", "「来年には完成する」と述べた。", "काम वसंत तक पूरा होगा।", "هل ستبدأ الحملة في مارس؟", "Це буде взимку!»"):
        assert is_complete(sentence), sentence
    assert not is_complete("The council said that the")
