"""Pick sentences from ranker scores: a length budget, redundancy control, document order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np

from summarizer.options import Length
from summarizer.textpatterns import figures_differ

if TYPE_CHECKING:
    from summarizer.extract.rankers import LazyScores


class Similarities(Protocol):
    """What the selector asks about sentence similarity (`SentenceFeatures` answers both), so a
    long article need not hold a sentence-by-sentence matrix."""

    def similar_to(self, i: int, threshold: float) -> np.ndarray:
        """Indices of the sentences at least `threshold` similar to sentence i."""
        ...

    def similarity_row(self, i: int) -> np.ndarray:
        """Similarity of sentence i to every sentence."""
        ...


class _Matrix:
    """A full similarity matrix behind the `Similarities` questions."""

    def __init__(self, matrix: np.ndarray):
        self.matrix = matrix

    def similar_to(self, i: int, threshold: float) -> np.ndarray:
        return np.flatnonzero(self.matrix[i] >= threshold)

    def similarity_row(self, i: int) -> np.ndarray:
        return self.matrix[i]


def select_sentences(
    scores: np.ndarray,
    similarity: np.ndarray | Similarities,
    word_counts: np.ndarray,
    length: Length,
    redundancy_threshold: float = 0.6,
    diversity: float = 0.0,
    allowed: np.ndarray | None = None,
    figures: Sequence[frozenset[str]] | None = None,
) -> list[int]:
    """Indices of the chosen sentences in document order.

    Candidates are taken best-first by maximal marginal relevance: a sentence's score minus
    `diversity` times its similarity to what is already chosen. A candidate at or above
    `redundancy_threshold` similarity to a chosen sentence is never taken, so near-duplicates
    cannot both appear, unless `figures` (each sentence's) says they differ in their figures:
    "73 homes ... 40 days" and "598 homes ... 17 days" are two facts. A word budget skips
    sentences that would overflow it. `similarity` is a full matrix or anything that answers
    `Similarities`. Where `allowed` is given, only the sentences it marks are ever chosen.
    """
    n = len(scores)
    budget = length.sentence_budget(n)
    if budget == 0:
        return []
    lookup = _Matrix(similarity) if isinstance(similarity, np.ndarray) else similarity
    if diversity == 0:
        # Without diversity only the order of the scores counts: a stable sort, ties by position.
        order = np.argsort(-scores, kind="stable").tolist()
        blocked = np.zeros(n, dtype=bool) if allowed is None else ~allowed
        return _best_first(order, lambda i: not blocked[i], lookup, word_counts, length, budget, redundancy_threshold, figures)
    spread = float(scores.max() - scores.min()) if n else 0.0
    relevance = (scores - scores.min()) / spread if spread > 0 else np.zeros(n)
    chosen: list[int] = []
    closest = np.zeros(n)  # highest similarity of each sentence to anything chosen so far
    available = np.ones(n, dtype=bool) if allowed is None else allowed.copy()
    words_used = 0
    while len(chosen) < budget and available.any():
        marginal = np.where(available, relevance - diversity * closest, -np.inf)
        best = int(np.argmax(marginal))
        available[best] = False
        if length.words is not None and chosen and words_used + word_counts[best] > length.words:
            continue
        chosen.append(best)
        words_used += int(word_counts[best])
        row = lookup.similarity_row(best)
        closest = np.maximum(closest, row)
        available[_repeats(best, np.flatnonzero(row >= redundancy_threshold), figures)] = False
        if length.words is not None and words_used >= length.words:
            break
    return sorted(chosen)


def select_lazily(
    scores: LazyScores,
    similarity: np.ndarray | Similarities,
    word_counts: np.ndarray,
    length: Length,
    redundancy_threshold: float = 0.6,
    figures: Sequence[frozenset[str]] | None = None,
) -> list[int]:
    """`select_sentences` without diversity, for scores judged on demand (NewsRanker.lazy_scores):
    the same choice, with only the sentences met on the way judged."""
    budget = length.sentence_budget(len(scores))
    if budget == 0:
        return []
    lookup = _Matrix(similarity) if isinstance(similarity, np.ndarray) else similarity
    return _best_first(scores.order(), scores.allowed, lookup, word_counts, length, budget, redundancy_threshold, figures)


def _best_first(
    order: Iterable[int],
    allowed: Callable[[int], bool],
    lookup: Similarities,
    word_counts: np.ndarray,
    length: Length,
    budget: int,
    threshold: float,
    figures: Sequence[frozenset[str]] | None = None,
) -> list[int]:
    """The selection without diversity: the marginal relevance is the relevance itself, so the
    candidates come in one sorted order (`order`, best first) and each is looked at once. Only a
    chosen sentence's near neighbours are looked up, never a full row."""
    blocked = np.zeros(len(word_counts), dtype=bool)
    chosen: list[int] = []
    words_used = 0
    for best in order:
        if len(chosen) >= budget:
            break
        if blocked[best] or not allowed(best):
            continue
        if length.words is not None and chosen and words_used + word_counts[best] > length.words:
            continue
        chosen.append(best)
        words_used += int(word_counts[best])
        blocked[_repeats(best, lookup.similar_to(best, threshold), figures)] = True
        if length.words is not None and words_used >= length.words:
            break
    return sorted(chosen)


def _repeats(chosen: int, similar: np.ndarray, figures: Sequence[frozenset[str]] | None) -> np.ndarray:
    """The sentences of `similar` that repeat the chosen one: all, but those whose figures differ."""
    if figures is None or not figures[chosen] or not similar.size:
        return similar
    return np.array([k for k in similar.tolist() if not figures_differ(figures[chosen], figures[k])], dtype=np.intp)
