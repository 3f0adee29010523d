"""Days of the month written as ordinal words: "the first of March" is 1 March.

An English article may spell a date's day ("from the first of March", "on March the third") where
a line writes its figure ("from 1 March"). The number check reads figures and counts, not
ordinals ("first" is as often "before any other" as a number), so such a day is read here, and
only beside a month name: nowhere else does an ordinal word stand for a day.
"""

from __future__ import annotations

import re

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
# "first" .. "thirty-first" -> 1 .. 31, with or without the hyphen of the compound ones.
_DAYS: dict[str, int] = {word: value for value, word in enumerate(_UNITS + _TEENS, start=1)}
_DAYS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_DAYS.update({f"twenty{joint}{word}": 20 + value for value, word in enumerate(_UNITS, start=1) for joint in ("-", " ")})
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_NAMES = _MONTHS.split("|")
_DAY = "|".join(sorted(_DAYS, key=len, reverse=True))  # longest first: "twenty-first" before "first"
_WRITTEN_DAY = re.compile(
    rf"\b(?:(?P<before>{_DAY})\s+of\s+(?:{_MONTHS})|(?:{_MONTHS})\s+(?:the\s+)?(?P<after>{_DAY}))\b"
)


def spelled_days(lowered: str) -> set[str]:
    """The figures of the days a lowercase English text writes as ordinal words beside a month."""
    if not any(month in lowered for month in _MONTH_NAMES):
        return set()  # a plain substring look first: the pattern is tried at every character
    return {str(_DAYS[m.group("before") or m.group("after")]) for m in _WRITTEN_DAY.finditer(lowered)}
