"""Spans of years written in other units: "thirty years" is "three decades", "two millennia" is
"2,000 years", "a 20-year wait" is "two decades" of waiting.

A line that turns its source's span into another unit has invented no number, though its figure
("thirty") is nowhere in the source ("three"). Each span is read as a count of years, so the line
and its sources compare by length; a changed length ("forty years" for "three decades") still
differs. The unit words are the language module's (`Language.year_spans`); a language without
them reads no spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from summarizer.textpatterns import ascii_digits
from summarizer.verify.amounts import read_figure
from summarizer.verify.lexicon import lexicon
from summarizer.verify.spelled import spelled_numbers

_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
_UNIT_AFTER = re.compile(r"[\s\-\u00a0]+([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class YearSpan:
    number: str  # the count as the checks compare it: "30", "2000" (digits, canonical)
    years: Decimal  # the span's length in years


@lru_cache(maxsize=512)
def year_spans(text: str, language: str = "english") -> tuple[YearSpan, ...]:
    """Each count of `text` followed by a unit of years ("30 years", "three decades", "2,000-year")."""
    words = lexicon(language)
    units = words.year_spans
    if not units:
        return ()
    found = []
    digits = ascii_digits(text)
    counts: list[tuple[int, Decimal]] = []  # (where the count ends, its value)
    for match in _DIGITS.finditer(digits):
        value = read_figure(match.group(), words.decimal_point)
        if value is not None:
            counts.append((match.end(), value))
    counts += [(end, Decimal(value)) for _, end, value, _ in spelled_numbers(text, language)]
    lowered = text.lower()
    for end, value in counts:
        unit = _UNIT_AFTER.match(lowered, end)
        if unit and unit.group(1) in units:
            found.append(YearSpan(_canonical(value), value * units[unit.group(1)]))
    return tuple(found)


def spanned_numbers(text: str, sources: str, language: str = "english") -> frozenset[str]:
    """The counts of `text` whose span of years its `sources` give in some unit, this one or another."""
    mine = year_spans(text, language)
    if not mine:
        return frozenset()
    lengths = {span.years for span in year_spans(sources, language)} | year_ranges(sources)
    return frozenset(span.number for span in mine if span.years in lengths)


_YEAR = re.compile(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d.,]?\d)")
MAX_WORDS_BETWEEN_YEARS = 2  # "between 2004 and 2024", "from 2019 to 2022", "2019-2022", "de 2004 a 2024"


def year_ranges(text: str) -> frozenset[Decimal]:
    """The lengths, in years, of the periods `text` bounds by two years written close together
    ("between 2004 and 2024" is 20 years): a line may give such a period as "two decades"."""
    years = [(match.start(), match.end(), int(match.group())) for match in _YEAR.finditer(ascii_digits(text))]
    lengths = set()
    for (_, end, first), (start, _, last) in zip(years, years[1:]):
        if last > first and len(_BETWEEN_WORD.findall(text[end:start])) <= MAX_WORDS_BETWEEN_YEARS:
            lengths.add(Decimal(last - first))
    return frozenset(lengths)


_BETWEEN_WORD = re.compile(r"[^\W\d_]+|\d")


def _canonical(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
