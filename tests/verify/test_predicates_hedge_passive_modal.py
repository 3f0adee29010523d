"""A modal of doubt before a passive ("could be sold") dropped from a long source sentence that a
reporting line repeats in part, in sentences written for this test; the line that keeps the modal
passes."""

from summarizer import verify

ARTICLE = (
    "Insurance investigators warned that the stolen tapestries were likely to be hard to move through auction "
    "houses quietly and could be sold abroad through private dealers."
)


def _problems(line: str) -> list[str]:
    return [p.message for checked in verify(ARTICLE, [line]).lines for p in checked.problems]


def test_could_be_dropped_before_a_passive_is_a_dropped_hedge() -> None:
    line = "Insurance investigators said the tapestries will be sold abroad through private dealers."
    assert any("hedge dropped" in m and "“could”" in m for m in _problems(line))


def test_the_line_that_keeps_could_passes() -> None:
    assert _problems("Insurance investigators said the tapestries could be sold abroad through private dealers.") == []
