"""The literal checks: facts a line holds that its cited sources do not.

A line fails when it holds a number, a date word, a name or a quotation that its cited sources
do not contain, a word of judgement they do not use, or when its lexical support is below a
threshold. They catch invented facts and loaded words cheaply; they cannot see true words put
in a wrong relation, which `relations.py` looks for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import lru_cache

from summarizer.lang import UNSPACED_LETTERS
from summarizer.textpatterns import ascii_digits, quoted_spans
from summarizer.verify.acronyms import dotted_initialisms, spelled_out, spelling_words
from summarizer.verify.ages import stated_ages, unstated_ages
from summarizer.verify.demonyms import demonym_of, place_of
from summarizer.verify.amounts import Amount, amounts
from summarizer.verify.bodies import stands_for_main_body
from summarizer.verify.clauses import added_clause, claims_held
from summarizer.verify.date_forms import short_dates
from summarizer.verify.place_forms import short_form_pieces, short_place_words
from summarizer.verify.rates import counts_of_percents, numerators_of_fractions, percents_of_shares, swapped_rate_units, unbacked_fractions
from summarizer.verify.day_ordinals import spelled_days
from summarizer.verify.figures import compares
from summarizer.verify.lexicon import Lexicon, lexicon
from summarizer.verify.numerals import scaled_figures
from summarizer.verify.problems import Problem
from summarizer.verify.spans import spanned_numbers
from summarizer.verify.spelled import counted_numbers, spelled_numbers

DEFAULT_MIN_SUPPORT = 0.5  # the same default as Options.min_support

_NUMBER = re.compile(r"\d+(?:[.,:\u066b\u066c]\d+)*")  # (٫ ٬: Arabic's decimal point and thousands separator)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
                      "ninety": "90", "hundred": "100", "dozen": "12", "twice": "2", "thrice": "3"})
# The date and judgement words are the language modules' (summarizer/lang/): a summary may use a
# judgement word only where its source does, since adding one is not neutral.
_DATE_WORDS = lexicon("english").dates
JUDGEMENT_WORDS = lexicon("english").judgement

# Capitalised words that are not names wherever they stand.
_NOT_NAMES = frozenset("I A An The This That These Those It He She They We You His Her Their Its Our".split())
# Titles and honorifics go before a name without being one: "Mr Brown" is Brown, found where the
# source says "Brown" or "Gordon Brown". (A wrong title is a judgement the checks leave alone.)
TITLES = lexicon("english").titles

# Numbers in the formats of most other languages: "1.000,5", "1 000,5" (a space before exactly three
# digits groups them), "37,5", and English ones a model may write among them ("3.5"). Each is read
# as the values it can mean, so that the line and its sources compare by value however either
# writes its digits; "3.500" may be three thousand five hundred or three and a half.
_LOCAL_NUMBER = re.compile(r"\d+(?:(?:[.,\u066b\u066c]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")
_ANY_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# Words for the name check: a word of a cased script ends where an unspaced script goes on without a
# space ("ISは自爆攻撃" is the name "IS").
_NAME_WORD = re.compile(rf"[^\W\d_](?:(?![{UNSPACED_LETTERS}])[\w'’\-])*")


def _local_numbers(text: str) -> dict[str, frozenset[str]]:
    """Each number of `text`, as written, with the values it can mean ("1005.5")."""
    return {match.group(): number_values(match.group()) for match in _LOCAL_NUMBER.finditer(text)}


def number_values(written: str) -> frozenset[str]:
    """The values a number written with any grouping and decimal marks can mean, canonically.

    Spaces group digits. With both "." and ",", the last one is the decimal mark; one mark used
    more than once groups; one mark used once is a decimal mark, unless exactly three digits
    follow it, when it may be either ("3.500" in German, "3,500" in English)."""
    digits = ascii_digits(re.sub(r"[ \u00a0\u202f]", "", written))
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return frozenset({_canonical(digits)})
    if len(set(marks)) == 2:
        decimal = digits[max(digits.rfind("."), digits.rfind(","))]
        whole, _, fraction = digits.rpartition(decimal)
        return frozenset({_canonical(re.sub("[.,]", "", whole) + "." + fraction)})
    if len(marks) > 1:
        return frozenset({_canonical(re.sub("[.,]", "", digits))})
    whole, _, fraction = digits.partition(marks[0])
    if fraction == "000":  # nobody writes 40.0 as "40,000": this groups
        return frozenset({_canonical(whole + fraction)})
    readings = {_canonical(f"{whole}.{fraction}")}
    if len(fraction) == 3:
        readings.add(_canonical(whole + fraction))
    return frozenset(readings)


def _canonical(number: str) -> str:
    """ "0040.50" -> "40.5": one spelling per value."""
    whole, _, fraction = number.partition(".")
    whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


@lru_cache(maxsize=512)  # a line and its sources come back for every trial citation
def _numbers(text: str) -> frozenset[str]:
    found = {ascii_digits(m.group()).replace(",", "").rstrip(".:") for m in _NUMBER.finditer(text)}
    lowered = text.lower()
    if _COMPOUND_NUMBER_WORDS.search(lowered):
        # "twenty-three" is 23 and "three hundred" 300, not 20 and 3 or 3 and 100 (spelled.py); their
        # words are not read again one by one.
        for start, end, value, parts in spelled_numbers(text):
            if parts > 1:
                found.add(str(value))
                lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    if "one" in lowered:
        lowered = _PRONOUN_ONE.sub(" ", lowered)  # "a new one.", "not providing one either": a noun's stand-in
        lowered = _ONE_SPEAKER.sub(" ", lowered)  # "one academic said": a speaker described, no count
    words = re.findall(r"[a-z]+", lowered)
    for i, word in enumerate(words):  # "three-year" holds the number three
        if word in _NUMBER_WORDS:
            if word in ("twice", "thrice") and compares(words, i):
                continue  # "twice what it spent" multiplies: the multiplier check weighs it (figures.py)
            if word == "one" and i and words[i - 1] in _NO_ONE:
                continue  # "no one was hurt" counts nobody
            if word == "one" and _picks_one_out(words, i):
                continue  # "one of two inmates", "one of the brawling adults": a pronoun, no figure
            found.add(_NUMBER_WORDS[word])
    return frozenset(found)


# A word that may belong to a number of several words ("twenty-three", "three hundred"): only
# then is spelled.py asked.
_COMPOUND_NUMBER_WORDS = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b")
# Words that hold a count, read in the sources only: "every two weeks" says "once a fortnight",
# "ten years" "a decade", "50%" "half", "seven days" "a week" (a line's own "pair" or "half" is no
# figure to check).
_COUNTING_WORDS = {
    "fortnight": ("2", "14"), "fortnightly": ("2", "14"), "decade": ("10",), "century": ("100",), "pair": ("2",),
    "couple": ("2",), "twins": ("2",), "half": ("50", "2"), "quarter": ("25", "4"), "a week": ("7",), "one week": ("7",),
    "a single": ("1",),  # "one dam can hold back" for "a single dam can hold back"
}
_COUNTING = re.compile(rf"\b({'|'.join(_COUNTING_WORDS)})\b")


# A rate written as a count in a count ("one in three", "1 in 4"), and a share written as a
# fraction ("a third", "two thirds", "half") or a percentage ("33%"): one value, two ways.
_NUMBER_TOKEN = r"(?:\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_RATE = re.compile(rf"\b({_NUMBER_TOKEN}) (?:in|out of) ({_NUMBER_TOKEN})\b")
_FRACTION_WORDS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_FRACTION = re.compile(rf"\b(?:(a|an|one|two|three|four)[ -])?({'|'.join(_FRACTION_WORDS)})\b")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent)")
_RATE_TOLERANCE = 0.02  # "one in three" is "33%" or "a third"; "one in four" is not "30%"


def _rates_backed(text: str, joined: str) -> set[str]:
    """The two counts of each rate of the line ("one in three") whose value a source gives as a
    fraction or a percentage ("about a third of the damaged pieces", "33%"), as `_numbers`
    writes them."""
    lowered = text.lower()
    if " in " not in lowered and " out of " not in lowered:
        return set()
    rates = [(m.group(1), m.group(2)) for m in _RATE.finditer(lowered)]
    if not rates:
        return set()
    source = joined.lower()
    shares = [float(m.group(1)) / 100 for m in _PERCENT.finditer(source)]
    for m in _FRACTION.finditer(source):
        count = int(_NUMBER_WORDS.get(m.group(1) or "one", "1"))  # "a third", "an ...": one
        shares.append(count / _FRACTION_WORDS[m.group(2)])
    backed = set()
    for part, whole in rates:
        part, whole = _NUMBER_WORDS.get(part, part), _NUMBER_WORDS.get(whole, whole)
        if int(whole) and any(abs(int(part) / int(whole) - share) <= _RATE_TOLERANCE for share in shares):
            backed |= {part, whole}
    return backed


# A list of names before the noun they share: "Bellmont, Tarrow and Union Ridge counties".
_NAME = r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}"
_LISTED = re.compile(rf"((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) ([a-z]+)")
# A count and its noun, past a name or two that describe it ("three Pennsylvania counties").
_COUNT_WORD = re.compile(r"\b(\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve) (?:[A-Z][\w'’\-]* ){0,2}([a-z]+)")


def listed_counts(line: str, sources: Sequence[str]) -> set[str]:
    """The counts of the line that a source sentence's list of names before the same noun holds:
    "across three counties" where "across Bellmont, Tarrow and Union Ridge counties"."""
    counts = _COUNT_WORD.findall(line)
    if not counts:
        return set()
    held: set[tuple[str, str]] = set()
    for source in sources:
        for names, noun in _LISTED.findall(source):
            held.add((str(len(re.split(r",? (?:and|or) |, ", names))), noun))
    return {_NUMBER_WORDS.get(count.lower(), count) for count, noun in counts if (_NUMBER_WORDS.get(count.lower(), count), noun.lower()) in held}


def _counted(lowered: str) -> set[str]:
    """The figures the counting words of a lowercase text hold."""
    if not any(word in lowered for word in _COUNTING_WORDS):
        return set()  # a plain substring look first: the pattern is tried at every character
    return {n for w in _COUNTING.findall(lowered) for n in _COUNTING_WORDS[w]}


def _ordinal_counts(line: str, joined: str, language: str) -> set[str]:
    """The counts the ordinals of the sources hold that the line gives as a count of the same
    things: "its fourth cancellation since January" backs "cancelled four times" and "four
    cancellations", "la troisième panne" "à trois reprises"; not a "3" anywhere in the line (the
    "third-largest bank" counts no three banks)."""
    words = lexicon(language)
    if not words.ordinals:
        return set()
    source = _ANY_WORD.findall(joined.lower())
    counted: dict[str, set[str]] = {}  # a count -> the nouns its ordinals number
    for k, word in enumerate(source):
        if word in words.ordinals:
            counted.setdefault(str(words.ordinals[word]), set()).add(source[k + 1] if k + 1 < len(source) else "")
    if not counted:
        return set()
    mine = _LINE_WORD.findall(line.lower())
    found = set()
    for word, following in zip(mine, mine[1:]):
        value = word if word.isdigit() else str(words.spelled.get(word, ""))
        if value in counted and (following in words.occurrences or any(_same_noun(following, noun) for noun in counted[value])):
            found.add(value)
    return found


_LINE_WORD = re.compile(r"[^\W_][\w'’\-]*")  # `_ANY_WORD` with figures too: "3 times"


def _ordinal_figures(line: str, joined: str, language: str) -> set[str]:
    """The values of the sources' ordinal words that the line writes in figures: "the 3rd delay"
    for "the third delay", "la 3e fois" for "la troisième fois" is the same ordinal ("3"), not a
    number of its own. The endings are the language module's (`Language.ordinal_suffixes`)."""
    pattern = _ordinal_figure(language)
    figures = pattern.findall(line) if pattern is not None else ()
    if not figures:
        return set()
    ordinals = lexicon(language).ordinals
    values = {str(ordinals[word]) for word in _ANY_WORD.findall(joined.lower()) if word in ordinals}
    return values & set(figures)


