"""A zero-width space (U+200B), word joiner (U+2060) or stray byte-order mark (U+FEFF) after a
sentence's end or beside a space, as text copied from web pages and CMS editors carries them, is
read as the space it stands for: sentences still end there, and a line ending in one is no
headline. Offsets stay those of the untouched text; between two letters (Thai's word breaks) it
is left alone."""

from __future__ import annotations

from summarizer import summarize, verify
from summarizer.read.segment import sentence_spans

ZW = "\u200b"
SENTENCES = [
    "The council met on Monday.",
    "It approved the budget of $3m after a long debate.",
    "Critics said the plan was rushed.",
    "The mayor disagreed with them strongly.",
]


def test_segment_zero_width_space_after_a_full_stop_ends_the_sentence() -> None:
    for mark in (ZW, "\u2060", "\ufeff"):
        text = f"{mark} ".join(SENTENCES) + mark
        spans = sentence_spans(text)
        assert [text[a:b] for a, b in spans] == SENTENCES, repr(mark)
        glued = mark.join(SENTENCES)  # no space at all, only the invisible one
        assert [glued[a:b] for a, b in sentence_spans(glued)] == SENTENCES, repr(mark)


def test_segment_zero_width_space_between_letters_is_left_alone() -> None:
    thai = "ฉันชอบ\u200bกิน\u200bข้าว"
    assert sentence_spans(thai, language="thai") == sentence_spans(thai.replace(ZW, "x"), language="thai")


def test_document_paragraph_with_zero_width_spaces_is_no_headline() -> None:
    text = f"{ZW} ".join(SENTENCES) + f"{ZW}\n\nA vote is due next week.{ZW}"
    summary = summarize(text, sentences=2, language="en")
    document = summary.document
    assert document.title is None
    assert [s.text for s in document.sentences] == [*SENTENCES, "A vote is due next week."]
    assert all(document.text[s.start : s.end] == s.text for s in document.sentences)


def test_verify_summary_line_ending_in_a_zero_width_space_is_complete() -> None:
    article = " ".join(SENTENCES)
    result = verify(article, "The council met on Monday." + ZW, language="en")
    assert result.supported, [(p.kind, p.message) for line in result.lines for p in line.problems]


def test_segment_direction_marks_after_a_full_stop_end_the_sentence() -> None:
    # Hebrew and Arabic pages put a right-to-left mark after punctuation
    for mark in ("\u200e", "\u200f", "\u061c", "\u2069"):
        text = f"{mark} ".join(SENTENCES)
        assert [text[a:b] for a, b in sentence_spans(text)] == SENTENCES, repr(mark)
    hebrew = ["הממשלה אישרה את התקציב ביום שני.", "השרים הצביעו בעד.", "האופוזיציה התנגדה."]
    text = "\u200f ".join(hebrew)
    assert [text[a:b] for a, b in sentence_spans(text, language="hebrew")] == hebrew
    arabic = ["وافق المجلس على الميزانية يوم الاثنين.", "وقال المنتقدون إن الخطة متسرعة."]
    text = "\u200f ".join(arabic) + "\u200f"
    assert [text[a:b] for a, b in sentence_spans(text, language="arabic")] == arabic


def test_segment_long_run_of_invisible_characters_is_read_in_linear_time() -> None:
    import time

    from summarizer.read.segment import invisible_as_spaces

    text = "word" + ZW * 200_000 + "word"  # tried from each of its characters, it took minutes
    started = time.perf_counter()
    assert invisible_as_spaces(text) == text
    assert time.perf_counter() - started < 2


def test_segment_control_characters_after_a_full_stop_end_the_sentence_and_are_not_shown() -> None:
    # a NUL or an ESC a broken export or a terminal capture leaves
    for mark in ("\x00", "\x1b", "\x07"):
        text = f"{mark} ".join(SENTENCES)
        assert [text[a:b].rstrip(mark) for a, b in sentence_spans(text)] == SENTENCES, repr(mark)
    summary = summarize("\x00 ".join(SENTENCES), sentences=3)
    assert all("\x00" not in line.text for line in summary.lines) and len(summary.lines) == 3
