"""`Summarizer.pipe` / `summarize_many` with a process pool: lazy, in order, errors per item."""

from __future__ import annotations

import pytest

from batch_corpus import article
from summarizer import Summarizer, SummarizerError


def test_pipe_with_workers_matches_one_process_in_order() -> None:
    sources = [article(i) for i in range(24)]
    summarizer = Summarizer(sentences=2)
    alone = [s.to_dict()["lines"] for s in summarizer.pipe(sources)]
    pooled = [s.to_dict()["lines"] for s in summarizer.pipe(sources, workers=2)]
    assert pooled == alone


def test_summarize_many_reports_each_bad_item_and_keeps_going() -> None:
    sources = [article(1), b"", article(2), b"\x00\x01binary", article(3)]
    outcomes = list(Summarizer(sentences=1).summarize_many(sources, workers=2))
    assert [o.ok for o in outcomes] == [True, False, True, False, True]
    assert "empty" in outcomes[1].error and outcomes[1].error_type == "InputError"
    assert outcomes[2].summary.document.text == article(2)


def test_pipe_raises_the_first_error() -> None:
    with pytest.raises(SummarizerError, match="empty"):
        list(Summarizer().pipe([article(1), b""], workers=2))


def test_pipe_is_lazy() -> None:
    taken: list[int] = []

    def sources():
        for i in range(10_000):
            taken.append(i)
            yield article(i)

    first = next(iter(Summarizer().pipe(sources(), workers=2)))
    assert first.lines
    assert len(taken) < 200  # only a few chunks are ever in flight
