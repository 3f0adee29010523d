"""An act of one named party given to another of the same sentence, where the source has one more
word after the verb ("scored twice in the first half"), in sentences written for this test. The
party who did it passes."""

from summarizer import verify

MATCH = "Winger Tomas Brevik scored twice in the first half before Hollin's Joe Marsh pulled one back late on."


def _problems(line: str) -> list[str]:
    return [p.message for checked in verify(MATCH, [line]).lines for p in checked.problems]


def test_the_act_given_to_the_other_scorer_is_caught() -> None:
    assert any("Joe Marsh doing “score" in m for m in _problems("Joe Marsh scored in the first half."))


def test_the_scorer_himself_passes() -> None:
    assert _problems("Tomas Brevik scored in the first half.") == []
