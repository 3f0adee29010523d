"""A word WordNet opposes to its cited sentence's, put where the line copies the sentence on both
sides of it, is a substitution: a verb opposed to the verb above the source's ("increase" for
"cut": a kind of "decrease"), an adverb ("thickly" for "thinly"), an adjective through its head
("gentler" for "steeper"). A synonym, a later sense of the source's word, and a negation before
it pass (sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.framed_slots import framed_opposite_problems, opposed
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

BINS = (
    "Tollby council adopted its waste plan on Monday. "
    "The plan includes a pledge to cut the number of bin lorries driving through the old town, "
    "though the routes will be decided by a panel that reports in June."
)
VARNISH = (
    "The chapel's oak door was restored last year. "
    "Restorer Nadia Selwyn said cracks had formed in the varnish on the door because it had been applied thinly."
)
CLIMB = (
    "Walkers reached the summit of Carn Ruadh on Sunday. "
    "Guide Ewan Doyle said the climb to the ridge was steeper than the group had expected."
)


@needs_wordnet
def test_framed_opposites_verb_under_the_opposed_verb() -> None:
    line = "The plan includes a pledge to increase the number of bin lorries driving through the old town."
    assert "substitution" in problem_kinds(BINS, line)


@needs_wordnet
def test_framed_opposites_adverb_at_the_end_of_a_copied_frame() -> None:
    line = "Restorer Nadia Selwyn said cracks had formed in the varnish on the door because it had been applied thickly."
    assert "substitution" in problem_kinds(VARNISH, line)


@needs_wordnet
def test_framed_opposites_adjective_through_its_head() -> None:
    line = "Guide Ewan Doyle said the climb to the ridge was gentler than the group had expected."
    assert "substitution" in problem_kinds(CLIMB, line)


@needs_wordnet
def test_framed_opposites_synonym_in_the_frame_passes() -> None:
    line = "The plan includes a pledge to reduce the number of bin lorries driving through the old town."
    assert framed_opposite_problems(line, [BINS.split(". ")[1]]) == []


@needs_wordnet
@pytest.mark.parametrize(("mine", "theirs"), [("sits", "lies"), ("future", "later"), ("surface", "underground"), ("reduce", "cut")])
def test_framed_opposites_later_senses_and_nouns_are_not_opposed(mine: str, theirs: str) -> None:
    assert not opposed(mine, theirs)


@needs_wordnet
def test_framed_opposites_negation_before_the_source_word_passes() -> None:
    source = "The curator said the wreck site should not be disturbed by divers this summer."
    line = "The curator said the wreck site should be undisturbed by divers this summer."
    assert framed_opposite_problems(line, [source]) == []


def test_framed_opposites_steps_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.verify import framed_slots as framed_opposites

    monkeypatch.setattr(framed_opposites, "load_wordnet", lambda: None)
    line = "The plan includes a pledge to increase the number of bin lorries driving through the old town."
    assert framed_opposite_problems(line, [BINS.split(". ")[1]]) == []
