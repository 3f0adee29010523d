"""A judgement someone gives with "described ... as" whose label goes on with "to" and a
possessive ("described the fee as fair to Morrow's tenants") is that person's words: a line that
states it with no one saying it drops the attribution. "to" before a possessive opens a noun, not
an infinitive of a request (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Landlord Carrow Homes raised its service fee by 9 percent on Tuesday. "
    "Housing adviser Ines Rook of Renters Forum described the rise as unfair to Carrow's tenants, whose bills have doubled since 2020. "
    "Carrow Homes said the fee covers new lifts."
)


def test_reported_label_stated_as_fact_is_caught() -> None:
    line = "The rise is unfair to Carrow's tenants, whose bills have doubled since 2020."
    assert "attribution" in problem_kinds(ARTICLE, line)


def test_reported_label_kept_with_its_speaker_passes() -> None:
    line = "Ines Rook of Renters Forum described the rise as unfair to Carrow's tenants, whose bills have doubled since 2020."
    assert "attribution" not in problem_kinds(ARTICLE, line)
