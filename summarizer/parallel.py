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


def _orphaned(parent: int, started_under: int) -> bool:
    """Whether the process that made this worker (`parent`) is gone. Its direct parent is that
    process under "fork" and "spawn", but the fork server under "forkserver" (Python 3.14's
    default on Linux), which lives as long as its children do: a change of direct parent
    (reparenting), or `parent` no longer running, says so."""
    return os.getppid() != started_under or _gone(parent)


def _gone(pid: int) -> bool:
    """Whether process `pid` has ended: there is none, or (Linux) it is a zombie that its own
    parent has not reaped yet (`subprocess.run` reads a child's output to the end first, and a
    worker holds that output open)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # a process of another user took the number: ours is gone
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rpartition(b")")[2].split()[:1] == [b"Z"]
    except OSError:  # no /proc: not Linux
        return False


def _exit_when_orphaned(parent: int, started_under: int) -> None:
    while True:
        time.sleep(1.0)
        if _orphaned(parent, started_under):
            os._exit(1)


TERMINATE_GRACE_SECONDS = 2.0

_in_worker = False  # this process is a pool worker (`_start_worker` ran)
_stop_held = False  # a SIGTERM now waits (`hold_stop`) ...
_stop_waiting = False  # ... and one came meanwhile


def hold_stop() -> None:
    """For a pool worker's function, just before it does what its result must report (a batch
    renames a summary into place): a stop (the SIGTERM of `terminate()`, after a Ctrl-C) that
    comes from here on waits until the function has returned (its result then goes back in the
    worker's reply, a stopped worker's too), so work is never done without its result reaching
    the parent. Outside a pool worker it does nothing."""
    global _stop_held
    _stop_held = _in_worker


def _let_stop() -> None:
    """End `hold_stop`: a stop that came meanwhile acts now."""
    global _stop_held, _stop_waiting
    _stop_held = False
    if _stop_waiting:
        _stop_waiting = False
        _exit_on_terminate(signal.SIGTERM, None)


def _exit_on_terminate(_signum: int, _frame: object) -> None:
    # Held (Python runs this in the main thread, whichever thread the signal reached): act later.
    global _stop_waiting
    if _stop_held:
        _stop_waiting = True
        return
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
    global _in_worker
    _in_worker = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    sys.unraisablehook = _retry_dropped_exit
    _die_with_parent()
    started_under = os.getppid()  # `parent`, or the fork server that forked this worker
    if _orphaned(parent, started_under):  # the parent died before the line above took effect
        os._exit(1)
    one_math_thread()
    threading.Thread(target=_exit_when_orphaned, args=(parent, started_under), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _send_reply(conn: Any, reply: tuple[int, bool, Any]) -> bool:
    """Send one chunk's reply whole; False when the parent is gone. A SIGTERM that comes while it
    is written waits until it is sent, so the parent never reads half a reply (a batch's summaries
    written, and their index records lost with it)."""
    from multiprocessing.reduction import ForkingPickler

    try:
        data = bytes(ForkingPickler.dumps(reply))
    except Exception as exc:  # noqa: BLE001 - a result or error that cannot be pickled
        data = bytes(ForkingPickler.dumps((reply[0], False, RuntimeError(f"a worker's result could not be sent back: {exc!r}"))))
    hold_stop()
    try:
        conn.send_bytes(data)
    except OSError:  # the parent is gone
        return False
    finally:
        _let_stop()  # a SIGTERM that came meanwhile acts now
    return True


def _serve(conn: Any, parent: int, initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]) -> None:
    """A worker's life: set up, then run the chunks the parent sends on this worker's own pipe,
    one at a time, until told to stop (None) or the pipe closes."""
    _start_worker(parent, initializer, initargs)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        number, func, chunk = task
        done: list[Any] = []
        try:
            for item in chunk:
                done.append(func(item))
                _let_stop()  # a stop held by `func` (see `hold_stop`) acts here, its result kept
            reply = (number, True, done)
        except _Terminated:
            # Stopped inside the chunk (Ctrl-C): the results of the items it finished go back all
            # the same, for a parent that keeps them (a batch records the summaries already written).
            _send_reply(conn, (number, True, done))
            raise
        except Exception as exc:  # noqa: BLE001 - the parent raises it
            reply = (number, False, exc)
        if not _send_reply(conn, reply):
            return


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items. When `items` fails midway (a cursor closed, a pager's error), the
    items taken before the failure still come out as a last chunk, and then the error is raised."""
    iterator = iter(items)
    while True:
        chunk: list[T] = []
        try:
            chunk.extend(itertools.islice(iterator, size))
        except Exception:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


