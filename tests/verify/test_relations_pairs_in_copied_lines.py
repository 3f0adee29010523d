"""Neighbours in a line that stand apart in every cited sentence tell of a moved circumstance where
the line is copied from its sources, as a model's line is, and the splice shows; a line a person
words freely puts side by side what its source keeps apart, and passes. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.copying import copied_share
from summarizer.verify.relations import PAIRS_NEED_COPIED, Sources, relation_problems

ARTICLE = (
    "WELLBY, Ont. -- The Wellby Public Library will limit members to four audiobook loans at a time starting "
    "March 3, down from 12, after its digital budget ran short for a second year, library officials said Tuesday.\n\n"
    "Hold limits will also fall, from 20 titles to ten. "
    "The library board approved a new budget of $2.3 million in January, and a reading festival will open on March 15."
)


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_a_freely_worded_line_with_its_figures_in_another_order_passes(parser):
    line = "The audiobook loan cap falls from 12 to four on March 3."
    assert "circumstance" not in problem_kinds(ARTICLE, line, parser)


def test_a_copied_line_with_a_figure_spliced_from_another_sentence_is_caught():
    # "Rachel Penhale runs the Fairholt Coaster Club, which has" is copied; its 40 are the founders.
    sources = Sources([
        "Rachel Penhale runs the Fairholt Coaster Club, which has 1,100 members.",
        "The club was founded in 1998 by a group of 40 fans who met at the park.",
    ])
    line = "Rachel Penhale runs the Fairholt Coaster Club, which has 40 members."
    assert copied_share(line, sources.sentences) >= PAIRS_NEED_COPIED
    assert [p.kind for p in relation_problems(line, sources)] == ["circumstance"]


def test_copied_share_is_the_longest_run_standing_together_in_one_sentence():
    sources = ["The club was founded in 1998 by a group of 40 fans.", "It has 1,100 members."]
    assert copied_share("A group of 40 fans founded the club.", sources) == 5 / 8  # "a group of 40 fans"
    assert copied_share("Nothing here stands there.", sources) == 0.0
