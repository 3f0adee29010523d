"""A day written in the possessive ("Saturday's match") is a date of its sentence, in line and source."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = "The striker is expected to be fit for Saturday's home match against Redfield Rovers, the club said."


def kinds(line: str, parser: str) -> list[str]:
    return problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_the_day_in_the_sources_possessive_backs_the_lines_day(parser: str) -> None:
    assert kinds("The striker is expected to be fit for the home match against Redfield Rovers on Saturday, the club said.", parser) == []


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_another_day_in_the_possessive_is_caught(parser: str) -> None:
    assert "date" in kinds("The striker is expected to be fit for Sunday's home match against Redfield Rovers, the club said.", parser)