class WorkerDied(RuntimeError):
    """A pool worker ended without being told to (killed by the kernel for memory, a crash in
    native code, an error in its set-up)."""


class _Worker:
    """One worker process and the parent's end of the pipe that only it shares."""

    def __init__(self, context: Any, initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]):
        self.conn, theirs = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(theirs, os.getpid(), initializer, initargs), daemon=True)
        self.process.start()
        theirs.close()
        self.task: int | None = None  # the number of the chunk it is working on

    def died(self) -> WorkerDied:
        self.process.join(1.0)  # its pipe closes a moment before its exit status is known
        code = self.process.exitcode
        how = f"killed by signal {-code}; out of memory?" if code is not None and code < 0 else f"exit code {code}"
        return WorkerDied(f"a pool worker stopped unexpectedly ({how})")


class WorkerPool:
    """Worker processes that run chunks of a map, each on its own pipe, with few chunks in flight.

    Why not `multiprocessing.Pool`: its shutdown writes to a result queue that nobody reads any
    more, behind a write lock that a worker may hold while blocked on that full queue, so
    `terminate()` with results in flight could hang for ever (seen in the test suite). Here no
    lock or pipe is shared between workers, the parent sends a worker its next chunk only once
    it has read the last one's result (so neither side can block the other on a full pipe), and
    stopping is signals and bounded waits only. A worker that dies raises `WorkerDied` instead
    of leaving the map waiting for ever.
    """

    def __init__(
        self,
        workers: int,
        initializer: Callable[..., Any] | None = None,
        initargs: tuple[Any, ...] = (),
        chunk_size: int = 8,
    ):
        import multiprocessing

        self.workers = max(1, workers)
        self.chunk_size = max(1, chunk_size)
        self._numbered = 0  # chunks numbered so far, over every map of this pool
        self._workers: list[_Worker] = []
        context = multiprocessing.get_context()
        try:
            for _ in range(self.workers):
                self._workers.append(_Worker(context, initializer, initargs))
        except BaseException:
            self.terminate()
            raise

    def map_in_order(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """func(item) for every item, in input order, reading `items` only as results are taken."""
        return self._map(func, items, in_order=True)

    def map_as_completed(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """func(item) for every item, chunk by chunk as they finish, so that one slow chunk never
        holds back the results behind it (a batch records each document as soon as it is done)."""
        return self._map(func, items, in_order=False)

    def _map(self, func: Callable[[T], R], items: Iterable[T], in_order: bool) -> Iterator[R]:
        # One map at a time per pool. At most `limit` chunks are read and not yet given out.
        limit = self.workers * CHUNKS_IN_FLIGHT_PER_WORKER
        chunks = chunked(items, self.chunk_size)
        unsent: deque[tuple[int, list[T]]] = deque()
        held: dict[int, list[R]] = {}  # in order: finished chunks waiting for those before them
        ready: deque[R] = deque()  # as completed: results received and not yet given out
        first = next_out = self._numbered
        ahead = 0
        exhausted = False
        failure: Exception | None = None  # the error `items` raised: raised once the work before it is out
        try:
            while True:
                while not exhausted and ahead < limit:
                    try:
                        chunk = next(chunks, None)
                    except Exception as exc:  # noqa: BLE001 - raised below, after the chunks taken before it
                        chunk, failure = None, exc
                    if chunk is None:
                        exhausted = True
                        break
                    unsent.append((self._numbered, chunk))
                    self._numbered += 1
                    ahead += 1
                for worker in self._workers:
                    if unsent and worker.task is None:
                        self._send(worker, func, *unsent.popleft())
                if ahead == 0:
                    if failure is not None:
                        raise failure
                    return
                number, results = self._receive()
                if number < first:  # left over from an earlier map that stopped early
                    continue
                if not in_order:
                    ahead -= 1
                    ready.extend(results)
                    while ready:
                        yield ready.popleft()
                    continue
                held[number] = results
                while next_out in held:
                    results = held.pop(next_out)
                    next_out += 1
                    ahead -= 1
                    yield from results
        except KeyboardInterrupt:
            # Wherever it struck (waiting for a worker, reading `items`, or thrown in by a caller
            # stopped while it took a result), an as-completed map gives out what is done first.
            if in_order:  # results out of order would be taken for other items'
                raise
            yield from ready
            yield from self._finished_when_stopped(first)
            raise

    def _send(self, worker: _Worker, func: Callable[[Any], Any], number: int, chunk: list[Any]) -> None:
        from multiprocessing.reduction import ForkingPickler

        data = bytes(ForkingPickler.dumps((number, func, chunk)))  # an unpicklable item fails here, nothing sent
        worker.task = number
        try:
            worker.conn.send_bytes(data)
        except OSError as exc:
            raise worker.died() from exc

    def _receive(self) -> tuple[int, list[Any]]:
        """The next chunk to finish: (its number, its results); raises the error that stopped it."""
        from multiprocessing.connection import wait

        busy = {worker.conn: worker for worker in self._workers if worker.task is not None}
        ends = {worker.process.sentinel: worker for worker in self._workers}
        ready = wait([*busy, *ends])  # no timeout: Ctrl-C still interrupts it
        for conn in ready:
            if conn in busy:
                worker = busy[conn]
                try:
                    number, ok, value = conn.recv()
                except (EOFError, OSError) as exc:
                    raise worker.died() from exc
                worker.task = None
                if not ok:
                    raise value
                return number, value
        raise ends[ready[0]].died()

    def close(self) -> None:
        """Finish normally: let the workers end the chunks they hold, then exit, and wait for them."""
        from multiprocessing.connection import wait

        for worker in self._workers:
            try:
                worker.conn.send(None)  # read after the chunk it holds, if any
            except OSError:
                pass
        running = {worker.process.sentinel: worker for worker in self._workers}
        while running:
            # results nobody will take are read and dropped, so a worker never blocks writing them
            unread = {worker.conn: worker for worker in running.values() if worker.task is not None}
            for ready in wait([*unread, *running]):
                if ready in unread:
                    try:
                        ready.recv_bytes()
                    except (EOFError, OSError):
                        pass
                    unread[ready].task = None
                else:
                    running.pop(ready).process.join()
        self._release()

    def terminate(self) -> None:
        """Stop now (Ctrl-C, an error): stop the workers, drop unfinished work. Never blocks for long:
        a worker unwinds on SIGTERM (see `_exit_on_terminate`), and one that does not is killed."""
        self._stop()

    def _finished_when_stopped(self, first: int) -> Iterator[Any]:
        """After a Ctrl-C in an as-completed map: the workers stopped, and the results of every
        item they had finished (a chunk done but not yet read, or the part of one a worker was in),
        so that work already done, such as a batch's summaries written, is not lost with them."""
        for number, ok, value in self._stop():
            if ok and number >= first:
                yield from value

    def _stop(self) -> list[tuple[int, bool, Any]]:
        """Stop the workers now, and read the one reply each busy worker still sends (its chunk's,
        or what it finished of it when stopped inside), so that none blocks writing it."""
        from multiprocessing.connection import wait

        for worker in self._workers:
            if worker.process.exitcode is None:
                worker.process.terminate()
        deadline = time.monotonic() + TERMINATE_GRACE_SECONDS + 1.0
        replies: list[tuple[int, bool, Any]] = []
        unread = {worker.conn: worker for worker in self._workers if worker.task is not None and not worker.conn.closed}
        while unread and (left := deadline - time.monotonic()) > 0:
            for conn in wait(list(unread), timeout=left):
                unread.pop(conn).task = None
                try:
                    replies.append(conn.recv())
                except Exception:  # noqa: BLE001, S110 - a worker that ended without a reply: nothing to keep
                    pass
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
        for worker in self._workers:
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join(5.0)
        self._release()
        return replies

    def _release(self) -> None:
        for worker in self._workers:
            worker.conn.close()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()
