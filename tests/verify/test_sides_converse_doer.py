"""A line's doer of a converse verb whom the source makes the doer of the other (issue 18,
reversal: buyer and seller swapped): "Halden Foods sold the bakery to Corvane Mills" where Halden
bought it from Corvane. The same act told from the other party's side ("Corvane sold it to Halden")
and the source's own verb pass. Sentences written for this test."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds
from summarizer.verify.parser import load_parser, parse

ARTICLE = (
    "Halden Foods bought the Marlow bakery from Corvane Mills for £3 million last year. "
    "The family firm, Orla Trust, is based in Tain. Orla Trust lent Kestrel Farms £200,000 to rebuild its dairy."
)
needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="no English parser installed")


@needs_parser
@pytest.mark.parametrize("line", [
    "Halden Foods sold the Marlow bakery to Corvane Mills for £3 million last year.",
    "Orla Trust borrowed £200,000 from Kestrel Farms to rebuild the dairy.",
])
def test_the_doer_of_the_converse_act_is_a_reversal(line: str) -> None:
    from summarizer.verify.sides import side_problems

    found = side_problems(parse(line), [parse(s) for s in ARTICLE.split(". ")])
    assert [p.message.split(":")[0] for p in found][:1] == ["relation reversed"]
    assert "relation" in parsed_problem_kinds(ARTICLE, line)


@pytest.mark.parametrize("line", [
    "Corvane Mills sold the Marlow bakery to Halden Foods last year.",
    "Halden Foods bought the Marlow bakery from Corvane Mills for £3 million.",
    "Kestrel Farms borrowed £200,000 from Orla Trust to rebuild its dairy.",
])
def test_the_same_act_from_either_side_passes(line: str) -> None:
    assert "relation" not in parsed_problem_kinds(ARTICLE, line)
