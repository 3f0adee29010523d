"""The glued-sentence split finds its matches from the end marks (`_glued_matches`): the same
matches, groups and order as running the _GLUED pattern over the span, on any text."""

from __future__ import annotations

import random

import pytest

from summarizer.read import segment

# Letters of several kinds ("²", "Ⅻ", "½" and "五" are letters to [^\W\d_] but not decimal
# digits), digits, "_", every closer and end mark, spaces and line breaks.
_ALPHABET = "abXYZéß²Ⅻ½五_19 \n.!?\"'“”‘’«»)]\\(-@/"


def _both(text: str, start: int, end: int) -> tuple[list, list]:
    old = [(m.span(), m.groups()) for m in segment._GLUED.finditer(text, start, end)]
    new = [(m.span(), m.groups()) for m in segment._glued_matches(text, start, end)]
    return old, new


@pytest.mark.parametrize(
    "text",
    [
        "du pays.Pour la suite",
        'un débouché".Le marché',
        "(HMRC).An inquiry",
        "said.The end.Next one",
        'quote")).Three closers',
        "U.S.The initials",
        "a.Bc one letter",
        "café²Ⅻ.Xy odd letters",
        "12ab.Cd digits before",
        "end.",
        ".Start",
    ],
)
def test_same_matches_on_shapes(text):
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            old, new = _both(text, start, end)
            assert new == old, (start, end)


def test_same_matches_on_random_text():
    rng = random.Random(21)
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        old, new = _both(text, start, end)
        assert new == old, (text, start, end)


def test_marks_found_per_mark_are_the_marks_of_the_single_pattern():
    rng = random.Random(8)
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24)))
        assert segment._glued_marks(text) == [m.start() for m in segment._GLUED_MARK.finditer(text)], text
