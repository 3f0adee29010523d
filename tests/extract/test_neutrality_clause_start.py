"""English calls to action are searched as two patterns (`lang.ClauseStart`): the same match as
the single pattern `(?:^|[.;:]\\s+)(?:body)` on any text."""

from __future__ import annotations

import random
import re

import summarizer.lang as lang
from summarizer.extract.neutrality import is_opinion

_PIECES = [
    "readers should", "you must", "people need to", "let's", "let us", "don't", "do not", "contact your",
    "call the", "write to us", "vote today", "remember this", "share now", "the council", "said", "x",
    ".", ";", ":", ",", " ", "  ", "\n", "\t", "…",
]


def _single(pattern: lang.ClauseStart) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags)


def test_same_match_as_the_single_pattern():
    calls = lang.get("english").call_to_action
    assert isinstance(calls, lang.ClauseStart)
    single = _single(calls)
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
        ours, theirs = calls.search(text), single.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text


def test_calls_to_action_found_at_a_clause_start_only():
    assert is_opinion("Readers should check their tax codes.") == "call to action"
    assert is_opinion("The rules change in May; contact your council for details.") == "call to action"
    assert is_opinion("Officials said people should check their codes.") is None
