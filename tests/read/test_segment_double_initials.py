"""Two or three initials before a name do not end a sentence ("Blues legend B.B. King was ..." was
split into "Blues legend B.B." and "King was hospitalized ...", and both the extractive and the
abstractive summaries opened "King was ..."); before a word that opens sentences they still may
("... in the U.S. The deal ...")."""

from __future__ import annotations

import pytest

from summarizer.pipeline import Summarizer


def _sentences(text: str) -> list[str]:
    return [s.text for s in Summarizer().read(text).sentences]


@pytest.mark.parametrize("text", [
    "Blues legend B.B. King was taken to hospital on Sunday. He is better now.",
    "The historian studied English with J.R.R. Tolkien in Oxford. He later taught there.",
    "The mural was made by artist L.M. Rendall in the 1960s. It was restored last year.",
    "The talks came after the U.S. Ambassador to Armenia was recalled. Both sides met on Monday.",
])
def test_initials_before_a_name_stay_in_their_sentence(text):
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize("text", [
    "The talks were held in the U.S. The deal was signed on Friday.",
    "The fair was held in Washington, D.C. The event drew large crowds.",
    "He moved to the U.S. Since then he has worked in Ohio.",
])
def test_initials_before_a_sentence_opener_still_end_it(text):
    assert len(_sentences(text)) == 2
