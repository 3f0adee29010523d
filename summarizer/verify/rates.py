"""Shares written as a count in a count ("six in ten", "sechs von zehn", "six sur dix", "seis de
cada diez"), as a fraction ("a fifth", "one-third", "ein Viertel", "la moitié") and as a
percentage ("60 percent", "60 Prozent", "60 %"): one value, three ways.

A line's "60 percent of households" states its source's "six in ten households"; its "70
percent" does not. A line's "20%" states "a fifth", its "about one third" the source's "roughly
a third". The words that join the two counts (`Language.rate_words`), the fraction words by
their denominator (`Language.fraction_words`) and the words that write a percentage
(`Language.percent_words`, besides "%") are the language module's; counts and numerators are
read in figures or in the language's number words (`Language.spelled_numbers`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.verify.lexicon import lexicon

_TOLERANCE = 0.5  # percentage points: "one in three" is "33%" or "33.3%", not "30%"


@lru_cache(maxsize=64)
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    words = lexicon(language)
    if not words.rate_words:
        return None, None
    number = r"(?:\d+|" + "|".join(sorted(map(re.escape, words.spelled), key=len, reverse=True)) + ")" if words.spelled else r"\d+"
    joins = "|".join(sorted((r"\s+".join(map(re.escape, w.split())) for w in words.rate_words), key=len, reverse=True))
    # The counted noun may stand between the counts ("sept locataires sur dix", "seven tenants in
    # ten"), not a percentage's word ("5 percent in 10 years"); a span of time is no whole ("3
    # goals in 10 minutes").
    signs = "|".join(["%", *sorted((r"\s?".join(map(re.escape, w.split())) for w in words.percent_words), key=len, reverse=True)])
    units = "|".join(sorted(map(re.escape, words.time_units), key=len, reverse=True)) or "(?!)"
    rate = re.compile(
        rf"(?<![\w.,])({number})(?:\s+(?!(?:{signs})\b)[^\W\d_]+)?\s+(?:{joins})\s+({number})(?![\w.,])(?!\s+(?:{units})\b)",
        re.IGNORECASE,
    )
    percent = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(?:{signs})(?!\w)", re.IGNORECASE)
    return rate, percent


@lru_cache(maxsize=64)
def _fraction_pattern(language: str) -> re.Pattern[str] | None:
    """A fraction word, with the number word or figure before it that is its numerator, if any
    ("two-thirds", "one third", "zwei Drittel", "a fifth": none, one)."""
    words = lexicon(language)
    if not words.fractions:
        return None
    number = "|".join(sorted(map(re.escape, words.spelled), key=len, reverse=True))
    fractions = "|".join(sorted(map(re.escape, words.fractions), key=len, reverse=True))
    numerator = rf"(?:(\d+|{number})[\s-]+)?" if number else r"(?:(\d+)[\s-]+)?"
    return re.compile(rf"(?<![\w-]){numerator}({fractions})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=512)
def fraction_shares(text: str, language: str) -> tuple[tuple[int | None, float], ...]:
    """The fractions of `text`: (numerator where a number gives it, share in percent): "two
    thirds" (2, 66.7), "a fifth" (None, 20.0)."""
    pattern = _fraction_pattern(language)
    if pattern is None:
        return ()
    words = lexicon(language)
    found = []
    for match in pattern.finditer(text):
        numerator = _value(match.group(1), words.spelled) if match.group(1) else None
        denominator = words.fractions[match.group(2).lower()]
        if numerator is None or 0 < numerator < denominator:
            found.append((numerator, 100 * (numerator or 1) / denominator))
    return tuple(found)


def _shares(sources: str, language: str, percents: bool = False) -> list[float]:
    """Every share `sources` write as a count in a count or a fraction, and as a percentage where asked."""
    shares = [*rate_shares(sources, language), *(share for _, share in fraction_shares(sources, language))]
    if percents:
        _, percent = _patterns(language)
        if percent is not None:
            shares += [float(m.group(1).replace(",", ".")) for m in percent.finditer(sources)]
    return shares


def _value(word: str, spelled: dict[str, int]) -> int | None:
    return int(word) if word.isdigit() else spelled.get(word.lower())


@lru_cache(maxsize=512)
def rate_shares(text: str, language: str) -> tuple[float, ...]:
    """The shares, in percent, that `text` writes as a count in a count ("six in ten": 60.0)."""
    rate, _ = _patterns(language)
    if rate is None:
        return ()
    spelled = lexicon(language).spelled
    shares = []
    for match in rate.finditer(text):
        part, whole = _value(match.group(1), spelled), _value(match.group(2), spelled)
        if part is not None and whole and part <= whole:
            shares.append(100 * part / whole)
    return tuple(shares)


def _may_hold(text: str, words: frozenset[str], sign: str = "") -> bool:
    """A substring look before a pattern that is tried at every character: whether `text` holds
    `sign` or one of `words` (in small letters, as a word's start)."""
    if sign and sign in text:
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def percents_of_shares(line: str, sources: str, language: str) -> frozenset[str]:
    """The line's percentages (as written, "60") whose value a source writes as a count in a
    count or as a fraction: "60 percent" for "six in ten", "20%" for "a fifth"."""
    _, percent = _patterns(language)
    if percent is None or not _may_hold(line, lexicon(language).percent_words, "%"):
        return frozenset()
    found = [(m.group(1), float(m.group(1).replace(",", "."))) for m in percent.finditer(line)]
    if not found:
        return frozenset()
    shares = _shares(sources, language)
    return frozenset(written for written, value in found if any(abs(value - share) <= _TOLERANCE for share in shares))


def counts_of_percents(line: str, sources: str, language: str) -> frozenset[str]:
    """The two counts of each of the line's counts in a count ("sechs von zehn": "6", "10") whose
    share a source writes as a percentage ("60 Prozent")."""
    rate, percent = _patterns(language)
    if rate is None or not _may_hold(line, lexicon(language).rate_words) or not rate.search(line):
        return frozenset()
    shares = _shares(sources, language, percents=True)
    if not shares:
        return frozenset()
    spelled = lexicon(language).spelled
    found: set[str] = set()
    for match in rate.finditer(line):
        part, whole = _value(match.group(1), spelled), _value(match.group(2), spelled)
        if part is not None and whole and part <= whole and any(abs(100 * part / whole - share) <= _TOLERANCE for share in shares):
            found |= {str(part), str(whole)}
    return frozenset(found)


def numerators_of_fractions(line: str, sources: str, language: str) -> frozenset[str]:
    """The numerators the line writes in words before a fraction ("one" of "about one-third")
    whose fraction's value a source gives as a fraction, a percentage or a count in a count
    ("roughly a third", "33%", "one in three"): no number of the line's own."""
    if not _may_hold(line, frozenset(lexicon(language).fractions)):
        return frozenset()
    fractions = [(numerator, share) for numerator, share in fraction_shares(line, language) if numerator is not None]
    if not fractions:
        return frozenset()
    shares = _shares(sources, language, percents=True)
    return frozenset(str(numerator) for numerator, share in fractions if any(abs(share - other) <= _TOLERANCE for other in shares))
