"""The content terms of a text (`extract.features.content_terms`: its words stemmed, stopwords
out), read once per text: alignment reads every sentence of an article, and the clause checks
read the cited ones again for every line and trial citation that cites them."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2048)
def text_terms(text: str, language: str) -> tuple[str, ...]:
    """`content_terms(text, language)`, kept (a tuple: read, never changed)."""
    # Imported when first needed: it brings numpy, which `import summarizer` must not.
    from summarizer.extract.features import content_terms

    return tuple(content_terms(text, language))
