"""A noun of a thing put into a frame the line copies from its source: "found droppings inside the
church organ" where the source has "found nests inside the church organ" (the next two content
words the same, a word before in any form too). Nouns of acts, groups or time, reworded freely,
and a word read as a verb after a pronoun are left alone (sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

ARTICLE = (
    "St Aldric's church in Penmoor will stay shut until Easter, its vicar said on Sunday. "
    "The damage was first noticed in March by the organist, Tomas Reade, who found nests inside the church organ "
    "after hearing scratching during a service. "
    "A pest controller has since set traps around the building."
)


@needs_wordnet
def test_wordnet_relations_framed_noun_swapped_thing_caught() -> None:
    line = "Organist Tomas Reade noticed the damage in March after finding droppings inside the church organ."
    assert "substitution" in problem_kinds(ARTICLE, line)


def test_wordnet_relations_framed_noun_same_noun_passes() -> None:
    line = "Organist Tomas Reade noticed the damage in March after finding nests inside the church organ."
    assert "substitution" not in problem_kinds(ARTICLE, line)


def test_wordnet_relations_framed_noun_verb_after_pronoun_passes() -> None:
    article = "Ines Varga, whose house stands next to the quarry, said the blasts shook her windows."
    line = "Ines Varga, who lives next to the quarry, said the blasts shook her windows."
    assert "substitution" not in problem_kinds(article, line)
