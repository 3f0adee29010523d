"""Properties every ranker and the selector must keep, whatever the scores say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import OptionsError, Summarizer, UnknownComponentError, summarize
from summarizer.components import RANKERS

FILLER = [
    "The harbour authority said repairs to the north pier would take six weeks.",
    "Fishing crews have moved their boats to the south basin in the meantime.",
    "A storm in October damaged the pier's concrete supports and lighting.",
    "Engineers found cracks in four of the twelve pillars under the deck.",
    "The authority has set aside 2.4 million for the work this year.",
    "Local traders said the closure had cut visitor numbers at the market.",
    "The pier first opened to the public in 1911 and was rebuilt in 1978.",
]


def article_with_duplicate() -> str:
    repeated = "Engineers found cracks in four of the twelve pillars under the deck."
    return " ".join(FILLER[:4] + [repeated] + FILLER[4:] + [repeated])


@pytest.mark.parametrize("method", ["lead", "centrality", "default"])
def test_rankers_never_pick_duplicates(method: str) -> None:
    for n in range(1, 8):
        summary = summarize(article_with_duplicate(), method=method, sentences=n)
        texts = [line.text for line in summary.lines]
        assert len(texts) == len(set(texts))


def test_rankers_lead_returns_first_n() -> None:
    text = " ".join(FILLER)
    for n in range(1, len(FILLER) + 1):
        summary = summarize(text, method="lead", sentences=n)
        assert [line.text for line in summary.lines] == FILLER[:n]


@pytest.mark.parametrize("method", ["lead", "centrality", "default"])
def test_rankers_more_sentences_than_article_returns_it_all(method: str) -> None:
    summary = summarize(" ".join(FILLER[:3]), method=method, sentences=10)
    assert [line.text for line in summary.lines] == FILLER[:3]
    assert any("only 3 sentences" in w for w in summary.warnings)


@pytest.mark.parametrize("method", ["lead", "centrality", "default"])
def test_rankers_lines_keep_document_order(method: str, sample_paths: list[Path]) -> None:
    for path in sample_paths:
        summary = summarize(path, method=method, sentences=4)
        indices = [line.citations[0].sentence for line in summary.lines]
        assert indices == sorted(indices)


@pytest.mark.parametrize("method", ["lead", "centrality", "default"])
def test_rankers_word_budget_is_respected(method: str, sample_paths: list[Path]) -> None:
    for path in sample_paths:
        for budget in (25, 60, 120):
            summary = summarize(path, method=method, words=budget)
            assert summary.lines
            if len(summary.lines) > 1:
                assert summary.word_count <= budget


def test_rankers_ratio_picks_a_share_of_sentences(sample_paths: list[Path]) -> None:
    path = max(sample_paths, key=lambda p: p.stat().st_size)
    document = Summarizer().read(path)
    summary = summarize(path, ratio=0.2)
    expected = -(-len(document.sentences) * 2 // 10)  # ceil(20%)
    assert len(summary.lines) == expected


def test_rankers_score_every_sentence(sample_paths: list[Path]) -> None:
    from summarizer.extract.features import SentenceFeatures

    for name in RANKERS.names():
        ranker = RANKERS.create(name)
        for path in sample_paths:
            document = Summarizer().read(path)
            scores = ranker.score(document, SentenceFeatures(document))
            assert len(scores) == len(document.sentences)


def test_rankers_unknown_name_lists_choices() -> None:
    with pytest.raises(UnknownComponentError) as caught:
        Summarizer(method="nonsense")
    message = str(caught.value)
    assert "nonsense" in message
    for name in ("lead", "centrality", "default"):
        assert re.search(rf"\b{name}\b", message)


def test_rankers_one_sentence_article_returns_that_sentence() -> None:
    summary = summarize("A lone sentence about the weather.")
    assert [line.text for line in summary.lines] == ["A lone sentence about the weather."]


@pytest.mark.parametrize(
    "kwargs",
    [{"sentences": 0}, {"ratio": 1.5}, {"ratio": 0}, {"words": -3}, {"sentences": 2, "words": 40}],
)
def test_rankers_invalid_lengths_are_refused(kwargs: dict) -> None:
    with pytest.raises(OptionsError):
        Summarizer(**kwargs)
