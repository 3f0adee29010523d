"""Near kin by WordNet: a word that is its source's word under another name, a synonym or a near
hypernym of it in their first senses ("drugs" for "medicines", "vehicle" for "car"); among acts,
events, times and ideas also a near narrower word ("the era" for "the period"); an adjective of
the same sense or similar to it in both first senses ("the entire slab" for "the whole slab").
Swaps of a thing's word (`swaps.novel_word_problems`) let such a word stand. Without WordNet
(`wordnet.py`, optional) nothing is kin."""

from __future__ import annotations

from functools import lru_cache

from summarizer.verify.wordnet import CONCRETE_FILES, load_wordnet

# A word stands for the source's where one is the other or a near kind of it, in their first
# senses: "drugs" for "medicines" (one step up), "vehicle" for "car". Deeper or later senses
# join too much: "fire" and "storm" meet far up, as events.
_KIN_SENSES = 3
_KIN_STEPS = 2


@lru_cache(maxsize=65536)
def _senses(word: str, pos: str, count: int | None = _KIN_SENSES) -> frozenset[int]:
    """The first `count` senses of `word` as `pos` (every sense with None)."""
    wordnet = load_wordnet()
    assert wordnet is not None
    return frozenset(wordnet.word_senses(word, pos, count))


def near_kin(mine: str, theirs: str) -> bool:
    """Whether WordNet makes the line's English word `mine` a synonym of its source's `theirs` (in
    the first senses of both, or of one of them), or a near hypernym of it, in their first senses
    as nouns or verbs; an adverb of the same first sense; a similar adjective
    (`_similar_adjectives`). False without WordNet."""
    wordnet = load_wordnet()
    if wordnet is None:
        return False
    for pos in ("n", "v"):
        my_senses, their_senses = _senses(mine.lower(), pos), _senses(theirs.lower(), pos)
        if my_senses & their_senses:
            return True
        # Or one sense in the first senses of one word and in any of the other's: "reason" for
        # "cause", whose second sense is {cause, reason, grounds}, where it is reason's fifth.
        if my_senses & _senses(theirs.lower(), pos, None) or _senses(mine.lower(), pos, None) & their_senses:
            return True
        # Only a broader word for the source's: "snacks" for "meals" names a narrower kind, no paraphrase.
        if any(my_senses & wordnet.above(pos, o, _KIN_STEPS) for o in their_senses):
            return True
    # An adverb of the same sense ("seldom" for "rarely"); adverbs have no kinds above them.
    if _senses(mine.lower(), "r") & _senses(theirs.lower(), "r"):
        return True
    # A narrower word names another thing among things, places, bodies and people ("snacks" for
    # "meals", "car" for "vehicle"); among acts, events, times and ideas, which are told many ways,
    # it names the same one more closely ("the era" for "the period", "the switch" for "the change").
    if any(wordnet.synset("n", o).lexicographer_file not in CONCRETE_FILES and _senses(theirs.lower(), "n") & wordnet.above("n", o, _KIN_STEPS)
           for o in _senses(mine.lower(), "n")):
        return True
    return _similar_adjectives(mine.lower(), theirs.lower())


def _similar_adjectives(mine: str, theirs: str) -> bool:
    """Whether two adjectives are one in their first senses: the same sense, or one similar to the
    other (WordNet's satellite and its head: "entire" and "whole"). Only the first sense of each:
    an adjective has many narrow senses, and a later one joins words a reader keeps apart ("last"
    week is no "final" week, though "last" and "final" share a later sense)."""
    wordnet = load_wordnet()
    assert wordnet is not None
    firsts = []
    for word in (mine, theirs):
        senses = [wordnet.senses(lemma, "a")[:1] for lemma in wordnet.lemmas(word, "a")]
        firsts.append({o for found in senses for o in found})
    my_first, their_first = firsts
    if my_first & their_first:
        return True
    return any(p.symbol == "&" and p.offset in their_first for o in my_first for p in wordnet.synset("a", o).pointers) or any(
        p.symbol == "&" and p.offset in my_first for o in their_first for p in wordnet.synset("a", o).pointers)


def _degree_form(word: str) -> bool:
    """Whether WordNet reads `word` mostly as an adjective's degree form ("clearer" of "clear",
    "better" of "good"): an adjective whose dictionary form is another word, with more senses as
    that adjective than as a noun ("number" is seldom "more numb")."""
    wordnet = load_wordnet()
    assert wordnet is not None
    lemmas = wordnet.lemmas(word, "a")
    if not any(lemma != word for lemma in lemmas):
        return False
    return wordnet.sense_count(word, "a") > wordnet.sense_count(word, "n")


def both_degree_forms(mine: str, theirs: str) -> bool:
    """Whether the line's word and its source's are both adjectives' degree forms ("a clearer
    view" for "a better view"): a comparative after a determiner weighs a quality of the noun
    after it, so two of them swap no thing. False without WordNet."""
    if load_wordnet() is None:
        return False
    return _degree_form(mine.lower()) and _degree_form(theirs.lower())
