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
