"""A place and the name of its people or its adjective, either way round: "Norwegian" or
"Englishman" in a line whose source names "Norway" or "England", and "France's" where the source
writes "French". One is another way to write the other, not a new name and not a swapped one."""

from __future__ import annotations

from collections.abc import Iterable

# "Norwegian", "Scottish", "Japanese", "Argentine"; not "-i": surnames (Bieniewski) end so.
_ENDINGS = ("ian", "ians", "ish", "ese", "an", "ans", "ine", "ines")
_PERSONS = ("man", "men", "woman", "women")  # "Englishman", "Cornishwomen": the adjective and a person

# The adjective whose first letters are not the place's: the prefix rules below cannot pair them.
_IRREGULAR: dict[str, frozenset[str]] = {
    "french": frozenset({"france"}),
    "dutch": frozenset({"netherlands", "holland"}),
    "welsh": frozenset({"wales"}),
    "danish": frozenset({"denmark"}),
    "danes": frozenset({"denmark"}),
    "irish": frozenset({"ireland"}),
    "spanish": frozenset({"spain"}),
    "polish": frozenset({"poland"}),
    "finnish": frozenset({"finland"}),
    "filipino": frozenset({"philippines"}),
}


def _adjective(word: str) -> str:
    """"Frenchman" -> "french": the people's adjective without the person."""
    lower = word.lower().removesuffix("'s")
    person = next((ending for ending in _PERSONS if lower.endswith(ending)), None)
    if person is not None and lower[: -len(person)].endswith(("ish", "sh", "ch")):
        return lower[: -len(person)]
    return lower


def _irregular_pair(adjective: str, place: str) -> bool:
    return place.lower().removesuffix("'s") in _IRREGULAR.get(_adjective(adjective), frozenset())


def _looks_like_demonym(word: str) -> bool:
    lower = word.lower()
    if any(lower.endswith(ending) and lower[: -len(ending)].endswith(("ish", "sh", "ch")) for ending in _PERSONS):
        return True
    return len(word) >= 6 and lower.endswith(_ENDINGS)


def demonym_of(word: str, names: Iterable[str]) -> bool:
    """`word` is the people or adjective of a place among `names`: its first three letters begin
    the place's name ("Norwegian", "Norway"), or the pair is one of the irregular ones."""
    names = list(names)
    if any(_irregular_pair(word, name) for name in names):
        return True
    if any(word.lower() == f"{name.lower()}n" and name[-1:].lower() in "ae" for name in names):
        return True  # "Asian", "Cuban", "Kenyan": the place's name and an "n", however short
    if not _looks_like_demonym(word):
        return False
    stem = word[:3]
    return any(name.startswith(stem) and name != word and len(name) >= 4 for name in names)


def place_of(word: str, names: Iterable[str]) -> bool:
    """`word` is a place whose people or adjective stands among `names` ("France" where the source
    writes "French", "Norway" for "Norwegian"). Stricter than `demonym_of`, since a place-like
    word may be a person's name: four first letters in common ("Norw"), or an irregular pair;
    "Norbert" is no "Norwegian"."""
    for name in names:
        if name == word:
            continue
        if _irregular_pair(name, word):
            return True
        if _looks_like_demonym(name) and len(word) >= 4 and name[:4] == word[:4]:
            return True
    return False


def same_place(one: str, other: str) -> bool:
    """Two capitalised words that may name the same place, one as its people or adjective:
    their first three letters, or an irregular pair either way round."""
    return one[:3].lower() == other[:3].lower() or _irregular_pair(one, other) or _irregular_pair(other, one)
