""""One of" picks one out of a group, as "no one" names nobody: a pronoun, not the figure 1 that
its sources must hold. Before a ranking ("one of the most popular") it stays a claim to check; a group's count after it ("one of three inmates") is still a figure, and
"one" counting something ("one inmate") or numbering it ("day one of the trial") still is one. Sentences written for this test."""

from __future__ import annotations

from checking import check

SOURCE = ["Two inmates escaped from Harlan prison on Friday; Dean Fell was shot by police on Sunday."]


def test_one_of_is_no_figure() -> None:
    problems = check("Dean Fell, one of two inmates who escaped from Harlan prison, was shot by police.", SOURCE, 1.0)
    assert not any(p.startswith("number") for p in problems)


def test_the_groups_count_is_still_a_figure() -> None:
    problems = check("Dean Fell, one of three inmates who escaped from Harlan prison, was shot by police.", SOURCE, 1.0)
    assert any(p.startswith("number") and "3" in p for p in problems)


def test_one_counting_a_thing_is_still_a_figure() -> None:
    problems = check("One inmate escaped from Harlan prison on Friday.", SOURCE, 1.0)
    assert any(p.startswith("number") and "1" in p for p in problems)


def test_one_numbering_a_day_is_still_a_figure() -> None:
    problems = check("Dean Fell was shot by police on day one of the search for the two inmates.", SOURCE, 1.0)
    assert any(p.startswith("number") and "1" in p for p in problems)


def test_one_of_before_a_ranking_is_still_checked() -> None:
    source = ["Tarn Cola, made in Perth since 1921, will cut the sugar in its drinks by half."]
    problems = check("Tarn Cola, one of Scotland's best-known soft drinks, will cut its sugar by half.", source, 1.0)
    assert any(p.startswith("number") and "1" in p for p in problems)
