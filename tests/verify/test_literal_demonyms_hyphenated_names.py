"""A name written another way than its source writes it, in sentences written for this test: the
demonym of a place the source names ("Argentine" for "Argentina", "Englishman" for "England"),
and one part of a hyphenated name ("Herzegovina" for "Bosnia-Herzegovina"). A name the source
does not hold in any form is still a `name` problem."""

from summarizer import verify

SQUAD = (
    "The former Argentina defender Tomas Reyes joined Ardley from Kelso in 2022. "
    "The England golfer Rory Quill won the Ardley Open on Sunday. "
    "The 31-year-old Bosnia-Herzegovina midfielder Edin Halac was injured in the first half."
)


def _kinds(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, [line]).lines for p in checked.problems]


def test_a_demonym_of_a_place_the_source_names_is_no_new_name():
    assert "name" not in _kinds(SQUAD, "The Argentine defender Tomas Reyes joined Ardley from Kelso in 2022.")
    assert "name" not in _kinds(SQUAD, "The Englishman Rory Quill won the Ardley Open on Sunday.")


def test_a_part_of_a_hyphenated_name_is_no_new_name():
    assert "name" not in _kinds(SQUAD, "The 31-year-old Herzegovina midfielder Edin Halac was injured in the first half.")


def test_a_name_in_no_form_is_still_caught():
    assert "name" in _kinds(SQUAD, "The Brazilian defender Tomas Reyes joined Ardley from Kelso in 2022.")
    assert "name" in _kinds(SQUAD, "The Welshman Rory Quill won the Ardley Open on Sunday.")
