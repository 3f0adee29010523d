"""Figures in their place: relative dates, multipliers, and a figure moved to another noun.

Lexical checks, no parser; the `relations` checker runs them on every line:

- relative dates: "this year" where the cited sources say "last year" of the same unit (a year,
  a week, a month, a season). A source with no relative date of that unit ("in 2019") says
  nothing against it: the line may have worked it out.
- multipliers: "tripled", "twice", "almost double" must agree with the sources: with the same
  word, or with the ratio of two of their figures, or with a percentage change. A line's
  multiplier fails where the sources hold another multiplier, or figures none of whose ratios
  nor changes comes close to it.
- durations: "six months" where the cited sentences say "six weeks" (and never "six months").
- moved figures: a figure both the line and its source hold, beside a word of the line that
  stands in the source right beside *another* figure, on the same side, and never there beside
  this one: "Cyclists took 6.3 sick days" from "Cyclists took 4.1 sick days a year, against 6.3 for
  drivers". The literal check sees nothing wrong there: every figure is in the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.textpatterns import ascii_digits
from summarizer.verify.amounts import APPROXIMATE_WORDS
from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem

# ---------------------------------------------------------------------------------------------
# Relative dates: each language's patterns stand in its module (`Language.relative_dates`).


@lru_cache(maxsize=64)
def _relative_table(language: str) -> tuple[tuple[tuple[re.Pattern[str], int], ...], dict[str, str]]:
    """The relative-date patterns of `language` and its unit renames; none for a language without them."""
    import summarizer.lang as lang

    try:
        info = lang.get(language)
    except Exception:  # noqa: BLE001 - a language the registry does not know: no patterns
        return (), {}
    return info.relative_dates, dict(info.relative_units)


def _relative_dates(text: str, language: str) -> dict[str, set[int]]:
    """unit -> the offsets `text` gives it ("last year" -> {"year": {-1}})."""
    found: dict[str, set[int]] = {}
    lowered = text.lower().replace("’", "'")
    patterns, units = _relative_table(language)
    for pattern, offset in patterns:
        for match in pattern.finditer(lowered):
            unit = match.group("unit")
            found.setdefault(units.get(unit, unit), set()).add(offset)
    return found


_OFFSET_WORDS = {-1: "last", 0: "this", 1: "next"}


def relative_date_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """ "this year" where the sources say "last year" (and never "this year")."""
    said = _relative_dates(text, language)
    if not said:
        return []
    backed = _relative_dates(" ".join(sources), language)
    problems = []
    for unit, offsets in said.items():
        theirs = backed.get(unit, set())
        wrong = offsets - theirs
        if wrong and theirs:
            problems.append(Problem(
                "date", f"date not in its sources: the line says {_OFFSET_WORDS[min(wrong)]} {unit}, "
                f"its sources {_OFFSET_WORDS[min(theirs)]} {unit}"
            ))
    return problems


# ---------------------------------------------------------------------------------------------
# Multipliers.

# The multiplier words are the language modules' (`multipliers`).
# "twice" counts a repetition as often as it multiplies ("scored twice"): only a "twice" that
# compares something ("twice the", "twice as", "twice what") is read as a multiplier.
_COMPARING = frozenset("the what that its their his her a an".split())


def compares(words: Sequence[str], i: int) -> bool:
    """Whether "twice" at `words[i]` multiplies ("twice the cost", "twice as many as") rather than
    counts ("scored twice as Ayr came back")."""
    following = words[i + 1 : i + 7]
    if not following:
        return False
    return following[0] in _COMPARING or (following[0] == "as" and any(w in ("as", "than") for w in following[1:]))


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# A figure with its scale: "£1.2m", "600,000", "€9bn", "1,3 millones".
_FIGURE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s*(%|per ?cent|por ciento|pour cent|prozent|k\b|m\b|bn\b|tn\b|thousand|million|billion|trillion|"
    r"mil(?:es)?\b|millones|millón|millions?|milliards?|millionen|milliarden|mrd\b|mio\b)?",
    re.IGNORECASE,
)
_SCALES = {
    "k": 1e3, "thousand": 1e3, "mil": 1e3, "miles": 1e3,
    "m": 1e6, "million": 1e6, "millions": 1e6, "millones": 1e6, "millón": 1e6, "millionen": 1e6, "mio": 1e6,
    "bn": 1e9, "billion": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarden": 1e9, "mrd": 1e9,
    "tn": 1e12, "trillion": 1e12,
}
_PERCENT = frozenset({"%", "per cent", "percent", "por ciento", "pour cent", "prozent"})
_RISING = frozenset(
    "rose rise rises rising risen up increase increased increases grew grow grows grown growth gain gained jumped climbed "
    "higher more soared surged".split()
)
_FALLING = frozenset(
    "fell fall falls falling fallen down decrease decreased decreases dropped drop declined decline cut lower less shrank "
    "shrunk slumped plunged tumbled".split()
)


def _value(number: str, language: str) -> float | None:
    """A written number as a float: "1,200" is 1200 in English, "1,3" 1.3 elsewhere."""
    if lexicon(language).decimal_point:
        cleaned = number.replace(",", "")
    elif "," in number:
        cleaned = number.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        cleaned = number.replace(".", "")
    else:
        cleaned = number
    try:
        return float(cleaned)
    except ValueError:
        return None


def _figures(text: str, language: str) -> tuple[list[float], list[tuple[float, int]]]:
    """The amounts of `text` (with their scale) and its percentages, each with a sign: +1 where a
    rising word stands just before it, -1 a falling one, 0 neither."""
    amounts: list[float] = []
    percents: list[tuple[float, int]] = []
    for match in _FIGURE.finditer(text):
        value = _value(match.group(1), language)
        if value is None:
            continue
        scale = (match.group(2) or "").lower()
        scale = "per cent" if scale.startswith("per") else scale
        if scale in _PERCENT:
            before = [w.lower() for w in _WORD.findall(text[max(0, match.start() - 40) : match.start()])][-3:]
            sign = 1 if _RISING & set(before) else -1 if _FALLING & set(before) else 0
            percents.append((value, sign))
        elif not (1900 <= value <= 2100 and not scale):  # a year is not an amount
            amounts.append(value * _SCALES.get(scale, 1.0))
    return amounts, percents


def _multipliers(text: str, language: str) -> list[tuple[str, float, bool]]:
    """The multiplier words of `text`: (word, factor, whether "almost"/"about" qualifies it)."""
    table = lexicon(language).multipliers
    lowered = text.lower().replace("’", "'")
    if not any(word in lowered for word in table):
        return []  # a plain substring look first: most lines have no multiplier
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    found = []
    for i, word in enumerate(words):
        factor = table.get(word)
        if factor is None:
            continue
        if word in ("twice", "zweimal", "thrice") and not compares(words, i):
            continue
        found.append((word, factor, any(w in APPROXIMATE_WORDS for w in words[max(0, i - 2) : i])))
    return found


# Fractions a source may give a change in, as words ("fell by almost half", "rose by a third").
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2}
_CHANGED_WORDS = 2  # words just before a fraction word, or a line's multiplier, that name what changed
_SHORT = 3  # words this short ("had", "the", "by") name nothing that changed


def _named_before(words: list[str], at: int, saying: frozenset[str]) -> set[str]:
    """The last `_CHANGED_WORDS` words (small letters) before `words[at]` that may name what
    changed: longer than `_SHORT`, no name (a capital), no saying word, no word of approximation or
    of rising or falling ("Ann Lee said income had fallen by almost half": "said income")."""
    named = [
        w.lower() for w in words[:at]
        if len(w) > _SHORT and w.islower() and w not in saying and w not in APPROXIMATE_WORDS and w not in _RISING and w not in _FALLING
    ]
    return set(named[-_CHANGED_WORDS:])


def _words_before(text: str, word: str, saying: frozenset[str]) -> set[str]:
    """What changed, by the line: the words `_named_before` its multiplier `word`."""
    words = [w.replace("’", "'") for w in _WORD.findall(text)]
    lowered = [w.lower() for w in words]
    return _named_before(words, lowered.index(word), saying) if word in lowered else set()


def _fraction_changes(text: str, changed: set[str], saying: frozenset[str]) -> list[float]:
    """The changes that `text` gives as a fraction word after a rising or falling word, of a thing
    the line names too (`changed`, the words before its multiplier): "advertising income had
    fallen by almost half" is a change to 0.5 that a line's "advertising revenue nearly halved"
    says in figures, and one that "circulation halved" does not."""
    if not changed or not any(word in text for word in _FRACTIONS):
        return []
    words = _WORD.findall(text)
    changes = []
    for i, word in enumerate(words):
        if word.lower() in _FRACTIONS and changed & _named_before(words, i, saying):
            before = {w.lower() for w in words[max(0, i - 4) : i]}
            sign = 1 if _RISING & before else -1 if _FALLING & before else 0
            if sign:
                changes.append(1 + sign * _FRACTIONS[word.lower()])
    return changes


# Words before a multiplier that make it a floor: "more than doubled", "over triple".
_FLOOR_WORDS = (("more", "than"), ("over",))


def _floored(text: str, word: str) -> bool:
    """Whether the line's multiplier `word` stands just after "more than" or "over"."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return any(
        tuple(words[k - len(floor) : k]) == floor or tuple(words[k - len(floor) - 1 : k - 1]) == floor  # "more than doubled", "more than have doubled"
        for k, w in enumerate(words) if w == word for floor in _FLOOR_WORDS
    )