@lru_cache(maxsize=64)
def _ordinal_figure(language: str) -> re.Pattern[str] | None:
    """A figure and an ordinal's ending written onto it ("3rd", "3e", "3.ª"): the figure first,
    which the regex engine jumps to."""
    suffixes = lexicon(language).ordinal_suffixes
    if not suffixes:
        return None
    return re.compile(r"(\d+)(?:" + "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True)) + r")(?!\w)")


def _same_noun(one: str, other: str) -> bool:
    """Whether two words are forms of one noun: "delays" and "delay", "Verschiebungen" and "Verschiebung"."""
    shared = len(os.path.commonprefix((one, other)))
    return shared >= 4 and shared >= min(len(one), len(other)) - 2


# "one" standing for a noun named before it, at its clause's end: after "a" or "an" and perhaps an
# adjective ("a bigger one."), or before "either" or "too" ("was not providing one either,"). A count
# of one ("scored one.", "one title") has neither.
_PRONOUN_ONE = re.compile(r"\b(?:an?\s+(?:[a-z]+\s+)?one|one\s+(?:either|too))\b(?=\s*(?:[,.;:!?)]|$))")
# "one academic said", "one local resident told": news's "a" before someone who speaks, no count.
_ONE_SPEAKER = re.compile(
    r"\bone(?=(?:\s+[a-z][\w'-]*){1,2}\s+(?:said|says|told|tells|added|argued|warned|noted|suggested|claimed|wrote|described|called)\b)"
)
_DIGIT_ONE = re.compile(r"(?<![\d.,])1(?![\d.,])")
_WORD_ONE = re.compile(r"\bone\b")
# "no one", "not one", "every one": a pronoun, not the figure 1.
_NO_ONE = frozenset("no not every any".split())
# Words numbered by the count after them: "day one of the match" is a figure, as "day two" would be.
_NUMBERED = frozenset("day week month year round stage game match series part chapter phase season episode volume".split())
_RANKING = frozenset("most best worst least".split())


