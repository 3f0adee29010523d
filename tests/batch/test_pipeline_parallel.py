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


@pytest.mark.parametrize("workers", [1, 2])
def test_pipe_gives_every_summary_before_the_first_error(workers: int) -> None:
    # A caller storing each summary as it comes lost those before a bad item of the same pool
    # chunk: with workers=2 the error came first and article(1)'s summary never did.
    summarizer = Summarizer(sentences=1)
    got = []
    with pytest.raises(SummarizerError, match="empty"):
        for summary in summarizer.pipe([article(1), article(2), b"", article(3)], workers=workers):
            got.append(summary.document.text)
    assert got == [article(1), article(2)]


def test_pipe_is_lazy() -> None:
    taken: list[int] = []

    def sources():
        for i in range(10_000):
            taken.append(i)
            yield article(i)

    first = next(iter(Summarizer().pipe(sources(), workers=2)))
    assert first.lines
    assert len(taken) < 200  # only a few chunks are ever in flight


def test_workers_keep_numpy_to_one_math_thread() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import os, sys\n"
        "from summarizer.parallel import one_math_thread\n"
        "one_math_thread()\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'), 'numpy' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "False"]
    env["OPENBLAS_NUM_THREADS"] = "2"  # a user's own choice is kept
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2", "False"]
