"""WorkerPool shutdown never hangs: not behind a worker slow to stop with a big result on its way,
not after a worker is killed. Each case runs in its own process with a time limit, so that a hang
fails the test instead of stalling the suite (multiprocessing.Pool hung in both)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Item 0 comes back at once; the other items make their worker deaf to being stopped (as code
# that installs its own SIGTERM handler would) and then send a result larger than a pipe holds.
# The caller takes the first result and leaves with the rest in flight.
_SLOW_TO_STOP = """
import signal, sys, time
from summarizer.parallel import WorkerPool

def work(item):
    if item == 0:
        time.sleep(0.5)  # the other worker has gone deaf by now
        return "first"
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(1.0)
    return "x" * 4_000_000

started = time.monotonic()
try:
    with WorkerPool(2, chunk_size=1) as pool:
        for result in pool.map_in_order(work, range(1000)):
            assert result == "first"
            raise LookupError("leave early")
except LookupError:
    pass
print("stopped after", round(time.monotonic() - started, 1), "s", flush=True)
"""

# A worker killed outright (say by the kernel for memory) while it holds a chunk.
_KILLED = """
import os, signal, time
from summarizer.parallel import WorkerPool, WorkerDied

def work(item):
    if item == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return item

try:
    with WorkerPool(2, chunk_size=1) as pool:
        print(list(pool.map_as_completed(work, range(20))))
except WorkerDied as exc:
    print("raised:", exc, flush=True)
"""

# A stop (the SIGTERM after a Ctrl-C) that lands after the work's result exists outside the worker
# (a batch's summary renamed into place) and before the worker holds the result: held back by
# hold_stop() until the result is in the reply, which the parent reads before the worker ends.
_STOPPED_WHILE_HELD = """
import os, signal, time
from summarizer.parallel import WorkerDied, WorkerPool, hold_stop

def work(item):
    if item == 1:
        hold_stop()
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.2)  # the signal has come by now
        return "kept"
    return item

results = []
try:
    with WorkerPool(1, chunk_size=4) as pool:
        for result in pool.map_as_completed(work, range(4)):
            results.append(result)
except WorkerDied:
    pass
print(results, flush=True)
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_leaving_early_does_not_wait_for_a_worker_slow_to_stop_with_a_big_result() -> None:
    done = _run(_SLOW_TO_STOP)
    assert done.returncode == 0, done.stderr
    assert "stopped after" in done.stdout
    assert float(done.stdout.split()[2]) < 20  # the grace period, then the worker is killed


def test_a_killed_worker_raises_instead_of_leaving_the_map_waiting() -> None:
    done = _run(_KILLED)
    assert done.returncode == 0, done.stderr
    assert "raised:" in done.stdout and "signal 9" in done.stdout, done.stdout


def test_a_stop_while_held_waits_until_the_result_is_sent_back() -> None:
    done = _run(_STOPPED_WHILE_HELD)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[0, 'kept']", done.stdout  # item 2 and 3: never run