def _above(ratio: float, factor: float) -> bool:
    """Whether `ratio` is more than `factor` ("more than doubled" covers 2 to 4 times; "more than
    halved", a fall, below a half), within twice it, a bound a writer would not leave so loose."""
    if factor < 1:
        ratio, factor = 1 / ratio if ratio else float("inf"), 1 / factor
    return factor <= ratio <= 2 * factor


def _close(ratio: float, factor: float, approximate: bool) -> bool:
    """Whether `ratio` may be called `factor` ("almost double" covers 1.5 to 2.1)."""
    if factor < 1:
        ratio, factor = 1 / ratio if ratio else float("inf"), 1 / factor
    low = 0.75 * factor if approximate else 0.85 * factor
    return low <= ratio <= 1.1 * factor


def multiplier_problems(text: str, sources: Sequence[str], language: str = "english", document: Sequence[str] = ()) -> list[Problem]:
    """A multiplier of the line that its sources' words and figures do not bear out. Where the
    cited sentences hold no two figures to compare, a figure of the line itself ("triple the
    £2.2m") is compared with the figures of the whole `document` (its sentences' text)."""
    said = _multipliers(text, language)
    if not said:
        return []
    joined = " ".join(sources)
    theirs = _multipliers(joined, language)
    table = lexicon(language).multipliers
    source_words = {w.lower() for w in _WORD.findall(joined)}
    amounts, percents = _figures(joined, language)
    problems = []
    for word, factor, approximate in said:
        if any(f == factor for _, f, _ in theirs) or word in source_words and word in table:
            continue
        if theirs:
            problems.append(Problem("number", f"number not in its sources: “{word}”, where its sources say “{theirs[0][0]}”"))
            continue
        ratios = [a / b for a in amounts for b in amounts if b and a != b]
        changes = [1 + sign * value / 100 for value, sign in percents if sign]
        saying = lexicon(language).saying
        changes += _fraction_changes(joined, _words_before(text, word, saying), saying)
        if not ratios and not changes and document:
            # The line's own figure against the article's others: "the fee is triple the £2.2m"
            # where the fee, £4.5m, stands in another sentence.
            # A line with no figure of its own ("triple what it spent on shelters") weighs the
            # cited sentences' one figure the same way.
            own = _figures(text, language)[0] or amounts
            others = _figures(" ".join(document), language)[0]
            ratios = [a / b for a in own for b in others if a and b and a != b]
            ratios += [1 / r for r in ratios]
        if not ratios and not changes:
            continue  # no figures to weigh it against
        # "more than doubled" is a floor: 2.8 times is more than twice, 1.8 times is not.
        fits = (lambda r: _above(r, factor)) if _floored(text, word) else (lambda r: _close(r, factor, approximate))
        if any(fits(r) for r in (*ratios, *changes)):
            continue
        problems.append(Problem("number", f"number not in its sources: “{word}” matches no ratio or change of the figures of its sources"))
    return problems


