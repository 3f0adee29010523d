"""Places written short as news writes them: AP's state forms ("BURLINGTON, Vt. (AP) --", "a Pa.
firm", "Sen. Ada Ruiz, D-Calif."), Canadian provinces ("Hamilton, Ont."), and the place each
stands for ("Vermont", "Pennsylvania", "California", "Ontario").

A line that writes "a Vermont judge" where its source's dateline has "Vt." names the source's
place, and a line's "Burlington, Vt." names the "Vermont" of its source. A short form counts only
with its full stop and in a place's slot, as "Wash.", "Mass." and "Miss." are other words as
well: after a capitalised word and a comma (a dateline, "Sacramento, Calif."), between an article
and a small-letter word ("a Pa. firm", "the Calif.-based group"), or after a party's letter ("D-Calif.").
The forms are the language module's (`Language.place_abbreviations`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import lexicon
from summarizer.verify.short_forms import short_form_reading


@lru_cache(maxsize=64)
def _reading(language: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    # The slot is read around each form (`_SLOT_BEFORE`, `_NOUN_AFTER`), its stop with it.
    return short_form_reading(lexicon(language).place_abbreviations, r"(?![\w.])")


# A place's slot before a short form: after a capitalised word and a comma ("Burlington, Vt.",
# "ORLEN FALLS, Vt."), after an article where a small-letter word follows ("a Pa. firm", "the
# Calif.-based group"), or after a party's letter ("D-Calif.").
_AFTER_COMMA = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*,\s+$")
_AFTER_ARTICLE = re.compile(r"(?<!\w)(?:[Aa]n?|[Tt]he)\s+$")
_AFTER_PARTY = re.compile(r"(?<![\w-])[DRI]-$")
_NOUN_AFTER = re.compile(r"\s+[a-z]|-[a-z]")


@lru_cache(maxsize=1024)  # a source sentence comes back for every line and trial citation
def short_places(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """The places `text` writes short in a place's slot: (short form as written, place) pairs,
    ("Vt.", "Vermont"), ("N.Y.", "New York")."""
    pattern, full = _reading(language)
    if pattern is None or "." not in text:
        return ()
    found = []
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if (
            _AFTER_COMMA.search(before) or _AFTER_PARTY.search(before)
            or (_AFTER_ARTICLE.search(before) and _NOUN_AFTER.match(text, match.end()))
        ):
            found.append((match.group(), full[match.group()]))
    return tuple(found)


def short_place_words(text: str, language: str) -> frozenset[str]:
    """The words of the places `text` writes short ("New", "York" for "Albany, N.Y.")."""
    return frozenset(word for _, place in short_places(text, language) for word in place.split())


def short_form_pieces(text: str, language: str) -> dict[str, frozenset[str]]:
    """The pieces a name check reads in each short place of `text` ("Vt", "N" and "Y"), each with
    the words of the place it stands for."""
    pieces: dict[str, frozenset[str]] = {}
    for short, place in short_places(text, language):
        for piece in re.findall(r"[A-Za-z]+", short):
            pieces[piece] = pieces.get(piece, frozenset()) | frozenset(place.split())
    return pieces


@lru_cache(maxsize=64)
def _forms_by_piece(language: str) -> dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """Each piece of a short form ("Vt"; "N" and "Y" of "N.Y.") with the (pieces, place words) of
    every short form it is a piece of."""
    table: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for short, place in lexicon(language).place_abbreviations:
        pieces = frozenset(re.findall(r"[A-Za-z]+", short))
        for piece in pieces:
            table.setdefault(piece, []).append((pieces, frozenset(place.split())))
    return {piece: tuple(forms) for piece, forms in table.items()}


def same_short_place(one: str | Sequence[str], other: str | Sequence[str], language: str) -> bool:
    """Whether one of two names, each a word or the words of a name, is a place's short form as
    a check's tokens read it ("Vt"; "N", "Y") and the other words of that place's name
    ("Vermont"; "New York")."""
    one = [one] if isinstance(one, str) else list(one)
    other = [other] if isinstance(other, str) else list(other)
    table = _forms_by_piece(language)
    for short, full in ((one, other), (other, one)):
        short = [word.strip(".") for word in short]
        if not short or not full:
            continue
        for pieces, place in table.get(short[0], ()):
            if pieces.issuperset(short) and place.issuperset(full):
                return True
    return False
