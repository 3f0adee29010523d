"""A line may write the name the article gives a description ("The operator, Bayline,") where its
cited sentence has the description ("the operator said"); another name is still caught.
Article written for this test."""

from summarizer import verify

ARTICLE = (
    "The island's ferry will sail again by April, the operator said on Thursday. "
    "Storms kept both boats in dry dock all winter. "
    "The operator, Seaholm, said repairs would cost about 2.4 million euros."
)


def _names(line: str) -> list[str]:
    return [p.message for checked in verify(ARTICLE, [line]).lines for p in checked.problems if p.kind == "name"]


def test_the_described_name_in_place_of_the_description_passes():
    assert _names("The island's ferry will sail again by April, Seaholm said on Thursday.") == []


def test_another_name_in_its_place_is_caught():
    assert _names("The island's ferry will sail again by April, Baylink said on Thursday.")
