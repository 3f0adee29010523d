"""Who finished ahead of whom, turned round: "Avanza quedó por delante del PRV" where the article
has the PRV win and Avanza come second, "Rousset a terminé devant Marchetti" where Marchetti won
and second place went to Rousset, "A finished behind B" where the article says "B trailed A".

Read from words alone, parser on or off, in every language whose module gives its words of
order (`Language.ahead_words`: "ahead of", "devant", "por delante de"; `Language.behind_words`:
"behind", "derrière"; `Language.winning_words`: "won", "s'est imposé", "ganó"). The line's
ranking is two names either side of such a word. The article backs it otherwise where it puts
the same two the other way round around one, or ranks them itself: a winner is the name before
its winning word, a place the name beside an ordinal ("second", "deuxième place"). The line is
wrong only where every rank the article gives its first name is below every rank of its second:
an article that ranks either two ways (two contests) leaves the line alone.

German is left out: its "vor" and "hinter" are as often of place and time as of order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")
_NAME_BEFORE = 8  # words before the word of order that the first name may end in ("X, 34, a terminé devant")
_NAME_AFTER = 2  # words after it before the second name (a determiner: "por delante del PRV")
_WINNER_BEFORE = 8  # words before a winning word that its winner's name may end in
_PLACE_NEAR = 4  # words between an ordinal and the name it ranks ("la deuxième place est revenue à X")


class _Words(list):
    """A text's tokens, with which of them are names: capitalised words that are no stop word
    of the language ("La" opening a sentence is none)."""

    def __init__(self, text: str, language: str):
        super().__init__(_TOKEN.findall(text))
        self.language = language

    @cached_property
    def names(self) -> list[bool]:
        # Read when first asked: most lines hold no word of order, and their names are never looked at.
        stop = stopwords_for(self.language)
        return [t[:1].isupper() and t.isalpha() and t.lower() not in stop for t in self]


def _name_ending(tokens: _Words, end: int, reach: int, aside: bool = True) -> frozenset[str]:
    """The words (lower case) of the run of names nearest before `end`, within `reach` words and
    no sentence mark between; empty where none. A name's small joining words ("Partido
    Regionalista de Valdemora") are kept inside it. A name inside an aside between commas
    ("Claire Rousset, boulangère à Montvallon, a terminé") gives way to the name the aside
    describes, right before its opening comma."""
    k = end - 1
    while k >= max(0, end - reach) and not tokens.names[k]:
        if tokens[k] in ".;:!?«»“”\"(":
            return frozenset()
        k -= 1
    if k < max(0, end - reach):
        return frozenset()
    last = k
    words = []
    while k >= 0 and (tokens.names[k] or (tokens[k].islower() and len(tokens[k]) <= 3 and k > 0 and tokens.names[k - 1] and words)):
        words.append(tokens[k])
        k -= 1
    opening = next((j for j in range(k, max(-1, k - reach), -1) if tokens[j] == ","), None)
    if "," in tokens[last + 1 : end] and opening is not None:
        # A name inside an aside: the described name ends right before the comma that opens it
        # (a name followed by an aside of its own, "Julien Marchetti, 34 ans, s'est imposé", is itself).
        return _name_ending(tokens, opening, 1, aside=False) if aside else frozenset()
    return frozenset(w.lower() for w in words if w[:1].isupper())


def _name_starting(tokens: _Words, start: int, reach: int) -> frozenset[str]:
    """The words (lower case) of the run of names that starts within `reach` words of `start`,
    only lower-case words (determiners) before it; empty where none."""
    k = start
    while k < min(len(tokens), start + reach) and not tokens.names[k]:
        if not tokens[k].islower():
            return frozenset()
        k += 1
    words = []
    while k < len(tokens) and tokens.names[k]:
        words.append(tokens[k].lower())
        k += 1
    return frozenset(words)


@lru_cache(maxsize=32)
def _phrases(language: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """Each word of order as its words (lower case), +1 for "ahead", -1 for "behind"; longest first."""
    words = lexicon(language)
    found = [(tuple(p.split()), 1) for p in words.ahead_words] + [(tuple(p.split()), -1) for p in words.behind_words]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


@lru_cache(maxsize=32)
def _first_words(language: str) -> frozenset[str]:
    """The first word of each word of order: only a token that is one may open one."""
    return frozenset(phrase[0] for phrase, _ in _phrases(language))


def _orders(tokens: _Words, language: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(name ahead, name behind) for each word of order with a name either side of it."""
    lowered = [t.lower() for t in tokens]
    firsts = _first_words(language)
    found = []
    k = 0
    while k < len(tokens):
        if lowered[k] not in firsts:
            k += 1
            continue
        for phrase, sign in _phrases(language):
            if tuple(lowered[k : k + len(phrase)]) == phrase:
                before = _name_ending(tokens, k, _NAME_BEFORE)
                after = _name_starting(tokens, k + len(phrase), _NAME_AFTER + 1)
                if before and after and not before & after:
                    found.append((before, after) if sign > 0 else (after, before))
                k += len(phrase) - 1
                break
        k += 1
    return found


