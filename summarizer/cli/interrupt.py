"""A Ctrl-C that is acted on within a second, even while a model computes.

Python runs its SIGINT handler (raising KeyboardInterrupt) only when the main thread is back in
Python code. llama.cpp reads a whole prompt in one C call: seconds on a small model, far longer on
a large one on CPU, during which Ctrl-C did nothing. The C part of Python's handler does write
the signal's number to a "wakeup" file descriptor at once, though: a thread waiting on it gives
the main thread a grace period to stop the usual way (the KeyboardInterrupt path, which says
what was interrupted), and otherwise says it and ends the process, exit 130.

Ending the process at once loses nothing: no summary is being written (output files are written
whole and renamed) and the prompt cache writes its files the same way. A command that writes an
index or a report when interrupted (`summarize batch`) asks for patience: once the main thread
has begun acting on the Ctrl-C it is given the time it needs, and `last_words` writes what must
not be lost when the process is ended for it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator

GRACE_SECONDS = 1.0  # how long the main thread has to act on a Ctrl-C itself


@contextlib.contextmanager
def prompt_interrupt(
    message: str | Callable[[], str], exit_code: int, grace: float = GRACE_SECONDS, *,
    patient: bool = False, last_words: Callable[[], None] | None = None,
) -> Iterator[threading.Event]:
    """Within the block, a Ctrl-C after which the block has not ended within `grace` seconds
    ends the process: `message` (or what it returns, asked then; nothing when empty) on stderr,
    then `exit_code`.
    The block's own KeyboardInterrupt handler sets the event it yields once it has printed
    `message`, so that it is not said twice (closing a model still loading can outlast the
    grace). With `patient`, a main thread that has begun acting on the Ctrl-C (Python raised
    KeyboardInterrupt in it) is left to finish, unless Ctrl-C is pressed again. `last_words`
    runs, in the watcher's thread, just before the process is ended for the main thread.
    Does nothing outside the main thread, or where SIGINT has someone else's handler."""
    reported = threading.Event()
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield reported
        return
    read_end, write_end = os.pipe()
    try:
        os.set_blocking(write_end, False)  # as Python requires of a wakeup descriptor
        previous = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except (AttributeError, ValueError, OSError):  # not possible here (Windows wants a socket): Ctrl-C works as it always did
        os.close(read_end)
        os.close(write_end)
        yield reported
        return
    finished = threading.Event()
    acting = threading.Event()  # Python has run its handler in the main thread: it is back in Python

    def handler(signum: int, frame: object) -> None:
        acting.set()
        raise KeyboardInterrupt

    def next_interrupt(timeout: float | None = None) -> bool:
        """Whether a Ctrl-C came (within `timeout`); False once the block has ended."""
        import select

        while True:
            if timeout is not None:
                ready, _, _ = select.select([read_end], [], [], timeout)
                if not ready:
                    return False
            data = os.read(read_end, 64)
            if not data:
                return False  # the block ended: its end of the pipe was closed
            if signal.SIGINT in data:
                return True

    def watch() -> None:
        try:
            if not next_interrupt():
                return
            if finished.wait(grace):
                return  # the main thread acted on it in time
            # A patient block that is acting on it (writing its index) is left to, until another
            # Ctrl-C that it does not act on within the grace either.
            if patient and acting.is_set() and (not next_interrupt() or finished.wait(grace)):
                return
            if last_words is not None:
                with contextlib.suppress(Exception):
                    last_words()
            text = message if isinstance(message, str) else message()
            if text and not reported.is_set():  # a quiet command says nothing
                with contextlib.suppress(OSError):
                    os.write(2, (text + "\n").encode("utf-8", "replace"))
        except Exception:  # noqa: BLE001 - the watcher never takes the process down with a traceback
            pass
        os._exit(exit_code)

    watcher = threading.Thread(target=watch, name="summarizer-interrupt", daemon=True)
    watcher.start()
    if patient:
        signal.signal(signal.SIGINT, handler)
    try:
        yield reported
    finally:
        if patient:
            with contextlib.suppress(ValueError):
                signal.signal(signal.SIGINT, signal.default_int_handler)
        finished.set()
        with contextlib.suppress(ValueError, OSError):
            signal.set_wakeup_fd(previous)
        os.close(write_end)  # the watcher reads the end of the pipe, or sees `finished`, and leaves
        watcher.join()
        os.close(read_end)
