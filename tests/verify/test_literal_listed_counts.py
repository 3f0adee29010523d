"""A count the line gives of things its source names one by one ("three counties" where "across
Bellmore, Tarrin and Union Vale counties") or with "a" ("one man died" where "a 61-year-old man
was killed") is the source's figure; a count that does not match the list, or a "one" of
something the source never names with "a", is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "Crews worked through the night to restore power to about 48,000 homes after a windstorm snapped "
    "utility poles across Bellmore, Tarrin and Union Vale counties. "
    "A 61-year-old man was killed when a tree fell on his van near Oakhill."
)


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("line", [
    "The windstorm snapped utility poles across three counties.",
    "Crews restored power to about 48,000 homes in three Atlantic counties.",
    "One man was killed when a tree fell on his van.",
])
def test_counts_of_what_the_source_names_pass(line, parser):
    assert "number" not in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("line", [
    "The windstorm snapped utility poles across four counties.",
    "One woman was killed when a tree fell on her van.",
])
def test_counts_the_source_does_not_give_are_caught(line, parser):
    assert "number" in problem_kinds(ARTICLE, line, parser)
