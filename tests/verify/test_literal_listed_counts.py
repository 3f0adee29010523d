"""A count the line gives of things its source names one by one ("three counties" where "across
Bellmore, Tarrin and Union Vale counties") is the source's figure; a count that does not match
the list is not. ("One man died" where "a man was killed" stays a number the source lacks: "a"
is as often any one, "a bus driving 40 empty miles", as a count: test_literal_pronoun_one.py.)
Sentences written for these tests."""

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
])
def test_counts_of_what_the_source_names_pass(line, parser):
    assert "number" not in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("line", [
    "The windstorm snapped utility poles across four counties.",
])
def test_counts_the_source_does_not_give_are_caught(line, parser):
    assert "number" in problem_kinds(ARTICLE, line, parser)