# ---------------------------------------------------------------------------------------------
# Figures moved to another noun.

# The scale of a figure ("£3.1m", "5 per cent") is part of it, not a word beside it.
_UNIT_WORDS = frozenset("m bn k tn per cent percent million billion thousand trillion millions millones milliards mrd mio".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "million billion dozen half".split()
)


def moved_figure_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A figure put beside a word that the source puts on the same side of another figure."""
    from summarizer.verify.relations import tokens_of

    if not any(map(str.isdigit, text)):  # map: no generator frame per character
        return []
    line = [t for t in tokens_of(text, language) if t.term is not None and t.lower not in _UNIT_WORDS]
    line_numbers = {_number_key(t.lower) for t in line if t.lower[:1].isdigit()}
    if not line_numbers:
        return []
    full = [tokens_of(s, language) for s in sources]
    parsed = [[t for t in tokens if t.term is not None and t.lower not in _UNIT_WORDS] for tokens in full]
    ranges = [_range_pairs(tokens, lexicon(language).range_words) for tokens in full]
    dates = lexicon(language).dates
    order: dict[str, int] = {}  # where each figure first stands in the line
    for k, t in enumerate(line):
        if t.lower[:1].isdigit():
            order.setdefault(_number_key(t.lower), k)
    moved = []
    for i, token in enumerate(line):
        if not token.lower[:1].isdigit():
            continue
        if any(0 <= j < len(line) and line[j].lower.rstrip(".") in dates for j in (i - 1, i + 1)):
            continue  # a day of a date ("ab 1. März", "on 3 May"): where it stands is the date checks' to judge
        key = _number_key(token.lower)
        if not any(_number_key(t.lower) == key for sentence in parsed for t in sentence):
            continue  # a figure the sources lack is the literal check's
        for j in (i - 1, i + 1):
            if not 0 <= j < len(line):
                continue
            neighbour = line[j]
            if neighbour.lower[:1].isdigit() or neighbour.lower in _NUMBER_WORDS or neighbour.segment != token.segment or len(neighbour.lower) < 3:
                continue
            if neighbour.lower in APPROXIMATE_WORDS:
                continue  # "roughly 60%": how near the figure is, no thing it belongs to
            if j < i and j and line[j - 1].lower[:1].isdigit() and line[j - 1].segment == neighbour.segment:
                continue  # "212 votes of 28,406": the word is the figure's before, not this one's
            if _beside_other(
                neighbour.term, key, j - i, parsed, {t.term for t in line}, lexicon(language).comparison_words, (order, full), ranges,
            ):
                moved.append(f"“{token.text}” … “{neighbour.text}”")
                break
    if not moved:
        return []
    return [Problem("circumstance", f"circumstance not in its sources: {', '.join(moved)}: its source puts another figure there")]


@lru_cache(maxsize=1024)
def _number_key(word: str) -> str:
    """ "14th" and "14" and "4,800" and "4800" compare equal."""
    digits = re.match(r"\d+(?:[.,]\d+)*", word)
    return ascii_digits(digits.group()).replace(",", "") if digits else word


def _range_pairs(tokens: Sequence, range_words: frozenset[str]) -> frozenset[frozenset[str]]:
    """The figures of a sentence (every token) that make a range, as pairs of `_number_key`s:
    "from 187 votes to 212", "20 or 30 people". The second has the first one's unit and place in
    the sentence, so a word beside either is beside both."""
    pairs = set()
    for m in range(2, len(tokens)):
        if not tokens[m].lower[:1].isdigit() or tokens[m - 1].lower not in range_words:
            continue
        for back in (m - 2, m - 3):  # "20 or 30", "187 votes to 212"
            if back >= 0 and tokens[back].lower[:1].isdigit():
                pairs.add(frozenset((_number_key(tokens[back].lower), _number_key(tokens[m].lower))))
                break
    return frozenset(pairs)


def _beside_other(
    term: str, key: str, side: int, parsed: Sequence[Sequence], line_terms: set = frozenset(), comparisons: frozenset[str] = frozenset(),
    restating: tuple[dict[str, int], Sequence[Sequence]] | None = None, ranges: Sequence[frozenset[frozenset[str]]] = (),
) -> bool:
    """Whether `term` stands right on `side` (-1 before, +1 after) of another figure in some
    source sentence, and never within two words on that side of the figure `key`. A figure set
    against the other for a second party that the line names ("83% of cancers, compared with 67%
    for the stool test": "the stool test detected 67% of cancers") measures the same noun; so does
    one the line restates with the source's verb after the other figure, in the source's order
    ("ne compte plus que 19 élèves, contre 41 il y a dix ans": "n'a plus que 19 élèves, alors
    qu'elle en comptait 41"; `restating`: where the line's figures stand, and the source sentences'
    every token, comparison words included). A figure that makes a range with `key` (`ranges`,
    per sentence) is no other figure; a word after a figure is never on the side before the next
    one in the same clause ("from 187 votes to 212": "votes" is 187's; not "by 40%, at a cost of
£1.2m")."""
    beside_other = False
    for n, sentence in enumerate(parsed):
        for k, t in enumerate(sentence):
            if not t.lower[:1].isdigit():
                continue
            number = _number_key(t.lower)
            near = [sentence[k + side * d] for d in (1, 2) if 0 <= k + side * d < len(sentence)]
            if number == key and any(n.term == term for n in near):
                return False
            if number != key and near and near[0].term == term and near[0].segment == t.segment:
                if ranges and frozenset((number, key)) in ranges[n]:
                    continue
                if side < 0 and len(near) > 1 and near[1].lower[:1].isdigit() and near[1].segment == near[0].segment:
                    continue
                if _compared(sentence, k, key, line_terms, comparisons):
                    continue
                if restating and _restated(restating[1][n], number, key, restating[0], comparisons):
                    continue
                beside_other = True
    return beside_other


def _restated(sentence: Sequence, first: str, key: str, order: dict[str, int], comparisons: frozenset[str]) -> bool:
    """Whether the source sentence (every token) compares its figure `first` with the figure `key`
    after it (a comparison word between them), and the line gives both, in that order."""
    if first not in order or key not in order or order[first] > order[key]:
        return False
    at = next((k for k, t in enumerate(sentence) if t.lower[:1].isdigit() and _number_key(t.lower) == first), None)
    if at is None:
        return False
    for m in range(at + 1, len(sentence)):
        if sentence[m].lower[:1].isdigit() and _number_key(sentence[m].lower) == key:
            return any(t.lower in comparisons for t in sentence[at + 1 : m])
    return False


def _compared(sentence: Sequence, k: int, key: str, line_terms: set, comparisons: frozenset[str]) -> bool:
    """Whether the figure `key` follows the figure at `k` in `sentence` after a comparison word,
    with a party after it whose first word the line has."""
    for m in range(k + 1, len(sentence)):
        if _number_key(sentence[m].lower) != key:
            continue
        between = sentence[k + 1 : m]
        party = next((t.term for t in sentence[m + 1 : m + 4] if not t.lower[:1].isdigit()), None)
        if any(t.lower in comparisons for t in between) and party in line_terms:
            return True  # (its first word: "for the stool test" is not the line's "blood test")
    return False


# ---------------------------------------------------------------------------------------------
# The unit of a duration: "six months" where the source has "six weeks".

# The units and number words are the language modules' (`time_units`, `number_words`). A unit
# is compared by its length: "2 Tage" is "2 Tagen", "deux journées" is "deux jours".


@lru_cache(maxsize=16)
def _unit_names(language: str) -> dict[int, str]:
    """Each unit length's first word in the language's list ("week" for "week weeks"), to name it."""
    names: dict[int, str] = {}
    for word, seconds in lexicon(language).time_units.items():
        names.setdefault(seconds, word)
    return names


def _durations(text: str, language: str) -> set[tuple[str, int]]:
    """(amount, unit length in seconds) pairs: "six weeks" -> ("6", 604800), "3 days" -> ("3", 86400)."""
    words_of = lexicon(language)
    units, counts = words_of.time_units, words_of.counts
    lowered = text.lower()
    if not any(unit in lowered for unit in units):
        return set()  # a plain substring look first: most lines name no unit of time
    tokens = [w.lower().rstrip(".,") for w in re.findall(r"[^\W_][\w.,]*", text)]
    found = set()
    for amount, unit in zip(tokens, tokens[1:]):
        if unit not in units:
            continue
        value = counts.get(amount, amount)
        if value[:1].isdigit():
            found.add((value, units[unit]))
    return found


def duration_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """ "over six months" where the cited sentences say "over six weeks", and never "six months"."""
    said = _durations(text, language)
    if not said:
        return []
    theirs = _durations(" ".join(sources), language)
    wrong = []
    for amount, unit in said:
        if (amount, unit) in theirs:
            continue
        other = next((u for a, u in theirs if a == amount and u != unit), None)
        if other is not None:
            names = _unit_names(language)
            wrong.append(f"{amount} {names[unit]} where its sources have {amount} {names[other]}")
    if not wrong:
        return []
    return [Problem("number", f"number not in its sources: {', '.join(wrong)}")]


# ---------------------------------------------------------------------------------------------
# A time put in the slot of another: "push his research back by six months" where the sentence
# holding those words says "back by a year" (and "six months" is another speaker's wait).

# Words that count one of a unit: "a year", "un an", "ein Jahr", "una semana".
_INDEFINITE = frozenset("a an one un une uno una ein eine einen einem einer".split())
# Dates that are no fixed time of their own: "today", "yesterday" are the relative-date checks'.
_JOINING = frozenset("and et y und e".split())
_SHIFTING = frozenset("today tomorrow yesterday heute gestern morgen hoy ayer mañana aujourd hier demain".split())
_TIME_WORDS = re.compile(r"[^\W_][\w.,]*")
# Content words of the line that the sentence with the other time must hold: most of them, so
# that both times stand in one act's slot.
_SLOT_SHARE = 0.6


@lru_cache(maxsize=1024)
def _times(text: str, language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, int, tuple[str, object]], ...]]:
    """The words of `text` (small letters, and as written) and its times: (start, end, value), where a value is
    ("span", seconds) for "six months", "a year", "3 Tage", or ("date", word, day) for a month or a
    weekday, with the day of the month beside it or None ("March 3", "mardi"; in English only with its
    capital: "may", "march" are verbs too)."""
    words_of = lexicon(language)
    written = [w.rstrip(".,") for w in _TIME_WORDS.findall(text)]
    lowered = [w.lower() for w in written]
    found: list[tuple[int, int, tuple[str, object]]] = []
    for k, word in enumerate(lowered):
        seconds = words_of.time_units.get(word)
        if seconds is not None and k:
            amount = words_of.counts.get(lowered[k - 1], lowered[k - 1]).replace(",", "")
            count = 1.0 if lowered[k - 1] in _INDEFINITE else float(amount) if amount.replace(".", "", 1).isdigit() else None
            # ("a year and a half" goes on: a span of its own, `spans.py`'s to read.)
            if count is not None and (k + 1 == len(lowered) or lowered[k + 1] not in _JOINING):
                found.append((k - 1, k + 1, ("span", count * seconds)))
        elif word in words_of.dates and word not in _SHIFTING and (language != "english" or written[k][:1].isupper()):
            # A part of a day is that day: "Dienstagabend" is "Dienstag".
            day = min((d for d in words_of.dates if word.startswith(d)), key=len, default=word)
            found.append(_dated(lowered, k, day))
        elif language == "english" and written[k] == "May" and k:
            found.append(_dated(lowered, k, word))  # the month, with its capital inside a sentence; "may" is a modal
    # Tuples of strings and numbers, which the cyclic garbage collector stops walking, as the cache keeps them.
    return tuple(lowered), tuple(written), tuple(found)