def _picks_one_out(words: Sequence[str], i: int) -> bool:
    """Whether "one" at `i` opens "one of ...", picking one out of a group: a pronoun, as "no one"
    is. Not where it numbers a word ("day one of the trial"), nor before a ranking ("one of the
    most popular", "one of Scotland's best-known", "one of the greatest"), a claim its sources
    must make."""
    if i + 1 >= len(words) or words[i + 1] != "of" or (i and words[i - 1] in _NUMBERED):
        return False
    return not any(w in _RANKING or (w.endswith("est") and len(w) > 5) for w in words[i + 2 : i + 6])


_DURATION_UNIT = re.compile(r"\b(?:hours?|minutes?|mins?|seconds?|secs?)\b", re.IGNORECASE)


def _clock_parts_backed(number: str, source_numbers: set[str], joined: str) -> bool:
    """ "2:19:42" where the sources say "2 hours 19 minutes 42 seconds" (or the reverse: a part
    of a source's "2:19:42"): a time written in another faithful format."""
    if ":" in number:
        parts = [_canonical(part) for part in number.split(":")]
        return all(part in source_numbers for part in parts) and bool(_DURATION_UNIT.search(joined))
    return any(":" in n and number in {_canonical(part) for part in n.split(":")} for n in source_numbers)


# Words that make a figure a round stand-in for another: "more than 200" for 212, "almost 9,000"
# for 8,760, "about 3,400" for 3,412; each with the bounds, as shares of the line's figure, that
# the source's figure may take. Only a round figure (two significant digits at most) is read so.
_ABOVE = (("more", "than"), ("over",), ("at", "least"), ("upwards", "of"), ("just", "over"))
_BELOW = (("almost",), ("nearly",), ("just", "under"), ("fewer", "than"), ("less", "than"), ("under",), ("up", "to"))
_AROUND = (("about",), ("around",), ("roughly",), ("approximately",), ("some",), ("an", "estimated"))
_APPROXIMATIONS = ((_ABOVE, 1.0, 1.25), (_BELOW, 0.8, 1.0), (_AROUND, 0.9, 1.1))


def _rate_unit_problems(text: str, joined: str, language: str, article: Sequence[str] = ()) -> list[Problem]:
    """A figure the sources give per one thing, given per another: "£11,000 per farm" where "£11,000 per hectare"."""
    swapped = swapped_rate_units(text, joined, language, " ".join(article))
    if not swapped:
        return []
    from summarizer.verify.swaps import _substitutions  # (swaps reads relations: not at import)

    return _substitutions(swapped)


def _rounded(number: str, text: str, joined: str, source_numbers: Collection[str]) -> bool:
    """Whether `number` is a figure of the sources rounded to fewer decimals, followed by the same
    unit ("31%" for "31.4%", "2.2 million" for "2.15 million"): not some other figure that a
    rounding would come near ("3 hospitals" where "fell 3.1%")."""
    if not _DECIMAL_FIGURE.fullmatch(number):
        return False
    places = len(number.partition(".")[2])
    value = float(number)
    units = _units_after(number, text)
    for source in source_numbers:
        if (_DECIMAL_FIGURE.fullmatch(source) and len(source.partition(".")[2]) > places
                and abs(float(source) - value) <= 0.5 * 10 ** -places + 1e-9 and units & _units_after(source, joined)):
            return True
    return False


_DECIMAL_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _units_after(number: str, text: str) -> set[str]:
    """The sign or word just after each place `text` writes `number` ("%", "million")."""
    pattern = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)\s*([%‰]|[^\W\d_]+)")
    return {m.group(1).lower() for m in pattern.finditer(text)}


def _approximated(number: str, text: str, line_amounts: Sequence[Amount], source_values: Sequence[float]) -> bool:
    """Whether each place `text` writes `number` is a round figure after "more than", "almost",
    "about" ... that a figure of the sources (`source_values`) falls within (scale words read:
    "more than 1.2 million" for 1,234,000)."""
    places = [a for a in line_amounts if _canonical(a.number.replace(",", "")) == number]
    if not places:
        return False
    digits = number.replace(".", "").strip("0")
    if len(digits) > 2:
        return False
    for place in places:
        value = float(place.value)
        if not value:
            return False
        before = tuple(w.lower() for w in _WORD.findall(text[max(0, place.start - 30) : place.start]))
        bounds = next(
            ((low, high) for phrases, low, high in _APPROXIMATIONS for phrase in phrases if before[-len(phrase) :] == phrase), None
        )
        if bounds is None or not any(bounds[0] * value <= v <= bounds[1] * value for v in source_values):
            return False
    return True


def _named_thing(name: str, joined: str, article: Sequence[str]) -> bool:
    """Whether `name` names a thing that the cited sentences (`joined`) call by its noun after
    "the" ("the road", "the island") and that the article names once with that noun: "Pellow
    Road", "the island of Tarsay", "Tarsay island". Not where the article gives the noun to
    two names (which road would be a guess)."""
    nouns = set(_THE_NOUN.findall(joined.lower()))
    if not nouns:
        return False
    text = " ".join(article)
    if name not in text:
        return False
    named: dict[str, set[str]] = {}
    for match in _RUN.finditer(text):
        words = match.group().split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]  # "The Pellow Road collapse": not part of the name
        if not words:
            continue
        # "the town of Fennick's finances": the name is "Fennick", its possessive no part of it.
        run = " ".join(_POSSESSIVE.sub("", word) for word in words)
        # The word after a possessive is what the name owns ("United's summer signing"), not its kind.
        after = None if _POSSESSIVE.search(words[-1]) else _NEXT_WORD.match(text, match.end())
        before = _OF_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
        for noun in (words[-1].lower() if len(words) > 1 else None, after and after.group(1), before and before.group(1)):
            if noun in nouns:
                named.setdefault(noun, set()).add(run)
    return any(len(runs) == 1 and name in next(iter(runs)).split() for runs in named.values())


# The percent sign and the ways news writes the word besides "percent" ("per cent", "pct").
_PERCENT_SIGN = re.compile(r"%|\bper\s?cent\b|\bpct\b", re.IGNORECASE)
_THE_NOUN = re.compile(r"\bthe ([a-z]+)\b")
_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_OF_BEFORE = re.compile(r"\b([a-z]+) of\s+$")
_POSSESSIVE = re.compile(r"['’]s?$")


