"""A thing denied by a determiner inside a list ("has 2,300 residents and no doctor") is denied
when a line gives it alone ("which has no doctor"); dropping the "no" is still caught. Sentences
written for this test."""

from summarizer import verify

ARTICLE = "Work on the new harbour wall starts in May. The village of Carrow has about 2,300 residents and no road to the coast."


def _kinds(line: str) -> list[str]:
    return [p.kind for checked in verify(ARTICLE, [line]).lines for p in checked.problems]


def test_the_same_thing_denied_alone_is_no_added_negation():
    assert "negation" not in _kinds("About 2,300 people live in Carrow, which has no road to the coast.")


def test_the_denial_dropped_is_still_caught():
    assert "negation" in _kinds("The village of Carrow has about 2,300 residents and a road to the coast.")