def _day_number(word: str) -> str | None:
    """The day of the month `word` writes ("3", "3rd", "15."), or None."""
    digits = word.rstrip(".").removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    return digits if digits.isdigit() and 1 <= int(digits) <= 31 else None


def _dated(words: Sequence[str], k: int, name: str) -> tuple[int, int, tuple[str, object]]:
    """The date at `words[k]`, a month's or weekday's `name`, with its day of the month where one
    stands beside it ("March 3", "3 March"): ("date", name, day or None), and where it starts and ends."""
    after = _day_number(words[k + 1]) if k + 1 < len(words) else None
    if after is not None:
        return (k, k + 2, ("date", name, after))
    before = _day_number(words[k - 1]) if k else None
    if before is not None:
        return (k - 1, k + 1, ("date", name, before))
    return (k, k + 1, ("date", name, None))


def _same_time(mine: tuple[str, object], theirs: tuple[str, object]) -> bool:
    """Whether two times are one: equal spans, or one month or weekday where a day written in
    only one of them leaves them one ("in March" and "on March 15")."""
    if mine[0] == theirs[0] == "date":
        return mine[1] == theirs[1] and (mine[2] is None or theirs[2] is None or mine[2] == theirs[2])  # type: ignore[misc]
    return mine == theirs


def moved_time_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A span of time or a date in the slot where the sentence holding the line's words has
    another: the two words before it are the sentence's two words before its own time, of the
    same kind (a span, a date) and another value, most of the line's content words are that
    sentence's, and the sentence holds the line's time nowhere. "back by six months" for "back by
    a year" (six months being another sentence's); "starting in May" for "starting in March"."""
    words_of = lexicon(language)
    if not words_of.time_units and not words_of.dates:
        return []
    line, shown, times = _times(text, language)
    if not times:
        return []
    from summarizer.extract.stopwords import stopwords_for

    stop = stopwords_for(language)
    content = {w for w in line if w not in stop and len(w) > 3 and not w[:1].isdigit()}
    for sentence in sources:
        theirs, their_shown, their_times = _times(sentence, language)
        values = [value for _, _, value in their_times]
        held = content & set(theirs)
        if not their_times or len(held) < _SLOT_SHARE * len(content):
            continue
        for start, end, value in times:
            if start < 2 or any(_same_time(value, known) for known in values):
                continue
            for other_start, other_end, other in their_times:
                if other[0] != value[0] or other_start < 2 or theirs[other_start - 2 : other_start] != line[start - 2 : start]:
                    continue
                mine, its = " ".join(shown[start:end]), " ".join(their_shown[other_start:other_end])
                return [Problem("circumstance", f"circumstance not in its sources: “{mine}” where its source has “{its}”")]
    return []
