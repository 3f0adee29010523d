"""The words of a line or source sentence as written, with whether each stands inside quotation
marks: one reading of a text, shared by the checks that read its words this way (hedges and
quotations in `predicates`, reported speech in `reported`, acts given to another party in
`parties` and `referents`, movements in `directions`, alternatives in `contrast_swaps`).

Each of those checks once ran the same word pattern over the same text and lower-cased it again,
each with its own cache. They still keep their own forms of the words (an elided article dropped
or not, "May" kept apart from "may"); `MarkedWords` holds each form, read in one pass.

Kept per text, not per language: the word pattern is the same in every language. The cached
values are tuples of strings, flags and offsets only, which the cyclic garbage collector soon
stops walking (a cache of objects with fields is walked by each of its passes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

QUOTE_MARKS = "\"“”«»„"
# An opening single quotation mark: after a space or at the start ("the players' union" has none);
# British headlines quote with these ("Behaviour praised as 'calm and courteous'").
SINGLE_QUOTE_OPENING = re.compile(r"(?:^|\s)['‘]")


def holds_quotation(text: str) -> bool:
    """Whether `text` quotes someone: a double quotation mark, or an opening single one."""
    return any(map(text.__contains__, QUOTE_MARKS)) or SINGLE_QUOTE_OPENING.search(text) is not None
# A quote mark, or a word (hyphens and apostrophes inside it: "26-year-old", "qu'un").
_MARKED_WORD = re.compile(r"[\"“”«»„]|[^\W_][\w'’\-]*")


@dataclass(frozen=True, slots=True)
class MarkedWords:
    """A text's words, in order, in the forms the checks read them in (each tuple one entry a word)."""

    marked: tuple[tuple[str, bool, int], ...]  # as written, inside quotation marks, where it starts
    lowered: tuple[str, ...]  # in small letters, a curly apostrophe made straight
    # `lowered`, but "May" inside the text kept as written (the month, not the hedge "may")
    hedge_words: tuple[tuple[str, bool], ...]
    # `lowered` without an elided article or pronoun of up to three letters ("qu'un" -> "un"), as
    # reported speech compares its words; with inside quotation marks and where it starts
    unelided: tuple[tuple[str, bool, int], ...]
    # as written and in small letters, without an elided word of up to two letters ("l'éleveur")
    written: tuple[tuple[str, str], ...]


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation that cites it
def marked_words(text: str) -> MarkedWords:
    """The words of `text`, read once in every form the word checks read them in."""
    marked = []  # (lists, not generators: a frame resumed per word costs more than the word's reading)
    lowered = []
    hedge_words = []
    unelided = []
    written_forms = []
    inside = False
    for match in _MARKED_WORD.finditer(text):
        token = match.group()
        if token in QUOTE_MARKS:
            inside = True if token in "“«„" else False if token in "”»" else not inside
            continue
        at = match.start()
        marked.append((token, inside, at))
        if "'" not in token and "’" not in token:  # most words: no elision to drop, one small-letter form
            word = token.lower()
            lowered.append(word)
            hedge_words.append((token if token == "May" and at > 0 else word, inside))
            unelided.append((word, inside, at))
            written_forms.append((token, word))
            continue
        word = token.lower().replace("’", "'")
        lowered.append(word)
        hedge_words.append((word, inside))
        head, _, tail = word.partition("'")
        unelided.append((tail if tail and len(head) <= 3 and "'" not in tail else word, inside, at))
        written = token.replace("’", "'")
        head, _, tail = written.partition("'")
        if tail and len(head) <= 2 and "'" not in tail:
            written = tail
        written_forms.append((written, written.lower()))
    return MarkedWords(tuple(marked), tuple(lowered), tuple(hedge_words), tuple(unelided), tuple(written_forms))
