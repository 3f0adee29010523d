"""Numbers written in words, read as one value each: "twenty-three", "dreiundzwanzig",
"vingt-trois", "quatre-vingt-dix-sept", "treinta y dos", "veintitrés", "dreihundert",
"trois cent vingt", "doscientos", "ventitré".

A language's module gives the words of its atoms (`Language.spelled_numbers`: units, teens,
tens, hundreds, "thousand", and whole words such as Spanish "veintitrés") and the words that join
them (`Language.number_joiners`: "und", "et", "y"). Atoms in a row, joined by a hyphen, a space or
a joining word, or glued into one word ("drei|hundert|fünf|und|zwanzig"), make one number: a ten
then a smaller atom add ("vingt-trois", French "soixante-dix" too), a unit before a ten adds where
a joiner glues them (German, Dutch) and multiplies a bare "vingt" (French "quatre-vingts"), a
hundred or a thousand multiplies what stands before it and adds what follows.

Every word of a text that may be one of them is found by one pattern, compiled once per language.
A number word with a capital inside a sentence is a name or a noun ("Once Caldas", "Acht geben",
"die Elf"), and a homograph (`Language.number_homographs`: French "neuf", new) counts only after a
small word and before another word ("les neuf membres", not "un stade neuf dans")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.verify.lexicon import lexicon

_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”„(\[]\s*)$")


@dataclass(frozen=True, slots=True)
class _Words:
    atoms: dict[str, int]
    joiners: frozenset[str]
    homographs: frozenset[str]
    stopwords: frozenset[str]  # the small words after which a homograph is a number ("les neuf")
    candidates: re.Pattern[str]  # a word made of atoms and joiners only
    pieces: re.Pattern[str]  # one atom or joiner, the longest first


@lru_cache(maxsize=16)
def _words(language: str) -> _Words | None:
    from summarizer.extract.stopwords import stopwords_for

    words = lexicon(language)
    if not words.spelled:
        return None
    alternatives = "|".join(sorted(map(re.escape, {*words.spelled, *words.number_joiners}), key=len, reverse=True))
    return _Words(
        dict(words.spelled),
        words.number_joiners,
        words.number_homographs,
        stopwords_for(language) if words.number_homographs else frozenset(),
        re.compile(rf"(?<![^\W\d_])(?:{alternatives})+(?![^\W\d_])"),
        re.compile(alternatives),
    )


def _extend(rest: int, low: int, value: int, joined: bool, glued: bool) -> tuple[int, int] | None:
    """The number (`rest`: its hundreds and thousands, `low`: what is below a hundred) after one
    more atom, or None where the atom starts another number."""
    if value == 1000:
        return ((rest + low) * 1000, 0) if rest + low and rest < 1000 and not joined else None
    if value == 100:
        if not rest and 10 < low < 100 and not joined:
            return low * 100, 0  # "twenty-five hundred" is 2,500
        return (rest + (low or 1) * 100, 0) if rest % 1000 == 0 and low < 10 and (rest or low) and not joined else None
    if value > 100:  # "doscientos" after "dos mil"
        return (rest + value, 0) if value < 1000 and rest and rest % 1000 == 0 and not low else None
    if not low:
        return (rest, value) if rest and rest % 100 == 0 else None  # "cent vingt", "mil doscientos"
    if low < 10 and value == 20 and not joined:
        return rest, low * 20  # "quatre-vingts"
    if low == 10 and 7 <= value <= 9 and not joined:
        return rest, low + value  # "dix-sept"
    if low >= 20 and low % 10 == 0 and (value < 10 or (value < 20 and low in (60, 80))):
        return rest, low + value  # "vingt-trois", "soixante-dix", "vingt et un"
    if glued and joined and low < 10 and 20 <= value < 100 and value % 10 == 0:
        return rest, low + value  # "drei|und|zwanzig"
    return None


def _glued_parts(word: str, words: _Words) -> list[tuple[int, bool]] | None:
    """The atoms of a word glued from several (value, whether a joiner stands before), or None."""
    parts, joined = [], False
    pieces = words.pieces.findall(word)
    if "".join(pieces) != word:
        return None
    for piece in pieces:
        if piece in words.joiners and piece not in words.atoms:
            if not parts or joined:
                return None
            joined = True
            continue
        parts.append((words.atoms[piece], joined))
        joined = False
    return parts if not joined else None


def _read_glued(parts: list[tuple[int, bool]]) -> int | None:
    """The value of a glued word's atoms ("drei|hundert" is 300), or None where they make no number."""
    rest, low = (parts[0][0], 0) if parts[0][0] >= 100 else (0, parts[0][0])
    for value, joined in parts[1:]:
        extended = _extend(rest, low, value, joined, glued=True)
        if extended is None:
            return None
        rest, low = extended
    return rest + low


