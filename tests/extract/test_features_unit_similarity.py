"""Where a short quotation's sentences are one unit, similarity is worked out over the sentences as
read: every other pair keeps its value, and a unit is as similar to a sentence as its most similar
member (so the ranker's centrality of the other sentences does not shift when a quotation is joined)."""

from __future__ import annotations

import numpy as np

from summarizer import Summarizer
from summarizer.extract.features import SentenceFeatures
from summarizer.extract.units import quotation_units

TEXT = (
    "The island ferry will stop running in November after the operator lost its subsidy. "
    "The council said the ferry carried two hundred passengers a day last summer. "
    '"We had no warning. The ferry is how our children get to school," said Mara Holt, who runs the harbour shop. '
    "Parents on the island have asked the council to pay for a school boat until spring. "
    "The operator said it would sell the ferry to a company on the mainland. "
    "Holt said the school boat would be a start, but the island needs the ferry back."
)


def _features():
    document = Summarizer().read(TEXT)
    units, groups = quotation_units(document)
    assert [len(g) for g in groups] == [1, 1, 2, 1, 1, 1]
    return document, units, groups, SentenceFeatures(units, parts=(document, groups))


def test_pairs_outside_the_unit_keep_their_similarity() -> None:
    document, units, groups, features = _features()
    whole = SentenceFeatures(document).similarity
    alone = [g[0] for g in groups if len(g) == 1]
    rows = [k for k, g in enumerate(groups) if len(g) == 1]
    assert np.array_equal(features.similarity[np.ix_(rows, rows)], whole[np.ix_(alone, alone)])


def test_a_unit_is_as_similar_as_its_most_similar_sentence() -> None:
    document, units, groups, features = _features()
    whole = SentenceFeatures(document).similarity
    unit = next(k for k, g in enumerate(groups) if len(g) > 1)
    for k, g in enumerate(groups):
        assert features.similarity[unit, k] == whole[np.ix_(list(groups[unit]), list(g))].max()
