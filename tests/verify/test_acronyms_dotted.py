"""Initials written with stops ("U.S.", "U.K.") are one acronym, matched to its spelled-out name."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.acronyms import collapse_dotted_initialisms, dotted_initialisms

SPELLED = "Generic inhalers can cost more than $300 a month in the United States, a pharmacists' group said."
DOTTED = "Officials in the U.S. said generic inhalers could cost more than $300 a month."


def problems(article: str, line: str, parser: str) -> list[tuple[str, str]]:
    result = verify(article, [line], checker_settings={"parser": parser})
    return [(p.kind, p.message) for l in result.lines for p in l.problems]


def test_collapsing_keeps_a_line_final_stop_and_leaves_initials_of_people() -> None:
    assert collapse_dotted_initialisms("sold in the U.S.") == "sold in the US."
    assert collapse_dotted_initialisms("the U.N.'s envoy and U.K.-based firms") == "the UN's envoy and UK-based firms"
    assert collapse_dotted_initialisms("J. K. Rowling wrote it, e.g. here.") == "J. K. Rowling wrote it, e.g. here."
    assert dotted_initialisms("from the U.S. and the E.U.") == {"US", "EU"}


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_dotted_acronym_for_the_spelled_out_name_passes(parser: str) -> None:
    line = "Generic inhalers can cost more than $300 a month in the U.S., a pharmacists' group said."
    assert problems(SPELLED, line, parser) == []


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_spelled_out_name_for_a_dotted_acronym_passes(parser: str) -> None:
    assert problems(DOTTED, "Officials in the United States said generic inhalers could cost more than $300 a month.", parser) == []
    assert problems(DOTTED, "Officials in the US said generic inhalers could cost more than $300 a month.", parser) == []


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_another_country_is_still_caught(parser: str) -> None:
    found = problems(SPELLED, "Generic inhalers can cost more than $300 a month in the U.K., a pharmacists' group said.", parser)
    assert ("name", "name not in its sources: UK") in found
    found = problems(DOTTED, "Officials in the United Kingdom said generic inhalers could cost more than $300 a month.", parser)
    assert any(kind == "name" for kind, _ in found)