def _ranks(sentence: str, language: str) -> list[tuple[frozenset[str], int]]:
    """(name, place) for each name an article's sentence ranks: 1 for the name before a winning
    word, an ordinal's value for the one name beside it."""
    words = lexicon(language)
    tokens = _Words(sentence, language)
    lowered = [t.lower() for t in tokens]
    found = []
    for k, word in enumerate(lowered):
        if word in words.winning_words:
            name = _name_ending(tokens, k, _WINNER_BEFORE)
            if name:
                found.append((name, 1))
        value = words.ordinals.get(word)
        if value is not None:
            near = [n for n in (_name_ending(tokens, k, _PLACE_NEAR), _name_starting(tokens, k + 1, _PLACE_NEAR + 1)) if n]
            if len(near) == 1:  # one name beside it: which it ranks is clear
                found.append((near[0], value))
    return found


def _which(name: frozenset[str], ahead: frozenset[str], behind: frozenset[str]) -> int:
    """+1 where an article's name is the line's name ahead, -1 where it is the one behind, 0 where
    neither: the one it shares more words with ("Partido Verde de Olmeda" is "Partido Verde", not
    "Unidos por Olmeda")."""
    mine, other = len(name & ahead), len(name & behind)
    return (mine > other) - (other > mine)


def rank_problems(text: str, article: Sequence[str], language: str = "english") -> list[Problem]:
    """The line's "A ahead of B" (or "B behind A") where the article puts B ahead of A around a
    word of order, or ranks A only below B."""
    if not lexicon(language).ahead_words:
        return []
    words = _Words(text, language)
    line = _orders(words, language)
    if not line:
        return []
    theirs = [order for sentence in article for order in _orders(_Words(sentence, language), language)]
    ranks = [rank for sentence in article for rank in _ranks(sentence, language)]
    problems = []
    for ahead_named, behind_named in line:
        # Two names that share a word ("Unidos por Olmeda", "Partido Verde") are told apart by the
        # words only one of them has.
        ahead, behind = ahead_named - behind_named, behind_named - ahead_named
        if not ahead or not behind:
            continue
        if any(_which(a, ahead, behind) > 0 and _which(b, ahead, behind) < 0 for a, b in theirs):
            continue  # the article says it so
        turned = any(_which(a, ahead, behind) < 0 and _which(b, ahead, behind) > 0 for a, b in theirs)
        places_ahead = [place for name, place in ranks if _which(name, ahead, behind) > 0]
        places_behind = [place for name, place in ranks if _which(name, ahead, behind) < 0]
        ranked_below = bool(places_ahead and places_behind) and min(places_ahead) > max(places_behind)
        if turned or ranked_below:
            first, second = (" ".join(dict.fromkeys(w for w in words if w.lower() in name)) for name in (ahead_named, behind_named))
            problems.append(Problem(
                "relation", f"relation reversed: the line puts {first} ahead of {second}; the article ranks {second} ahead"
            ))
    return problems
