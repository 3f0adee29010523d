"""Amounts as values: a figure is the same figure however it is written, and a sum of money keeps
its currency.

News and the models that summarise it write one amount many ways: "£1.2m", "1.2 million pounds",
"£1,200,000"; "40,000" and "40 thousand"; "5%" and "5 percent". The literal checks compare a
line's numbers and scale words with its sources' by these values, so a faithful rewording is not
a number or a quantity "not in its sources". The same reading finds a sum whose currency was
swapped ("$12m" where the source has "£12m"), which the literal checks cannot see: the figure
itself is in the source.

Scale suffixes ("m", "bn", "k") are read as scales wherever they follow a number: "a 100m
sprint" is then also read as 100 million, a leniency that only matters if a line wrote "100
million" for it. Currency symbols are read in every language; currency words are the language
module's (`Language.currency_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from summarizer.textpatterns import ascii_digits
from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem

# Words that say how near a figure is ("roughly 60%"), no thing it belongs to.
APPROXIMATE_WORDS = frozenset("almost nearly about around roughly some close more than over casi cerca unos presque environ près fast rund etwa knapp".split())

_SUFFIX_SCALES = {"k": Decimal(10) ** 3, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6,
                  "bn": Decimal(10) ** 9, "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12}  # fmt: skip
# Symbols before a figure, by currency family ("A$" and "$" are both dollars: an Australian
# article writes "$" for its own).
_SYMBOLS = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen/yuan", "₹": "rupee", "₩": "won", "₽": "rouble",
            "₺": "lira", "₦": "naira", "₱": "peso", "₪": "shekel", "₴": "hryvnia", "₫": "dong", "฿": "baht"}  # fmt: skip
_SYMBOL = r"(?:[A-Z]{1,3})?[$£€¥₹₩₽₺₦₱₪₴₫฿]"
# Scales written as a letter or two before a currency's symbol, after a space: French and Spanish
# "3 M€", "2 Md€", "40 k€" (millions, milliards, thousands of euros).
_SYMBOL_SCALES = {"k": Decimal(10) ** 3, "m": Decimal(10) ** 6, "md": Decimal(10) ** 9, "mds": Decimal(10) ** 9,
                  "mrd": Decimal(10) ** 9}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Amount:
    written: str  # as the text writes it: "£1.2m", "12 million dollars"
    number: str  # the digits as written: "1.2"
    value: str  # the value with its scale, canonically: "1200000"
    scale: Decimal | None  # what a scale word or suffix multiplies it by ("million", "m")
    scale_word: str | None  # the scale word, lowercase, where a word gives it
    currency: str | None  # the currency family, when the text gives one beside it
    start: int  # where its digits start in the text


@lru_cache(maxsize=64)
def _pattern(scale_words: tuple[str, ...], currency_words: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, scale_words), key=len, reverse=True)) or "(?!)"
    currencies = "|".join(sorted(map(re.escape, currency_words), key=len, reverse=True)) or "(?!)"
    suffixes = "|".join(sorted(_SUFFIX_SCALES, key=len, reverse=True))
    symbol_scales = "|".join(sorted(_SYMBOL_SCALES, key=len, reverse=True))
    return re.compile(
        rf"(?P<symbol>{_SYMBOL})?\s?(?P<number>(?<![\d.,])\d+(?:[.,]\d+)*)"
        rf"(?:(?P<suffix>{suffixes})\b|(?P<symbol_scale>\s?(?:{symbol_scales}))(?=\s?[$£€¥])|\s+(?P<word>{words})(?!\w)\.?)?"
        rf"(?:(?:\s+(?:US\s+|U\.S\.\s+|de\s+)?|\s+d['’])(?P<currency>{currencies})\b|\s?(?P<after>[$£€¥₹₩₽₺₦₱₪₴₫฿]))?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=512)
def amounts(text: str, language: str = "english") -> tuple[Amount, ...]:
    """Every figure of `text` with its value and currency (English-style marks: "1,200.5").
    Cached: a source sentence is read for every line and trial citation that cites it."""
    if not any(map(str.isdigit, text)):  # map: no generator frame per character
        return ()
    words = lexicon(language)
    pattern, scales = _reading(language)
    currency_of = words.currencies
    found = []
    for match in pattern.finditer(text if text.isascii() else ascii_digits(text)):
        number = match.group("number")
        value = read_figure(number, words.decimal_point)
        if value is None:
            continue
        suffix, word = match.group("suffix"), match.group("word")
        symbol_scale = match.group("symbol_scale")
        scale = (
            _SUFFIX_SCALES[suffix.lower()] if suffix
            else _SYMBOL_SCALES[symbol_scale.strip().lower()] if symbol_scale
            else scales.get(word.lower()) if word else None
        )
        if scale is not None:
            value *= scale
        symbol = match.group("symbol")
        after = match.group("after")  # "40 €", as French, Spanish and German write it
        currency = _SYMBOLS[symbol[-1]] if symbol else _SYMBOLS[after] if after else None
        if match.group("currency"):
            currency = currency_of[match.group("currency").lower()]
        found.append(
            Amount(match.group().strip(), number, canonical_figure(value), scale, word.lower() if word else None, currency, match.start("number"))
        )
    return tuple(found)


def read_figure(number: str, decimal_point: bool) -> Decimal | None:
    """A figure's digits as a value: "2,000" is 2000 where the language writes a decimal point
    (`decimal_point`), "2.000" is 2000 and "1,5" is 1.5 where it writes a decimal comma; None
    where the digits make no number."""
    try:
        return Decimal(number.replace(",", "")) if decimal_point else Decimal(number.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


@lru_cache(maxsize=64)
def _reading(language: str) -> tuple[re.Pattern[str], dict[str, Decimal]]:
    """The amount pattern of `language` and its scale words (thousand and up) by value."""
    words = lexicon(language)
    scales = {w: Decimal(repr(v)) for w, v in words.scales.items() if v >= 1000}
    return _pattern(tuple(scales), tuple(words.currencies)), scales


def canonical_figure(value: Decimal) -> str:
    """A value as the figure checks compare it: "40.50" and "040.5" are "40.5", "1E+3" is "1000".
    The one spelling for amounts, spans of time and CJK numerals alike."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def currency_problems(text: str, sources: list[str] | tuple[str, ...], language: str = "english") -> list[Problem]:
    """A sum of the line in another currency than its sources give that same sum: "$12m" where
    they have "£12m". A source sum without a currency says nothing against the line's."""
    mine = [a for a in amounts(text, language) if a.currency is not None]
    if not mine:
        return []
    theirs = [a for source in sources for a in amounts(source, language)]
    swapped = []
    for amount in mine:
        same = [a for a in theirs if a.value == amount.value and a.currency is not None]
        if same and not any(_same_currency(a.currency, amount.currency) for a in same):  # type: ignore[arg-type]
            swapped.append(f"“{amount.written}” where its source has “{same[0].written}”")
    if not swapped:
        return []
    return [Problem("substitution", "currency not in its sources: " + ", ".join(swapped))]


def _same_currency(a: str, b: str) -> bool:
    """One family, or one of the families a symbol may stand for ("¥": yen or yuan)."""
    return a == b or a in b.split("/") or b in a.split("/")
