"""A range's second figure shares its first one's unit and place: "from 187 votes to 212"."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = ("A recount widened Mara Quist's lead over the sitting councillor, Ben Okafor, from 93 votes to 141, "
           "the elections office said on Friday. Turnout was 11,250 ballots.")


def kinds(line: str, parser: str) -> list[str]:
    return problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
@pytest.mark.parametrize("line", [
    "A recount widened Mara Quist's lead over Ben Okafor to 141 votes, the elections office said on Friday.",
    "Mara Quist's lead over Ben Okafor grew from 93 to 141 votes in a recount, the elections office said on Friday.",
])
def test_the_second_figure_of_a_range_has_the_units_and_parties_of_the_first(parser: str, line: str) -> None:
    assert "circumstance" not in kinds(line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_figure_put_on_the_other_noun_is_still_caught(parser: str) -> None:
    # 11,250 counts ballots, not the lead's votes.
    assert kinds("A recount widened Mara Quist's lead over Ben Okafor from 93 votes to 11,250, the elections office said.", parser)
