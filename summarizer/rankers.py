"""The built-in extractive rankers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from summarizer.ranking import register_alias, register_ranker

if TYPE_CHECKING:
    from summarizer.features import SentenceFeatures
    from summarizer.types import Document


class LeadRanker:
    """The first sentences in document order (Lead-N), the classic news baseline."""

    name = "lead"

    def score(self, document: Document, features: SentenceFeatures) -> np.ndarray:
        n = len(document.sentences)
        return np.arange(n, 0, -1, dtype=np.float64)


def pagerank(weights: np.ndarray, damping: float = 0.85, iterations: int = 50, tolerance: float = 1e-6) -> np.ndarray:
    """Stationary scores of a random walk over a weighted graph (LexRank's continuous form)."""
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    row_sums = weights.sum(axis=1, keepdims=True)
    # A sentence sharing no words with any other jumps uniformly instead of trapping the walk.
    transition = np.where(row_sums > 0, weights / np.where(row_sums > 0, row_sums, 1), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * (transition.T @ scores)
        if np.abs(updated - scores).sum() < tolerance:
            return updated
        scores = updated
    return scores


def position_prior(n: int, decay: float = 0.5) -> np.ndarray:
    """News puts the key facts first: weight 1 for the first sentence, falling as 1/(1+i)^decay."""
    return 1.0 / np.power(np.arange(1, n + 1, dtype=np.float64), decay)


class CentralityRanker:
    """LexRank-style centrality over TF-IDF cosine similarity, blended with a position prior."""

    name = "centrality"

    def __init__(self, position_weight: float = 0.5, decay: float = 0.5):
        self.position_weight = position_weight
        self.decay = decay

    def score(self, document: Document, features: SentenceFeatures) -> np.ndarray:
        n = len(document.sentences)
        if n == 0:
            return np.zeros(0)
        weights = features.similarity.copy()
        np.fill_diagonal(weights, 0.0)
        centrality = pagerank(weights)
        centrality = centrality / centrality.max() if centrality.max() > 0 else centrality
        prior = position_prior(n, self.decay)
        return (1 - self.position_weight) * centrality + self.position_weight * prior


register_ranker("lead")(LeadRanker)
register_ranker("centrality")(CentralityRanker)
register_alias("default", "centrality")
