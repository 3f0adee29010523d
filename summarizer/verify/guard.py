"""The faithfulness guard of the abstractive stage: does a generated sentence say anything its
cited sources do not?

`check` keeps the guard's first signature and delegates to the default checker of
`verify/checkers.py`, so a generated line is judged exactly as `summarize check` judges any
summary. The literal checks live in `literal.py`, the relation checks in `relations.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.literal import DEFAULT_MIN_SUPPORT, JUDGEMENT_WORDS

__all__ = ["DEFAULT_MIN_SUPPORT", "JUDGEMENT_WORDS", "check"]


@lru_cache(maxsize=1)
def _default_checker():
    from summarizer.verify.verification import make_checker

    return make_checker("default")


def check(
    text: str, sources: Sequence[str], support: float, min_support: float = DEFAULT_MIN_SUPPORT, language: str = "english"
) -> list[str]:
    """The reasons `text` is not backed by `sources` (the cited sentences' text); empty if none.

    Each reason starts with its kind ("number not in its sources: 2.5", "relation ...")."""
    from summarizer.verify.checkers import Evidence

    evidence = Evidence(tuple(sources), support, min_support, language=language)
    return [str(problem) for problem in _default_checker().check(text, evidence)]
