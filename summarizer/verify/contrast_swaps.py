"""Two alternatives swapped across "instead of": "prescribe liquid instead of tablets" where the
sources say "prescribe tablets instead of liquid".

Lexical, in every language whose module names its contrast phrases (`contrast_phrases`: "instead
of", "rather than", "en lugar de", "au lieu de", "statt"). Only the content words within three
words of the phrase on each side are read, and only a source sentence with the same phrase and
two of them the other way round counts, where no cited sentence has them the line's way: a
line that chooses differently from one the sources never contrast is left to the other checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verify.lexicon import Lexicon
from summarizer.verify.marked_words import marked_words
from summarizer.verify.problems import Problem

_SIDE_WORDS = 3  # words either side of the phrase that may hold the alternative


def _words(text: str) -> tuple[str, ...]:
    return marked_words(text).lowered


def _pairs(words: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(chosen, passed over) for each contrast phrase: the content words just before it and just
    after it ("hierba artificial en lugar de césped natural": a noun may come before its
    adjective), less any on both sides ("rail travel rather than road travel")."""
    found = []
    for phrase in lexicon.contrast_phrases:
        size = len(phrase)
        for k in range(1, len(words) - size):
            if tuple(words[k : k + size]) != phrase:
                continue
            before = {w for w in words[max(0, k - _SIDE_WORDS) : k] if _content(w, stop)}
            after = {w for w in words[k + size : k + size + _SIDE_WORDS] if _content(w, stop)}
            before, after = before - after, after - before
            if before and after:
                found.append((frozenset(before), frozenset(after)))
    return found


def _content(word: str, stop: frozenset[str]) -> bool:
    return word not in stop and len(word) > 2 and word.isalpha()


def contrast_swap_problems(text: str, sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """A line's "A instead of B" where a cited sentence has "B instead of A" and never the line's
    order."""
    if not lexicon.contrast_phrases:
        return []
    line_pairs = _pairs(_words(text), lexicon, stop)
    if not line_pairs:
        return []
    source_pairs = [pair for sentence in sources for pair in _pairs(_words(sentence), lexicon, stop)]
    for chosen, passed_over in line_pairs:
        for theirs, other in source_pairs:
            # The words that changed sides: the line's choice the sources pass over, and back.
            moved_front, moved_back = chosen & other, passed_over & theirs
            if not moved_front or not moved_back:
                continue
            if any(moved_front & mine and moved_back & rest for mine, rest in source_pairs):
                continue  # the sources give it the line's way round too
            mine, passed = sorted(moved_front)[0], sorted(moved_back)[0]
            return [Problem(
                "relation", f"relation reversed: the line prefers “{mine}” to “{passed}”; "
                f"its sources prefer “{passed}” to “{mine}”"
            )]
    return []
