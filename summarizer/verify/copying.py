"""How much of a line is copied from its sources: the longest run of its words that stands
together in one source sentence, as a share of its words. A model's summary line is mostly a
copy with a splice; a person's paraphrase copies a few words at a time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*")


def words(text: str) -> list[str]:
    """`text`'s words in lower case (letters and digits; an apostrophe's ending kept on its word)."""
    return [w.lower() for w in WORD.findall(text)]


@lru_cache(maxsize=1024)
def _words_of(text: str) -> tuple[str, ...]:
    return tuple(words(text))


def longest_run(line: Sequence[str], source: Sequence[str]) -> int:
    """The most consecutive words of `line` that stand together in `source`."""
    where: dict[str, list[int]] = {}
    for j, word in enumerate(source):
        where.setdefault(word, []).append(j)
    best, previous = 0, {}
    for word in line:
        current = {j: previous.get(j - 1, 0) + 1 for j in where.get(word, ())}
        best = max(best, *current.values()) if current else best
        previous = current
    return best


def copied_share(text: str, sources: Sequence[str]) -> float:
    """The longest run of `text`'s words standing together in one of `sources`, as a share of its words."""
    mine = words(text)
    if not mine:
        return 0.0
    return max((longest_run(mine, _words_of(source)) for source in sources), default=0) / len(mine)
