"""Two fillers exchanged in a frame the line keeps word for word, in sentences written for this
test: "thought the curfew was sensible but that the parking fee would be hard to enforce" told with
the curfew and the fee the other way round. The frame's own relative pronoun or passive ("that",
"was ... by") does not turn it round when the sentence has the same one in the same place; a
symmetric word between ("and", "with") still keeps the meaning. Words alone, so parser on or off."""

import pytest

from summarizer.verify.crossed import crossed_problems
from summarizer.verify.verification import make_checker, verify

EXCHANGED = [
    (
        "Orla Venn, who runs a cycle shop in Tarrow, said she thought the curfew was sensible but that the parking fee would be hard to enforce.",
        "Orla Venn said she thought the parking fee was sensible but that the curfew would be hard to enforce.",
    ),
    (
        "The inspector said the boiler was checked by the landlord but that the wiring was never examined.",
        "The inspector said the wiring was checked by the landlord but that the boiler was never examined.",
    ),
]

KEPT = [
    # the same frame around a symmetric joiner: either order says the same
    (
        "The captain said the harbour master and the pilot had agreed that the channel was safe.",
        "The captain said the pilot and the harbour master had agreed that the channel was safe.",
    ),
    # a relative clause turned round, the frame not kept
    (
        "Choir director Imogen Salt said the festival would return next year.",
        "Imogen Salt, who directs the choir, said the festival would return next year.",
    ),
]


def _messages(article: str, line: str, parser: str) -> list[str]:
    checker = make_checker("default", parser=parser)
    return [p.message for checked in verify(article, [line], checker=checker).lines for p in checked.problems]


@pytest.mark.parametrize("article, line", EXCHANGED)
def test_crossed_fillers_of_a_kept_frame_are_reversed(article: str, line: str) -> None:
    assert [p.kind for p in crossed_problems(line, [article])] == ["relation"]


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("article, line", EXCHANGED)
def test_crossed_fillers_found_by_the_checker(article: str, line: str, parser: str) -> None:
    assert any(m.startswith("relation reversed") for m in _messages(article, line, parser))


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("article, line", KEPT)
def test_symmetric_or_turned_frames_pass(article: str, line: str, parser: str) -> None:
    assert not any(m.startswith("relation reversed") for m in _messages(article, line, parser))
