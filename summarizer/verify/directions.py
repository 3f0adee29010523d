"""Movement reversed: a line that moves a thing from one place or holder into another where its
sources move it the other way ("moved money from shell companies into the pension fund" from
"diverting £4.3m from the pension fund" and "moved the money through 14 shell companies").

Lexical, in every language whose module names its prepositions of movement (`origin_words`,
`goal_words`). Only a line that says both ends is read, and only a place its sources give one
role and never the other counts: "from the fund" in one sentence and "into the fund" in
another leaves the fund either.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verify.lexicon import Lexicon
from summarizer.verify.marked_words import marked_words
from summarizer.verify.problems import Problem

_PHRASE_WORDS = 4  # words after a preposition that may name its place or holder
_PAIR_WORDS = 10  # the most words between a line's two ends of one movement


def _words(text: str) -> tuple[str, ...]:
    return marked_words(text).lowered


def _phrase(words: Sequence[str], at: int, lexicon: Lexicon, stop: frozenset[str]) -> list[str]:
    """The content words after the preposition at `at`, in order, up to the next preposition of
    movement; no figures ("from 2017 to 2021" moves nothing)."""
    found = []
    for word in words[at + 1 : at + 1 + _PHRASE_WORDS]:
        if word in lexicon.origins or word in lexicon.goals or word in lexicon.paired_goals:
            break
        if word not in stop and len(word) > 2 and not any(c.isdigit() for c in word):
            found.append(word)
    return found


def _roles(sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> tuple[set[str], set[str], set[str], set[str]]:
    """The first word its sources put after a preposition of origin, and of goal (the place or
    holder it names), then every word of those phrases."""
    heads: tuple[set[str], set[str]] = (set(), set())
    every: tuple[set[str], set[str]] = (set(), set())
    for sentence in sources:
        words = _words(sentence)
        paired = set(_paired_goals(words, lexicon))
        for k, word in enumerate(words):
            side = 0 if word in lexicon.origins else 1 if word in lexicon.goals or word in lexicon.paired_goals else None
            phrase = _phrase(words, k, lexicon, stop) if side is not None else []
            if not phrase:
                continue
            every[side].update(phrase)  # "sent to Dornach" alone still leaves Dornach a goal
            if side == 0 or word in lexicon.goals or k in paired:
                heads[side].add(phrase[0])
    return heads[0], heads[1], every[0], every[1]


def _paired_goals(words: Sequence[str], lexicon: Lexicon) -> list[int]:
    """Where a paired goal word ("to") follows an origin word ("from") within a movement's
    length: "from Leeds to York" names where it went, "passed it to" alone a recipient."""
    starts = [k for k, w in enumerate(words) if w in lexicon.origins]
    return [k for k, w in enumerate(words) if w in lexicon.paired_goals and any(0 < k - i <= _PAIR_WORDS for i in starts)]


def direction_problems(text: str, sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """A line's movement whose goal its sources give only as an origin, or whose origin they give
    only as a goal (the first word after each preposition: "to commit" or "from behind" names
    no place the sources could give either role)."""
    if not lexicon.origins or not lexicon.goals:
        return []
    words = _words(text)
    starts = [k for k, w in enumerate(words) if w in lexicon.origins]
    ends = sorted([k for k, w in enumerate(words) if w in lexicon.goals] + _paired_goals(words, lexicon))
    pairs = [(i, j) for i in starts for j in ends if abs(i - j) <= _PAIR_WORDS]
    if not pairs:
        return []
    origin_heads, goal_heads, origin_words, goal_words = _roles(sources, lexicon, stop)
    for i, j in pairs:
        start, end = _phrase(words, i, lexicon, stop), _phrase(words, j, lexicon, stop)
        if not start or not end or set(start) & set(end):
            continue  # "from person to person", "from door to door": no movement between two
        if words[j] in lexicon.paired_goals and start[0] in origin_words:
            continue  # the sources' own origin: "to" is its noun's ("from the entrance to the harbour")
        if end[0] in origin_heads and end[0] not in goal_words or start[0] in goal_heads and start[0] not in origin_words:
            moved = end[0] if end[0] in origin_heads else start[0]
            return [Problem(
                "relation", f"relation reversed: the line moves it {words[i]} “{start[0]} …” {words[j]} “{end[0]} …”; "
                f"its sources have “{moved}” at the other end"
            )]
    return []
