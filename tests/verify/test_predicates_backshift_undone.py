"""A claim reported in the past perfect ("said surveys showed the number had fallen") and stated
by the line in the present perfect, with no one making it ("The number has fallen"), undoes the
report's backshift: the line states someone's claim as its own fact (`hedge`), as "said it was
safe" -> "is safe" does. A line keeping the report, or the past, passes. Sentences written for
this test."""

from __future__ import annotations

from summarizer import verify

ARTICLE = (
    "The Ostby Heritage Trust will close the old mill for repairs. Its surveyor, Dr Ada Quill, said "
    "tests showed the north wall had cracked in two places over the winter."
)


def _kinds(line: str) -> set[str]:
    return {p.kind for checked in verify(ARTICLE, line).lines for p in checked.problems}


def test_a_reported_past_perfect_stated_in_the_present_perfect_is_caught() -> None:
    assert "hedge" in _kinds("The north wall has cracked in two places over the winter.")


def test_the_claim_kept_as_a_report_passes() -> None:
    assert "hedge" not in _kinds("Dr Ada Quill said tests showed the north wall had cracked in two places over the winter.")
