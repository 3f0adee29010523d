"""Things a line brings in that its article never names: "a petition calling for a ban on the sale
of homes" over an article with no petition, ban or sale in it.

A summary talks about the article's things. It may call them otherwise ("the drugs" for "the
medicines", "the inspection" for "inspectors examined"), and it rewords what is done to them
freely; a new thing is a new participant, and a claim about it is one the article never makes.
So only nouns are read here, and only where two or more of them are new (one is as often a
rewording): a noun is new where neither the evidence nor the article holds it (as a word of its
family or a listed synonym, `clauses.unheld_terms`) and WordNet relates it to no word of the
article: in its first `_SENSES` senses, none of its synonyms, the words derived from it
("examination", "examine"), the words `_STEPS` hypernym step above it or one hyponym step below
it is a form of an article's word. The limits were chosen on hand rounds 1-17 and the public
rows' tune split: one new noun flagged 21 faithful hand lines; 0 to 2 steps, 2 to 5 senses made
no difference there.

English only, where WordNet (`wordnet.py`, optional) tells nouns from other words and relates
them; without it nothing is read. Words of figures (scales, currencies, bounds) are the amount
checks'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.acronyms import spelled_out
from summarizer.verify.clauses import content_terms, unheld_terms
from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.wordnet import load_wordnet

MIN_NEW_NOUNS = 2  # one new noun is as often a rewording ("the patient", "the bill")
_SENSES = 3  # senses of a word read: its common ones
_STEPS = 1  # hypernym steps between a word and a kind of it ("drugs" and "medicines")
_RELATED = ("+", "\\", "&")  # derived form, pertainym, similar adjective
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def new_things_problems(text: str, evidence: Sequence[str], article: Sequence[str], language: str) -> list[Problem]:
    """A `support` problem naming the line's `new_things`, if any."""
    things = new_things(text, evidence, article, language)
    if not things:
        return []
    return [Problem("support", f"unsupported addition: {', '.join(f'“{w}”' for w in things)}, never named in its article")]


def new_things(text: str, evidence: Sequence[str], article: Sequence[str], language: str) -> list[str]:
    """The nouns of `text` that neither `evidence` nor `article` holds nor WordNet relates to a
    word of `article`, where there are `MIN_NEW_NOUNS` or more; else none."""
    if not lexicon(language).wordnet or not article:
        return []
    unheld = unheld_terms(text, evidence, article, language)
    if len(unheld) < MIN_NEW_NOUNS:
        return []  # most lines: every word's family is the article's, nothing is looked up
    if load_wordnet() is None:
        return []
    words = _words_of_terms(text, frozenset(unheld), language, article)
    nouns = [w for w in words if _noun(w)]
    if len(nouns) < MIN_NEW_NOUNS:
        return []
    forms = _article_forms(tuple(article), language)
    new: list[str] = []
    for k, word in enumerate(nouns):
        if not _relative_in(word, forms):
            new.append(word)
        elif len(new) + len(nouns) - k - 1 < MIN_NEW_NOUNS:  # too few nouns left to read: no more WordNet lookups
            return []
    return new if len(new) >= MIN_NEW_NOUNS else []


def _words_of_terms(text: str, terms: frozenset[str], language: str, article: Sequence[str] = ()) -> list[str]:
    """The words of `text` (small letters, once each) whose term is one of `terms`, without stop
    words, the words that size a figure (scales, currencies) or bound or rank it ("a minimum
    of six weeks", "a record"): the amount checks weigh those; and acronyms the `article` spells
    out ("MP" where it has "member of parliament")."""
    words = lexicon(language)
    skipped = stopwords_for(language) | set(words.scales) | set(words.currencies) | words.ranking_words
    found: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in skipped or word in found:
            continue
        if match.group().isupper() and spelled_out(match.group(), " ".join(article)):
            continue
        if any(term in terms for term in content_terms(word, language)):
            found.append(word)
    return found


@lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    """Whether WordNet reads `word` mostly as a noun: more senses as one than as a verb,
    adjective or adverb ("petition", not "work" or "hand")."""
    wordnet = load_wordnet()
    assert wordnet is not None
    counts = {pos: wordnet.sense_count(word, pos) for pos in ("n", "v", "a", "r")}
    return counts["n"] > 0 and counts["n"] > counts["v"] + counts["a"] + counts["r"]


@lru_cache(maxsize=8192)
def _senses(word: str) -> frozenset[tuple[str, int]]:
    """`word`'s first senses in each part of speech, with the synsets derived from them."""
    wordnet = load_wordnet()
    assert wordnet is not None
    found: set[tuple[str, int]] = set()
    for pos in ("n", "v", "a", "r"):
        for offset in wordnet.word_senses(word, pos, _SENSES):
            found.add((pos, offset))
            found.update((p.pos, p.offset) for p in wordnet.synset(pos, offset).pointers if p.symbol in _RELATED)
    return frozenset(found)


@lru_cache(maxsize=8192)
def _relatives(word: str) -> frozenset[str]:
    """The words WordNet relates to `word` in its first senses: its synonyms, the words derived
    from it, and the words `_STEPS` hypernym step above or one hyponym step below it."""
    wordnet = load_wordnet()
    assert wordnet is not None
    found: set[str] = set()
    for pos, offset in _senses(word):
        found.update(wordnet.synset(pos, offset).words)
        if pos in ("n", "v"):
            for near in (*wordnet.above(pos, offset, _STEPS), *wordnet.below(pos, offset)):
                found.update(wordnet.synset(pos, near).words)
    return frozenset(found)


def _relative_in(word: str, forms: frozenset[str]) -> bool:
    """Whether one of `_relatives(word)` is in `forms`: the words of its own senses and the synsets
    above them are read first, the many below (a broad noun has hundreds) only where none is."""
    wordnet = load_wordnet()
    assert wordnet is not None
    for pos, offset in _senses(word):
        if not forms.isdisjoint(wordnet.synset(pos, offset).words):
            return True
        if pos in ("n", "v") and any(not forms.isdisjoint(wordnet.synset(pos, near).words) for near in wordnet.above(pos, offset, _STEPS)):
            return True
    return not _relatives(word).isdisjoint(forms)


@lru_cache(maxsize=8)  # one article's lines ask in turn
def _article_forms(article: tuple[str, ...], language: str) -> frozenset[str]:
    """What the article's words may be forms of (`WordNet.forms`: endings and exceptions, no lookup)."""
    wordnet = load_wordnet()
    assert wordnet is not None
    words = {w.lower() for sentence in article for w in _WORD.findall(sentence)} - stopwords_for(language)
    return frozenset().union(*map(wordnet.forms, words))
