"""A superlative the sources never state (verify/superlatives.py) is an addition: "the longest
closure in the canal's history" where the article ranks nothing. A superlative that rewords the
sources' own ranking ("the biggest" for "the largest", "the highest rise allowed" for "the
maximum allowed") passes, as do "at the earliest" and words that only end like one ("forest",
"modest"). Without WordNet the check steps aside (sentences written for this test)."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.lexicon import lexicon
from summarizer.verify.superlatives import added_superlatives, superlatives
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

CANAL = (
    "The Brindle Canal will close to boats for nine weeks from March while engineers rebuild two lock gates, "
    "the waterways trust said on Monday. The £3 million project is being paid for by the county council.\n\n"
    "The trust's chief executive, Mara Quill, said the work would stay on schedule unless the spring is wet, "
    "and that the towpath would reopen in May at the earliest. Rents for the canal's moorings will rise by 6 percent, "
    "the maximum allowed under the lease."
)


def _problems(article: str, line: str) -> list[tuple[str, str]]:
    result = verify(article, [line], checker_settings={"parser": "off"})
    return [(p.kind, p.message) for p in result.problems]


@needs_wordnet
def test_superlatives_a_ranking_the_article_never_makes_is_an_addition() -> None:
    line = "The £3 million project, paid for by the county council, is the longest closure in the canal's history."
    problems = _problems(CANAL, line)
    assert ("support", "unsupported addition: “longest”, a ranking its sources never make") in problems


@needs_wordnet
def test_superlatives_most_with_an_adjective_is_one() -> None:
    line = "The Brindle Canal, the most popular waterway in the county, will close to boats for nine weeks from March."
    assert any("“most popular”" in message for _, message in _problems(CANAL, line))


@needs_wordnet
def test_superlatives_rewording_the_sources_ranking_passes() -> None:
    line = "Mooring rents will go up by 6 percent, the highest rise allowed under the lease."
    assert not any("ranking" in message for _, message in _problems(CANAL, line))


@needs_wordnet
def test_superlatives_at_the_earliest_ranks_nothing() -> None:
    line = "Mara Quill said the towpath would reopen in May at the earliest."
    assert _problems(CANAL, line) == []


@needs_wordnet
@pytest.mark.parametrize("word", ["forest", "modest", "honest", "interest", "protest"])
def test_superlatives_words_that_only_end_like_one_are_not(word: str) -> None:
    assert superlatives([word], lexicon("english").superlative_markers) == []


@needs_wordnet
def test_superlatives_most_before_a_noun_ranks_nothing() -> None:
    assert superlatives(["most", "boats"], lexicon("english").superlative_markers) == []


def test_superlatives_step_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.verify import superlatives as module

    monkeypatch.setattr(module, "load_wordnet", lambda: None)
    line = "the longest closure in the canal's history".split()
    assert added_superlatives(line, [["the", "canal", "will", "close"]], [["the", "canal"]], lexicon("english")) == []


def test_superlatives_other_languages_are_not_read() -> None:
    line = "la fermeture la plus longue de l'histoire du canal".split()
    assert added_superlatives(line, [["le", "canal"]], [["le", "canal"]], lexicon("french")) == []
