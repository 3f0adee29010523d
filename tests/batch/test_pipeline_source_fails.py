"""A source iterable that fails midway (a database cursor, an API pager): what was taken from it
before the failure is still summarised and handed out, then its error is raised as itself."""

from __future__ import annotations

import pytest

from batch_corpus import article
from fake_backends import ScriptedBackend
from summarizer import Summarizer


class SourceGone(Exception):
    pass


def failing_after(count: int):
    for i in range(count):
        yield article(i)
    raise SourceGone("the cursor was closed")


def _abstractive() -> Summarizer:
    summarizer = Summarizer(mode="abstractive", sentences=1)
    summarizer.abstractive.attach(ScriptedBackend(lambda text: text.split(". ")[0] + "."), "scripted")
    return summarizer


@pytest.mark.parametrize("mode", ["extractive", "abstractive"])
@pytest.mark.parametrize("workers", [1, 2])
def test_summarize_many_hands_out_what_it_took_before_the_source_failed(mode: str, workers: int) -> None:
    summarizer = Summarizer(sentences=1) if mode == "extractive" else _abstractive()
    got = []
    with pytest.raises(SourceGone, match="cursor"):
        for outcome in summarizer.summarize_many(failing_after(3), workers=workers):
            got.append(outcome.summary.document.text)
    assert got == [article(i) for i in range(3)]


@pytest.mark.parametrize("workers", [1, 2])
def test_pipe_hands_out_what_it_took_before_the_source_failed(workers: int) -> None:
    got = []
    with pytest.raises(SourceGone):
        for summary in Summarizer(sentences=1).pipe(failing_after(6), workers=workers):
            got.append(summary.document.text)
    assert got == [article(i) for i in range(6)]
