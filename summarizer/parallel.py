"""Run one function over many items in a process pool: in order, lazily, with bounded work in flight.

Each worker builds its own state once (an `initializer`), ignores Ctrl-C (the parent decides when
to stop and terminates the pool), and exits by itself if the parent dies, so a killed run leaves
no orphan processes behind.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNKS_IN_FLIGHT_PER_WORKER = 4


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_math_thread() -> None:
    """Keep numpy's BLAS to one thread in this process, unless the user chose otherwise.

    Our matrices are small (one article's sentences), so BLAS threads mostly spin: measured on
    2 cores, one process ran twice as fast single-threaded, and worker processes each spawning
    a thread per core only fight over the same cores.
    """
    if any(name in os.environ for name in BLAS_THREAD_VARIABLES):
        return
    if "numpy" not in sys.modules:
        for name in BLAS_THREAD_VARIABLES:
            os.environ[name] = "1"  # read by OpenBLAS/OpenMP/MKL when numpy loads them
        return
    try:  # numpy is loaded already: its thread pools can only be changed from the inside
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1, user_api="blas")


def _die_with_parent() -> None:
    """Linux: have the kernel send us SIGTERM the moment the parent dies (even by SIGKILL), so a
    worker never lingers or writes a broken-pipe traceback over the user's terminal."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # the polling thread below still catches it


def _exit_when_orphaned(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


TERMINATE_GRACE_SECONDS = 2.0


def _exit_on_terminate(_signum: int, _frame: object) -> None:
    # Unwind instead of dying on the spot, so a file being written atomically removes its temporary.
    # Python drops an exception raised while a destructor (`__del__`) runs, and the worker would
    # then wait for tasks forever while the parent waits for it: a timer ends it regardless.
    timer = threading.Timer(TERMINATE_GRACE_SECONDS, os._exit, (1,))
    timer.daemon = True
    timer.start()
    raise _Terminated(1)


class _Terminated(SystemExit):
    """The SystemExit our SIGTERM handler raises, told apart from any other."""


def _retry_dropped_exit(unraisable: Any) -> None:
    """A termination that landed in a destructor was dropped there, and Python would print it as
    an "Exception ignored ... Traceback" over the user's terminal: ask again, just after, instead."""
    if isinstance(unraisable.exc_value, _Terminated):
        retry = threading.Timer(0.01, os.kill, (os.getpid(), signal.SIGTERM))
        retry.daemon = True
        retry.start()
        return
    sys.__unraisablehook__(unraisable)


def _start_worker(parent: int, initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    sys.unraisablehook = _retry_dropped_exit
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    one_math_thread()
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _run_chunk(func: Callable[[Any], Any], chunk: list[Any]) -> list[Any]:
    return [func(item) for item in chunk]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class WorkerPool:
    """A `multiprocessing.Pool` whose `map_in_order` keeps only a few chunks in flight."""

    def __init__(
        self,
        workers: int,
        initializer: Callable[..., Any] | None = None,
        initargs: tuple[Any, ...] = (),
        chunk_size: int = 8,
    ):
        import multiprocessing

        self.workers = workers
        self.chunk_size = max(1, chunk_size)
        self._pool = multiprocessing.Pool(workers, initializer=_start_worker, initargs=(os.getpid(), initializer, initargs))

    def map_in_order(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """func(item) for every item, in input order, reading `items` only as results are taken."""
        limit = self.workers * CHUNKS_IN_FLIGHT_PER_WORKER
        pending: deque[Any] = deque()
        for chunk in chunked(items, self.chunk_size):
            pending.append(self._pool.apply_async(_run_chunk, (func, chunk)))
            while len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

    def map_as_completed(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """func(item) for every item, chunk by chunk as they finish, so that one slow chunk never
        holds back the results behind it (a batch records each document as soon as it is done)."""
        import queue

        limit = self.workers * CHUNKS_IN_FLIGHT_PER_WORKER
        finished: queue.SimpleQueue[Any] = queue.SimpleQueue()
        chunks = chunked(items, self.chunk_size)
        in_flight = 0
        exhausted = False
        while True:
            while not exhausted and in_flight < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                self._pool.apply_async(_run_chunk, (func, chunk), callback=finished.put, error_callback=finished.put)
                in_flight += 1
            if in_flight == 0:
                return
            while True:
                try:
                    results = finished.get(timeout=0.2)  # a timed wait lets Ctrl-C through at once
                    break
                except queue.Empty:
                    continue
            in_flight -= 1
            if isinstance(results, BaseException):
                raise results
            yield from results

    def close(self) -> None:
        """Finish normally: let the workers exit and wait for them."""
        self._pool.close()
        self._pool.join()

    def terminate(self) -> None:
        """Stop now (Ctrl-C, an error): kill the workers, drop unfinished work."""
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()
