"""Thai and Lao write no full stop: a model's last Thai sentence without one is complete unless a
token count says the limit stopped it. English keeps its rule: an unpunctuated last sentence with
no token count is taken as cut off."""

from __future__ import annotations

from summarizer.abstract.stage import LengthPlan, is_cut_off, split_generated

PLAN = LengthPlan(sentences=2, words=40, max_new_tokens=120, min_new_tokens=0)
THAI = "กรุงเทพมหานครเปิดสะพานข้ามแม่น้ำแห่งใหม่เมื่อวันจันทร์\nผู้ว่าราชการกล่าวว่าสะพานจะช่วยลดการจราจรในเมือง"


def test_a_thai_answer_without_a_token_count_keeps_its_last_sentence():
    sentences, warnings = split_generated(THAI, PLAN, "thai")
    assert len(sentences) == 2 and not warnings
    assert not is_cut_off(THAI, PLAN, None, "thai")


def test_a_thai_answer_the_limit_stopped_loses_its_unfinished_sentence():
    sentences, _ = split_generated(THAI, PLAN, "thai", tokens_out=PLAN.max_new_tokens)
    assert len(sentences) == 1
    assert is_cut_off(THAI, PLAN, PLAN.max_new_tokens, "thai")


def test_an_english_answer_without_a_token_count_still_loses_an_unpunctuated_end():
    text = "The council approved the budget on Monday. The mayor said the plan would cut bus fares and"
    sentences, warnings = split_generated(text, PLAN, "english")
    assert sentences == ["The council approved the budget on Monday."] and warnings
