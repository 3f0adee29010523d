"""Markdown emphasis and code spans are looked for over a bounded stretch of a line.

Unbounded, every unclosed "*" or "`" on a long line scanned to the line's end: a 100 KB line
of "x *y" took 40 s to summarise. Emphasis is short in real writing, so a closing mark further
than the bound from its opening one is read as two stray marks, and the scan stays linear."""

from __future__ import annotations

from summarizer.extract.candidates import plain_text
from summarizer.textpatterns import markdown_words


def test_emphasis_within_a_sentence_is_still_removed():
    line = "The **new** budget, said *Ana Ruiz*, is _final_."
    assert markdown_words(line) == "The new budget, said Ana Ruiz, is final."
    assert plain_text(line) == "The new budget, said Ana Ruiz, is final."


def test_a_long_emphasised_passage_within_the_bound_is_removed():
    passage = " ".join(["words"] * 150)  # about 900 characters
    assert markdown_words(f"*{passage}*") == passage


def test_marks_further_apart_than_the_bound_are_left_as_stray_marks():
    far = "*start " + "filler " * 400 + "end*"  # 2,800 characters between the marks
    assert markdown_words(far) == far
    assert plain_text(far).startswith("*start") and plain_text(far).endswith("end*")


def test_code_marks_further_apart_than_the_bound_are_left():
    far = "`start " + "filler " * 400 + "end`"
    assert markdown_words(far) == far


def test_thousands_of_unclosed_marks_are_kept_as_written():
    line = " ".join(["x *y"] * 3000)
    assert markdown_words(line) == line
    assert plain_text(line) == line
