"""One reader for the tables of short forms the language modules give (a place's "Vt.", a title's
"CEO"): a pattern that finds any short form as written, and what each stands for.

The short forms alone make the pattern, longest first, so that the regex engine finds them by
their first letters; whatever slot a form must stand in is read around each match by its user,
as a pattern that starts with the slot is tried at every character (3x slower).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def short_form_reading(pairs: Iterable[tuple[str, str]], after: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern for the short forms of `pairs` (short, full), each followed by `after` (a
    look-ahead such as `(?!\\w)`), and the full form of each; (None, {}) for no pairs."""
    full = dict(pairs)
    if not full:
        return None, {}
    shorts = "|".join(re.escape(short) for short in sorted(full, key=len, reverse=True))
    return re.compile(rf"(?:{shorts}){after}"), full
