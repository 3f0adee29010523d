"""The extractive ranker protocol and the built-in rankers (registered in `summarizer.components`)."""

from __future__ import annotations

import heapq
from functools import lru_cache
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

import numpy as np

from summarizer.extract.candidates import NEVER_CHOSEN, PAGE_FURNITURE, Candidate

if TYPE_CHECKING:
    from summarizer.extract.features import SentenceFeatures
    from summarizer.types import Document


class Ranker(Protocol):
    name: str

    def score(self, document: Document, features: SentenceFeatures) -> np.ndarray:
        """One score per sentence, higher is better; only the order matters to the selector."""
        ...


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


def behind(band: np.ndarray) -> np.ndarray:
    """The band seen from the other side: behind[j, k - 1] = band[j - k, k - 1], the similarity
    of sentence j to sentence j - k (0 before the start)."""
    n, window = band.shape
    result = np.zeros_like(band)
    for k in range(1, min(window, n - 1) + 1):
        result[k:, k - 1] = band[: n - k, k - 1]
    return result


def banded_pagerank(band: np.ndarray, damping: float = 0.85, iterations: int = 50, tolerance: float = 1e-6) -> np.ndarray:
    """`pagerank` over a graph whose edges join only sentences within the band's window
    (see SentenceFeatures.band); a band that covers every pair gives the same scores."""
    n, window = band.shape
    if n == 0:
        return np.zeros(0)
    earlier = behind(band)
    row_sums = band.sum(axis=1) + earlier.sum(axis=1)
    stuck = row_sums == 0  # these jump uniformly, as in `pagerank`
    share = np.where(stuck, 0.0, 1.0 / np.where(stuck, 1.0, row_sums))
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        flow = scores * share
        padded = np.concatenate((np.zeros(window), flow, np.zeros(window)))
        views = np.lib.stride_tricks.sliding_window_view(padded, window)
        after, before = views[window + 1 : window + 1 + n], views[:n, ::-1]
        incoming = np.einsum("ij,ij->i", band, after) + np.einsum("ij,ij->i", earlier, before)
        updated = (1 - damping) / n + damping * (incoming + scores[stuck].sum() / n)
        if np.abs(updated - scores).sum() < tolerance:
            return updated
        scores = updated
    return scores


def position_prior(n: int, decay: float = 0.5, start: int = 0) -> np.ndarray:
    """News puts the key facts first: weight 1 for the first sentence, falling as 1/(1+i)^decay.
    With `start`, position 0 is sentence `start`: the sentences before it weigh 1 as well."""
    return 1.0 / np.power(np.maximum(np.arange(1 - start, n + 1 - start, dtype=np.float64), 1.0), decay)


def article_start(judge: Callable[[int], Candidate], n: int) -> int:
    """How many sentences at the top are page furniture (a share bar, a byline, a dateline, a
    caption: candidates.PAGE_FURNITURE) before the article's first sentence. Usually 0, after one
    judgement that the selector would ask for anyway."""
    k = 0
    while k < n and judge(k).reason in PAGE_FURNITURE:
        k += 1
    return k


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
        if features.dense:
            weights = features.similarity.copy()
            np.fill_diagonal(weights, 0.0)
            centrality = pagerank(weights)
        else:
            centrality = banded_pagerank(features.band)
        centrality = centrality / centrality.max() if centrality.max() > 0 else centrality
        prior = position_prior(n, self.decay)
        return (1 - self.position_weight) * centrality + self.position_weight * prior


def directed_centrality(similarity: np.ndarray, threshold: float = 0.3, backward: float = -0.5) -> np.ndarray:
    """PacSum-style centrality: a sentence gains from sentences after it that it resembles and
    (with a negative `backward`) loses from those before it, since news states a fact first and
    elaborates later. Edges below `threshold` of the similarity range count as zero."""
    n = similarity.shape[0]
    if n < 2:
        return np.zeros(n)
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    low, high = float(weights.min()), float(weights.max())
    weights = np.maximum(0.0, weights - (low + threshold * (high - low)))
    # What np.triu(weights, 1) and np.tril(weights, -1) compute, with the masks built once per size.
    after, before = _triangles(n)
    return np.where(after, weights, 0.0).sum(axis=1) + backward * np.where(before, weights, 0.0).sum(axis=1)


@lru_cache(maxsize=256)
def _triangles(n: int) -> tuple[np.ndarray, np.ndarray]:
    """True strictly above the diagonal, and True strictly below it (read-only: they are shared)."""
    after = ~np.tri(n, n, 0, dtype=bool)
    before = np.tri(n, n, -1, dtype=bool)
    after.flags.writeable = before.flags.writeable = False
    return after, before


