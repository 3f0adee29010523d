"""Round-9 precision shape, in sentences written for this test: "the 39-year-old" used as a noun
stands for a person named before, as "he" does; it is no figure of the event, so no moved
circumstance (a wrong age is still the number check's)."""

from checking import check

SOURCES = (
    "Rhys Dunn, 39, took charge of Harfield Town in February after the club was relegated.",
    "Dunn has been given a three-year contract, the club said on Friday.",
)


def test_the_age_as_a_noun_for_the_person_is_no_moved_circumstance():
    problems = check("The 39-year-old has been given a three-year contract.", SOURCES, 1.0)
    assert not any(p.startswith("circumstance") for p in problems)


def test_a_wrong_age_is_still_a_number_problem():
    problems = check("The 93-year-old has been given a three-year contract.", SOURCES, 1.0)
    assert any(p.startswith("number") for p in problems)
