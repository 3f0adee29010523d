"""`summarize(text_or_path)` guesses a path only where the guess is safe."""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer
from summarizer.errors import InputError


@pytest.mark.parametrize("name", ["missing", "./missing", "/no/such/article", "~/nowhere/story", "story.txt", "page.html"])
def test_library_a_missing_file_name_is_an_error_not_an_article(name: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        summarizer.summarize(name)


def test_library_an_existing_file_is_read(samples_dir: Path, monkeypatch) -> None:
    monkeypatch.chdir(samples_dir)
    summary = summarizer.summarize("city-budget.txt", sentences=1)
    assert summary.document.source == "city-budget.txt"
    assert summary.lines


def test_library_text_with_spaces_is_the_article_itself() -> None:
    text = "The river rose two metres overnight. Residents of the lower town moved to the school hall."
    summary = summarizer.summarize(text, sentences=1)
    assert summary.document.source == "<text>"
    assert summary.lines[0].text in text


def test_library_an_unsupported_url_scheme_is_refused() -> None:
    with pytest.raises(InputError, match="ftp:// scheme is not supported"):
        summarizer.summarize("ftp://host/file")
