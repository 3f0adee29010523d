"""Numbers written in words, read as one value each: "twenty-three", "dreiundzwanzig",
"vingt-trois", "quatre-vingt-dix-sept", "treinta y dos", "veintitrés".

A language's module gives the words of its atoms (`Language.spelled_numbers`: units, teens,
tens, and whole words such as Spanish "veintitrés") and the words that join them
(`Language.number_joiners`: "und", "et", "y"). Atoms in a row, joined by a hyphen, a space or a
joining word (German glues them into one word: "drei|und|zwanzig"), make one number: a ten then
a smaller atom add ("vingt-trois", French "soixante-dix" too), a unit before a ten adds where a
joiner stands between them (German) and multiplies a bare "vingt" (French "quatre-vingts")."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.verify.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=16)
def _atoms(language: str) -> tuple[dict[str, int], frozenset[str], re.Pattern[str] | None]:
    words = lexicon(language)
    atoms = dict(words.spelled)
    joiners = words.number_joiners
    glued = None
    if atoms and joiners:
        alternatives = "|".join(sorted(map(re.escape, atoms), key=len, reverse=True))
        glued = re.compile(rf"({alternatives})({'|'.join(map(re.escape, sorted(joiners)))})({alternatives})")
    return atoms, joiners, glued


def spelled_numbers(text: str, language: str = "english") -> list[tuple[int, int, int, int]]:
    """Each number written in words in `text`: (start, end, value, atoms it is made of)."""
    atoms, joiners, glued = _atoms(language)
    if not atoms:
        return []
    found: list[tuple[int, int, int, int]] = []
    current: list[int] | None = None  # start, end, value, atoms, whether a joiner stands before
    joined = False
    lowered = text.lower()
    for match in _WORD.finditer(lowered):
        word = match.group()
        value = atoms.get(word)
        if value is None and glued is not None and (parts := glued.fullmatch(word)):
            low, high = atoms[parts.group(1)], atoms[parts.group(3)]
            value = high + low if low < 10 <= high and high % 10 == 0 else None
        gap = lowered[current[1] : match.start()] if current is not None else ""
        if value is None:
            if current is not None and word in joiners and gap.strip() in ("", "-"):
                joined = True
                continue
            if current is not None:
                found.append(tuple(current[:4]))  # type: ignore[arg-type]
                current, joined = None, False
            continue
        if current is not None and (gap.strip(" ") in ("", "-") or joined):
            total = current[2]
            if total < 10 and value == 20 and not joined:
                current[1:4] = [match.end(), total * 20, current[3] + 1]  # "quatre-vingts"
                joined = False
                continue
            if total == 10 and 7 <= value <= 9 and not joined:  # "dix-sept"
                current[1:4] = [match.end(), total + value, current[3] + 1]
                continue
            if total >= 20 and total % 10 == 0 and (value < 10 or (value < 20 and total in (60, 80))):
                current[1:4] = [match.end(), total + value, current[3] + 1]
                joined = False
                continue
        if current is not None:
            found.append(tuple(current[:4]))  # type: ignore[arg-type]
        current, joined = [match.start(), match.end(), value, 1], False
    if current is not None:
        found.append(tuple(current[:4]))  # type: ignore[arg-type]
    return found
