"""A person's full name written where the cited sentence gives only the surname: the article
names them in full elsewhere ("said Oskar Lindqvist, the port's director" ... "Lindqvist said
the cranes ..."), so a line's "CEO Oskar Lindqvist said the cranes ..." names no one
new. Another given name is still caught, and a surname two people of the article share backs
no given name. Sentences written for this test."""

from summarizer import verify

ARTICLE = (
    "The port of Skelby will replace its four container cranes by 2029. "
    "\"The old cranes were built for ships half the size,\" said Oskar Lindqvist, the port's director. "
    "The harbour has handled record volumes for three years. "
    "Dock workers have complained about breakdowns since the spring. "
    "Lindqvist said the new cranes would cost about $90 million and be paid for by higher berth fees."
)


def _name_problems(article: str, line: str) -> list[str]:
    result = verify(article, [line], checker_settings={"parser": "off"})
    return [p.message for checked in result.lines for p in checked.problems if p.kind == "name"]


def test_the_full_name_from_elsewhere_in_the_article():
    line = "CEO Oskar Lindqvist said the new cranes would cost about $90 million and be paid for by higher berth fees."
    assert _name_problems(ARTICLE, line) == []


def test_another_given_name_is_still_caught():
    line = "CEO Anders Lindqvist said the new cranes would cost about $90 million and be paid for by higher berth fees."
    assert _name_problems(ARTICLE, line)


def test_a_surname_two_people_share_backs_no_given_name():
    article = ARTICLE.replace(
        "The harbour has handled record volumes for three years.",
        "His sister Karin Lindqvist, who chairs the dockers' union, backs the plan.",
    )
    line = "CEO Oskar Lindqvist said the new cranes would cost about $90 million and be paid for by higher berth fees."
    assert _name_problems(article, line)

