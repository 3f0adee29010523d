"""Every kind of bad input becomes one InputError that names the source and the problem."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summarizer import InputError, summarize
from summarizer.read.sources import read_input, read_stream


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Caf\xe9 owners said prices rose.", "not valid UTF-8"),
    ],
)
def test_reading_bad_file_names_file_and_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        summarize(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


def test_reading_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        summarize(tmp_path / "absent.txt")


def test_reading_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        summarize(tmp_path)


def test_reading_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Words in a sentence. " * 100)
    with pytest.raises(InputError, match="over the"):
        summarize(path, max_bytes=1000)
    assert summarize(path, max_bytes=10_000).lines


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_reading_an_endless_file_stops_at_the_size_limit() -> None:
    # a device or a pipe has no size to check first: /dev/zero, `summarize <(yes)` read until the
    # memory ran out (a MemoryError traceback, or the machine's memory gone)
    with pytest.raises(InputError, match=r"^/dev/zero: is over the 1000 bytes limit \(see --max-bytes\)$"):
        read_input(Path("/dev/zero"), 1000)


def test_reading_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe mayor resigned on Friday.".encode())
    assert read_input(path, 1000).text == "The mayor resigned on Friday."


def test_reading_stdin() -> None:
    raw = read_stream(io.BytesIO(b"The mayor resigned on Friday."), 1000)
    assert raw.source == "<stdin>"
    assert raw.text == "The mayor resigned on Friday."


def test_reading_plain_string_is_article_text() -> None:
    summary = summarize("The mayor resigned on Friday. Her deputy takes over.", sentences=1)
    assert summary.document.source == "<text>"
    assert len(summary.lines) == 1


def test_reading_string_naming_a_missing_file_is_text_not_a_path() -> None:
    summary = summarize("article-that-does-not-exist.txt")
    assert summary.document.text == "article-that-does-not-exist.txt"
