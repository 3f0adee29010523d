"""Date words written short ("Jan. 5", "Sept 3", "Wed."), and the date word each stands for.

A line that writes "January 5" where its source has "Jan. 5" states the source's date, and a
line's "Feb. 5" is a date to check as "February 5" is. A short form counts only with a capital
and before a full stop or a figure: "sat", "wed" and "sun" alone are other words. The forms are
the language module's (`Language.date_abbreviations`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.verify.lexicon import lexicon


@lru_cache(maxsize=64)
def _reading(language: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    pairs = lexicon(language).date_abbreviations
    if not pairs:
        return None, {}
    shorts = sorted({short for short, _ in pairs}, key=len, reverse=True)  # "Sept" before "Sep"
    pattern = re.compile(r"\b(" + "|".join(short.capitalize() for short in shorts) + r")(?:\.|(?=\s*\d))")
    return pattern, dict(pairs)


@lru_cache(maxsize=1024)  # a source sentence comes back for every line and trial citation
def short_dates(text: str, language: str) -> frozenset[str]:
    """The date words `text` writes short, in small letters ("january" for "Jan. 5")."""
    pattern, full = _reading(language)
    if pattern is None:
        return frozenset()
    return frozenset(full[match.group(1).lower()] for match in pattern.finditer(text))
