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

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.lexicon import lexicon
from summarizer.verify.relations import OWNER_AFTER_WORDS, word_reads


_WORD = re.compile(r"[^\W\d_][\w'’&-]*|\d[\w.,]*|[,;:()\"“”]")
_BREAKS = frozenset(",;:()\"“”")


@lru_cache(maxsize=16)  # every line of a summary, and every trial citation, reads the same article
def described_names(article: tuple[str, ...], language: str = "english") -> dict[str, frozenset[str]]:
    """noun term -> the terms of the one name the article describes by it."""
    if not article or lexicon(language).nouns_capitalised:
        return {}
    # A title ("chief", "Dr") is part of a name, as the relation checks read it.
    found: dict[str, set[frozenset[str]]] = {}
    for noun, name in _pairings(article, language, stopwords_for(language) | lexicon(language).titles):
        found.setdefault(noun, set()).add(name)
    described = {}
    for noun, names in found.items():
        widest = max(names, key=len)
        if all(name <= widest for name in names):  # "director Keith Salazar" and "director Salazar": one name
            described[noun] = widest
    return described


@lru_cache(maxsize=16)
def name_roles(article: tuple[str, ...], language: str = "english") -> dict[frozenset[str], frozenset[str]]:
    """name terms -> every noun (lower case) the article describes that name by, its titles included
    ("inspector Tomasz Wrenn", "Helix's chief engineer, Tom Reyes,"): what a description that
    stands alone later ("the inspector", "the engineer") may mean."""
    if not article or lexicon(language).nouns_capitalised:
        return {}
    found: dict[frozenset[str], set[str]] = {}
    for noun, name in _pairings(article, language, stopwords_for(language), terms=False):
        found.setdefault(name, set()).add(noun)
    return {name: frozenset(nouns) for name, nouns in found.items()}


def _pairings(article: tuple[str, ...], language: str, stop: frozenset[str], terms: bool = True) -> list[tuple[str, frozenset[str]]]:
    """(noun term, or the noun in small letters where not `terms`; name terms) for each noun of the
    article written just before a name or set before it as an apposition; `stop` words are no description."""
    pairs = []
    for sentence in article:
        words = _WORD.findall(sentence)
        for k in range(1, len(words)):
            # A name (a capital not opening the sentence) right after a word in small letters, or
            # after one and a comma: read only there, so most words are never stemmed.
            if not words[k][:1].isupper():
                continue
            j = k - 1
            apposed = words[j] == ","
            if apposed:
                j -= 1
            if j < 0 or not _described_word(words[j], stop):
                continue
            name, end = _name_from(words, k, language)
            if not name or (apposed and end < len(words) and words[end] not in _BREAKS and words[end] != "."):
                continue  # "... the deal, Orbis said": a new clause, not the noun's name between commas
            if apposed and _complement(words, j, language):
                continue  # "the leader of the ecologists, Tomás Benítez": the name is the leader's
            # Every word of the description describes the name: "the environmentalist party Green
            # Horizon" is "the environmentalists" too ("el partido ecologista Verdes": the noun first).
            while j >= 0 and _described_word(words[j], stop):
                term = _term(words[j], language) if terms else words[j].lower()
                if term is not None:
                    pairs.append((term, name))
                j -= 1
    return pairs


@lru_cache(maxsize=65536)  # articles describe and name with a common vocabulary
def _term(word: str, language: str) -> str | None:
    # The word's reading alone (`word_reads`): no token built, and none cached in `tokens_of`,
    # where the article's single words would push its sentences out.
    reads = word_reads(word, language)
    return reads[0][1] if reads else None


def _described_word(word: str, stop: frozenset[str]) -> bool:
    """A content word written in small letters: a word of a description, not of a name."""
    return word[:1].islower() and word.isalpha() and word not in stop


def _name_from(words: Sequence[str], k: int, language: str) -> tuple[frozenset[str], int]:
    """The terms of the capitalised words from `k` on (a title such as "Dr" has none), and where they end."""
    end, terms = k, []
    while end < len(words) and words[end][:1].isupper():
        term = _term(words[end], language)
        if term is not None:
            terms.append(term)
        end += 1
    return frozenset(terms), end


def _complement(words: Sequence[str], k: int, language: str) -> bool:
    """Whether the noun at `k` follows "of" (or "de", "des"), after its determiner: it completes
    another noun, which an apposition after it describes."""
    j = k - 1
    while j >= 0 and words[j].lower() in lexicon(language).determiners:
        j -= 1
    return j >= 0 and words[j].lower() in OWNER_AFTER_WORDS | lexicon(language).noun_linkers


def describes(article: Sequence[str], language: str, noun_term: str, name_terms: Sequence[str] | frozenset[str]) -> bool:
    """Whether the article describes a name holding `name_terms` by the noun of `noun_term`, and no other name by it."""
    name = described_names(tuple(article), language).get(noun_term)
    return bool(name) and bool(name & set(name_terms))


def named_by_description(name: str, evidence: Sequence[str], article: Sequence[str], language: str = "english") -> bool:
    """Whether the line's `name` (a word) is the one name the article describes by a noun that an
    evidence sentence writes after a pointing word: "Bayline said" where the cited sentence has
    "the operator said" and the article "The operator, Bayline, said ...". The line names what its
    sentence describes, and invents nothing."""
    term = _term(name, language)
    if term is None or not article:
        return False
    nouns = {noun for noun, names in described_names(tuple(article), language).items() if term in names}
    if not nouns:
        return False
    pointing = lexicon(language).pointing
    for sentence in evidence:
        words = _WORD.findall(sentence)
        if any(words[k][:1].islower() and words[k - 1].lower() in pointing and _term(words[k], language) in nouns
               for k in range(1, len(words))):
            return True
    return False
