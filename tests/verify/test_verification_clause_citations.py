"""A line that joins two facts with a semicolon or a colon draws each from its own sentence. The
sentence holding the second clause's figure shares most of that clause's words and few of the
whole line's; it may still vouch for the figure. A sentence sharing only the figure may not.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "Drivers at Brenmoor Buses voted to strike after the company and the drivers' union failed to agree a pay deal. "
    "Brenmoor offered a 3.5% rise this year, which the union turned down as far below what drivers need to pay rising rents.\n\n"
    "The union is asking for 8% and shorter split shifts. "
    "Of the 540 drivers balloted, 410 took part and 81% backed a walkout."
)


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_each_clause_may_be_vouched_for_by_its_own_sentence(parser):
    line = "The company offered drivers a 3.5% pay rise; the union wants 8%."
    assert "number" not in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_a_sentence_sharing_only_the_figure_does_not_vouch_for_it(parser):
    # 81% stands in the article, but of the walkout vote, not of what the union asks.
    line = "The company offered drivers a 3.5% pay rise; the union wants 81%."
    assert "number" in problem_kinds(ARTICLE, line, parser)
