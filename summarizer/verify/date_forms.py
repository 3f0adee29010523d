"""Date words written short ("Jan. 5", "Sept 3", "Wed.", "5. Jan.", "5 janv.", "3 de sept."), and
the date word each stands for.

A line that writes "January 5" where its source has "Jan. 5" states the source's date, and a
line's "Feb. 5" is a date to check as "February 5" is. A short form counts with a capital before
a full stop or a figure ("Jan. 5", "Dez. 2025"), or, in any case, with its full stop right after a
day's number ("5 janv.", "12 déc.", "3 de sept.", "5. Jan."): French and Spanish write their
months in small letters, and "sept" alone is seven, "mar" the sea, "sat", "wed" and "sun" other
words. The forms are the language module's (`Language.date_abbreviations`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.verify.lexicon import lexicon

# After a day's number as news writes it ("5", "5.", "1er", "1º") and one short word that may
# join them ("3 de sept."): a short form in any case, with its stop. The pattern starts with the
# figure, which the regex engine jumps to; the character before it is read in `short_dates`.
_DAY = r"\d{1,2}(?:\.|er|re|e|º|°)?\s+(?:[^\W\d_]{1,3}\s+)?"


@lru_cache(maxsize=64)
def _reading(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    pairs = lexicon(language).date_abbreviations
    if not pairs:
        return None, None, {}
    shorts = sorted({short for short, _ in pairs}, key=len, reverse=True)  # "Sept" before "Sep"
    capitalised = re.compile(r"\b(" + "|".join(re.escape(short.capitalize()) for short in shorts) + r")(?:\.|(?=\s*\d))")
    after_day = re.compile(rf"{_DAY}((?i:{'|'.join(map(re.escape, shorts))}))\.(?!\w)")
    return capitalised, after_day, dict(pairs)


@lru_cache(maxsize=1024)  # a source sentence comes back for every line and trial citation
def short_dates(text: str, language: str) -> frozenset[str]:
    """The date words `text` writes short, in small letters ("january" for "Jan. 5")."""
    capitalised, after_day, full = _reading(language)
    if capitalised is None:
        return frozenset()
    found = {full[match.group(1).lower()] for match in capitalised.finditer(text)}
    for match in after_day.finditer(text):
        if not match.start() or text[match.start() - 1] not in "0123456789.,":
            found.add(full[match.group(1).lower()])
    return frozenset(found)
