"""A parser is loaded once per process, however many languages are checked in between: the
pipelines were kept for the last 8 languages asked about, languages without one among them, so a
service checking articles in 24 languages loaded spaCy's English pipeline again on every round
(about half a second each), and the old copies stayed in memory with the parses that held them."""

import pytest

from summarizer import verify
from summarizer.read.language import resolve_language
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

CODES = ("ar", "bo", "de", "el", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "uk", "vi", "zh")


@needs_parser
def test_english_is_not_loaded_again_after_other_languages():
    english = load_parser("english")
    for code in CODES:
        load_parser(resolve_language(code))
    assert load_parser("english") is english


@needs_parser
def test_checks_in_many_languages_keep_one_english_pipeline():
    article = "The council met on Monday. It approved the budget after a long debate."
    english = load_parser("english")
    for code in CODES:
        verify("Der Rat tagte am Montag. Er stimmte dem Haushalt zu.", "Der Rat tagte.", language=code)
    verify(article, "The council approved the budget.")
    assert load_parser("english") is english
