"""The one progress bar of the command line (batch and eval): drawn on a terminal only.

A bar in a log file or a pipe is only noise (carriage returns, one line per refresh), so it is
drawn when the stream is a terminal, the caller wants it, and tqdm is installed; otherwise every
method does nothing. tqdm is imported only when a bar is drawn.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO


class Progress:
    """A tqdm bar with rate and ETA on `stream` (stderr by default), or nothing at all."""

    def __init__(self, total: int | None, unit: str, *, enabled: bool = True, leave: bool = True, stream: TextIO | None = None):
        self._bar: Any = None
        stream = stream if stream is not None else sys.stderr
        if not (enabled and is_terminal(stream)):
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        self._bar = tqdm(total=total, unit=unit, file=stream, leave=leave, dynamic_ncols=True, smoothing=0.1)

    @property
    def drawn(self) -> bool:
        return self._bar is not None

    def update(self, count: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(count)

    def set_postfix(self, **counts: int) -> None:
        """Counts shown after the bar (drawn with the next update, not on their own)."""
        if self._bar is not None:
            self._bar.set_postfix(refresh=False, **counts)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_terminal(stream: TextIO) -> bool:
    """Whether `stream` is a terminal (False for a file, a pipe, or a closed or replaced stream)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or already closed
        return False
