"""`split_count` counts the words `str.split()` gives, without making them."""

from __future__ import annotations

import random

from summarizer.types import split_count


def test_same_count_as_split():
    rng = random.Random(3)
    # Whitespace of every kind split() knows in Latin-1 (\\x1c-\\x1f, \\x85, no-break space) and
    # beyond it, characters that are not whitespace, and text beyond Latin-1.
    alphabet = ["a", "é", "五", " ", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003",
                "\u3000", "\u200b", "\x00", "x", "?", "£", "."]
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert split_count(text) == len(text.split()), repr(text)
