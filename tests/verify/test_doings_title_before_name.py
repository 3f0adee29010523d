"""A word known only as a noun is no doing: "Calder Research analyst Tomás Byrne" puts a title
before a name, where the source writes "analyst Tomás Byrne of Calder Research". A real doing
given to another party is still caught."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "Shares in the furniture chain Hartley & Moss fell 6% on Monday after it closed 20 stores. "
    "Retail analyst Dana Kerr of Brinkley Research said she believed the chain had opened too many shops. "
    "Westmoor Council paid two thirds of the repair bill and Hartley & Moss the rest."
)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_firm_named_before_its_analysts_title_is_no_doer(parser):
    line = "Brinkley Research analyst Dana Kerr said she believed the chain had opened too many shops."
    assert "relation" not in problem_kinds(ARTICLE, line, parser)


def test_a_real_doing_given_to_another_party_is_still_caught():
    line = "Hartley & Moss paid two thirds of the repair bill."
    assert "relation" in problem_kinds(ARTICLE, line, "off")
