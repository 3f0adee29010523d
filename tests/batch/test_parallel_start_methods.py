"""The worker pool runs under every start method multiprocessing offers, and its workers still
end when the process that made them dies. Under "forkserver" (Python 3.14's default on Linux, or
`multiprocessing.set_start_method("forkserver")` in an application) a worker's parent process is
the fork server, so the check "my parent is no longer the process that started me" fired at once:
every worker exited with code 1 and `summarize_many(workers=2)` raised WorkerDied."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
METHODS = [m for m in ("fork", "spawn", "forkserver") if m in multiprocessing.get_all_start_methods()]

_SUMMARIES = """
import multiprocessing, sys
from summarizer import Summarizer

if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[1])
    texts = ["The council met on Monday to debate the budget. It voted 7-4 to approve it. The mayor said it pays for two schools."] * 3
    summarizer = Summarizer(sentences=2, language="en")
    outcomes = list(summarizer.summarize_many(texts, workers=2))
    print(all(o.summary == summarizer.summarize(texts[0]) for o in outcomes))
"""

_ORPHANED = """
import multiprocessing, os, sys, threading, time
from summarizer.parallel import WorkerPool

if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[1])
    pool = WorkerPool(1, chunk_size=1)
    results = pool.map_in_order(time.sleep, [60])
    threading.Thread(target=next, args=(results,), daemon=True).start()  # the worker sleeps on its chunk
    time.sleep(1.5)
    print(pool._workers[0].process.pid, flush=True)
    os._exit(0)  # the parent dies without stopping its pool
"""


def _run(script: str, method: str, timeout: float = 120) -> str:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, method], capture_output=True, text=True, timeout=timeout, env=environment)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("method", METHODS)
def test_summaries_in_worker_processes_under_every_start_method(method):
    assert _run(_SUMMARIES, method).strip() == "True"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie waiting for its parent counts as gone
        return stat.read().split(") ")[-1][0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("method", METHODS)
def test_a_busy_worker_ends_when_its_parent_dies(method):
    worker = int(_run(_ORPHANED, method).split()[0])
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)
