"""A pronoun of another kind in its cited sentence's own words: "..., and he later proposed the
pilot" where the source has "..., and she later proposed the pilot"; "helping Varley repair his
grandmother's cottage" for "helping him repair her grandmother's cottage".

A summary that copies a stretch of its source keeps the source's pronouns; one of another kind
(a man's for a woman's, a person's for a thing's) in the same words means someone else, so the
deed, the house or the refusal goes to the wrong party (`coreference`). Lexical, in every language
whose module gives `pronoun_kinds` (English): the same words around the pronoun in line and cited
sentence (the three after it, or the one before and the two after, a content word among them),
and no cited sentence with the line's own kind of pronoun in those words.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.parties import _words
from summarizer.verify.problems import Problem

_AFTER = 3  # words after the pronoun that alone make a frame
_AROUND = 2  # words after it that make one with the word before it


def pronoun_swap_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A pronoun the line puts where a cited sentence has one of another kind (module docstring)."""
    kinds = lexicon(language).pronoun_kinds
    if not kinds:
        return []
    kind_of = {word: k for k, group in enumerate(kinds) for word in group}
    line = [w for _, w in _words(text)]
    spots = [i for i, w in enumerate(line) if w in kind_of]
    if not spots:
        return []
    stop = stopwords_for(language)
    cited = [[w for _, w in _words(sentence)] for sentence in sources]
    for i in spots:
        mine = kind_of[line[i]]
        found = [(theirs[j], frame) for theirs in cited for j in range(len(theirs))
                 if theirs[j] in kind_of and (frame := _frame(line, i, theirs, j, stop))]
        if not found or any(kind_of[word] == mine for word, _ in found):
            continue  # no frame, or a cited sentence has the line's own kind there too
        word, frame = found[0]
        return [Problem("coreference", f"coreference not in its sources: “{frame}”: its source has “{word}” there, not “{line[i]}”")]
    return []


def _frame(line: Sequence[str], i: int, theirs: Sequence[str], j: int, stop: frozenset[str]) -> str:
    """The line's words around its pronoun at `i` where they are the sentence's around its pronoun
    at `j` (a content word among them), else ""."""
    after = list(line[i + 1 : i + 1 + _AFTER])
    if len(after) == _AFTER and after == list(theirs[j + 1 : j + 1 + _AFTER]):
        shared = after
    elif i > 0 and j > 0 and line[i - 1] == theirs[j - 1] and len(after) >= _AROUND and after[:_AROUND] == list(theirs[j + 1 : j + 1 + _AROUND]):
        shared = [line[i - 1], *after[:_AROUND]]
    else:
        return ""
    if not any(w not in stop and len(w) > 3 for w in shared):
        return ""
    start = i - 1 if shared[0] != after[0] else i
    return " ".join(line[start : start + len(shared) + 1])
