"""A concrete noun the article never uses, put in the slot of a cited sentence's noun where the
line copies the sentence on both sides, is another thing (verify/framed_slots.py): "chanterelles
and morels" where the sentence has "chanterelles and girolles" (a word WordNet does not know). A broader word or a synonym
("drugs" for "medicines"), people described otherwise and a word the article uses elsewhere pass
(sentences written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.framed_slots import framed_noun_problems
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

MOOR = (
    "The Glenloch estate will let the public onto its moor again from August. "
    "Local families have gathered chanterelles and girolles and sold them to hotels in Brora for generations, the estate said. "
    "Walkers must keep dogs on leads near the grouse nests."
)
CITED = ["Local families have gathered chanterelles and girolles and sold them to hotels in Brora for generations, the estate said."]
BERRIES = ["Local families have gathered bilberries and cowberries and sold them to hotels in Brora for generations, the estate said."]


@needs_wordnet
def test_framed_slots_nouns_another_thing_in_the_frame() -> None:
    line = "Local families have gathered chanterelles and morels to sell to hotels in Brora for generations, the estate said."
    assert "substitution" in problem_kinds(MOOR, line)


@needs_wordnet
def test_framed_slots_nouns_broader_word_passes() -> None:
    line = "Local families have gathered bilberries and berries to sell to hotels in Brora for generations, the estate said."
    assert framed_noun_problems(line, BERRIES, BERRIES, BERRIES) == []


@needs_wordnet
def test_framed_slots_nouns_word_the_article_uses_passes() -> None:
    line = "Local families have gathered chanterelles and dogs to sell to hotels in Brora for generations, the estate said."
    assert framed_noun_problems(line, CITED, CITED, MOOR.split(". ")) == []


@needs_wordnet
def test_framed_slots_nouns_people_described_otherwise_pass() -> None:
    line = "Local residents have gathered chanterelles and girolles to sell to hotels in Brora for generations, the estate said."
    assert framed_noun_problems(line, CITED, CITED, MOOR.split(". ")) == []


def test_framed_slots_nouns_step_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.verify import framed_slots

    monkeypatch.setattr(framed_slots, "load_wordnet", lambda: None)
    line = "Local families have gathered chanterelles and morels to sell to hotels in Brora for generations, the estate said."
    assert framed_noun_problems(line, CITED, CITED, MOOR.split(". ")) == []
