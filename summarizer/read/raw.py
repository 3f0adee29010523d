"""`RawText`: decoded input before any structure is found in it, and the checks every reader shares.

Its own module so that the readers (files and stdin, HTML, URLs) all build it without importing
each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.errors import InputError


@dataclass(frozen=True, slots=True)
class RawText:
    """Decoded input before any structure is found in it."""

    text: str
    source: str
    format: str = "text"
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def normalize_newlines(text: str) -> str:
    """Every line ending as ``\\n``, so that offsets mean the same whatever the input's origin."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_not_blank(text: str, source: str) -> str:
    if not text:
        raise InputError(source, "is empty")
    if not text.strip():
        raise InputError(source, "contains only whitespace")
    return text


def size_text(n: int, beside: int | None = None) -> str:
    """A byte count as people read it in an error message. With `beside` (the other count the
    message names): exact bytes where both would round to the same figure, since "is 20.0 MB,
    over the 20.0 MB limit" says nothing."""
    text = f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"
    if beside is not None and beside != n and text == size_text(beside):
        return f"{n:,} bytes"
    return text
