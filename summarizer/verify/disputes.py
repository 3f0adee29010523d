"""A claim's holder and its disputer exchanged: "L'Office conteste l'affirmation de Volaris selon
laquelle ..." where the source has "Selon l'Office, ..., ce que conteste Volaris"; "The board
disputes Marlow's claim that ..." where "According to the board, ..., which Marlow disputes".

Read from words alone, parser on or off, in every language whose module gives its disputing verbs
(`Language.disputing_verbs`: "disputes", "conteste", "bestreitet", "rechaza") and its words
before a claim's holder (`Language.according_words`). In the line, the disputer is the name
nearest before the disputing verb and the claim's holder the first name after it ("l'affirmation
de Volaris", "Marlow's claim"). In a cited sentence, the holder is the name after an according
word, the disputer the name right after the disputing verb ("ce que conteste Volaris") or nearest
before it. The line is wrong only where it makes the sentence's holder the disputer and the
sentence's disputer the holder.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.ranks import _name_ending, _name_starting, _Words

_BEFORE = 8  # words before a disputing verb that its disputer's name may end in
_AFTER = 6  # words after it (an article, the claim's noun, "de") before the holder's name
_INVERTED = 3  # words after it before a disputer named after its verb ("ce que conteste Volaris")


def _first_name_after(words: _Words, start: int, reach: int) -> frozenset[str]:
    """The first run of names within `reach` words of `start`, no comma or sentence mark before it."""
    for k in range(start, min(len(words), start + reach)):
        if words[k] in ",;:.!?":
            return frozenset()
        if words.names[k]:
            return _name_starting(words, k, 1)
    return frozenset()


def dispute_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """The line's disputer who holds the claim in a cited sentence, whose disputer the line makes
    the claim's holder (module doc)."""
    lex = lexicon(language)
    if not lex.disputing_verbs or not lex.according:
        return []
    words = _Words(text, language)
    lowered = [w.lower() for w in words]
    for k, word in enumerate(lowered):
        if word not in lex.disputing_verbs:
            continue
        disputer = _name_ending(words, k, _BEFORE)
        holder = _first_name_after(words, k + 1, _AFTER)
        if not disputer or not holder or disputer & holder:
            continue
        for source in sources:
            theirs = _Words(source, language)
            low = [w.lower() for w in theirs]
            holders = [_first_name_after(theirs, j + 1, _AFTER) for j, w in enumerate(low) if w in lex.according]
            disputers = [
                _first_name_after(theirs, j + 1, _INVERTED) or _name_ending(theirs, j, _BEFORE)
                for j, w in enumerate(low) if w in lex.disputing_verbs
            ]
            if any(h & disputer and not h & holder for h in holders) and any(d & holder and not d & disputer for d in disputers):
                shown = {name: " ".join(dict.fromkeys(w for w in words if w.lower() in name)) for name in (disputer, holder)}
                return [Problem(
                    "relation", f"relation reversed: the line has {shown[disputer]} dispute {shown[holder]}'s claim; "
                    f"its source has {shown[disputer]} make the claim and {shown[holder]} dispute it"
                )]
    return []
