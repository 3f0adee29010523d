"""Titles written short as news writes them ("CEO", "Lt. Col.", "Supt.", "Insp."), and the words
each stands for ("chief executive", "lieutenant colonel", "superintendent", "inspector").

A line that writes "Lieutenant Colonel Ana Ruiz" where its source has "Lt. Col. Ana Ruiz", or
"the company's chief executive" where it has "the company's CEO", adds no word of its own: the
sentence's terms (verify/clauses.py) hold the title's words too. A short form counts only as
written with its capital: "Col." before a name, "CEO" in capitals. The forms are the language
module's (`Language.title_abbreviations`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.verify.lexicon import lexicon
from summarizer.verify.short_forms import short_form_reading


@lru_cache(maxsize=64)
def _reading(language: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    # Each as written: "CEO" in capitals, "Lt" with its capital, then its stop or none; the
    # word's start is read in `title_words`.
    return short_form_reading(lexicon(language).title_abbreviations, r"(?!\w)")


@lru_cache(maxsize=1024)  # a source sentence comes back for every line and trial citation
def title_words(text: str, language: str) -> str:
    """The words of the titles `text` writes short, joined by spaces ("chief executive" for
    "CEO"), or "" where it writes none."""
    pattern, full = _reading(language)
    if pattern is None:
        return ""
    return " ".join(
        full[match.group()] for match in pattern.finditer(text)
        if not match.start() or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in "._")
    )


def same_title(word: str, short: str, language: str) -> bool:
    """Whether `short` is a title written short whose words end with `word` ("CEO" and
    "executive" of "chief executive")."""
    _, full = _reading(language)
    words = full.get(short, "").split()
    return bool(words) and words[-1] == word
