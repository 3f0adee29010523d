"""A span of time or a date put in the slot where the sentence holding the line's words has
another: "delay the survey by six weeks" where that sentence says "by a month" and six weeks is
another sentence's wait (sentences written for this test)."""

from __future__ import annotations

from summarizer.verify.figures import moved_time_problems

SOURCE = "Dr Ada Brennan said the flooding would probably delay her survey of the marsh birds by a month."
OTHER = "\"We could wait six weeks for the water to go down,\" the warden said."


def _kinds(line: str, sources: list[str], language: str = "english") -> list[str]:
    return [p.kind for p in moved_time_problems(line, sources, language)]


def test_figures_span_moved_into_slot_caught() -> None:
    line = "Dr Ada Brennan said the flooding would probably delay her survey of the marsh birds by six weeks."
    assert _kinds(line, [SOURCE, OTHER]) == ["circumstance"]


def test_figures_span_same_value_passes() -> None:
    line = "Dr Ada Brennan said the flooding would probably delay her survey of the marsh birds by one month."
    assert _kinds(line, [SOURCE, OTHER]) == []


def test_figures_span_joined_half_not_read() -> None:
    source = "The council took 18 months to inspect the marsh after the first complaints from walkers."
    line = "The council took a year and a half to inspect the marsh after the first complaints from walkers."
    assert _kinds(line, [source]) == []


def test_figures_month_moved_into_slot_caught() -> None:
    source = "The trust will publish its bird counts every quarter, starting in March."
    line = "The trust will publish its bird counts every quarter, starting in May."
    assert _kinds(line, [source]) == ["circumstance"]


def test_figures_modal_may_not_a_month() -> None:
    source = "The trust said counts may start in March."
    line = "The trust said counts may start in March."
    assert _kinds(line, [source]) == []


def test_figures_month_moved_into_slot_caught_fr() -> None:
    source = "La réserve publiera ses comptages chaque trimestre à partir de mars."
    line = "La réserve publiera ses comptages chaque trimestre à partir de juin."
    assert _kinds(line, [source], "french") == ["circumstance"]


def test_figures_day_part_is_its_day_de() -> None:
    source = "In einer Scheune bei Lindau ist am Dienstagabend ein Feuer ausgebrochen."
    line = "In einer Scheune bei Lindau ist am Dienstag ein Feuer ausgebrochen."
    assert _kinds(line, [source], "german") == []


FESTIVAL = [
    "The Wellby library will limit members to four audiobook loans at a time starting March 3.",
    "The library board approved a new budget in January, and a reading festival will open on March 15.",
]


def test_a_day_of_the_month_moved_from_another_event_is_caught():
    # March 3 is the loan limit's; the festival opens on March 15.
    problems = moved_time_problems("A reading festival will open on March 3.", FESTIVAL)
    assert [p.kind for p in problems] == ["circumstance"] and "“March 3”" in problems[0].message
    assert [p.kind for p in moved_time_problems("A reading festival will open on 3 March.", FESTIVAL)] == ["circumstance"]


def test_a_month_without_its_day_or_with_the_right_one_passes():
    assert moved_time_problems("A reading festival will open in March.", FESTIVAL) == []
    assert moved_time_problems("A reading festival will open on March 15.", FESTIVAL) == []
    assert moved_time_problems("A reading festival will open on 15th March.", FESTIVAL) == []
