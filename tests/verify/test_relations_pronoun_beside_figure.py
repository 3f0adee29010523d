"""A figure that the source puts beside "them", "it" or "their" where the name it stands for comes
first in the sentence ("Ardley's 4-0 win ..., a result that lifts them three places"): a line
putting the name beside the figure keeps the source's relation. As with "its", the pronoun of a
team or body is read as the sentence's first name. Sentences written for this test."""

from summarizer import verify

LEAGUE = (
    "Hesketh Rovers drew 1-1 with Crane on Friday and stay top.\n\n"
    "Ardley's 4-0 win on Saturday over a Bexley side unbeaten in eleven games since the spring, a result that lifts them "
    "three places up the table, was cheered at Mill Lane."
)


def _kinds(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, [line]).lines for p in checked.problems]


def test_a_name_beside_the_figure_its_pronoun_has_passes():
    assert _kinds(LEAGUE, "The 4-0 win lifts Ardley three places up the table.") == []


def test_a_name_the_pronoun_cannot_mean_is_still_caught():
    assert "circumstance" in _kinds(LEAGUE, "The 1-1 draw lifts Hesketh Rovers three places up the table.")
    assert "circumstance" in _kinds(LEAGUE, "The 4-0 win lifts Bexley three places up the table.")  # not the sentence's first name