def _portfolio_words(text: str, source_words: set[str]) -> set[str]:
    """The line's capitalised words that its sources write in small letters, standing alone or
    beside capitalised words the sources hold: a portfolio or a department capitalised as a title
    ("the Councillor for Beaches", "concejal de Playas" where "el concejal de las playas"). A word
    of a longer name is not one ("Severnside Water" is a name though the sources say "water")."""
    lower = {w for w in source_words if w[:1].islower()}
    if not lower:
        return set()
    words = list(_NAME_WORD.finditer(text))
    found: set[str] = set()
    for k, match in enumerate(words):
        word = match.group()
        if not word[:1].isupper() or word.lower() not in lower:
            continue
        run = [word]
        for step in (-1, 1):  # the capitalised words right beside it, spaces only between
            m = k + step
            while 0 <= m < len(words) and words[m].group()[:1].isupper() and not text[
                min(words[m].end(), words[m - step].end()) : max(words[m].start(), words[m - step].start())
            ].strip():
                run.append(words[m].group())
                m += step
        if all(other == word or other in source_words or other.lower() in lower for other in run[1:]):
            found.add(word)
    return found


def _words(text: str) -> list[str]:
    # One apostrophe: a model writing O'Toole for the source's O’Toole has invented nothing.
    return [w.strip("'-") for w in _WORD.findall(text.replace("’", "'"))]


@lru_cache(maxsize=512)  # a line and its sources come back for every trial citation
def _sentence_words(text: str) -> tuple[str, ...]:
    """`_words`, cached for the texts every check reads again."""
    return tuple(_words(text))


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation
def _lowered_words(text: str) -> frozenset[str]:
    """`_sentence_words` in small letters, as a set."""
    return frozenset(w.lower() for w in _sentence_words(text))


# A word in capitals this long may be a dateline's or a headline's name ("LYON"); shorter ones
# are acronyms, which a line writes as they are.
_MIN_CAPITALS_NAME = 4


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation
def _name_forms(text: str, language: str = "english") -> frozenset[str]:
    """The words a line's name may match in `text`: each word without a possessive 's, each
    capitalised part of a hyphenated one ("Herzegovina" where it writes "Bosnia-Herzegovina"),
    a word in capitals as a name writes it ("Allenport" where its dateline has "ALLENPORT, Pa."),
    and the words of a place it writes short ("Vermont" where its dateline has "Vt.")."""
    words = {w[:-2] if w.endswith("'s") else w for w in _sentence_words(text)} | dotted_initialisms(text)
    words |= {part for w in words if "-" in w for part in w.split("-") if part[:1].isupper()}
    capitals = {w.capitalize() for w in words if len(w) >= _MIN_CAPITALS_NAME and w.isupper() and w.isalpha()}
    return frozenset(words | capitals | short_place_words(text, language))


# Letters written onto a figure are its unit or its suffix ("-30C", "400MW", "5G"), and those
# written onto a currency's symbol its country or its scale ("US$1.2bn", "A$40", "3 M€"): no name.
_GLUED_UNIT = re.compile(r"(?<=\d)[^\W\d_]+")
_CURRENCY_LETTERS = re.compile(r"\b[^\W\d_]{1,3}(?=[$£€¥₹])")
_CURRENCY_SIGNS = frozenset("$£€¥₹")


def _without_units(text: str) -> str:
    """`text` with the letters written onto a figure or a currency's sign blanked (`_GLUED_UNIT`)."""
    text = _GLUED_UNIT.sub(" ", text)
    return _CURRENCY_LETTERS.sub(" ", text) if not _CURRENCY_SIGNS.isdisjoint(text) else text


@lru_cache(maxsize=512)
def _names(text: str) -> frozenset[str]:
    """Capitalised words that are not the first of the sentence, and acronyms anywhere; not the
    unit written onto a figure (`_GLUED_UNIT`)."""
    words = _sentence_words(_without_units(text))
    names = set()
    for position, word in enumerate(words):
        base = word[:-2] if word.endswith("'s") else word
        if not base or base in _NOT_NAMES or base.lower().rstrip(".") in TITLES:
            continue
        if (base.isupper() and len(base) > 1) or (position > 0 and base[0].isupper()):
            parts = base.split("-")
            if len(parts) > 1 and parts[-1][:1].islower():
                # "Paris-made", "UK-based", "London-born": the name is the capitalised part (not
                # "Gorleston-on-Sea", a name of its own)
                names.update(part for part in parts if part[:1].isupper())
            else:
                names.add(base)
    return frozenset(names)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _plural_acronym_in(name: str, sentences: Sequence[str]) -> bool:
    """Whether `name` is an acronym in the plural ("LEDs", "SUVs", "MPs") whose singular stands in
    `sentences`: a plural counts things of a kind, so the acronym names a kind the text already
    names, not a new body or person."""
    if not _PLURAL_ACRONYM.fullmatch(name):
        return False
    singular = re.compile(rf"(?<![\w-]){re.escape(name[:-1])}(?![\w-])")
    return any(singular.search(sentence) for sentence in sentences)


def given_name_of(
    name: str, line_words: Sequence[str], source_names: Collection[str], article: Sequence[str], titles: Collection[str] = TITLES
) -> bool:
    """Whether `name` is the given name of a person the sources call by their surname: it stands
    right before a capitalised word of the sources in the line ("CEO Renata Holcomb said" where
    the cited sentence has "Holcomb said"), and the article writes that surname after this given
    name and after no other one ("Renata Holcomb, the group's chief executive"). A surname two
    people of the article share backs no given name."""
    surnames = {
        _POSSESSIVE.sub("", after) for before, after in zip(line_words, line_words[1:])
        if before == name and after[:1].isupper()
    }
    surnames = {surname for surname in surnames if surname in source_names and surname != name}
    for surname in surnames:
        given: set[str] = set()
        for sentence in article:
            if surname not in sentence:
                continue
            words = _sentence_words(sentence)
            given |= {
                before for before, after in zip(words, words[1:])
                if _POSSESSIVE.sub("", after) == surname and before[:1].isupper() and before.lower().rstrip(".") not in titles
            }
        if given == {name}:
            return True
    return False


def _first_given_name(words: Sequence[str], sources: str, titles: frozenset[str]) -> str | None:
    """A line's first word, which may be a capital of the sentence only, is a given name where it
    stands before a surname of the sources that they give another given name ("Bernard Chaumeil"
    where the article has only "Bertrand Chaumeil"): a name the sources do not hold. A word the
    sources use in any case ("Police Scotland", "Former ..."), or a title, is no such name."""
    if len(words) < 2 or not words[0].isalpha() or not words[0][:1].isupper() or not words[1][:1].isupper():
        return None  # "D'après Météo-France": an elided word, no name
    if words[0].lower().rstrip(".") in titles:
        return None
    source_words = _ANY_WORD.findall(sources)
    # A plural's possessive is the word itself: "Retailers' Federation" where "the Retailers' Federation".
    if words[0].lower() in {_POSSESSIVE.sub("", w.lower()) for w in source_words}:
        return None
    surname = words[1]
    given = {source_words[k - 1] for k in range(1, len(source_words)) if source_words[k] == surname}
    if given and all(g[:1].isupper() and g.lower() not in titles for g in given):
        return words[0]
    return None


