"""One party put on the other side of an act that the line names with another verb of its kind
(issue 18, reversal): whoever asks, urges or calls on, blames or accuses, beats or defeats, warns
or informs, praises or credits stands before the verb, the party it is done to after it, whichever
verb a line and its source choose. "Called on" and "appealed to" take that party through their own
word. Sentences written for this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds
from summarizer.verify import sides

REQUEST = "Harbour master Ines Holt said the storm had shown the risk and called on the county council to repair the sea wall."
REPROACH = "The ferry operator, Tallow Lines, has blamed the port authority for the delays to the evening crossings."
DEFEAT = "The club said Ostrova was discovered on Friday, a day after she beat the defending champion in 30 moves."

REVERSED = [
    (REQUEST, "Ines Holt said the county council had asked the harbour to repair the sea wall."),
    (REQUEST, "The county council urged Ines Holt to repair the sea wall."),
    (REPROACH, "The port authority has accused Tallow Lines of causing the delays to the evening crossings."),
    (DEFEAT, "The defending champion defeated Ostrova in 30 moves, the club said."),
]

KEPT = [
    (REQUEST, "Ines Holt urged the county council to repair the sea wall."),
    (REQUEST, "The county council was asked by Ines Holt to repair the sea wall."),
    (REPROACH, "Tallow Lines has accused the port authority of causing the delays to the evening crossings."),
    (DEFEAT, "Ostrova defeated the defending champion in 30 moves, the club said."),
]


@pytest.mark.parametrize("article, line", REVERSED)
def test_the_other_side_of_a_verb_of_the_same_kind_is_a_reversal(article: str, line: str) -> None:
    assert "relation" in parsed_problem_kinds(article, line)


@pytest.mark.parametrize("article, line", KEPT)
def test_the_same_side_of_a_verb_of_the_same_kind_passes(article: str, line: str) -> None:
    assert "relation" not in parsed_problem_kinds(article, line)


def test_families_are_acts_and_a_bare_call_is_none() -> None:
    assert sides.same_act("urge", "call on") and sides.same_act("blame", "accuse") and sides.same_act("beat", "defeat")
    assert not sides.same_act("call", "ask")  # "called the plan a betrayal"
    assert not sides.same_act("praise", "accuse")


def test_families_are_found_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    wordnet = sys.modules["summarizer.verify.wordnet"]
    monkeypatch.setattr(wordnet, "load_wordnet", lambda: None)
    sides.same_act.cache_clear()
    sides._acts_alike.cache_clear()
    try:
        assert sides.same_act("blame", "accuse")
        assert sides.act_named_in("accuse", ["the", "operator", "blamed"])
        assert not sides.act_named_in("accuse", ["the", "operator", "said"])
    finally:
        sides.same_act.cache_clear()
        sides._acts_alike.cache_clear()
