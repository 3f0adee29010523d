"""Acronyms a line writes for a name its sources spell out: "UCI" for "unidad de cuidados
intensivos", "SFO" for "Serious Fraud Office", "WHO" for "World Health Organization".

A line that shortens its source's words to their initials has invented no name. The initials
must come from one run of the source's words, in order, each giving its first letter; a short
word in small letters between them ("de", "of", "and", "the") may give none, as acronyms skip
such words. Only a word of capitals counts as an acronym, and one of two letters only where the
words it stands for are capitalised ("EU" for "European Union", not for "each unit") or are
long words in small letters, as the titles shortened so are ("MP" for "member of parliament", "GP"
for "general practitioner"): a short word in small letters ("each", "unit") gives no such title.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
MAX_SKIPPED_LENGTH = 3  # a word in small letters this short may give no letter ("de", "of", "the")
MAX_ACRONYM_LENGTH = 8
MIN_TITLE_WORD_LENGTH = 5  # a word in small letters this long may give a two-letter title's letter
# Initials written with stops, as American and older British style does: "U.S.", "U.K.", "U.N."
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?=(\s*[\"'”’)\]]*\s*$)?)")


def dotted_initialisms(text: str) -> frozenset[str]:
    """The dotted initialisms of `text` as acronyms ("U.S." -> "US")."""
    if "." not in text:
        return frozenset()
    return frozenset(match.group(1).replace(".", "") for match in _DOTTED.finditer(text))


def collapse_dotted_initialisms(text: str) -> str:
    """`text` with its dotted initialisms written as acronyms ("in the U.S. market" -> "in the US
    market"), the stop kept where the initialism ends the line, as the sentence's own. Read
    word by word, "U.S." is two one-letter names, "U" and "S", that no spelling of the
    country holds; as "US" it is an acronym that "United States" or "U.S." spells out."""
    if "." not in text:
        return text
    return _DOTTED.sub(lambda m: m.group(1).replace(".", "") + ("." if m.group(2) is not None else ""), text)


def spelled_out(acronym: str, sources: str) -> bool:
    """Whether `acronym` (a word of capitals) is the initials of a run of words in `sources`."""
    if not (2 <= len(acronym) <= MAX_ACRONYM_LENGTH and acronym.isalpha() and acronym.isupper()):
        return False
    letters = acronym.lower()
    words = _WORD.findall(sources)
    capitalised_only = len(letters) == 2
    return any(
        _gives(word, letters[0], capitalised_only) and _initials_from(words, start + 1, letters[1:], capitalised_only)
        for start, word in enumerate(words)
    )


def spelling_words(acronyms: frozenset[str] | set[str], text: str) -> frozenset[str]:
    """The words of `text` that spell one of `acronyms` out, a run of capitalised words giving its
    letters in order ("United States" for a source's "US" or "U.S."): no name the line made up."""
    if not acronyms:
        return frozenset()
    words = _WORD.findall(text)
    found: set[str] = set()
    for acronym in acronyms:
        size = len(acronym)
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if all(w[0].isupper() for w in run) and "".join(w[0] for w in run) == acronym:
                found.update(run)
    return frozenset(found)


def _gives(word: str, letter: str, capitalised_only: bool) -> bool:
    return word[0].lower() == letter and (word[0].isupper() or not capitalised_only or len(word) >= MIN_TITLE_WORD_LENGTH)


def _initials_from(words: list[str], at: int, letters: str, capitalised_only: bool) -> bool:
    """Whether the words from `at` on, inside a run already begun, give `letters`; a short small
    word may stand between two that give letters ("unidad de cuidados")."""
    if not letters:
        return True
    if at >= len(words):
        return False
    word = words[at]
    if _gives(word, letters[0], capitalised_only) and _initials_from(words, at + 1, letters[1:], capitalised_only):
        return True
    return word.islower() and len(word) <= MAX_SKIPPED_LENGTH and _initials_from(words, at + 1, letters, capitalised_only)
