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


# A worker told to stop while a destructor runs: Python drops the exception raised there.
_STOPPED_IN_A_DESTRUCTOR = """
import os, signal, threading, time
from summarizer.parallel import _start_worker

_start_worker(os.getppid(), None, ())

class Slow:
    def __del__(self):
        time.sleep(0.5)  # the stop signal lands here

try:
    threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGTERM)).start()
    Slow()  # dropped at once: its destructor runs now
    time.sleep(5)
finally:
    print("cleaned up", flush=True)
"""


def test_a_worker_stopped_inside_a_destructor_still_unwinds_quietly() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _STOPPED_IN_A_DESTRUCTOR], capture_output=True, text=True, timeout=30)
    assert done.returncode == 1
    assert "cleaned up" in done.stdout  # unwound through finally, not killed by the grace timer
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
