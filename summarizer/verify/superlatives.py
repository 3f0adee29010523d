"""Superlatives a line adds: "the largest tram repair in the city's history" where the article
ranks nothing.

A superlative ranks a thing above every other of its kind, a claim about all of them that no
restatement of one fact makes. A line may reword a ranking its sources make ("the biggest private
investment" for "the largest"; "the largest increase possible" for "the maximum allowed"), so a
superlative is named only where its evidence (the cited sentences and their window) ranks nothing
(`Language.ranking_words`, or a superlative of its own) and the article never uses the word.

English only: a superlative in "-est" is told from "forest" or "modest" by WordNet (`wordnet.py`,
optional): a form of another adjective, no noun or verb, and rarer than that adjective. Without
WordNet, or in a language without `superlative_markers`, nothing is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from summarizer.verify.lexicon import Lexicon
from summarizer.verify.wordnet import load_wordnet

_ENDING = "est"
_BOUNDS = ("at", "the")  # "at the earliest", "at the latest" bound a date and rank nothing


def added_superlatives(
    line: Sequence[str], evidence: Iterable[Sequence[str]], article: Iterable[Iterable[str]], words: Lexicon,
) -> list[str]:
    """The superlatives of `line` (its words in small letters) that neither `evidence` nor `article`
    (each sentence's words in small letters; in order for `evidence`) hold, where `evidence` ranks
    nothing."""
    if not words.superlative_markers or not any(w.endswith(_ENDING) or w in words.superlative_markers for w in line):
        return []  # most lines have no word that may be one: nothing is looked up
    if load_wordnet() is None:
        return []
    found = superlatives(line, words.superlative_markers)
    if not found:
        return []
    if any(superlatives(sentence, words.superlative_markers) or words.ranking_words.intersection(sentence) for sentence in evidence):
        return []  # the sources rank too: the line may reword their ranking
    used = set().union(*map(set, article))
    return [phrase for phrase in found if phrase.split()[-1] not in used]


def superlatives(words: Sequence[str], markers: frozenset[str]) -> list[str]:
    """The superlatives among `words` (small letters): an adjective's "-est" form ("largest") or a
    marker with the adjective after it ("most popular"), not in "at the earliest"."""
    found = []
    for k, word in enumerate(words):
        if tuple(words[max(0, k - 2) : k]) == _BOUNDS:
            continue
        if word.endswith(_ENDING) and _is_superlative(word):
            found.append(word)
        elif word in markers and k + 1 < len(words) and _adjective_only(words[k + 1]):
            found.append(f"{word} {words[k + 1]}")
    return found


@lru_cache(maxsize=4096)
def _is_superlative(word: str) -> bool:
    """Whether WordNet reads `word` as another adjective's superlative: "largest" (of "large"),
    "latest" (of "late", more common than "latest" in its own senses); not "forest" (a noun),
    "modest" (a word in its own right, more common than "mod")."""
    wordnet = load_wordnet()
    if wordnet is None or len(word) <= len(_ENDING) + 2:
        return False
    if any(wordnet.lemmas(word, pos) for pos in ("n", "v")):
        return False
    bases = [lemma for lemma in wordnet.lemmas(word, "a") if lemma != word]
    if not bases:
        return False
    own = len(wordnet.senses(word, "a"))  # 0 unless WordNet lists the form as a word of its own
    return any(len(wordnet.senses(base, "a")) > own for base in bases)


@lru_cache(maxsize=4096)
def _adjective_only(word: str) -> bool:
    """Whether WordNet lists `word` as an adjective and not as a noun: "most popular", not "most people"."""
    wordnet = load_wordnet()
    return wordnet is not None and bool(wordnet.lemmas(word, "a")) and not wordnet.lemmas(word, "n")
