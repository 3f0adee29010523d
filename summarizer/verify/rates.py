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


# A share is compared only where the line writes it as a share of something ("half of the costs",
# "die Hälfte der Kosten", "la moitié du budget"): the word after it links it to its whole.
_SHARE_LINKS = frozenset({"of"})
# Before a fraction word, an ordinal makes it a part of a time ("the second half of the season",
# "the third quarter of 2025"), no share.
_ORDINAL_BEFORE = frozenset(
    "first second third fourth last final previous next past opening closing latter former "
    "erste ersten zweite zweiten letzte letzten première premier deuxième seconde dernière "
    "primera primer segunda última último".split()
)
# Words before a share that make it round ("about half", "fast die Hälfte"), or a bound ("more
# than a third", "moins de la moitié"): a source's share near it, or beyond the bound, stands for it.
_ROUNDING = frozenset(
    "about around roughly nearly almost some approximately just "
    "etwa rund fast knapp gut ungefähr "
    "environ près presque quelque "
    "unos unas casi cerca alrededor aproximadamente".split()
)
_ABOVE = frozenset("more over above exceeding mehr über plus más".split())
_BELOW = frozenset("less under below fewer weniger unter moins menos".split())
_ROUND_BAND = (0.85, 1.15)  # how far a rounded share may stand from its source's
_INDEFINITE = frozenset("a an ein eine un une uno una".split())  # "half a million": a quantity, no share
_WORD = re.compile(r"[^\W\d_]+")


def unbacked_fractions(line: str, sources: str, language: str) -> list[str]:
    """The fractions the line writes without a numerator as a share of something ("half of the
    costs", "a third of revenue", "die Hälfte der Kosten") where its sources write shares, none
    of them this one: "half" where the source's share is "two thirds". Rounded shares ("about
    half", "more than a third") stand for a source's share near them."""
    pattern = _fraction_pattern(language)
    if pattern is None or not _may_hold(line, frozenset(lexicon(language).fractions)):
        return []
    words = lexicon(language)
    links = _SHARE_LINKS | words.noun_linkers | (words.determiners - _INDEFINITE)
    ordinals = _ORDINAL_BEFORE | set(words.ordinals)
    wanted = []
    for match in pattern.finditer(line):
        if match.group(1):
            continue  # "two thirds": its numerator is the number checks' to find
        after = _WORD.findall(line[match.end() : match.end() + 20].lower())[:1]
        before = _WORD.findall(line[max(0, match.start() - 40) : match.start()].lower())[-3:]
        if not after or after[0] not in links or (before and before[-1] in ordinals):
            continue
        near = set(before)
        wanted.append((match.group(2), 100 / words.fractions[match.group(2).lower()], near & _ROUNDING, near & _ABOVE, near & _BELOW))
    if not wanted:
        return []
    shares = _shares(sources, language, percents=True)
    if not shares:
        return []  # the sources give no share: nothing the line's could be told from
    low, high = _ROUND_BAND

    def backs(share: float, value: float, rounded: object, above: object, below: object) -> bool:
        if abs(value - share) <= _TOLERANCE:
            return True
        return bool((rounded and low * value <= share <= high * value) or (above and share > value) or (below and share < value))

    return [written for written, value, *bounds in wanted if not any(backs(share, value, *bounds) for share in shares)]


# A figure given per something: "£11,000 per hectare", "300 euros por hectárea", "30 Euro pro
# Stunde", "2 euros par habitant"; up to two words (a unit, a currency) between the two.
_PER_WORDS = {"english": "per", "german": "pro|je", "french": "par", "spanish": "por"}


@lru_cache(maxsize=8)
def _per_pattern(language: str) -> re.Pattern[str] | None:
    per = _PER_WORDS.get(language)
    if per is None:
        return None
    return re.compile(rf"(\d[\d,.]*\d|\d)(?:\s*[%‰])?(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{per})\s+([^\W\d_]+)", re.IGNORECASE)


def _per_figures(text: str, language: str) -> list[tuple[str, str]]:
    pattern = _per_pattern(language)
    if pattern is None:
        return []
    return [(re.sub(r"[,.]", "", m.group(1)), m.group(2)) for m in pattern.finditer(text)]


# "per head" is "per person": one idiom, in every language it is written.
_EACH_PERSON = frozenset(
    "head heads person persons people capita individual resident inhabitant "
    "kopf person einwohner personne habitant tête persona habitante cabeza".split()
)


def _same_noun(mine: str, theirs: str, language: str) -> bool:
    a, b = mine.lower(), theirs.lower()
    if a == b or a.rstrip("s") == b.rstrip("s") or a[:5] == b[:5] and min(len(a), len(b)) >= 5:
        return True
    if a in _EACH_PERSON and b in _EACH_PERSON:
        return True
    if language == "english":
        from summarizer.verify.wordnet_kin import near_kin

        return near_kin(a, b) or near_kin(b, a)
    return False


def swapped_rate_units(line: str, sources: str, language: str, article: str = "") -> list[tuple[str, str]]:
    """(the line's, the source's) word after "per" for a figure both give per something, where the
    sources give it only per another thing that the article also names: "£11,000 per farm" where
    "£11,000 per hectare" and the article's farms are other things. A word the article never
    writes may be the source's in other words, and so may any word where no WordNet of the
    language tells synonyms ("por tienda" for "por comercio")."""
    per = _PER_WORDS.get(language)
    if per is None or not lexicon(language).wordnet or not re.search(rf"\b(?:{per})\b", line, re.IGNORECASE):
        return []
    theirs = _per_figures(sources, language)
    written = set(_WORD.findall((article or sources).lower()))
    swapped = []
    for figure, noun in _per_figures(line, language):
        same_figure = [other for number, other in theirs if number == figure]
        named = noun.lower() in written or noun.lower().rstrip("s") in written or noun.lower() + "s" in written
        if same_figure and named and not any(_same_noun(noun, other, language) for other in same_figure):
            swapped.append((noun, same_figure[0]))
    return swapped
