"""One party put on the other side of a verb that names the source's act otherwise ("was hit by the
lorry" where the source has the bus strike the lorry; issue 18, reversal): WordNet tells that two
verbs share their most frequent sense. Without WordNet only the same lemma counts. Sentences
written for this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds
from summarizer.verify import sides
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
CRASH = (
    "A delivery van and a tram collided in the city centre on Friday morning. "
    "The tram, the Alder Queen, was leaving Kessing Square when it struck the van at about 8 a.m."
)


@needs_wordnet
def test_the_other_side_of_a_verb_of_the_same_act_is_a_reversal() -> None:
    assert "relation" in parsed_problem_kinds(CRASH, "The Alder Queen was hit by the van at about 8 a.m. as it left Kessing Square.")


@needs_wordnet
def test_the_same_side_of_a_verb_of_the_same_act_passes() -> None:
    assert "relation" not in parsed_problem_kinds(CRASH, "The Alder Queen hit the van at about 8 a.m. as it left Kessing Square.")


@needs_wordnet
def test_verbs_that_share_only_a_rare_sense_are_other_acts() -> None:
    assert sides.same_act("strike", "hit")
    assert not sides.same_act("reach", "hit")


def test_without_wordnet_only_the_same_verb_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    wordnet = sys.modules["summarizer.verify.wordnet"]
    monkeypatch.setattr(wordnet, "load_wordnet", lambda: None)
    sides.same_act.cache_clear()
    sides._acts_alike.cache_clear()
    try:
        assert sides.same_act("hit", "hit")
        assert not sides.same_act("strike", "hit")
        assert not sides.act_named_in("hit", ["struck"])
    finally:
        sides.same_act.cache_clear()
        sides._acts_alike.cache_clear()
