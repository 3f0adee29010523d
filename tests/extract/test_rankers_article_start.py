"""The news ranker's position prior counts from the article's first sentence: page furniture
above it (a byline, a share bar) is never a line, and must not make the lead look like the
second sentence of the story."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer import Summarizer
from summarizer.extract.candidates import Candidate, candidate_weights
from summarizer.extract.features import SentenceFeatures
from summarizer.extract.rankers import NewsRanker, article_start, position_prior
from summarizer.read.document import build_document
from summarizer.read.raw import RawText

# The lead shares no word with the rest; the second sentence is echoed by two later ones, so its
# centrality is the highest: only the position prior keeps the lead first.
BODY = (
    "The county opened a library branch in Elmford on Saturday morning. "
    "Volunteers restored the old railway goods shed to hold its reading rooms. "
    "The goods shed had stood empty since the railway line closed in 1968. "
    "Restoring the railway shed took the volunteers three winters of weekend work. "
    "Visitors can borrow books, use computers and join a weekly chess club."
)
TOPS = {
    "byline": "By Nell Harper and Tom Osei\n\n",
    "share bar": "Share this with Email Facebook Twitter WhatsApp\n\n",
}


def _document(text: str):
    return build_document(RawText(text, "<test>"), detect_headline=False)


def _lines(text: str, sentences: int) -> list[str]:
    summary = Summarizer(sentences=sentences).summarize_document(_document(text))
    return [line.text for line in summary.lines]


@pytest.mark.parametrize("kind", sorted(TOPS))
def test_furniture_on_top_leaves_the_choice_as_without_it(kind: str) -> None:
    document = _document(TOPS[kind] + BODY)
    assert candidate_weights(document)[0].weight == 0  # the top line is furniture, never a line
    assert _lines(TOPS[kind] + BODY, 1) == _lines(BODY, 1) == ["The county opened a library branch in Elmford on Saturday morning."]
    assert _lines(TOPS[kind] + BODY, 2) == _lines(BODY, 2)


def test_the_prior_of_the_sentences_below_furniture_is_theirs_without_it() -> None:
    ranker = NewsRanker(centrality_weight=0.0, length_penalty=0.0)  # the position prior alone
    bare = _document(BODY)
    topped = _document(TOPS["byline"] + BODY)
    expected = ranker.unweighted(bare, SentenceFeatures(bare))
    scores = ranker.unweighted(topped, SentenceFeatures(topped))
    assert np.allclose(scores[1:], expected)


def _judge(reasons: list[str | None]):
    return lambda k: Candidate(0.0 if reasons[k] else 1.0, reasons[k])


def test_article_start_skips_only_furniture_at_the_top() -> None:
    assert article_start(_judge([None, "byline", None]), 3) == 0
    assert article_start(_judge(["byline", "timestamp", None, "caption"]), 4) == 2
    assert article_start(_judge(["page furniture", "page furniture"]), 2) == 2
    # The opening of a long quotation is the article's own text, not furniture around it.
    assert article_start(_judge(["part of a quotation", None]), 2) == 0
    # A fragment may still be a line when nothing else is left: it keeps its place.
    assert article_start(_judge(["fragment", None]), 2) == 0


def test_position_prior_from_a_later_start() -> None:
    plain = position_prior(4, 1.0)
    shifted = position_prior(6, 1.0, start=2)
    assert np.allclose(shifted[2:], plain)
    assert np.allclose(shifted[:2], 1.0)
