"""The default (news) ranker: candidate filtering and neutral selection, tested by property."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import Summarizer, summarize
from summarizer.extract.candidates import assess, candidate_weights
from summarizer.extract.neutrality import is_opinion, is_unattributed_quote
from summarizer.components import RANKERS

_OPENS_WITH_QUOTE = re.compile(r"^[\"“‘']")


def reads_as_writer_opinion(text: str) -> bool:
    """An independent, deliberately plain check used only to find the sample's opinion lines."""
    if _OPENS_WITH_QUOTE.match(text) or "said" in text:
        return False
    return text.startswith("I ") or " I " in text or text.endswith(("?", "!")) or text.startswith("Readers should")


def test_rankers_default_is_news() -> None:
    assert RANKERS.resolve("default") == "news"


def test_rankers_news_prefers_fact_over_opinion_on_sample(samples_dir: Path) -> None:
    summarizer = Summarizer(method="default")
    document = summarizer.read(samples_dir / "long-climate-report.txt")
    opinion = {s.index for s in document.sentences if reads_as_writer_opinion(s.clean_text)}
    assert len(opinion) >= 3  # the sample holds first person, a question, an exclamation, a call to action
    factual = len(document.sentences) - len(opinion)
    for n in range(1, factual // 2):
        summary = Summarizer(method="default", sentences=n).summarize_document(document)
        chosen = {line.citations[0].sentence for line in summary.lines}
        assert len(chosen) == n
        assert not chosen & opinion, f"opinion picked with {n} sentences"


def test_rankers_news_skips_bylines_and_captions(samples_dir: Path) -> None:
    summarizer = Summarizer(method="default", sentences=4)
    document = summarizer.read(samples_dir / "tech-layoffs.txt")
    reasons = [c.reason for c in candidate_weights(document)]
    assert {"byline", "caption"} <= set(reasons)  # the sample has a byline and a photo caption
    furniture = {i for i, c in enumerate(candidate_weights(document)) if c.weight == 0}
    summary = summarizer.summarize_document(document)
    for line in summary.lines:
        citation = line.citations[0]
        assert citation.sentence not in furniture
        assert document.text[citation.start : citation.end] == citation.text


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_rankers_news_budgets_and_no_duplicates(sample_paths: list[Path], n: int) -> None:
    for path in sample_paths:
        summary = summarize(path, sentences=n)
        indices = [line.citations[0].sentence for line in summary.lines]
        assert len(indices) == len(set(indices)) <= n
        assert indices == sorted(indices)
        worded = summarize(path, words=40)
        assert worded.word_count <= 40 or len(worded.lines) == 1


def test_rankers_news_never_chooses_a_caption_even_when_nothing_else_is_left() -> None:
    text = "The bridge reopened on Monday after repairs. Photo: the bridge at dawn on Monday."
    summary = summarize(text, sentences=2)
    assert [c.reason for c in candidate_weights(summary.document)] == [None, "caption"]
    assert [line.text for line in summary.lines] == ["The bridge reopened on Monday after repairs."]


def test_rankers_news_says_so_when_the_text_is_only_a_caption_and_a_credit() -> None:
    summary = summarize("Photo: the harbour wall at dawn on Monday.\n\nKim Lo/Getty Images")
    assert summary.lines == ()
    assert any("no sentence could be a summary line" in w for w in summary.warnings)


def test_neutrality_quotes_keep_their_attribution() -> None:
    attributed = '"We will rebuild the pier before the summer," the mayor said.'
    unattributed = '"We will rebuild the pier before the summer and reopen the market."'
    assert is_opinion(attributed) is None and not is_unattributed_quote(attributed)
    assert is_unattributed_quote(unattributed)
    assert assess(attributed).weight > assess(unattributed).weight > assess("I think the pier is a disgrace today.").weight


def test_neutrality_quote_across_sentences_is_not_first_person(tmp_path: Path) -> None:
    text = (
        'The mayor spoke at the harbour on Monday. "This is a plan for the next decade. '
        'It tells us we have ten years to act," she said.'
    )
    document = Summarizer().read(text)
    reasons = [c.reason for c in candidate_weights(document)]
    assert "first person" not in reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("I have followed this council for years and never seen such waste.", "first person"),
        ("How long will the town wait before it acts on these warnings?", "rhetorical question"),
        ("This is a decision that cannot be left to officials alone!", "exclamation"),
        ("Readers should write to their council and ask about the plan.", "call to action"),
    ],
)
def test_neutrality_flags_writer_opinion(text: str, reason: str) -> None:
    assert is_opinion(text) == reason