# "in good health", "in bad shape": a word of the judgement list before one of these reports a
# state, as a hospital's "in good condition" does, not the writer's opinion.
_CONDITION_NOUNS = frozenset("health condition shape".split())
_PLACE_WORDS = frozenset("in at".split())
_PLACE_IN_LINE = re.compile(r"\b(?:[Ii]n|[Aa]t) [A-Z]")  # a cheap first look


def _places(text: str) -> list[tuple[str, str]]:
    """ "in Thetford", "at Fenland Park": a place word and the name after it (not a month or a day)."""
    words = _words(text)
    return [
        (word.lower(), after) for word, after in zip(words, words[1:])
        if word.lower() in _PLACE_WORDS and after[:1].isupper() and after.lower() not in _DATE_WORDS and after not in _NOT_NAMES
    ]


def _moved_places(text: str, joined: str) -> list[Problem]:
    """A place the line names that its cited sentences do not, where they name another at the same
    word ("in Norwich" for the source's "in Thetford"). The evidence window lets a name come from
    the sentences around (a person, a company), but where a thing happened is a fact of the
    cited sentence: a name from elsewhere in the article put there is a wrong place."""
    if not _PLACE_IN_LINE.search(text):
        return []
    source_words = set(_words(joined))
    line_words = set(_words(text))
    theirs = _places(joined)
    moved = []
    for word, name in _places(text):
        if name in source_words:
            continue
        other = [place for w, place in theirs if w == word and place not in line_words]
        if other:
            moved.append(f"the line says “{word} {name}”, its source “{word} {other[0]}”")
    if not moved:
        return []
    return [Problem("circumstance", f"place not in its sources: {'; '.join(moved)}")]


def _names_a_time(word: str, time_units: Mapping[str, int]) -> bool:
    """Whether a capitalised word after a place word is a length of time, not a place: a unit
    ("im Jahr"), or a compound whose head is one ("im Vorjahr", "im Frühjahr", "in der Vorwoche"),
    which German writes with a capital as it writes every noun. Units of three letters are left
    out: "Tag" heads places too ("im Bundestag")."""
    lowered = word.lower()
    return lowered in time_units or any(len(unit) >= 4 and lowered.endswith(unit) for unit in time_units)


def _thing_placed_elsewhere(
    text: str, joined: str, place_words: frozenset[str], dates: frozenset[str], time_units: Mapping[str, int],
) -> list[Problem]:
    """A thing of the source put in another named place: "a hotel in Pellbridge" where the cited
    sentence has "a hotel in nearby Hensby", "the Corn Exchange in Calderbrook" for "... in
    Wexhall", though the line's place stands in another cited sentence (or in a name there). The
    word before the preposition is the thing; the source's own place for it is the name after the
    same preposition (one word in small letters may stand between: "nearby")."""
    if not place_words:
        return []
    line = _ANY_WORD.findall(text.replace("’", "'"))
    if not any(w.lower() in place_words for w in line):
        return []  # no place word in the line: the sources need not be read
    source: list[str] | None = None  # read at the line's first named place (most lines have none)
    dates = dates | _DATE_WORDS
    moved = []
    for i in range(1, len(line) - 1):
        word, thing, name = line[i].lower(), line[i - 1].lower(), line[i + 1]
        # "at Wexhall's Corn Exchange": a possessive describes the thing after it, not where it is.
        if word not in place_words or not name[:1].isupper() or name.lower() in dates or name.endswith("'s") or len(thing) < 3:
            continue
        if _names_a_time(name, time_units):
            continue  # "die im Vorjahr gezögert hätten": when, not where
        if source is None:
            source = _ANY_WORD.findall(joined.replace("’", "'"))
        theirs = set()
        placed_here = False
        for j in range(len(source) - 2):
            if source[j].lower() != thing or source[j + 1].lower() != word:
                continue
            k = j + 2
            if source[k][:1].islower() and k + 1 < len(source):
                k += 1
            # The line's place just after the source's is the larger place it lies in ("in Ansai,
            # Shaanxi Province"): not another place.
            if name in source[k : k + 4]:
                placed_here = True
            elif (source[k][:1].isupper() and source[k].lower() not in dates and source[k] not in _NOT_NAMES
                  and not _names_a_time(source[k], time_units)):
                theirs.add(source[k])  # (not "The": "at the zoo in 11 years. The cub" ends a sentence, names no place)
        # A source that puts the thing in the line's place too ("Greyhaven Zoo in Lanmouth") gives it no other place.
        if theirs and not placed_here and name not in theirs:
            moved.append(f"the line has “{line[i - 1]} {line[i]} {name}”, its source “{line[i - 1]} {line[i]} {sorted(theirs)[0]}”")
    if not moved:
        return []
    return [Problem("circumstance", f"place not in its sources: {'; '.join(moved)}")]


def _normalise_quote(text: str) -> str:
    """Words only: a quotation may move a comma or full stop inside or outside its marks."""
    return " ".join(re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.replace("’", "'").lower()))


_QUOTED_ELSEWHERE = 3  # words a quotation needs before the article's other sentences may hold it (chosen on public tune rows)


def _missing_quotations(text: str, joined: str, normalise: Callable[[str], str], marks: str, article: Sequence[str] = ()) -> list[Problem]:
    """A problem for each quotation in `text` that its sources (`joined`) do not hold word for
    word, compared after `normalise`; `marks` are quote marks trimmed from the message. A quotation
    of three words or more that the `article` holds word for word elsewhere is the article's
    quotation, cited or not: whose words they are is the attribution checks' to judge. (A shorter
    one, "very angry", is as often a stock phrase the line pins on another thing.)"""
    quotes = _quotations(text)
    if not quotes:
        return []  # the sources need not be read
    sources = f" {normalise(joined)} "
    missing = [quote for quote in quotes if f" {normalise(quote)} " not in sources]
    if missing and article:
        whole = f" {normalise(' '.join(article))} "  # (joined only here: most lines quote nothing)
        missing = [quote for quote in missing if len(normalise(quote).split()) < _QUOTED_ELSEWHERE or f" {normalise(quote)} " not in whole]
    return [Problem("quotation", f"quotation not in its sources: “{quote.strip(' ' + marks)}”") for quote in missing]


def _quotations(text: str) -> list[str]:
    """The quoted passages of `text` (four characters or more), without their quote marks."""
    passages = (text[start:end].strip("\"“”‘’'«» ") for start, end in quoted_spans(text))
    return [passage for passage in passages if len(passage) >= 4]