def spelled_numbers(text: str, language: str = "english") -> list[tuple[int, int, int, int]]:
    """Each number written in words in `text`: (start, end, value, atoms it is made of)."""
    words = _words(language)
    if words is None:
        return []
    found: list[tuple[int, int, int, int]] = []
    current: list[int] | None = None  # start, end, hundreds and thousands, below a hundred, atoms
    joined = False
    last_end = 0  # where the number, or the joiner after it, ends
    lowered = text.lower()

    def close() -> None:
        if current is not None:
            found.append((current[0], current[1], current[2] + current[3], current[4]))

    for match in words.candidates.finditer(lowered):
        word = match.group()
        if current is not None and lowered[last_end : match.start()].strip(" ") not in ("", "-"):
            close()
            current, joined = None, False
        last_end = match.end()
        if word in words.joiners and word not in words.atoms:
            joined = current is not None and not joined
            continue
        if text[match.start()].isupper() and not _SENTENCE_START.search(text, 0, match.start()):
            close()
            current, joined = None, False
            continue  # "Once Caldas", "Acht geben": a name or a noun
        if word in words.atoms:
            parts = [(words.atoms[word], False)]
        elif (parts := _glued_parts(word, words)) is None or _read_glued(parts) is None:
            close()
            current, joined = None, False
            continue
        if current is not None:
            rest, low, count = current[2], current[3], current[4]
            for value, glue in parts:
                extended = _extend(rest, low, value, joined or glue, glued=glue)
                if extended is None:
                    break
                (rest, low), count, joined = extended, count + 1, False
            else:
                current[1:5] = [match.end(), rest, low, count]
                continue
            close()
            current = None
        if len(parts) == 1 and word in words.homographs and not _homograph_counts(lowered, match.start(), match.end(), words):
            joined = False
            continue
        value = words.atoms[word] if len(parts) == 1 else _read_glued(parts)
        current = [match.start(), match.end(), *((value, 0) if value >= 100 else (0, value)), len(parts)]
        joined = False
    close()
    return found


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)['’\s]*$")


def _homograph_counts(lowered: str, start: int, end: int, words: _Words) -> bool:
    """Whether a homograph ("neuf") stands as a number: after a small word or no word ("les neuf",
    "à neuf heures", "Neuf personnes"), not after a noun ("un stade neuf dans"), and before a word,
    not at a clause's end ("remis à neuf.")."""
    before = _PREVIOUS_WORD.search(lowered, max(0, start - 30), start)
    return _NEXT_WORD.match(lowered, end) is not None and (before is None or before.group(1) in words.stopwords)


@lru_cache(maxsize=16)
def _idioms(language: str) -> re.Pattern[str] | None:
    phrases = lexicon(language).number_idioms
    if not phrases:
        return None
    alternatives = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


def counted_numbers(text: str, language: str = "english") -> list[tuple[int, int, int, int]]:
    """The numbers in words of a line that count something: not a lone "un", "ein", "uno" (an
    article), not one inside an idiom ("les deux" is both, "por ciento" a percent), not the
    numerator of a fraction ("quatre cinquièmes", `Language.fraction_endings`)."""
    numbers = [n for n in spelled_numbers(text, language) if n[2] != 1 or n[3] > 1]
    if not numbers:
        return numbers
    lowered = text.lower()
    idioms = _idioms(language)
    inside = [(m.start(), m.end()) for m in idioms.finditer(lowered)] if idioms is not None else []
    endings = lexicon(language).fraction_endings
    counted = []
    for number in numbers:
        start, end = number[0], number[1]
        if any(a <= start and end <= b for a, b in inside):
            continue
        following = _NEXT_WORD.match(lowered, end)
        if endings and following and following.group(1).endswith(endings):
            continue
        counted.append(number)
    return counted
