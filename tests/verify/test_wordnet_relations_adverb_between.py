"""An adjective exchanged for its opposite is found though an adverb stands between it and the
word beside it in the source ("the repairs would probably be cheap" -> "the repairs to be
costly"): WordNet's adverb-only words ("probably", "also") change no relation and are stepped
over when the neighbours are compared (sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

SOURCE = (
    "Harbour engineer Mona Feld said the old pier could reopen by summer, but she warned that the "
    "repairs to its deck would probably be slow."
)


@needs_wordnet
def test_wordnet_relations_adverb_between_opposite_caught() -> None:
    line = "Mona Feld said the old pier could reopen by summer, though she expected the repairs to its deck to be quick."
    assert "substitution" in problem_kinds(SOURCE, line)


def test_wordnet_relations_adverb_between_same_word_passes() -> None:
    line = "Mona Feld said the old pier could reopen by summer, though she expected the repairs to its deck to be slow."
    assert "substitution" not in problem_kinds(SOURCE, line)
