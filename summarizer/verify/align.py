"""Align a generated sentence with the source sentences that support it.

Support is lexical: a generated sentence's content words (stemmed, stopwords removed, numbers and
names kept) are covered greedily by source sentences, the one covering most new words first. A
source is cited while it adds words the others did not cover. The line's support is the share of
its words that its cited sources cover; each citation's score is the share that source alone covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.extract.features import content_terms
from summarizer.types import Citation, Document

MAX_SOURCES = 3


@dataclass(frozen=True, slots=True)
class Alignment:
    citations: tuple[Citation, ...]
    support: float


def align(text: str, document: Document, source_terms: Sequence[Sequence[str]], max_sources: int = MAX_SOURCES) -> Alignment:
    """Citations for `text` among `document`'s sentences, whose stemmed terms are `source_terms`."""
    wanted = set(content_terms(text, document.language))
    if not wanted:
        return Alignment((), 0.0)
    term_sets = [set(terms) & wanted for terms in source_terms]
    covered: set[str] = set()
    chosen: list[tuple[int, float]] = []
    while len(chosen) < max_sources:
        best, best_gain = -1, 0
        for index, terms in enumerate(term_sets):
            gain = len(terms - covered)
            # Ties go to the sentence sharing more words overall, then to the earlier one.
            if gain > best_gain or (gain == best_gain and gain and len(terms) > len(term_sets[best])):
                best, best_gain = index, gain
        # A further source must add at least two words: one shared number or name alone is too
        # weak a link, and would let the guard accept a figure from an unrelated sentence.
        if best < 0 or (chosen and best_gain < 2):
            break
        covered |= term_sets[best]
        chosen.append((best, len(term_sets[best]) / len(wanted)))
    chosen.sort()
    citations = tuple(Citation.of(document.sentences[i], score=score) for i, score in chosen)
    return Alignment(citations, len(covered) / len(wanted))
