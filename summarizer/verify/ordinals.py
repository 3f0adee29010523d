"""Ordinals: "the second delay" where the source says "the third".

A count's number is checked as a number (`literal.py`); an ordinal is a word of its own
("third", "troisième", "dritte") that no number check reads. A line's ordinal is wrong where its
cited sources hold none of its value but another ordinal above one: they rank something, and
the line ranks it otherwise. A line's ordinal that its sources do not rank at all ("a second
attempt" of "another attempt") may be a paraphrase, and is left alone. The words are the
language module's (`Language.ordinal_numbers`); "first" is not among them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem

_WORD = re.compile(r"[^\W\d_]+|\d+")
# "a third of the staff", "un cuarto de hora": a fraction after one of these and before "of".
_ONE = frozenset("a one un una uno ein eine einen".split())
_OF = frozenset("of de del des du".split())


def ordinal_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """The line's ordinals whose value its cited sources lack where they hold another ordinal."""
    words = lexicon(language)
    if not words.ordinals:
        return []
    line = _ordinals(text, words.ordinals, words.spelled)
    if not line:
        return []
    ranked = {value: word for source in sources for value, word in _ordinals(source, words.ordinals, words.spelled).items()}
    missing = sorted(value for value in line if value not in ranked)
    others = sorted(value for value in ranked if value not in line)
    if not missing or not others:
        return []
    return [Problem(
        "number", f"ordinal not in its sources: “{line[missing[0]]}”, where its source says “{ranked[others[0]]}”"
    )]


def _ordinals(text: str, ordinals: dict[str, int], spelled: dict[str, int]) -> dict[int, str]:
    """Each ordinal value of `text`, with a word that writes it. Not a fraction or a unit after a
    number ("quatre cinquièmes", "30 segundos"), nor one after "a" before "of" ("a third of")."""
    found: dict[int, str] = {}
    tokens = _WORD.findall(text)
    lowered = [t.lower() for t in tokens]
    for i, word in enumerate(lowered):
        value = ordinals.get(word)
        if value is None:
            continue
        before = lowered[i - 1] if i else ""
        if before.isdigit() or before in spelled and before not in _ONE:
            continue
        if before in _ONE and lowered[i + 1 : i + 2] and lowered[i + 1] in _OF:
            continue
        found.setdefault(value, tokens[i])
    return found