def literal_problems(
    text: str,
    sources: Sequence[str],
    support: float,
    min_support: float = DEFAULT_MIN_SUPPORT,
    language: str = "english",
    context: Sequence[str] = (),
    article: Sequence[str] = (),
    named_after: Sequence[str] = (),
    headline: str = "",
) -> list[Problem]:
    """The facts of `text` that `sources` (the cited sentences' text) do not hold; empty if none.

    Names may also stand in `context`, the sentences before the cited ones (`window.py`), or in
    `named_after`, the sentence after each (where a thing described is given its name), and a
    thing's name anywhere in `article` (its sentences) where a cited sentence calls it "the road"
    (`_named_thing`). A clause the line adds is looked up in the cited sentences and `context`
    only: the sentence after is no part of the evidence window (a clause its words fill is one
    the cited sentences do not state). A clause whose every claim the article's `headline` makes
    is the story's ("after a late-night debate"), not the line's addition."""
    window = (*sources, *context)
    context = (*context, *named_after)
    if language != "english":
        return _other_language_problems(
            text, " ".join(sources), support, min_support, language, " ".join(context), (*sources, *context), article, window,
            headline,
        )
    joined = " ".join(sources)
    problems: list[Problem] = []
    # "1.2 million" for "£1.2m", "40 thousand" for "40,000": the same value, written otherwise.
    source_amounts = [a for source in sources for a in amounts(source, language)]
    source_values = {amount.value for amount in source_amounts}
    line_amounts = amounts(text, language)
    reworded = {a.number.replace(",", "") for a in line_amounts if a.value in source_values}
    # The sources' numbers are read only for a line that has numbers to look up in them (most
    # lines have none), in figures or in words.
    needed = _numbers(text) or _spells_thousands(text)
    source_numbers = (
        _numbers(joined) | _counted(joined.lower()) | _ordinal_counts(text, joined, language) | spelled_days(joined.lower())
        | _ordinal_figures(text, joined, language)
        if needed else frozenset()
    )
    source_floats = [float(value) for value in source_values]
    missing = sorted(
        n for n in _numbers(text) - source_numbers - reworded
        if not _clock_parts_backed(n, source_numbers, joined) and not _approximated(n, text, line_amounts, source_floats)
        and not _rounded(n, text, joined, source_numbers)
    )
    if missing:
        # "one in three" for "a third"; "60 percent" for "six in ten"; "one-third" for "a third"
        missing = sorted(
            set(missing) - _rates_backed(text, joined) - percents_of_shares(text, joined, language)
            - numerators_of_fractions(text, joined, language)
        )
    if missing:
        missing = sorted(set(missing) - _multiplied(text, joined, language))  # "multiplied by three" for "tripled"
    if missing:
        # "thirty years" for "three decades"; "the 57-year-old" where the article says "Mistry, 57,".
        missing = sorted(set(missing) - spanned_numbers(text, joined, language) - stated_ages(text, article or (*sources, *context)))
    if missing:
        # "three counties" for "Bellmont, Tarrow and Union Ridge counties"
        missing = sorted(set(missing) - listed_counts(text, sources))
    if "1" in missing and not _DIGIT_ONE.search(text) and _WORD_ONE.search(joined.lower()):
        # "two years rather than one" for "two years, not one": the word stands in the sources,
        # which read it as no count there ("not one", "no one"), and the line takes it from them.
        missing.remove("1")
    if article:  # an age the article gives no one, though its figure stands elsewhere ("October 9")
        missing = sorted(set(missing) | set(unstated_ages(text, article, lexicon(language).counts)))
    missing += unbacked_fractions(text, joined, language)  # "half of the costs" where the source's share is two thirds
    if missing:
        problems.append(Problem("number", f"number not in its sources: {', '.join(missing)}"))
    problems += _rate_unit_problems(text, joined, language, article)
    line_words = _sentence_words(text)
    source_lower = set().union(*map(_lowered_words, sources))
    text_lower = [w.lower() for w in line_words]
    dates = {w for w in text_lower if w in _DATE_WORDS} | short_dates(text, language)
    if "'s" in text:  # "Saturday's match": the day, in the possessive
        dates |= {w[:-2] for w in text_lower if w.endswith("'s") and w[:-2] in _DATE_WORDS}
    # (the sources' hyphened words split only for a line with a date: most have none;
    # "Saturday's match" holds the day "Saturday")
    if dates:
        source_dates = _with_joined_parts({_without_possessive(w) for w in source_lower})
        dates = sorted(dates - source_dates - frozenset().union(*(short_dates(s, language) for s in sources)))
    if dates:
        problems.append(Problem("date", f"date not in its sources: {', '.join(dates)}"))
    name_forms = [_name_forms(s, language) for s in (*sources, *context)]
    # Each name of the line is looked up sentence by sentence: their words are joined only for a
    # name that none of them holds (most lines have none).
    unknown = {n for n in _names(text) if not any(n in forms for forms in name_forms)}
    source_names = set().union(*name_forms) if unknown else set()
    if unknown:  # "Burlington, Vt." where its source has "Burlington, Vermont": the place written short
        unknown -= {piece for piece, place in short_form_pieces(text, language).items() if place <= source_names}
    # A word the sources write in small letters is no name the line made up: a portfolio or a
    # department capitalised as a title ("the Councillor for Beaches" where "councillor for the beaches").
    common = _portfolio_words(text, source_names) if unknown else set()
    names = sorted(
        n for n in unknown
        if n.lower() not in _DATE_WORDS and not demonym_of(n, source_names) and not place_of(n, source_names) and n not in common
    )
    if names:  # "SFO" for "the Serious Fraud Office"
        names = [n for n in names if not spelled_out(n, " ".join((joined, *context)))]
    if names:  # "the United States" for "the U.S.": the line spells out the sources' acronym
        acronyms = {w for w in source_names if w.isupper() and 2 <= len(w) <= 8 and w.isalpha()}
        spelled = spelling_words(acronyms, text)
        names = [n for n in names if n not in spelled]
    if names and article:  # "the road" named elsewhere; "Northwind" where "the airline": the main body
        from summarizer.verify.descriptions import named_by_description  # (it reads relations: not at import)

        names = [
            n for n in names
            if not _named_thing(n, joined, article) and not stands_for_main_body(n, (*sources, *context), article, language)
            and not named_by_description(n, (*sources, *context), article, language)
        ]
    if names:  # "LEDs" where the article writes "LED units": a kind of thing, in the plural
        names = [n for n in names if not _plural_acronym_in(n, (*sources, *context, *article))]
    if names and article:  # "CEO Renata Holcomb" where its source says "Holcomb", the article "Renata Holcomb"
        names = [n for n in names if not given_name_of(n, line_words, source_names, article)]
    given = _first_given_name(line_words, " ".join((joined, *context)), TITLES)
    if given and given.lower() not in _DATE_WORDS and given not in names:
        names.append(given)
    if names:
        problems.append(Problem("name", f"name not in its sources: {', '.join(names)}"))
    known = lexicon(language)
    problems += _moved_places(text, joined) or _thing_placed_elsewhere(text, joined, known.place_words, known.dates, known.time_units)
    # A scale the sources give as a suffix or a sign ("£1.2m", "5%"), or a figure whose value
    # they hold however written, is no quantity of the line's own.
    written_scales = {float(a.scale) for a in source_amounts if a.scale is not None}
    # "12 percent" for "12 per cent", "12%" or "12 pct"; "60 percent" for "six in ten"
    # (a substring look first: the pattern is tried at every character of the sources)
    if ("%" in joined or ("cent" in joined or "pct" in joined) and _PERCENT_SIGN.search(joined)) or (
        "percent" in text_lower and percents_of_shares(text, joined, language)
    ):
        written_scales.add(0.01)
    scales = [
        word for word in _missing_scales(text_lower, source_lower, lexicon(language).scales, written_scales)
        if not any(a.scale_word == word and a.value in source_values for a in line_amounts)
        and word not in _spelled_scale_words(text, source_numbers)
    ]
    if scales:
        problems.append(Problem("quantity", f"quantity not in its sources: {', '.join(scales)}"))
    problems += _missing_quotations(text, joined, _normalise_quote, "", article)
    loaded = sorted({
        w for k, w in enumerate(text_lower)
        if w in JUDGEMENT_WORDS and not (k + 1 < len(text_lower) and text_lower[k + 1] in _CONDITION_NOUNS)
    } - source_lower)
    if loaded:
        problems.append(Problem("judgement", f"judgement word not in its sources: {', '.join(loaded)}"))
    problems += _support_problems(text, (*sources, *context), support, min_support, language, article, window, headline)
    return problems


