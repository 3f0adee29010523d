"""Long articles: the windowed, sparse path agrees with the dense one and never builds n x n."""

from __future__ import annotations

import random
import tracemalloc

import numpy as np
import pytest

from summarizer import InputError, Summarizer
from summarizer.extract import features as features_module
from summarizer.extract.features import SentenceFeatures
from summarizer.extract.rankers import CentralityRanker, NewsRanker
from summarizer.extract.selection import select_sentences
from summarizer.options import Length
from summarizer.read.document import build_document
from summarizer.read.raw import RawText
from summarizer.types import Document

TOWNS = ["Arden", "Belmoor", "Corran", "Dunvale", "Eskby", "Fallow Cross", "Greywater", "Hollin"]
GROUPS = ["the council", "the rail union", "the water board", "local traders", "the school governors", "the harbour trust"]
DEEDS = ["voted against", "paid for", "postponed", "welcomed", "challenged in court", "quietly dropped"]
OBJECTS = ["the bypass", "a new clinic", "the ferry timetable", "parking charges", "the flood wall", "a library extension"]
TAILS = [
    "after a long meeting on {day}.",
    "although {n} residents had signed a petition.",
    "and said a decision would follow in {month}.",
    "citing a shortfall of {n} thousand pounds.",
    "which surprised officials in {town}.",
]
DAYS = ["Monday", "Tuesday", "Thursday", "Saturday"]
MONTHS = ["March", "June", "September", "November"]


def synthetic_article(sentences: int, seed: int = 7) -> Document:
    """A varied news-like text of about `sentences` sentences in paragraphs of three."""
    rng = random.Random(seed)
    lines = []
    for _ in range(sentences):
        tail = rng.choice(TAILS).format(day=rng.choice(DAYS), month=rng.choice(MONTHS), n=rng.randint(2, 900), town=rng.choice(TOWNS))
        lines.append(f"In {rng.choice(TOWNS)}, {rng.choice(GROUPS)} {rng.choice(DEEDS)} {rng.choice(OBJECTS)} {tail}")
    paragraphs = [" ".join(lines[i : i + 3]) for i in range(0, len(lines), 3)]
    return build_document(RawText("\n\n".join(paragraphs), "<synthetic>"), detect_headline=False)


@pytest.fixture(scope="module")
def mid_article() -> Document:
    return synthetic_article(240)


def forced(document: Document, window: int) -> SentenceFeatures:
    """The long-article path on a short article."""
    return SentenceFeatures(document, dense_limit=0, window=window)


@pytest.mark.parametrize("window", [1, 17, 400])
def test_extract_band_holds_the_dense_similarities(mid_article: Document, window: int) -> None:
    dense = SentenceFeatures(mid_article).similarity
    band = forced(mid_article, window).band
    n = len(mid_article.sentences)
    assert band.shape == (n, window)
    for k in range(1, window + 1):
        reach = max(n - k, 0)
        np.testing.assert_allclose(band[:reach, k - 1], np.diagonal(dense, k), atol=1e-12)
        assert not band[reach:, k - 1].any()  # no partner past the end


def test_extract_band_is_the_same_built_in_blocks(mid_article: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = forced(mid_article, 17).band
    monkeypatch.setattr(features_module, "BAND_BLOCK", 10)  # blocks shorter than the window, too
    np.testing.assert_allclose(forced(mid_article, 17).band, whole, atol=1e-12)


@pytest.mark.parametrize("ranker", [NewsRanker(), CentralityRanker()], ids=lambda r: r.name)
def test_extract_window_covering_all_pairs_scores_like_dense(mid_article: Document, ranker) -> None:
    n = len(mid_article.sentences)
    dense = ranker.score(mid_article, SentenceFeatures(mid_article))
    windowed = ranker.score(mid_article, forced(mid_article, n))
    np.testing.assert_allclose(windowed, dense, atol=1e-9)
    # The ranking itself is the same, not just close.
    assert np.argsort(-windowed, kind="stable").tolist() == np.argsort(-dense, kind="stable").tolist()


def test_extract_similar_to_finds_exactly_the_dense_neighbours(mid_article: Document) -> None:
    dense = SentenceFeatures(mid_article).similarity
    sparse = forced(mid_article, 5)
    for i in range(0, len(mid_article.sentences), 7):
        np.testing.assert_allclose(sparse.similarity_row(i), dense[i], atol=1e-12)
        for threshold in (0.05, 0.2, 0.45, 0.6, 0.8, 1.0):
            if np.any(np.abs(dense[i] - threshold) < 1e-9):
                continue  # a tie at the threshold could go either way by rounding
            assert sparse.similar_to(i, threshold).tolist() == np.flatnonzero(dense[i] >= threshold).tolist()


def reference_selection(scores: np.ndarray, similarity: np.ndarray, words: np.ndarray, length: Length, threshold: float) -> list[int]:
    """The plain greedy loop: the best available sentence, again and again."""
    n = len(scores)
    spread = scores.max() - scores.min()
    relevance = (scores - scores.min()) / spread if spread > 0 else np.zeros(n)
    available, chosen, used = np.ones(n, dtype=bool), [], 0
    while len(chosen) < length.sentence_budget(n) and available.any():
        best = int(np.argmax(np.where(available, relevance, -np.inf)))
        available[best] = False
        if length.words is not None and chosen and used + words[best] > length.words:
            continue
        chosen.append(best)
        used += int(words[best])
        available &= similarity[best] < threshold
        if length.words is not None and used >= length.words:
            break
    return sorted(chosen)


@pytest.mark.parametrize("length", [Length(sentences=3), Length(ratio=0.25), Length(words=40), Length(words=300)], ids=str)
@pytest.mark.parametrize("threshold", [0.3, 0.6])
def test_extract_selection_matches_the_greedy_loop_on_both_paths(mid_article: Document, length: Length, threshold: float) -> None:
    dense = SentenceFeatures(mid_article)
    scores = NewsRanker().score(mid_article, dense)
    expected = reference_selection(scores, dense.similarity, dense.word_counts, length, threshold)
    assert select_sentences(scores, dense.similarity, dense.word_counts, length, threshold) == expected
    assert select_sentences(scores, forced(mid_article, 4), dense.word_counts, length, threshold) == expected


def peak_bytes(document: Document) -> int:
    summarizer = Summarizer(sentences=3)
    tracemalloc.start()
    try:
        summarizer.summarize_document(document)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_extract_long_article_memory_grows_linearly() -> None:
    """numpy reports its arrays to tracemalloc, so an n x n matrix would show in the peak."""
    small, large = synthetic_article(1600, seed=1), synthetic_article(3200, seed=2)
    n = len(large.sentences)
    assert len(small.sentences) > features_module.DENSE_LIMIT
    small_peak, large_peak = peak_bytes(small), peak_bytes(large)
    assert large_peak < n * n * 8 / 2, f"{large_peak / 1e6:.0f} MB for {n} sentences"  # one n x n float array is n * n * 8
    assert large_peak / small_peak < 3  # twice the sentences: about twice, not four times, the memory


def test_extract_dense_matrix_for_too_long_article_is_a_clear_error(mid_article: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features_module, "MAX_DENSE", 50)
    with pytest.raises(InputError, match="too many"):
        SentenceFeatures(mid_article).similarity


def test_extract_band_narrows_to_stay_within_its_cell_budget(mid_article: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features_module, "MAX_BAND", 1000)
    band = forced(mid_article, 128).band
    assert band.size <= 1000
    assert band.shape[1] >= 1
