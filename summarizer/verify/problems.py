"""`Problem`: one reason a summary line is not backed by its source, with its kind.

A problem's text starts with its kind ("relation ...", "number ..."), so that the abstractive
stage, which counts problems by their first word, and people reading a warning agree on it.

The built-in checkers report the kinds of `KINDS`. A checker from another package reports its
own under its own namespace, ``PACKAGE.KIND`` (``"mychecker.tense"``), so that no plugin can
take or change the meaning of a built-in kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Every kind a checker may report, with what it means; `summarize check` prints these.
KINDS: dict[str, str] = {
    "number": "a number its sources do not hold",
    "date": "a day, month or relative date its sources do not hold",
    "name": "a name its sources do not hold",
    "quantity": "a scale word (million, percent) its sources do not hold",
    "quotation": "a quotation its sources do not hold word for word",
    "judgement": "a word of judgement its sources do not use",
    "relation": "words from the source put in a relation no source sentence states",
    "circumstance": "a time, place or figure moved from another event of the source",
    "attribution": "words given to a speaker the source does not give them to, or one side's claim stated as fact",
    "coreference": "a pronoun with no one to point to, or pointing to someone else",
    "substitution": "a word of the source's phrase exchanged for its opposite (killed for injured, rose for fell)",
    "negation": "a negation its sources do not make, or one they make that it drops",
    "hedge": "a claim its sources hedge (may, reportedly) or quote from someone, stated as plain fact",
    "incomplete": "a sentence cut off: no end, or an unclosed quotation",
    "support": "too few of its words are in its sources",
    "model": "a model judged the sources not to support it",
}


# A plugin's own kind: lower-case words joined by dots, at least one dot ("mychecker.tense").
NAMESPACED_KIND = re.compile(r"[a-z][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+")


def is_kind(kind: object) -> bool:
    """Whether `kind` is a built-in problem kind or a plugin's namespaced one."""
    return isinstance(kind, str) and (kind in KINDS or NAMESPACED_KIND.fullmatch(kind) is not None)


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # one of KINDS, or a plugin's own "namespace.kind"
    message: str  # the whole reason, starting with the kind: "name not in its sources: Blake"

    def __post_init__(self) -> None:
        if not is_kind(self.kind):
            raise ValueError(
                f"unknown problem kind {self.kind!r}; choose one of: {', '.join(KINDS)}, "
                "or a plugin's own kind under its namespace, such as 'mychecker.tense'"
            )

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message}
