"""Spans of time written in other units: "thirty years" is "three decades", "two millennia" is
"2,000 years", "a 20-year wait" is "two decades" of waiting, "two days" is "48 hours", "two weeks"
is "a fortnight", "18 months" is "a year and a half", "six months" is "half a year".

A line that turns its source's span into another unit has invented no number, though its figure
("thirty") is nowhere in the source ("three"). Each span is read as a count of hours (a year is
365 days, a month a twelfth of one), so the line and its sources compare by length; a changed
length ("forty years" for "three decades", "three days" for "48 hours") still differs. The unit
words are the language module's (`Language.time_units`, with their lengths), and so are the
words that count a unit without a figure ("a fortnight", "half a year", "anderthalb Jahre",
`Language.span_counts`) or add a half to it ("un an et demi", `Language.span_and_half`); a
language without them reads no spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from summarizer.lang import HOUR, YEAR
from summarizer.textpatterns import ascii_digits
from summarizer.verify.amounts import canonical_figure, read_figure
from summarizer.verify.lexicon import lexicon
from summarizer.verify.spelled import spelled_numbers

HOURS_IN_YEAR = YEAR // HOUR  # 365 days: "a year" is "12 months", "52 weeks" is not quite one
_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
_UNIT_AFTER = re.compile(r"[\s\-\u00a0]+([^\W\d_]+)")
_HALF = Decimal("0.5")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Span:
    number: str  # the count as the checks compare it: "30", "2000" (digits, canonical); "" for "a", "half a"
    hours: Decimal  # the span's length

    @property
    def years(self) -> Decimal:
        return self.hours / HOURS_IN_YEAR


@dataclass(frozen=True, slots=True)
class _Units:
    seconds: dict[str, Decimal]  # unit word -> its length
    counts: re.Pattern[str] | None  # the words that count a unit without a figure
    count_values: dict[str, Decimal]
    and_half: re.Pattern[str] | None  # "and a half" after a count or its unit


@lru_cache(maxsize=16)
def _units(language: str) -> _Units:
    words = lexicon(language)
    counts = {phrase: Decimal(str(value)) for phrase, value in words.span_counts.items()}
    return _Units(
        {word: Decimal(seconds) for word, seconds in words.time_units.items()},
        _phrases(counts),
        counts,
        _phrases(words.span_and_half, prefix=r"\s+"),
    )


def _phrases(phrases: Iterable[str], prefix: str = "") -> re.Pattern[str] | None:
    """One pattern for all `phrases`, the longest first, spaces inside them matching any run of spaces."""
    if not phrases:
        return None
    alternatives = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True))
    return re.compile(rf"{prefix}(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


@lru_cache(maxsize=512)
def time_spans(text: str, language: str = "english") -> tuple[Span, ...]:
    """Each count of `text` followed by a unit of time ("30 years", "three decades", "2,000-year",
    "48 hours", "a fortnight", "un an et demi")."""
    units = _units(language)
    if not units.seconds:
        return ()
    words = lexicon(language)
    lowered = text.lower()
    counts: list[tuple[int, int, Decimal, str]] = []  # start, end, value, the number as compared
    for match in _DIGITS.finditer(ascii_digits(text)):
        value = read_figure(match.group(), words.decimal_point)
        if value is not None:
            counts.append((match.start(), match.end(), value, canonical_figure(value)))
    counts += [(start, end, Decimal(value), str(value)) for start, end, value, _ in spelled_numbers(text, language)]
    if units.counts is not None:
        counts += [(m.start(), m.end(), units.count_values[_spaced(m.group())], "") for m in units.counts.finditer(lowered)]
    found = []
    taken = -1
    for start, end, value, number in sorted(counts, key=lambda count: (count[0], -count[1])):
        if start < taken:
            continue  # "a" inside "half a"
        taken = end
        half = units.and_half.match(lowered, end) if units.and_half is not None else None
        unit = _UNIT_AFTER.match(lowered, half.end() if half else end)
        if not unit or unit.group(1) not in units.seconds:
            continue
        if half is None and units.and_half is not None and (after := units.and_half.match(lowered, unit.end())):
            half = after  # "a year and a half"
        found.append(Span(number, _hours(value + (_HALF if half else 0), units.seconds[unit.group(1)])))
    return tuple(found)


def _hours(count: Decimal, seconds: Decimal) -> Decimal:
    """The length of `count` units of `seconds` each, in hours (divided last, so that "90 minutes"
    is exactly "an hour and a half")."""
    return count * seconds / HOUR


def _spaced(phrase: str) -> str:
    return " ".join(phrase.split())


def spanned_numbers(text: str, sources: str, language: str = "english") -> frozenset[str]:
    """The counts of `text` whose span of time its `sources` give in some unit, this one or another."""
    mine = [span for span in time_spans(text, language) if span.number]
    if not mine:
        return frozenset()
    lengths = {span.hours for span in time_spans(sources, language)} | {years * HOURS_IN_YEAR for years in year_ranges(sources)}
    # A unit with no count is one of it ("la última década" gives "los últimos diez años"), one and
    # a half with a half after it ("año y medio").
    units, lowered = _units(language), sources.lower()
    for word in _WORD.finditer(lowered):
        if (seconds := units.seconds.get(word.group())) is not None:
            half = units.and_half is not None and units.and_half.match(lowered, word.end())
            lengths.add(_hours(1 + _HALF if half else Decimal(1), seconds))
    return frozenset(span.number for span in mine if span.hours in lengths)


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
