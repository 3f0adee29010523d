"""The preview counts its rows at the width of the terminal it writes to (stderr), not stdout's."""

from __future__ import annotations

import fcntl
import os
import struct
import termios

import pytest

from summarizer.cli.preview import LinePreview

pty = pytest.importorskip("pty")


def test_rows_are_counted_at_the_width_of_the_preview_terminal_when_stdout_is_a_file(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)  # as in a shell that does not export it
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 30, 0, 0))  # 30 columns
    with os.fdopen(follower, "w", encoding="utf-8") as terminal:
        preview = LinePreview(terminal, erase=True)
        # 52 columns with the mark: two rows on this terminal, one at the 80 guessed for a redirected stdout.
        preview.show("Ferries to the island run again after nine days.")
        assert preview.rows == 2
        preview.clear()
    os.close(leader)


def test_a_terminal_of_no_known_size_falls_back_to_columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "30")
    leader, follower = os.openpty()  # a new pseudo-terminal reports 0 columns until it is sized
    with os.fdopen(follower, "w", encoding="utf-8") as terminal:
        preview = LinePreview(terminal, erase=True)
        preview.show("Ferries to the island run again after nine days.")
        assert preview.rows == 2
    os.close(leader)


def test_a_wide_character_that_does_not_fit_the_last_column_starts_the_next_row():
    from summarizer.cli.preview import rows_taken

    # "ab" fill two of three columns; each "中" then needs a row of its own.
    assert rows_taken("ab中中", 3) == 3
    # 2 columns of mark, then 50 wide characters on 35 columns: 16 + 17 + 17 = 50 on 3 rows...
    assert rows_taken("… " + "中" * 50, 35) == 3
    # ...but two narrow characters more before them: 15 + 17 + 17 + 1, on 4 rows (104 columns / 35 is 3).
    assert rows_taken("… xy" + "中" * 50, 35) == 4


def test_a_preview_taller_than_the_screen_is_redrawn_with_the_newest_lines_that_fit(monkeypatch):
    import io

    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("LINES", "4")  # 3 rows for the preview, the cursor's row free
    terminal = io.StringIO()
    preview = LinePreview(terminal, erase=True)
    for line in ("Ferries run again.", "Fares stay the same.", "A second pier is asked for.", "Planning takes years."):
        preview.show(line)
        assert preview.rows <= 3  # nothing scrolled off the top, where it could not be erased
    shown = terminal.getvalue()
    assert shown.count("\x1b[3F\x1b[J") == 1  # the first three taken away once...
    redrawn = shown.split("\x1b[3F\x1b[J")[1]
    assert "Ferries" not in redrawn and redrawn.count("… ") == 3 and "Planning takes years." in redrawn  # ...the newest three back
