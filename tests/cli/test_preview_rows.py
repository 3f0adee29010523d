"""How many terminal rows a preview line takes, and what clearing the preview writes."""

from __future__ import annotations

import io

from summarizer.cli.preview import LinePreview, rows_taken, wanted


def test_rows_count_wide_characters_twice_and_wrap_at_the_width():
    assert rows_taken("a" * 80, 80) == 1
    assert rows_taken("a" * 81, 80) == 2
    assert rows_taken("中" * 40, 80) == 1 and rows_taken("中" * 41, 80) == 2
    assert rows_taken("", 80) == 1  # an empty line still moves down a row
    assert rows_taken("e\u0301" * 80, 80) == 1  # a combining accent takes no column


def test_clearing_goes_back_over_the_rows_shown_only_on_a_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "20")
    terminal = io.StringIO()
    preview = LinePreview(terminal, erase=True)
    preview.show("The port reopened on Monday.")  # 30 columns with the mark: 2 rows
    preview.show("Ships queued.")
    preview.clear()
    assert terminal.getvalue().endswith("\x1b[3F\x1b[J")
    log = io.StringIO()
    kept = LinePreview(log, erase=False)
    kept.show("Ships queued.")
    kept.clear()
    assert log.getvalue() == "… Ships queued.\n"  # a file keeps its preview, with no terminal codes


def test_preview_is_on_for_a_terminal_unless_told():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert wanted(None, Terminal()) and not wanted(None, io.StringIO())
    assert not wanted(False, Terminal()) and wanted(True, io.StringIO())
