"""In the library a `str` is always article text: it never opens a file, fetches a URL or reads stdin.

Files are `pathlib.Path` (or ``path=``), pages come through `read_url` (or ``url=``), bytes are bytes.
"""

from __future__ import annotations

import io
import socket
import sys
from pathlib import Path

import pytest

import summarizer
from summarizer import Document, InputError, OptionsError, Summarizer, verify
from summarizer.read import sources

ARTICLE = "The river rose two metres overnight. Residents of the lower town moved to the school hall."


@pytest.fixture
def no_file_or_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to read a file, fetch a URL or read stdin fails the test."""

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a str was taken for a file, a URL or stdin")

    monkeypatch.setattr(sources, "read_path", forbidden)
    monkeypatch.setattr(socket.socket, "connect", forbidden)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    monkeypatch.setattr(sys.stdin, "read", forbidden)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("The vault code is 4711. Only the manager knows it.\n", encoding="utf-8")
    return path


def test_a_file_name_in_a_str_is_text_not_the_file(secret_file: Path, no_file_or_network: None) -> None:
    summary = summarizer.summarize(str(secret_file))
    assert summary.document.source == "<text>"
    assert summary.document.text == str(secret_file) and "4711" not in summary.document.text


def test_etc_hostname_is_summarised_as_those_words(no_file_or_network: None) -> None:
    try:
        summary = summarizer.summarize("/etc/hostname")
    except InputError as exc:  # too short to summarise is fine; reading the file is not
        assert exc.source == "<text>"
    else:
        assert summary.document.text == "/etc/hostname"


def test_a_one_word_article_is_text() -> None:
    summary = summarizer.summarize("Breaking.")
    assert [line.text for line in summary.lines] == ["Breaking."]


@pytest.mark.parametrize("text", ["-", "http://127.0.0.1:9/story", "https://example.com/news", "ftp://host/file", "story.txt"])
def test_dashes_urls_and_names_in_a_str_are_text(text: str, no_file_or_network: None) -> None:
    summary = Summarizer(language="english").summarize(text)  # what a URL's "language" is is not the point here
    assert summary.document.source == "<text>" and summary.document.text == text


def test_verify_with_two_strings_never_touches_files(secret_file: Path, no_file_or_network: None) -> None:
    result = verify(str(secret_file), "The vault code is 4711.")
    assert result.document.text == str(secret_file)
    assert not result.supported


def test_a_path_reads_the_file(secret_file: Path) -> None:
    by_path = summarizer.summarize(secret_file, sentences=1)
    by_keyword = summarizer.summarize(path=str(secret_file), sentences=1)
    assert by_path.document.source == by_keyword.document.source == str(secret_file)
    assert "4711" in by_path.lines[0].text
    assert verify(secret_file, "The vault code is 4711.").supported


def test_bytes_are_the_encoded_article() -> None:
    summary = summarizer.summarize(ARTICLE.encode("utf-16"), sentences=1)
    assert summary.document.source == "<text>" and summary.lines[0].text in ARTICLE


def test_a_stream_is_read_only_when_handed_over() -> None:
    summary = Summarizer(sentences=1).summarize(stream=io.BytesIO(ARTICLE.encode()))
    assert summary.document.source == "<stdin>" and summary.lines[0].text in ARTICLE


def test_a_text_stream_is_refused_in_one_line_naming_the_binary_one() -> None:
    # sys.stdin instead of sys.stdin.buffer: an InputError saying so, not a TypeError from inside
    with pytest.raises(InputError, match=r"<stdin>: is a text stream.*sys\.stdin\.buffer"):
        Summarizer(sentences=1).summarize(stream=io.StringIO(ARTICLE))


@pytest.mark.parametrize("summary", [b"The river rose two metres overnight.", Path("summary.txt"), 42])
def test_verify_refuses_a_summary_that_is_not_text_or_lines(summary: object) -> None:
    # bytes were checked as one line per byte ("84", "104", ...), a Path raised a TypeError
    with pytest.raises(InputError, match=r"summary: is .*not text \(str\) or a sequence of lines"):
        verify(ARTICLE, summary)  # type: ignore[arg-type]


def test_a_document_passes_through() -> None:
    document = Summarizer().read(ARTICLE)
    assert isinstance(document, Document)
    assert summarizer.summarize(document, sentences=1).document is document


@pytest.mark.parametrize("kwargs", [{}, {"source": ARTICLE, "path": "a.txt"}, {"url": "https://example.com/", "path": "a.txt"}])
def test_exactly_one_input_is_given(kwargs: dict[str, str]) -> None:
    with pytest.raises(OptionsError, match="exactly one of"):
        Summarizer().summarize(**kwargs)


@pytest.mark.parametrize("value", [42, 3.5, ["a list"], object()])
def test_other_types_are_refused(value: object) -> None:
    with pytest.raises(InputError, match=r"is not text \(str\), bytes or a pathlib.Path"):
        summarizer.summarize(value)  # type: ignore[arg-type]


def test_a_missing_path_is_an_error() -> None:
    with pytest.raises(InputError, match="no such file"):
        summarizer.summarize(Path("no/such/article.txt"))
