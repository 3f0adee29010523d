"""A person's age, which an article states once and a summary may repeat anywhere.

News gives an age in a few fixed shapes: "Gerald Mistry, 57, said", "a man aged 57", "the
57-year-old". A line that calls someone "the 57-year-old" has invented no number where the
article states that age anywhere, though its cited sentences may not. Only a line's age phrase is
read so: the same figure elsewhere in the line must stand in its sources. English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# A line's age phrase: "57-year-old", "57 year old", "aged 57".
_LINE_AGE = re.compile(r"\b(\d{1,3})[\s\-]years?[\s\-]old\b|\baged\s+(\d{1,3})\b", re.IGNORECASE)
# An age stated in the article: the line's shapes, or a name set off by commas ("Mistry, 57,").
_NAMED_AGE = r"|\b(?-i:[A-Z])[\w'’\-]+,\s(\d{1,3}),"
_STATED_AGE = re.compile(_LINE_AGE.pattern + _NAMED_AGE, re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")


def _ages(pattern: re.Pattern[str], text: str) -> list[str]:
    return [next(group for group in match.groups() if group) for match in pattern.finditer(text)]


def stated_ages(text: str, article: Sequence[str]) -> frozenset[str]:
    """The ages of `text`'s age phrases that `article` (its sentences) states in an age shape,
    where the line writes that figure nowhere but in its age phrases."""
    mine = _ages(_LINE_AGE, text)
    if not mine:
        return frozenset()
    stated = {age for sentence in article for age in _ages(_STATED_AGE, sentence)}
    figures = _FIGURE.findall(text)
    return frozenset(age for age in mine if age in stated and figures.count(age) == mine.count(age))


# An age phrase with its figure as digits or a word: "57-year-old", "eight-year-old", "aged nine".
# (Tokenised copies space their hyphens: "44 - year - old".)
_ANY_AGE = re.compile(r"\b(\w+)(?:\s*-\s*|\s)years?(?:\s*-\s*|\s)old\b|\baged\s+(\w+)\b", re.IGNORECASE)
_STATED_ANY_AGE = re.compile(_ANY_AGE.pattern + _NAMED_AGE, re.IGNORECASE)
# Every match of `_ANY_AGE` holds one of these words.
_AGE_WORDS = re.compile(r"year|aged", re.IGNORECASE)


def _age_values(pattern: re.Pattern[str], text: str, counts: dict[str, str]) -> list[tuple[str, str]]:
    """Each age phrase's figure as written and as digits (words out of `counts` left out)."""
    return _values(_ages(pattern, text), counts)


@lru_cache(maxsize=1024)  # an article's sentences are read again for each line that gives an age
def _stated_any_ages(sentence: str) -> tuple[str, ...]:
    """The figures of a sentence's age phrases (`_STATED_ANY_AGE`), as written."""
    return tuple(_ages(_STATED_ANY_AGE, sentence))


def _values(ages: Sequence[str], counts: dict[str, str]) -> list[tuple[str, str]]:
    """Each age figure as written and as digits (words out of `counts` left out)."""
    found = []
    for written in ages:
        value = written if written.isdigit() else counts.get(written.lower())
        if value is not None:
            found.append((written, value))
    return found


def unstated_ages(text: str, article: Sequence[str], counts: dict[str, str]) -> list[str]:
    """The line's ages that the article states as no one's age, where it states ages: "nine-year-old
    Sari" for "eight-year-old Sari" is a wrong age even where a 9 stands in a date."""
    if not _AGE_WORDS.search(text):  # a substring look first: the age pattern is tried at every word
        return []
    ages = _age_values(_ANY_AGE, text, counts)
    if not ages:  # most lines give no age: the article need not be read
        return []
    stated = {value for sentence in article for _, value in _values(_stated_any_ages(sentence), counts)}
    if not stated:
        return []
    return [written for written, value in ages if value not in stated]
