"""A word the article never uses, put where its source has a word WordNet makes its synonym or a
near broader word for it ("drugs" for "medicines"), is no substitution; a sister word or a
narrower one ("snacks" for "meals") in the same place still is. Without WordNet the check steps aside and the hand tables decide
(sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.wordnet import load_wordnet
from summarizer.verify.wordnet_kin import near_kin

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

CLINIC = "The clinic in Harwell ran out of medicines last week after its supplier in Leeds closed, the manager said."


@needs_wordnet
@pytest.mark.parametrize(("mine", "theirs"), [("drugs", "medicines"), ("vehicle", "car"), ("homes", "houses")])
def test_swaps_wordnet_near_kin_synonyms_and_broader_words(mine: str, theirs: str) -> None:
    assert near_kin(mine, theirs)


@needs_wordnet
@pytest.mark.parametrize(("mine", "theirs"), [("fire", "storm"), ("petrol", "diesel"), ("bus", "train"), ("doctor", "nurse"), ("snacks", "meals"), ("car", "vehicle")])
def test_swaps_wordnet_near_kin_sisters_and_strangers_are_not_kin(mine: str, theirs: str) -> None:
    assert not near_kin(mine, theirs)


@needs_wordnet
def test_swaps_wordnet_near_kin_word_passes() -> None:
    assert "substitution" not in problem_kinds(CLINIC, "The clinic in Harwell ran out of drugs last week after its supplier in Leeds closed.")


def test_swaps_wordnet_near_kin_other_thing_is_still_caught() -> None:
    assert "substitution" in problem_kinds(CLINIC, "The clinic in Harwell ran out of bandages last week after its supplier in Leeds closed.")


def test_swaps_wordnet_near_kin_steps_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.verify import wordnet_kin

    monkeypatch.setattr(wordnet_kin, "load_wordnet", lambda: None)
    assert not near_kin("drugs", "medicines")


# Among acts, events, times and ideas a near narrower word names the same one more closely ("the
# era" for "the period"); among things and places it stays another ("snacks", "car" above; sister
# nouns such as "tunnel" for "bridge" are no kin either). Adjectives are kin in their first senses:
# the same sense or one similar to the other ("entire" and "whole"), never two opposites.
@needs_wordnet
@pytest.mark.parametrize(("mine", "theirs"), [("era", "period"), ("switch", "change"), ("entire", "whole"), ("whole", "entire")])
def test_swaps_wordnet_near_kin_abstract_narrower_words_and_similar_adjectives(mine: str, theirs: str) -> None:
    assert near_kin(mine, theirs)


@needs_wordnet
@pytest.mark.parametrize(("mine", "theirs"), [("tunnel", "bridge"), ("cottage", "house"), ("hot", "cold"), ("empty", "full"), ("last", "final"), ("shallow", "deep")])
def test_swaps_wordnet_near_kin_sister_nouns_and_opposite_adjectives_are_not_kin(mine: str, theirs: str) -> None:
    assert not near_kin(mine, theirs)


HISTORY = "Historians believe that farmers of the period drained the whole marsh by hand, the museum said."


@needs_wordnet
def test_swaps_wordnet_near_kin_era_and_entire_pass() -> None:
    assert "substitution" not in problem_kinds(HISTORY, "Historians believe that farmers of the era drained the entire marsh by hand.")


def test_swaps_wordnet_near_kin_sister_noun_in_same_place_is_still_caught() -> None:
    assert "substitution" in problem_kinds(HISTORY, "Historians believe that farmers of the period drained the whole lake by hand.")
