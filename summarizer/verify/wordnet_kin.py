"""Near kin by WordNet: a word that is its source's word under another name, a synonym or a near
hypernym of it in their first senses ("drugs" for "medicines", "vehicle" for "car").
Swaps of a thing's word (`swaps.novel_word_problems`) let such a word stand. Without WordNet
(`wordnet.py`, optional) nothing is kin."""

from __future__ import annotations

from functools import lru_cache

from summarizer.verify.wordnet import load_wordnet

# A word stands for the source's where one is the other or a near kind of it, in their first
# senses: "drugs" for "medicines" (one step up), "vehicle" for "car". Deeper or later senses
# join too much: "fire" and "storm" meet far up, as events.
_KIN_SENSES = 3
_KIN_STEPS = 2


@lru_cache(maxsize=65536)
def _first_senses(word: str, pos: str) -> frozenset[int]:
    wordnet = load_wordnet()
    assert wordnet is not None
    return frozenset(o for lemma in wordnet.lemmas(word, pos) for o in wordnet.senses(lemma, pos)[:_KIN_SENSES])


def near_kin(mine: str, theirs: str) -> bool:
    """Whether WordNet makes the line's English word `mine` a synonym of its source's `theirs`, or
    a near hypernym of it, in their first senses as nouns or verbs. False without WordNet."""
    wordnet = load_wordnet()
    if wordnet is None:
        return False
    for pos in ("n", "v"):
        my_senses, their_senses = _first_senses(mine.lower(), pos), _first_senses(theirs.lower(), pos)
        if my_senses & their_senses:
            return True
        # Only a broader word for the source's: "snacks" for "meals" names a narrower kind, no paraphrase.
        if any(my_senses & wordnet.above(pos, o, _KIN_STEPS) for o in their_senses):
            return True
    return False


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
