"""A speaker named by the same role as in the source ("Kestrel Line's managing director said"
for "Its managing director, Fenella Roake, said") is the source's speaker; another party's
speaker is still caught (sentences written for this test; the check reads the parse)."""

from checking import parsed_problem_kinds

ARTICLE = (
    "A ferry run by Kestrel Line ran aground off Tarsay on Sunday, the coastguard said. "
    "Its managing director, Fenella Roake, said the captain had reported a steering fault just before the ship struck rocks. "
    "The coastguard said the crew had not asked for help until after the ship struck rocks."
)


def test_the_same_role_for_the_named_speaker():
    kinds = parsed_problem_kinds(ARTICLE, "Kestrel Line's managing director said the captain had reported a steering fault just before the ship struck rocks.")
    assert "attribution" not in kinds


def test_another_speaker_is_still_caught():
    kinds = parsed_problem_kinds(ARTICLE, "The coastguard said the captain had reported a steering fault just before the ship struck rocks.")
    assert "attribution" in kinds
