"""A Ctrl-C that is acted on within a second, even while a model computes.

Python runs its SIGINT handler (raising KeyboardInterrupt) only when the main thread is back in
Python code. llama.cpp reads a whole prompt in one C call: seconds on a small model, far longer on
a large one on CPU, during which Ctrl-C did nothing. The C part of Python's handler does write
the signal's number to a "wakeup" file descriptor at once, though: a thread waiting on it gives
the main thread a grace period to stop the usual way (the KeyboardInterrupt path, which says
what was interrupted), and otherwise says it and ends the process, exit 130.

Ending the process at once loses nothing: no summary is being written (output files are written
whole and renamed) and the prompt cache writes its files the same way. A command that writes
something more when interrupted (`summarize batch`: its HTML index page, groups.jsonl) gives
`last_words`, run before the process is ended (each row of batch's index is flushed as its
document is written, so the index needs nothing).
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
    last_words: Callable[[], None] | None = None,
) -> Iterator[threading.Event]:
    """Within the block, a Ctrl-C after which the block has not ended within `grace` seconds
    ends the process: `message` (or what it returns, asked then; nothing when empty) on stderr,
    then `exit_code`.
    The block's own KeyboardInterrupt handler sets the event it yields once it has printed
    `message`, so that it is not said twice (closing a model still loading can outlast the
    grace). `last_words` runs, in the watcher's thread, just before the process is ended; the
    main thread may be writing the same files meanwhile, so it writes only whole files, renamed
    into place.
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

    def watch() -> None:
        try:
            while signal.SIGINT not in (data := os.read(read_end, 64)):
                if not data:
                    return  # the block ended: its end of the pipe was closed
            if finished.wait(grace):
                return  # the main thread acted on it in time
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
    try:
        yield reported
    finally:
        finished.set()
        with contextlib.suppress(ValueError, OSError):
            signal.set_wakeup_fd(previous)
        os.close(write_end)  # the watcher reads the end of the pipe, or sees `finished`, and leaves
        watcher.join()
        os.close(read_end)
