"""Turn whatever the caller handed us (a path, a string, stdin) into checked, decoded text."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import InputError
from summarizer.read.fetch import fetch_url
from summarizer.read.html import extract_html
from summarizer.read.raw import RawText, check_not_blank, normalize_newlines, size_text

TEXT_SUFFIXES = {".txt": "text", ".text": "text", "": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html"}
INPUT_FORMATS = ("text", "markdown", "html")
STDIN_NAME = "<stdin>"
STRING_NAME = "<text>"


def looks_like_path(value: str) -> bool:
    """A string we read as a file name rather than as article text.

    The guess is made only where it is safe: an existing file; or a single line that is no article
    (no whitespace at all, a document suffix, or an explicit ``./``, ``../``, ``/`` or ``~/``
    start). A missing file is then an error, not a one-line article to summarise.
    """
    if not value or "\n" in value or len(value) > 4096:
        return False
    if os.path.exists(value):
        return True
    stripped = value.strip()
    if not stripped:
        return False
    if not stripped.split(maxsplit=1)[1:]:
        return True
    if stripped.startswith(("./", "../", "/", "~/")):
        return True
    suffix = Path(stripped).suffix.lower()
    return suffix in TEXT_SUFFIXES.keys() - {""} or suffix in HTML_SUFFIXES


_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")
FETCHED_SCHEMES = ("http", "https")


def has_url_scheme(value: str) -> bool:
    """``scheme://...`` on one line without spaces: meant as a URL, whether or not we fetch it."""
    return _URL_SCHEME.fullmatch(value.strip()) is not None


def is_url(value: str) -> bool:
    return has_url_scheme(value) and value.strip().split("://", 1)[0].lower() in FETCHED_SCHEMES


def format_for_path(path: Path, default: str = "text") -> str:
    suffix = path.suffix.lower()
    return HTML_SUFFIXES.get(suffix) or TEXT_SUFFIXES.get(suffix, default)


def decode(data: bytes, source: str) -> str:
    """UTF-8 (a byte-order mark allowed) with line endings made ``\\n``; binary data refused."""
    if b"\x00" in data[:8192]:
        raise InputError(source, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8"
        ) from None
    return normalize_newlines(text)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    source = str(path)
    try:
        if not path.exists():
            raise InputError(source, "no such file")
        if path.is_dir():
            raise InputError(source, "is a directory, not a file (use `summarize batch` for folders)")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"is {size_text(size)}, over the {size_text(max_bytes)} limit (see --max-bytes)")
        return path.read_bytes()
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from None


def read_stream(stream: BinaryIO, max_bytes: int, source: str = STDIN_NAME) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(source, f"is over the {size_text(max_bytes)} limit (see --max-bytes)")
    return data


def read_path(path: str | os.PathLike[str], max_bytes: int, fmt: str | None = None) -> RawText:
    path = Path(path)
    data = read_bytes(path, max_bytes)
    return raw_from_bytes(data, str(path), fmt or format_for_path(path))


def raw_from_bytes(data: bytes, source: str, fmt: str = "text") -> RawText:
    text = decode(data, source)
    if fmt == "html":
        return extract_html(text, source)
    return RawText(check_not_blank(text, source), source, fmt)


def read_input(
    source: str | os.PathLike[str] | bytes,
    max_bytes: int,
    fmt: str | None = None,
    stdin: BinaryIO | None = None,
) -> RawText:
    """Read a path, ``-`` for stdin, a URL, raw bytes, or the article text itself."""
    if isinstance(source, bytes):
        return raw_from_bytes(source, STRING_NAME, fmt or "text")
    if isinstance(source, os.PathLike):
        return read_path(source, max_bytes, fmt)
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return raw_from_bytes(read_stream(stream, max_bytes), STDIN_NAME, fmt or "text")
    if is_url(source):
        return fetch_url(source.strip(), max_bytes=max_bytes)
    if has_url_scheme(source):
        scheme = source.strip().split("://", 1)[0]
        raise InputError(source.strip(), f"the {scheme}:// scheme is not supported; give an http(s) URL, a file or -")
    if looks_like_path(source):
        return read_path(source, max_bytes, fmt)
    text = normalize_newlines(source)
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(STRING_NAME, "is over the size limit (see max_bytes)")
    return RawText(check_not_blank(text, STRING_NAME), STRING_NAME, fmt or "text")
