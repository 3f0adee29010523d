"""Pick sentences from ranker scores: a length budget, redundancy control, document order."""

from __future__ import annotations

import numpy as np

from summarizer.options import Length


def select_sentences(
    scores: np.ndarray,
    similarity: np.ndarray,
    word_counts: np.ndarray,
    length: Length,
    redundancy_threshold: float = 0.6,
    diversity: float = 0.0,
) -> list[int]:
    """Indices of the chosen sentences in document order.

    Candidates are taken best-first by maximal marginal relevance: a sentence's score minus
    `diversity` times its similarity to what is already chosen. A candidate at or above
    `redundancy_threshold` similarity to a chosen sentence is never taken, so near-duplicates
    cannot both appear. A word budget skips sentences that would overflow it.
    """
    n = len(scores)
    budget = length.sentence_budget(n)
    if budget == 0:
        return []
    spread = float(scores.max() - scores.min()) if n else 0.0
    relevance = (scores - scores.min()) / spread if spread > 0 else np.zeros(n)
    chosen: list[int] = []
    closest = np.zeros(n)  # highest similarity of each sentence to anything chosen so far
    available = np.ones(n, dtype=bool)
    words_used = 0
    while len(chosen) < budget and available.any():
        marginal = np.where(available, relevance - diversity * closest, -np.inf)
        best = int(np.argmax(marginal))
        available[best] = False
        if length.words is not None and chosen and words_used + word_counts[best] > length.words:
            continue
        chosen.append(best)
        words_used += int(word_counts[best])
        closest = np.maximum(closest, similarity[best])
        available &= closest < redundancy_threshold
        if length.words is not None and words_used >= length.words:
            break
    return sorted(chosen)