def _support_problems(
    text: str, evidence: Sequence[str], support: float, min_support: float, language: str, article: Sequence[str],
    window: Sequence[str], headline: str = "",
) -> list[Problem]:
    """Low support over the whole line, unless its evidence (cited sentences, window and the
    sentence after each, and the headline) holds every claim of it reworded; else a clause the
    line adds that the cited sentences and their window lack (`verify/clauses.py`) and whose
    claims the headline does not all make."""
    if support < min_support and not claims_held(text, (*evidence, headline) if headline else evidence, language):
        return [Problem("support", f"support {support:.2f} below {min_support:.2f}")]
    added = added_clause(text, window, article, language)
    if added and headline and claims_held(added, (headline,), language):
        added = None
    return [Problem("support", f"unsupported addition: “{added}”")] if added else []


def _spells_thousands(text: str) -> bool:
    """Whether `text` may write a number in words with a scale word (`_spelled_scale_words`)."""
    return "thousand" in text.lower()


def _spelled_scale_words(text: str, source_numbers: frozenset[str]) -> frozenset[str]:
    """The scale words inside the line's numbers in words whose value the sources hold: "thousand"
    in "two thousand five hundred" for "2,500" is no quantity of the line's own."""
    if not _spells_thousands(text):
        return frozenset()
    return frozenset(
        word
        for start, end, value, parts in spelled_numbers(text)
        if parts > 1 and str(value) in source_numbers
        for word in text[start:end].lower().replace("-", " ").split()
    )


def _missing_scales(text_words, source_words, scales: dict[str, float], written: set[float] = frozenset()) -> list[str]:
    """The line's scale words ("billion", "milliards") whose value no scale word of its sources
    has, nor a scale they write otherwise (`written`: "m" in "£1.2m", "%")."""
    have = {scales[w] for w in source_words if w in scales} | set(written)
    return sorted({w for w in text_words if w in scales and scales[w] not in have})


def _judgement_base(word: str, judgement: frozenset[str]) -> str | None:
    """The listed word that `word` inflects ("katastrophale", "históricas"), or None."""
    for cut in (0, 1, 2):
        base = word[: len(word) - cut]
        if len(base) >= 5 and base in judgement:
            return base
    return None