def banded_directed_centrality(band: np.ndarray, threshold: float = 0.3, backward: float = -0.5) -> np.ndarray:
    """`directed_centrality` counting only the sentences within the band's window (see
    SentenceFeatures.band); a band that covers every pair gives the same values."""
    n, window = band.shape
    if n < 2:
        return np.zeros(n)
    # The range starts at 0, as in the dense form, whose zero diagonal is part of its range.
    low, high = min(0.0, float(band.min())), float(band.max())
    weights = band - (low + threshold * (high - low))
    np.maximum(weights, 0.0, out=weights)  # in place: the band can be hundreds of MB
    earlier = np.zeros(n)
    for k in range(1, min(window, n - 1) + 1):
        earlier[k:] += weights[: n - k, k - 1]
    return weights.sum(axis=1) + backward * earlier


class LazyScores:
    """NewsRanker's scores with each sentence's candidate weight judged only when needed.

    A weight is at most 1 and a weight of 0 takes 2 off, so a sentence's unweighted score is an
    upper bound of its score (all are >= 0). `order()` yields the sentences best first, as a
    stable sort of the scores would, judging a sentence only when its bound reaches the top: the
    selector usually stops after a few, and most sentences are never judged.
    """

    def __init__(self, unweighted: np.ndarray, judge: Callable[[int], Candidate]):
        self.unweighted = unweighted
        self.judge = judge

    def __len__(self) -> int:
        return len(self.unweighted)

    def __getitem__(self, i: int) -> float:
        """Sentence i's score, as NewsRanker.score gives it."""
        weight = self.judge(i).weight
        base = float(self.unweighted[i])
        return base * weight if weight > 0 else base - 2.0

    def allowed(self, i: int) -> bool:
        """Whether sentence i may be a summary line at all (see NewsRanker.choosable)."""
        return self.judge(i).reason not in NEVER_CHOSEN

    def order(self) -> Iterator[int]:
        """Sentence indices by score, highest first, ties by position."""
        heap = [(-bound, i, False) for i, bound in enumerate(self.unweighted.tolist())]
        heapq.heapify(heap)
        while heap:
            negative, i, exact = heapq.heappop(heap)
            if exact:
                yield i
            else:  # its bound is at the top: put it back with its score
                heapq.heappush(heap, (-self[i], i, True))


def rescale(values: np.ndarray) -> np.ndarray:
    spread = float(values.max() - values.min()) if len(values) else 0.0
    return (values - values.min()) / spread if spread > 0 else np.zeros(len(values))


class NewsRanker:
    """Position prior blended with directed centrality; prefers plain reported fact (the default).

    The score of sentence i is ((1 - c) * p_i + c * d_i) * l_i * w_i, where p_i = 1/(i+1)^decay is
    the position prior (i counted from the article's first sentence: page furniture above it, such
    as a share bar or a byline, does not make the lead look like a later sentence), d_i the rescaled directed centrality, l_i = min(1, 20/words)^length_penalty
    a mild preference for short sentences, and w_i the candidate weight from candidates.py
    (bylines, captions and fragments sink below every real sentence, opinion lines nearly so).
    """

    name = "news"
    # Chosen by 5-fold cross-validation on a news dev set (benchmarks/tune_ranker.py).
    DECAY = 1.0
    CENTRALITY_WEIGHT = 0.2
    LENGTH_PENALTY = 0.3
    SHORT_SENTENCE_WORDS = 20

    def __init__(
        self,
        decay: float = DECAY,
        centrality_weight: float = CENTRALITY_WEIGHT,
        length_penalty: float = LENGTH_PENALTY,
    ):
        self.decay = decay
        self.centrality_weight = centrality_weight
        self.length_penalty = length_penalty

    def score(self, document: Document, features: SentenceFeatures) -> np.ndarray:
        base = self.unweighted(document, features)
        weights = np.array([c.weight for c in features.candidates])
        # Weight 0 puts a sentence below every other, keeping their order among themselves.
        return np.where(weights > 0, base * weights, base - 2.0)

    def lazy_scores(self, document: Document, features: SentenceFeatures) -> LazyScores:
        """The same scores, each sentence judged only when the selector gets to it."""
        return LazyScores(self.unweighted(document, features), features.judge)

    def unweighted(self, document: Document, features: SentenceFeatures) -> np.ndarray:
        """The scores before candidate weights: ((1 - c) * p_i + c * d_i) * l_i (see the class)."""
        n = len(document.sentences)
        if n == 0:
            return np.zeros(0)
        prior = position_prior(n, self.decay, article_start(features.judge, n))
        if self.centrality_weight > 0 and n > 1:
            if features.dense:
                centrality = rescale(directed_centrality(features.similarity))
            else:
                centrality = rescale(banded_directed_centrality(features.band))
            base = (1 - self.centrality_weight) * prior + self.centrality_weight * centrality
        else:
            base = prior
        words = np.maximum(features.word_counts, 1)
        return base * np.power(np.minimum(1.0, self.SHORT_SENTENCE_WORDS / words), self.length_penalty)

    def choosable(self, document: Document, features: SentenceFeatures) -> np.ndarray:
        """Which sentences may be summary lines at all: not captions, credits, other page furniture
        or pieces of a quotation (see candidates.NEVER_CHOSEN)."""
        return np.array([c.reason not in NEVER_CHOSEN for c in features.candidates], dtype=bool)
