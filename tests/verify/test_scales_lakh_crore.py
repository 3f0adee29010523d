"""Indian English writes large figures in lakh (100,000) and crore (10 million): "Rs 450 crore"
is Rs 4.5 billion and "20 lakh" is 2 million, and another value is still a wrong number."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "The state government will spend Rs 450 crore on the new metro line, officials said on Monday. "
    "About 20 lakh commuters are expected to use it each day."
)


@pytest.mark.parametrize("line", [
    "The state will spend Rs 4.5 billion on the new metro line, officials said.",
    "About 2 million commuters are expected to use the new metro line each day.",
])
def test_a_value_in_millions_or_billions_is_the_sources_lakh_or_crore(line):
    assert problem_kinds(ARTICLE, line, "off") == []


@pytest.mark.parametrize("line", [
    "The state will spend Rs 5.5 billion on the new metro line, officials said.",
    "About 3 million commuters are expected to use the new metro line each day.",
])
def test_another_value_is_still_a_number_problem(line):
    assert "number" in problem_kinds(ARTICLE, line, "off")
