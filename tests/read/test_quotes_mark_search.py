"""`has_quote_mark` searches ASCII text with one pattern per mark: the same answer as the single
pattern of every mark, on any text."""

from __future__ import annotations

import random

from summarizer.read import quotes


def test_same_answer_as_the_single_pattern():
    rng = random.Random(9)
    alphabet = "ab1_ \n`'\"“”„«»‘’.,é"
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        if rng.random() < 0.5:
            text = text.encode("ascii", "ignore").decode()  # the per-mark path
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = quotes._QUOTE_MARK.search(text, start, end) is not None
        assert quotes.has_quote_mark(text, start, end) == expected, (text, start, end)
