"""NewsRanker's lazily judged scores give the order, scores and choice of the full ones, while
judging only the sentences the selector gets to."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from summarizer import Summarizer
from summarizer.extract.features import SentenceFeatures
from summarizer.extract.rankers import LazyScores, NewsRanker
from summarizer.extract.selection import select_lazily, select_sentences
from summarizer.extract.units import quotation_units
from summarizer.options import Length

# Own text with every kind of line the judge tells apart: furniture, a quotation split in pieces,
# opinion, a repeated line, a question, a caption, a glued date teaser.
FURNITURE = """Harbour ferries will run again from Monday

By Ada Quill

PORTVALE (Coast Wire) -- Harbour ferries will run again from Monday after a three-week strike ended, the operator said on Friday.

Photo: Harbour Board

The union said its members had voted to accept a new pay offer. "We have a deal. It is not perfect. It is fair. Crews will be back at work on the first sailing of the week, and nobody wanted this to last," said the union's regional secretary, Tom Reyes.

I think this is the best news the town has had all year. Why did it take so long?

Commuters had faced a 40-minute detour by road while the boats were idle. Shops near the pier reported fewer visitors.

Commuters had faced a 40-minute detour by road while the boats were idle.

What the long strike cost the town's shops?Monday, 6 January 2031

Sign up for our newsletter to get the latest stories in your inbox.
"""


def _documents(samples_dir: Path) -> list:
    summarizer = Summarizer()
    documents = [summarizer.read(path) for path in sorted(samples_dir.glob("*.txt")) + sorted(samples_dir.glob("*.md"))]
    return [*documents, summarizer.read(FURNITURE)]


def test_lazy_order_is_the_stable_sort_of_the_full_scores(samples_dir: Path) -> None:
    ranker = NewsRanker()
    for source in _documents(samples_dir):
        document, _ = quotation_units(source)
        full = ranker.score(document, SentenceFeatures(document))
        lazy = ranker.lazy_scores(document, SentenceFeatures(document))
        assert list(lazy.order()) == np.argsort(-full, kind="stable").tolist()
        assert [lazy[i] for i in range(len(lazy))] == full.tolist()
        assert [lazy.allowed(i) for i in range(len(lazy))] == ranker.choosable(document, SentenceFeatures(document)).tolist()


@pytest.mark.parametrize("length", [Length(sentences=1), Length(sentences=3), Length(sentences=6), Length(words=40), Length(ratio=0.3)])
def test_lazy_selection_is_the_full_selection(samples_dir: Path, length: Length) -> None:
    ranker = NewsRanker()
    for source in _documents(samples_dir):
        document, _ = quotation_units(source)
        features = SentenceFeatures(document)
        full = ranker.score(document, features)
        allowed = ranker.choosable(document, features)
        expected = select_sentences(full, features, features.word_counts, length, 0.6, allowed=allowed)
        lazy_features = SentenceFeatures(document)
        lazy = ranker.lazy_scores(document, lazy_features)
        assert select_lazily(lazy, lazy_features, lazy_features.word_counts, length, 0.6) == expected


def test_lazy_scores_judge_few_sentences_of_a_long_article(samples_dir: Path) -> None:
    document, _ = quotation_units(Summarizer().read(samples_dir / "long-climate-report.txt"))
    features = SentenceFeatures(document)
    judged: list[int] = []

    def judge(i: int):
        judged.append(i)
        return features.judge(i)

    lazy = LazyScores(NewsRanker().unweighted(document, features), judge)
    chosen = select_lazily(lazy, features, features.word_counts, Length(sentences=3), 0.6)
    assert len(chosen) == 3
    assert len(set(judged)) < len(document.sentences) / 2


def test_summaries_with_and_without_lazy_scores_agree(samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(samples_dir)
    summarizer = Summarizer(sentences=3)
    lazy = [summarizer.summarize_document(d) for d in documents]
    monkeypatch.delattr(NewsRanker, "lazy_scores")
    full = [summarizer.summarize_document(d) for d in documents]
    for a, b in zip(lazy, full):
        assert a.lines == b.lines and a.warnings == b.warnings
