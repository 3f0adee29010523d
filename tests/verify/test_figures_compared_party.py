"""A figure set against another for a second party ("68% of the votes, compared with 21% for the
Green candidate") measures the same noun for that party: a line giving it to that party with the
noun passes; given to the first party it is still a figure moved. Sentences written for this test."""

from checking import problem_kinds as _kinds

VOTE = (
    "Residents of Marston have voted to keep their weekly bin collections. "
    "The council's plan to collect every two weeks won 32% of the votes, compared with 68% for the weekly option, "
    "on a turnout of 41%."
)


def test_the_compared_figure_for_its_party():
    kinds = _kinds(VOTE, "The weekly option won 68% of the votes, the council said.")
    assert "circumstance" not in kinds


def test_the_compared_figure_given_to_the_first_party_is_still_caught():
    kinds = _kinds(VOTE, "The council's plan to collect every two weeks won 68% of the votes.")
    assert "circumstance" in kinds or "number" in kinds
