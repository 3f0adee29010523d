"""The terminal preview of an abstractive run: each line the model finishes, shown dimmed on
stderr while the rest is written, then taken away for the cited, checked summary.

The preview lines are the model's raw writing (see abstract/streaming.py); only the summary that
replaces them is cited and guarded, so on a terminal they are erased before it is printed. Where
stderr is not a terminal (forced with --stream) they stay, marked as unchecked.
"""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

import click

from summarizer.progress import is_terminal

MARK = "… "  # a preview line is a draft, not a summary line


class LinePreview:
    """Writes preview lines to `stream` and knows how many terminal rows they took."""

    def __init__(self, stream: TextIO, erase: bool):
        self.stream = stream
        self.erase = erase
        self.rows = 0
        self.texts: list[str] = []  # every line shown, for a redraw

    def show(self, line: str) -> None:
        text = MARK + line
        self.texts.append(text)
        columns = _columns(self.stream)
        room = max(1, _lines(self.stream) - 1)  # the row the cursor ends on stays free
        if not self.erase or self.rows + rows_taken(text, columns) <= room:
            self._write(text, columns)
            return
        # Taller than the screen: rows scrolled off the top could not be taken away again, so the
        # preview is redrawn with the newest lines that fit.
        self.clear()
        newest: list[str] = []
        taken = 0
        for earlier in reversed(self.texts):
            rows = rows_taken(earlier, columns)
            if newest and taken + rows > room:
                break
            newest.insert(0, earlier)
            taken += rows
        for kept in newest:
            self._write(kept, columns)

    def _write(self, text: str, columns: int) -> None:
        click.echo(click.style(text, dim=True), file=self.stream, color=self.erase or None)
        self.rows += rows_taken(text, columns)

    def clear(self) -> None:
        """Take the preview away: up to its first row, then clear to the end of the screen."""
        if self.erase and self.rows:
            self.stream.write(f"\x1b[{self.rows}F\x1b[J")
            self.stream.flush()
        self.rows = 0


def rows_taken(text: str, columns: int) -> int:
    """Terminal rows a line of `text` wraps onto: wide (CJK) characters take two columns, and one
    that does not fit in the last column of a row starts the next (a terminal leaves that column
    empty), so a line of them can take a row more than its width divided by the columns."""
    columns = max(1, columns)
    rows, used = 1, 0
    for character in text:
        width = 2 if unicodedata.east_asian_width(character) in "WF" else 0 if unicodedata.combining(character) else 1
        if used and used + width > columns:  # an empty row takes whatever comes
            rows, used = rows + 1, 0
        used += width
    return rows


def _columns(stream: TextIO) -> int:
    """The width of the terminal `stream` writes to: COLUMNS where set, as shutil reads it, else
    that terminal's own size. shutil asks stdout's terminal, which is not this one when stdout
    goes to a file or a pipe (`summarize x.txt > out.txt`): it then guesses 80, and on a narrower
    terminal the preview's rows would be undercounted and partly left on screen."""
    return _size(stream, "COLUMNS", 0)


def _lines(stream: TextIO) -> int:
    """The height of the terminal `stream` writes to, read as `_columns` reads its width."""
    return _size(stream, "LINES", 1)


def _size(stream: TextIO, variable: str, index: int) -> int:
    """One dimension (0: columns, 1: lines) of `stream`'s terminal, `variable` first."""
    try:
        size = int(os.environ.get(variable, "0"))
    except ValueError:
        size = 0
    if size <= 0:
        try:
            size = os.get_terminal_size(stream.fileno())[index]
        except (AttributeError, ValueError, OSError):  # not a terminal, or no file descriptor
            size = 0
    return size if size > 0 else shutil.get_terminal_size()[index]  # 0: a terminal of no known size


def wanted(stream_flag: bool | None, stream: TextIO | None = None) -> bool:
    """--stream / --no-stream, else on when stderr is a terminal."""
    if stream_flag is not None:
        return stream_flag
    return is_terminal(stream or sys.stderr)


@contextmanager
def previewing(stream_flag: bool | None) -> Iterator[None]:
    """Within the block, lines a model finishes appear on stderr, and go when the block ends."""
    stream = click.get_text_stream("stderr")
    if not wanted(stream_flag, stream):
        yield
        return
    from summarizer.abstract.streaming import watching_lines

    preview = LinePreview(stream, erase=is_terminal(stream))
    try:
        with watching_lines(preview.show):
            yield
    finally:
        preview.clear()
