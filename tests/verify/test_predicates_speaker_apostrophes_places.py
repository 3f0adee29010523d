"""Who "he" is, read from a parse: a name written with a curly apostrophe ("O’Toole") is still a
name, and a name after "in" or "at" is a place, not the person a pronoun stands for."""

import pytest

from summarizer import verify
from summarizer.verify.parser import load_parser

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

# Written for these tests.
SHOOT = (
    "Peter O’Toole spoke to reporters about the shoot in Morocco. "
    "He said the crew worked ten hours a day and showed great interest in the lighting. "
    "The film opens in June."
)
MEETING = (
    "Peter O’Toole met the director, Ana Ruiz, at the studio in Morocco. "
    "She said the crew worked ten hours a day and showed great interest in the lighting. "
    "The film opens in June."
)
WORDS = "said the crew worked ten hours a day and showed great interest in the lighting."


def _attribution(article: str, line: str) -> list[str]:
    return [p.message for l in verify(article, line).lines for p in l.problems if p.kind == "attribution"]


@needs_parser
@pytest.mark.parametrize("name", ["O'Toole", "O’Toole"])
def test_the_speaker_a_pronoun_stands_for_is_the_person_not_the_place_named_last(name):
    assert _attribution(SHOOT, f"{name} {WORDS}") == []


@needs_parser
def test_words_given_to_the_wrong_person_are_still_caught():
    (message,) = _attribution(MEETING, f"O'Toole {WORDS}")
    assert "Ruiz" in message
    assert _attribution(MEETING, f"Ruiz {WORDS}") == []