def _normalise_any(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _name_core(word: str) -> str:
    """A name without the case ending that follows an apostrophe ("Ankara'da", "Erdoğan’ın": Turkish
    and Azerbaijani write a name's suffixes so); "O'Neill" and "D'Alema" stay whole."""
    head, mark, tail = word.replace("’", "'").partition("'")
    return head if mark and head and tail[:1].islower() else word


_MIN_STEM = 4
# A three-letter stem backs a name where one word is all stem ("Рим", "Рима") or neither goes on
# past it by more than one letter ("Anna", "Anny"; "Міра", "Міри"); "Marek" is not "Maria".
_SHORT_STEM = 3


def _inflected_from(name: str, source_words: set[str], words: Lexicon) -> bool:
    """Whether `name` is one of `source_words` in another case: both share a stem and neither goes
    on past it by more than the language's `name_endings` letters ("Warszawie", "Warszawa"), read
    with the stem's alternating letters as one ("Києва", "Київ") and capitals as small letters
    ("LJUBLJANA", a headline's)."""
    fold = _folding(words.stem_alternations)
    mine = name.lower().translate(fold)
    for word in source_words:
        if not word[:1].isupper():  # a name, not a common word ("Nowak" is not "nowa")
            continue
        theirs = word.lower().translate(fold)
        if theirs[:1] != mine[:1]:
            continue
        shared = len(os.path.commonprefix((mine, theirs)))
        left = (len(mine) - shared, len(theirs) - shared)
        if max(left) > words.name_endings:
            continue
        if shared >= _MIN_STEM or shared >= _SHORT_STEM and (min(left) == 0 or max(left) <= 1):
            return True
    return False


@lru_cache(maxsize=32)
def _folding(alternations: tuple[str, ...]) -> dict[int, str]:
    """A `str.translate` table reading each alternation's later letters as its first (words are lowercased first)."""
    return {ord(letter): letters[0] for letters in alternations for letter in letters[1:]}


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def _with_joined_parts(words: set[str]) -> set[str]:
    """`words` and the parts of its hyphened ones: a date the source joins to a word before it
    ("mid-December", "late-September") stands there for a line's "the middle of December"."""
    return words | {part for w in words if "-" in w for part in w.split("-")}


def _same_day(word: str, source_dates: set[str]) -> bool:
    """Whether a date word and one of the sources' are the same day, one with its part of the day
    written on ("Mittwochabend" and "Mittwoch" are one day; "Donnerstagabend" is another)."""
    return any(word.startswith(date) or date.startswith(word) for date in source_dates)


def _multiplied(text: str, joined: str, language: str) -> frozenset[str]:
    """The factors of the sources' multiplier words ("tripled", "triplé": "3"), where the line
    multiplies by a number it writes ("multiplied by three", "multiplié par trois", "three times"):
    that number is the source's factor told in words."""
    known = lexicon(language)
    if not known.multiplying_words or known.multiplying_words.isdisjoint(re.findall(r"\w+", text.lower())):
        return frozenset()
    source_words = set(re.findall(r"\w+(?:-\w+)*", joined.lower()))
    return frozenset(str(int(factor)) for word, factor in known.multipliers.items()
                     if factor >= 2 and factor.is_integer() and word in source_words)


def _other_language_problems(
    text: str, joined: str, support: float, min_support: float, language: str, context: str = "",
    evidence: Sequence[str] = (), article: Sequence[str] = (), window: Sequence[str] = (), headline: str = "",
) -> list[Problem]:
    """The checks for other languages: numbers in local formats, names (not in German, which
    capitalises every noun), date and judgement words where this module has them (German,
    French, Spanish), quotations and support. English quantity words step aside."""
    problems: list[Problem] = []
    # Figures with a scale character or in Han digits ("三千万", "3000万", "3억 5천만") compare by
    # value; the digits inside them are not read again as numbers of their own.
    figures = scaled_figures(text, line=True)
    source_values = frozenset().union(
        *_local_numbers(joined).values(),
        (value for *_, value in scaled_figures(joined)),
        # "dreiundzwanzig", "vingt-trois" in the source is the line's "23" (a lone "ein", "un" is an article)
        (str(value) for _, _, value, parts in spelled_numbers(joined, language) if value != 1 or parts > 1),
        _ordinal_counts(text, joined, language),  # "troisième report": "à trois reprises"
        _ordinal_figures(text, joined, language),  # "la 3e fois" for "la troisième fois"
        _multiplied(text, joined, language),  # "multiplié par trois" for "triplé"
        # "60 Prozent" for "sechs von zehn", and the other way round
        *(number_values(written) for written in percents_of_shares(text, joined, language)),
        counts_of_percents(text, joined, language),
        # "1,2 million d'euros" for "1 200 000 euros", and the other way round: one value
        (a.value for a in amounts(joined, language) if a.scale is not None),
    )
    digits_left = text
    for _, start, end, _ in figures:
        digits_left = digits_left[:start] + " " * (end - start) + digits_left[end:]
    # A figure with its scale whose value the sources hold ("1,2 million" for "1 200 000"): its
    # digits are not read again as a number of their own, nor its scale word as a quantity.
    rescaled = [a for a in amounts(text, language) if a.scale is not None and a.value in source_values]
    for amount in rescaled:
        end = amount.start + len(amount.number)
        digits_left = digits_left[: amount.start] + " " * len(amount.number) + digits_left[end:]
    # "30 Jahre" for "drei Jahrzehnte": a span of years in another unit.
    spanned = spanned_numbers(digits_left, joined, language)
    missing = sorted(
        {written for written, values in _local_numbers(digits_left).items() if not values & (source_values | spanned)}
        | {
            written for written, start, end, value in figures
            if value not in source_values and not any(start <= a.start < end for a in rescaled)
        }
        # "seize" where the source has "onze" or "11" (not "un", an article, nor "les deux", both)
        | {
            text[start:end] for start, end, value, _ in counted_numbers(digits_left, language)
            if str(value) not in source_values | spanned
        }
    )  # as the line writes them
    missing += unbacked_fractions(text, joined, language)  # "die Hälfte der Kosten" where the source's share is "zwei Drittel"
    if missing:
        problems.append(Problem("number", f"number not in its sources: {', '.join(missing)}"))
    problems += _rate_unit_problems(text, joined, language, article)
    if not lexicon(language).nouns_capitalised:  # German capitalises every noun: capitals name nothing
        titles = lexicon(language).titles
        source_words = {_name_core(w) for w in _NAME_WORD.findall(f"{joined} {context}")}
        words = _NAME_WORD.findall(_without_units(text))
        candidates = {
            w for position, w in enumerate(words) if position > 0 and w[0].isupper() and w.lower().rstrip(".") not in titles
        }
        # A word the sources write in small letters is no name the line made up ("concejal de Playas"
        # where "el concejal responsable de las playas").
        names = sorted(w for w in candidates if _name_core(w) not in source_words)
        if names:
            common = _portfolio_words(text, set(_NAME_WORD.findall(f"{joined} {context}")))
            # "UCI" for "unidad de cuidados intensivos"
            names = [w for w in names if w not in common and not spelled_out(w, f"{joined} {context}")]
        if names and lexicon(language).name_endings:
            names = [w for w in names if not _inflected_from(_name_core(w), source_words, lexicon(language))]
        if names and article:  # "Renata Holcomb" where its source says "Holcomb", the article "Renata Holcomb"
            names = [w for w in names if not given_name_of(w, words, source_words, article, titles)]
        if names and article:  # "Aerolíneas Brisa" where its sentence says "la aerolínea"
            from summarizer.verify.descriptions import named_by_description

            names = [w for w in names if not stands_for_main_body(w, evidence, article, language)
                     and not named_by_description(w, evidence, article, language)]
        given = _first_given_name(words, f"{joined} {context}", titles)
        if given and given not in names and not (
            lexicon(language).name_endings and _inflected_from(_name_core(given), source_words, lexicon(language))
        ):
            names.append(given)
        if names:
            problems.append(Problem("name", f"name not in its sources: {', '.join(names)}"))
    source_lower = {w.lower() for w in _ANY_WORD.findall(joined)}
    text_lower = {w.lower() for w in _ANY_WORD.findall(text)}
    written = (text_lower & lexicon(language).dates) | short_dates(text, language)
    dates = sorted(w for w in written - _with_joined_parts(source_lower) - short_dates(joined, language)
                   if not _same_day(w, source_lower & lexicon(language).dates))
    if dates:
        problems.append(Problem("date", f"date not in its sources: {', '.join(dates)}"))
    judgement = lexicon(language).judgement
    source_judged = {_judgement_base(w, judgement) for w in source_lower}
    loaded = sorted({base for w in text_lower if (base := _judgement_base(w, judgement))} - source_judged)
    if loaded:
        problems.append(Problem("judgement", f"judgement word not in its sources: {', '.join(loaded)}"))
    # A scale the sources write as a suffix ("3 M€", "1,2 Mio. Euro") is no quantity of the line's own.
    written_scales = {float(a.scale) for a in amounts(joined, language) if a.scale is not None}
    scales = [
        # The figures' own scale words too: a word of a script with vowel signs ("मिलियन") is
        # no single word to the word patterns, which stop at a combining mark.
        word for word in _missing_scales(
            [*text_lower, *(a.scale_word for a in amounts(text, language) if a.scale_word)],
            source_lower | {a.scale_word for a in amounts(joined, language) if a.scale_word}, lexicon(language).scales, written_scales,
        )
        if not any(a.scale_word == word for a in rescaled)
    ]
    if scales:
        problems.append(Problem("quantity", f"quantity not in its sources: {', '.join(scales)}"))
    problems += _missing_quotations(text, joined, _normalise_any, "„“”«»", article)
    known = lexicon(language)
    problems += _thing_placed_elsewhere(text, joined, known.place_words, known.dates, known.time_units)
    problems += _support_problems(text, evidence, support, min_support, language, article, window or evidence, headline)
    return problems
