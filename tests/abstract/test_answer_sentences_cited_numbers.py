"""The early stop counts an answer's sentences as the stage reads them: cited numbers are not sentences."""

from __future__ import annotations

from summarizer.abstract.answer_sentences import holds_sentences
from summarizer.abstract.prompts import strip_markers
from summarizer.abstract.stage import LengthPlan, split_generated

ANSWER = "The lighthouse on Tarn Point was relit on Sunday. [2]\nIts keeper, Ida Holm, had run it for 31 years. [4][5]\nThe lamp now uses LEDs.\n"


def test_a_cited_number_after_a_line_does_not_count_as_a_sentence():
    first_line = ANSWER.split("\n")[0] + "\n"
    assert not holds_sentences(first_line, 2)
    assert not holds_sentences("The lamp now uses LEDs. [1, 3]\n", 2)
    assert holds_sentences("\n".join(ANSWER.split("\n")[:2]) + "\n", 2)


def test_where_the_answer_stops_the_stage_reads_the_sentences_it_would_read_from_the_whole_answer():
    plan = LengthPlan(sentences=2, words=40, max_new_tokens=120, min_new_tokens=0)
    whole, _ = split_generated(strip_markers(ANSWER)[0], plan)
    lines = ANSWER.split("\n")
    stop = next(k for k in range(1, len(lines) + 1) if holds_sentences("\n".join(lines[:k]) + "\n", 2))
    early, _ = split_generated(strip_markers("\n".join(lines[:stop]) + "\n")[0], plan, tokens_out=10)
    assert early == whole and len(whole) == 2


def test_an_answer_wrapped_at_a_width_is_read_as_its_sentences():
    # some models wrap their answer as e-mail is wrapped: a line break is not a sentence's end
    from summarizer.abstract.answer_sentences import generated_sentences

    wrapped = "Summary: The lighthouse on Tarn Point was relit on Sunday after\nits lamp was replaced. Its keeper, Ida Holm, had run it for\n31 years.\n"
    assert generated_sentences(wrapped) == ["The lighthouse on Tarn Point was relit on Sunday after its lamp was replaced.", "Its keeper, Ida Holm, had run it for 31 years."]
    assert generated_sentences("1. The lamp now uses LEDs.\n2. Ida Holm ran it.\n") == ["The lamp now uses LEDs.", "Ida Holm ran it."]
