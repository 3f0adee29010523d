"""Main text, title, author and date of a web page, found by trafilatura.

The article's text becomes `RawText.text` (so every later offset points into it), the page's
title becomes `RawText.title`, and the author, date and site name go into `RawText.metadata`.
"""

from __future__ import annotations

import functools
from typing import Any

from summarizer.errors import InputError, MissingResourceError
from summarizer.read.raw import RawText, normalize_newlines

METADATA_FIELDS = ("author", "date", "sitename", "url")


@functools.lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura's timeout uses SIGALRM, which only works in a main thread: batch workers and
    # test servers run us elsewhere, and our own size limit already bounds the work.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _first_line(text: str) -> tuple[str, int]:
    stop = text.find("\n")
    stop = len(text) if stop == -1 else stop
    return text[:stop].strip(), stop


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def extract_html(html: str, source: str, url: str | None = None) -> RawText:
    """The article inside `html`; an `InputError` naming `source` when there is none."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a core dependency
        raise MissingResourceError("reading HTML needs trafilatura: pip install trafilatura") from None
    if not html.strip():
        raise InputError(source, "is empty")
    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, config=_config()
        )
    except (ValueError, TypeError) as exc:
        raise InputError(source, f"cannot be parsed as HTML ({exc})") from None
    text = normalize_newlines(getattr(found, "text", None) or "").strip()
    if not text:
        raise InputError(source, "holds no article text that could be extracted from its HTML")
    title = (getattr(found, "title", None) or "").strip() or None
    if title:
        # The page's <h1> usually repeats the title as the text's first line; it is not a sentence
        # of the story, so it goes (the text stays the extracted text, just without that line).
        first, stop = _first_line(text)
        if _same_words(first, title) and text[stop:].strip():
            text = text[stop:].lstrip("\n")
    metadata = {
        name: str(value).strip()
        for name in METADATA_FIELDS
        if (value := getattr(found, name, None)) and str(value).strip()
    }
    if url and "url" not in metadata:
        metadata["url"] = url  # where a fetched page really came from, after redirects
    return RawText(text, source, "html", title, metadata)
