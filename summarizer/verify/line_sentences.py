"""Where the sentences of one summary line end: a line may hold two ("... this season. the striker ...").

One rule for every check that reads a line sentence by sentence: the relation checks join no
words across an end, and the cut-off checks (`fragments.py`) read each sentence's last word.

A full stop, "!" or "?" (and any closing quote) ends a sentence before a space and the next word
or an opening quote, whatever the next word's case (models and lower-cased data write "... this
season. the striker ..."), where the word before it is not an abbreviation or an initial:
- it ends on two small letters or digits ("season.", "année.", "2-1."), so that "U.S.", "Mr." and
  "J. Smith" stay whole;
- or it is a number ("from may 27 to june 7. Gareth");
- or it is a word no sentence of the language ends on ("... by the. Police"), a line cut off,
  which the cut-off checks report.

A quotation closed with no stop before the next sentence also ends one, as models write it: "...
'we all became more radical' It is believed ...".
"""

from __future__ import annotations

import re
from functools import lru_cache

_STOP = re.compile(r"[.!?]['’\"”»)]*(?=\s+[\"“'‘«]?[^\W_])")
_QUOTE_CLOSED = re.compile(r"(?<=[a-z0-9]['’\"”])(?=\s+(?:He|She|It|They|We|I|The|This|His|Her|Its|Their|But|A|An)\s)")
_ENDS_SENTENCE_MARKS = ".!?'’\"”"


@lru_cache(maxsize=512)  # a line is read again by the cut-off and relation checks, for each of its citations
def sentence_ends(text: str, unfinished_ends: frozenset[str] = frozenset()) -> tuple[int, ...]:
    """The offsets in `text` where one of its sentences ends (after its stop and closing quotes)
    and, past the spaces there, another begins; `unfinished_ends` are the language's words no
    sentence ends on (`Language.unfinished_ends`)."""
    if not any(c in text for c in _ENDS_SENTENCE_MARKS):
        return ()
    ends = [m.end() for m in _STOP.finditer(text) if _ends_on_a_word(text[: m.start()], unfinished_ends)]
    if any(c in text for c in "'’\"”"):
        ends = sorted({*ends, *(m.start() for m in _QUOTE_CLOSED.finditer(text))})
    return tuple(ends)


def _ends_on_a_word(before: str, unfinished_ends: frozenset[str]) -> bool:
    """Whether the text before a stop ends on a word that a stop after it closes: not an initial or
    an abbreviation ("U.S", "Mr")."""
    pieces = before.rsplit(None, 1)  # the last word only: the text before it may be long
    if not pieces:
        return False
    word = pieces[-1].rstrip(".!?\"”’)")
    tail = word[-2:]
    return len(tail) == 2 and all(c.islower() or c.isdigit() for c in tail) or word.isdigit() or word in unfinished_ends


def line_sentences(text: str, unfinished_ends: frozenset[str] = frozenset()) -> list[str]:
    """The sentences of `text` (a summary line), split at `sentence_ends`."""
    pieces, start = [], 0
    for end in sentence_ends(text, unfinished_ends):
        pieces.append(text[start:end])
        start = end
    return [piece.strip() for piece in [*pieces, text[start:]] if piece.strip()]
