"""`summarize_many` and `pipe` with ``workers > 1`` inside a daemonic process (a worker of
`multiprocessing.Pool`, the usual way a data pipeline spreads its own work) run in that process:
it may start no process of its own, and the call failed with multiprocessing's
"AssertionError: daemonic processes are not allowed to have children"."""

import multiprocessing

import pytest

from summarizer import Summarizer

TEXTS = [
    "The council met on Monday to debate the budget. It voted 7-4 to approve it. The mayor said it pays for two schools.",
    "Harbour pilots ended their strike on Friday. The port agreed to hire six more crew. Ships had waited four days.",
    "",  # an error in its place, as in any run
]


def _in_a_pool_worker(workers: int) -> tuple[list, list]:
    summarizer = Summarizer(sentences=2, language="en")
    outcomes = [(o.summary, o.error) for o in summarizer.summarize_many(TEXTS, workers=workers)]
    summaries = list(summarizer.pipe(TEXTS[:2], workers=workers))
    return outcomes, summaries


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method")
def test_workers_in_a_daemonic_process_run_there_with_the_same_results():
    with multiprocessing.get_context("fork").Pool(1) as pool:
        outcomes, summaries = pool.apply(_in_a_pool_worker, (2,))
    assert (outcomes, summaries) == _in_a_pool_worker(1)
    assert [error for _, error in outcomes] == [None, None, "<text>: is empty"]
