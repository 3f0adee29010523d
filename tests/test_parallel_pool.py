"""WorkerPool: every item exactly once, bounded reading of the input, slow items not blocking."""

from __future__ import annotations

import time

from summarizer.parallel import WorkerPool


def slow_first(item: int) -> int:
    if item == 0:
        time.sleep(1.0)
    return item * 10


def test_as_completed_gives_every_result_once_and_does_not_wait_for_a_slow_one() -> None:
    with WorkerPool(2, chunk_size=1) as pool:
        results = list(pool.map_as_completed(slow_first, range(40)))
    assert sorted(results) == [i * 10 for i in range(40)]
    assert results[0] != 0  # the others went past the slow first item


def test_in_order_keeps_order() -> None:
    with WorkerPool(2, chunk_size=3) as pool:
        assert list(pool.map_in_order(slow_first, range(20))) == [i * 10 for i in range(20)]


def test_input_is_read_only_as_far_as_the_window() -> None:
    read: list[int] = []

    def numbers():
        for i in range(100_000):
            read.append(i)
            yield i

    with WorkerPool(2, chunk_size=2) as pool:
        results = pool.map_as_completed(slow_first, numbers())
        next(results)
        assert len(read) <= 2 * 2 * 4 + 2  # workers x chunk x chunks in flight, plus the next chunk
