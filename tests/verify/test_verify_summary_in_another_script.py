"""A summary in another script than its article (an English summary of a Chinese article, as a
user abroad may write one): the checks compare words, so every line finds no support, and the
result says why once ("note: ..."), instead of leaving "number not in its sources: 300,000" for
the article's "30万" unexplained. A summary in the article's own script gets no note, Japanese
kana and Han counting as one. Articles and lines written for this test."""

from __future__ import annotations

from summarizer import verify
from summarizer.render.verification import render_markdown, render_text

CHINESE = (
    "上海市政府周一宣布，将在明年投入120亿元用于改造老旧小区。这项计划覆盖全市16个区，预计惠及约30万户居民。"
    "市政府称将在三月底前公布详细方案。"
)
JAPANESE = "東京都は月曜日、来年度から公立小学校の給食を無償化すると発表した。対象は都内の約60万人の児童だ。"


def test_an_english_summary_of_a_chinese_article_is_told_why_it_finds_no_support() -> None:
    result = verify(CHINESE, "Shanghai will spend 12 billion yuan to renovate old housing estates.\nAbout 300,000 households will benefit.")
    assert not result.supported
    note = result.stats["script"]
    assert "Latin" in note and "Han" in note and "compare words" in note
    assert render_text(result).splitlines()[1] == f"note: {note}"
    assert "**Note:**" in render_markdown(result)


def test_a_summary_in_the_article_s_script_gets_no_note() -> None:
    assert "script" not in verify(CHINESE, "计划惠及约30万户居民。").stats
    assert "script" not in verify(JAPANESE, "東京都は給食を無償化する。").stats
    assert "script" not in verify(JAPANESE, "きゅうしょくは むしょうに なる。").stats  # all kana
    assert "script" not in verify("The council approved the budget on Monday.", "The council approved the budget.").stats


def test_main_script_reads_latin_text_with_typographic_marks_and_other_scripts():
    from summarizer.scripts import main_script

    assert main_script("The “budget” — approved in Łódź and Việt Nam") == "LATIN"
    assert main_script("Η Ελλάδα ψήφισε") == "GREEK"
    assert main_script("Привет, мир") == "CYRILLIC"
    assert main_script("2024 — 3.5%") is None


def test_the_note_names_han_alone_for_a_chinese_article_and_kana_only_where_the_text_has_some() -> None:
    # An English summary of a Chinese article was told its article is "in Han and kana": Chinese
    # has no kana, and the README's own example of the note is that case.
    chinese = verify(CHINESE, "Shanghai will spend 12 billion yuan.").stats["script"]
    assert "its article in Han:" in chinese and "kana" not in chinese
    japanese = verify(JAPANESE, "Tokyo will make school lunches free.").stats["script"]
    assert "its article in Han and kana:" in japanese
