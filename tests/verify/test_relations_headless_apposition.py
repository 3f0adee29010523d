"""A line that keeps a name's commas but loses the noun the name stands beside has no subject:
"Dunmore, said ..." from "The ferry operator, Dunmore, said ..."."""

from __future__ import annotations

from summarizer import verify

# Written for these tests.
ARTICLE = (
    "Winter crossings to Carrick Island will fall from six a day to three from January. "
    "The ferry operator, Dunmore, said repairs to its older vessel would cost about 1.8m euros. "
    "Dunmore's chief executive, Ana Ruiz, said a new timetable would be published in March. "
    "Islanders said three crossings a day were not enough for people who work on the mainland."
)


def _kinds(summary: str) -> list[str]:
    return [problem.kind for line in verify(ARTICLE, summary).lines for problem in line.problems]


def test_a_name_left_between_commas_without_its_noun_is_an_incomplete_sentence():
    result = verify(ARTICLE, "Dunmore, said repairs to its older vessel would cost about 1.8m euros.")
    assert not result.supported
    (problem,) = [p for line in result.lines for p in line.problems if p.kind == "incomplete"]
    assert "Dunmore" in problem.message


def test_with_its_noun_or_without_the_commas_the_line_is_whole():
    assert "incomplete" not in _kinds("Dunmore said repairs to its older vessel would cost about 1.8m euros.")
    assert "incomplete" not in _kinds("The ferry operator, Dunmore, said repairs to its older vessel would cost about 1.8m euros.")
    assert verify(ARTICLE, "The ferry operator Dunmore said repairs to its older vessel would cost about 1.8m euros.").supported


def test_only_where_its_source_sets_the_name_off_by_commas():
    # "Islanders" opens its own source sentence: no noun was lost (the line may fail otherwise).
    assert "incomplete" not in _kinds("Islanders, said three crossings a day were not enough for people who work on the mainland.")
