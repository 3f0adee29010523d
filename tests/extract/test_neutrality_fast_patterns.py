"""The English first-person pattern, written for speed, finds exactly the first-person words."""

from __future__ import annotations

import random
import re

import summarizer.lang as lang

FIRST_PERSON_WORDS = frozenset("I me my mine myself we We our Our ours us ourselves".split())
PIECES = [
    "I", "I'm", "I’ve", "me", "my", "mine", "myself", "we", "We", "our", "Our", "ours", "us", "ourselves",
    "WE", "Me", "US", "menu", "mymy", "user", "owe", "sour", "I-95", "_I", "II", "Iowa", "meme", "we'd",
    ".", ";", ",", "the", "mayor", "said", "\u00e9", "\u0130", "1", "'", "\u201c",
]


def test_first_person_is_any_first_person_word():
    pattern = lang.get("english").first_person
    rng = random.Random(5)
    for _ in range(3000):
        text = rng.choice([" ", "", "  ", ". "]).join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
        expected = not FIRST_PERSON_WORDS.isdisjoint(re.findall(r"\w+", text))
        assert (pattern.search(text) is not None) == expected, text
