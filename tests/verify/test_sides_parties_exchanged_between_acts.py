"""Two named parties that exchanged their places on two acts (issue 18, reversal): "the motion was
proposed by Avery and seconded by Nandra" where the article has Nandra propose it and Avery second
it, read from the parse (passive, relative clause and active alike). The article's own places, and
a name and the common noun that describes it ("Dana Whitlow, Pike's assistant, who helped ..."),
pass. Sentences written for this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds
from summarizer.verify.parser import load_parser, parse

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="no English parser installed")

VOTE = (
    "Councillor Hana Ruiz, who proposed the motion, said the tolls had become a burden for carers. "
    "The motion was seconded by Councillor Owen Tiller."
)
STUDIO = (
    "The potter Ilse Marr opened the studio in 2004. Her former apprentice, Jonah Pell, who glazed the tiles, "
    "said the kiln was the oldest in the county."
)


@needs_parser
def test_parties_exchanged_between_two_acts_are_a_reversal() -> None:
    from summarizer.verify.sides import exchanged_side_problems

    line = "The motion was proposed by Councillor Owen Tiller and seconded by Councillor Hana Ruiz."
    found = exchanged_side_problems(parse(line), [parse(s) for s in VOTE.split(". ")])
    assert [p.message.split(":")[0] for p in found] == ["relation reversed"]
    assert "relation" in parsed_problem_kinds(VOTE, line)


@pytest.mark.parametrize("article, line", [
    (VOTE, "The motion was proposed by Councillor Hana Ruiz and seconded by Councillor Owen Tiller."),
    (STUDIO, "Jonah Pell, Ilse Marr's former apprentice who glazed the tiles, said the kiln was the oldest in the county."),
])
def test_the_article_s_own_places_pass(article: str, line: str) -> None:
    assert "relation" not in parsed_problem_kinds(article, line)
