"""Two sentences that differ only in their figures ("destroyed 73 homes and burned for 40 days" in
one valley, "598 homes ... 17 days" in the other) state two facts: the redundancy threshold does not
refuse the second as a repeat of the first, with or without diversity. A sentence that repeats the
first's figures, or states none of its own, is still refused. Article written for this test."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer import Summarizer
from summarizer.extract.selection import select_sentences
from summarizer.options import Length

ARTICLE = """Wildfires swept through two valleys in the north of the state this summer.

In the Alder valley, the fire destroyed 73 homes and burned for 40 days before crews contained it.

In the Birch valley, the fire destroyed 598 homes and burned for 17 days before crews contained it.

Officials said rebuilding would begin in the spring once insurance claims were settled.

Residents gathered at the town hall on Friday to hear the plans.
"""


def _chosen(text: str, **options) -> list[int]:
    return [c.sentence for line in Summarizer(sentences=3, **options).summarize(text).lines for c in line.citations]


@pytest.mark.parametrize("options", [{}, {"method": "centrality"}])
def test_selection_sentences_with_different_figures_are_not_repeats(options):
    assert _chosen(ARTICLE, **options)[:3] == [0, 1, 2]


def test_selection_the_same_figures_are_still_a_repeat():
    repeated = ARTICLE.replace("In the Birch valley, the fire destroyed 598 homes and burned for 17 days", "In the Birch valley, the fire destroyed 73 homes and burned for 40 days")
    assert 2 not in _chosen(repeated)


@pytest.mark.parametrize("diversity", [0.0, 0.2])
def test_select_sentences_figures_that_differ_lift_the_threshold(diversity):
    similarity = np.array([[1.0, 0.9, 0.0], [0.9, 1.0, 0.0], [0.0, 0.0, 1.0]])
    scores, words = np.array([1.0, 0.9, 0.1]), np.array([10, 10, 10])
    two = Length(sentences=2)
    assert select_sentences(scores, similarity, words, two, 0.6, diversity) == [0, 2]
    differ = [frozenset({"73", "40"}), frozenset({"598", "17"}), frozenset()]
    assert select_sentences(scores, similarity, words, two, 0.6, diversity, figures=differ) == [0, 1]
    same = [frozenset({"73", "40"}), frozenset({"73"}), frozenset()]
    assert select_sentences(scores, similarity, words, two, 0.6, diversity, figures=same) == [0, 2]
