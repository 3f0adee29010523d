"""The descriptions an article gives its names, read once per article: "the national space agency
Orbis", "the grid operator Eastline Power", "Brannock's operations director, Keith Salazar",
"el partido ecologista Verdes del Sur".

News introduces a name with what it is and then goes on with that description alone: "an agency
spokesperson said", "the executive promised", "el líder de los ecologistas". A line that writes
the name where its sentence has the description has invented nothing, however far apart the two
stand in the article. Only the article's own pairing counts (no list of kinds): a noun written
just before a name ("agency Orbis") or set before it as an apposition ("director, Keith Salazar,").
A noun the article gives to two names ("director" of two people) means neither, so a line that
puts another name of the article where the description stands is still caught.

Lexical, in every language: capitals mark the names (German, which capitalises every noun, has
none read here).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import lexicon


@lru_cache(maxsize=16)  # every line of a summary, and every trial citation, reads the same article
def described_names(article: tuple[str, ...], language: str = "english") -> dict[str, frozenset[str]]:
    """noun term -> the terms of the one name the article describes by it."""
    from summarizer.verify.relations import tokens_of

    if not article or lexicon(language).nouns_capitalised:
        return {}
    found: dict[str, set[frozenset[str]]] = {}
    for sentence in article:
        tokens = tokens_of(sentence, language)
        for k, token in enumerate(tokens[:-1]):
            if not _described_word(token):
                continue
            name = _name_after(tokens, k, language)
            # Every word of the description describes the name: "the environmentalist party Green
            # Horizon" is "the environmentalists" too ("el partido ecologista Verdes": the noun first).
            j = k
            while name and j >= 0 and _described_word(tokens[j]) and tokens[j].segment == token.segment:
                found.setdefault(tokens[j].term, set()).add(name)
                j -= 1
    described = {}
    for noun, names in found.items():
        widest = max(names, key=len)
        if all(name <= widest for name in names):  # "director Keith Salazar" and "director Salazar": one name
            described[noun] = widest
    return described


def _described_word(token) -> bool:
    """A content word written in small letters: a word of a description, not of a name."""
    return token.term is not None and token.text[:1].islower() and token.text.isalpha()


def _name_after(tokens: Sequence, k: int, language: str) -> frozenset[str]:
    """The terms of the name right after the noun at `k` in its comma segment ("agency Orbis"), or
    set off after it between commas ("director, Keith Salazar,"); empty where none stands there."""
    noun = tokens[k]
    j = k + 1
    apposed = tokens[j].segment == noun.segment + 1
    if tokens[j].segment != noun.segment and not apposed:
        return frozenset()
    if apposed and _complement(tokens, k, language):
        return frozenset()  # "the leader of the ecologists, Tomás Benítez": the name is the leader's
    run = []
    while j < len(tokens) and tokens[j].capitalised and tokens[j].segment == tokens[k + 1].segment:
        if tokens[j].term is not None:
            run.append(tokens[j].term)  # (a title such as "Dr" has none)
        j += 1
    if not run:
        return frozenset()
    if apposed and j < len(tokens) and tokens[j].segment == tokens[k + 1].segment:
        return frozenset()  # "... the deal, Orbis said": a new clause, not the noun's name between commas
    return frozenset(run)


def _complement(tokens: Sequence, k: int, language: str) -> bool:
    """Whether the noun at `k` follows "of" (or "de", "des"), after its determiner: it completes
    another noun, which an apposition after it describes."""
    from summarizer.verify.relations import _OWNER_AFTER

    j = k - 1
    while j >= 0 and tokens[j].lower in lexicon(language).determiners:
        j -= 1
    return j >= 0 and tokens[j].lower in _OWNER_AFTER | lexicon(language).noun_linkers


def describes(article: Sequence[str], language: str, noun_term: str, name_terms: Sequence[str] | frozenset[str]) -> bool:
    """Whether the article describes a name holding `name_terms` by the noun of `noun_term`, and no other name by it."""
    name = described_names(tuple(article), language).get(noun_term)
    return bool(name) and bool(name & set(name_terms))
