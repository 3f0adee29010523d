"""A summary line written as a headline (no end mark) drops its auxiliaries: "Base fare cut from
£2 to £1.50 a ride" tells what the source says will be cut, not that it was. A full sentence that
tells the plan as done is still caught."""

from __future__ import annotations

from summarizer import verify

from checking import parsed_problem_kinds

ARTICLE = (
    "The county will cut bus fares from £2 to £1.50 in January, council leader Mira Stone said on Tuesday. "
    "Under the plan, the base fare will fall from £2 to £1.50 a ride starting next spring. "
    "The change is expected to cost about £3 million a year."
)


def _kinds(summary: str) -> list[set[str]]:
    checked = verify(ARTICLE, summary)
    if checked.stats.get("parser") in (None, "off"):
        import pytest

        pytest.skip("no English parser installed")
    return [{p.kind for p in line.problems} for line in checked.lines]


def test_a_headline_line_without_auxiliaries_tells_no_plan_as_done():
    kinds = _kinds("- Base fare cut from £2 to £1.50 a ride\n- Change expected to cost about £3 million a year")
    assert "hedge" not in kinds[0]


def test_a_sentence_telling_the_plan_as_done_is_still_caught():
    assert "hedge" in parsed_problem_kinds(ARTICLE, "The county cut bus fares from £2 to £1.50 in January, council leader Mira Stone said.")
