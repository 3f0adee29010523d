"""German: two clauses that exchanged their subjects (issue 18, reversal), in sentences written for
this test: "Die Grünen hatten den Antrag gestellt, die CDU lehnte ihn ab" where the source has the
CDU's group table the motion and the Greens reject it. The source's own order, and an object put
first ("Den Antrag hatte ..."), pass. Words alone, parser on or off."""

import pytest

from summarizer.verify.subjects import exchanged_subject_problems
from summarizer.verify.verification import make_checker, verify

ARTICLE = (
    "Der Gemeinderat von Altbrunn hat die Parkgebühren erhöht. "
    "Die Fraktion der Grünen hatte den Antrag gestellt, die CDU lehnte ihn geschlossen ab."
)


def _messages(line: str, parser: str) -> list[str]:
    checker = make_checker("default", parser=parser)
    return [p.message for checked in verify(ARTICLE, [line], checker=checker).lines for p in checked.problems]


def test_the_check_alone_finds_it() -> None:
    line = "Die CDU hatte den Antrag gestellt, die Grünen lehnten ihn geschlossen ab."
    assert [p.kind for p in exchanged_subject_problems(line, ARTICLE.split(". "), "german")] == ["relation"]


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_subjects_exchanged_between_clauses_are_a_reversal(parser: str) -> None:
    assert any(m.startswith("relation reversed") for m in _messages("Die CDU hatte den Antrag gestellt, die Grünen lehnten ihn geschlossen ab.", parser))


@pytest.mark.parametrize("line", [
    "Die Grünen hatten den Antrag gestellt, die CDU lehnte ihn geschlossen ab.",
    "Den Antrag hatten die Grünen gestellt, die CDU lehnte ihn geschlossen ab.",
])
def test_the_source_s_order_passes(line: str) -> None:
    assert exchanged_subject_problems(line, ARTICLE.split(". "), "german") == []
