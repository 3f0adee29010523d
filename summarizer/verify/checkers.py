"""Checkers: what decides whether a summary line is backed by the source sentences it cites.

A checker is anything with a `name` and ``check(text, evidence) -> list[Problem]``; the
`CHECKERS` registry (`summarizer/components.py`) builds one by name. The built-in ones:

- ``literal``: the guard's first checks: numbers, dates, names, quantities, quotations and words
  of judgement the sources lack, and low lexical support (`literal.py`);
- ``relations`` (the default): the literal checks, plus words of the source put in a relation
  the source does not state (`relations.py`); dependency-light and fast;
- ``model``: the literal checks plus a downloaded NLI or fact-checking model, never required
  (`model_checker.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from summarizer.verify.literal import DEFAULT_MIN_SUPPORT, literal_problems
from summarizer.verify.problems import Problem

if TYPE_CHECKING:
    from summarizer.types import Document


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a checker sees of one line's backing."""

    sources: tuple[str, ...]  # the text of the cited source sentences
    support: float  # share of the line's content words that its sources hold
    min_support: float = DEFAULT_MIN_SUPPORT
    previous: tuple[str, ...] = ()  # the summary's lines before this one
    document: Document | None = None  # the whole source, when the caller has it
    language: str | None = None  # the source's language; else the document's, else English
    # The sentences just before the cited ones in their paragraphs, where a name or the person a
    # pronoun means may be introduced (the evidence window of `window.py`); facts are not looked up here.
    context: tuple[str, ...] = ()


class Checker(Protocol):
    name: str

    def check(self, text: str, evidence: Evidence) -> list[Problem]: ...


class LiteralChecker:
    """Numbers, dates, names, quantities, quotations and judgement words the sources lack; low support."""

    name = "literal"

    def check(self, text: str, evidence: Evidence) -> list[Problem]:
        return literal_problems(
            text, evidence.sources, evidence.support, evidence.min_support, _language(evidence), evidence.context
        )


class RelationChecker:
    """The literal checks, plus source words put in a relation no source sentence states (the default)."""

    name = "relations"

    def __init__(self, window: int = 5, commas: bool = True, min_relation_support: float = 0.75):
        from summarizer.verify.relations import RelationSettings

        if window < 1:
            from summarizer.errors import OptionsError

            raise OptionsError(f"window must be at least 1, got {window}")
        self.settings = RelationSettings(window=window, commas=bool(commas))
        self.min_relation_support = min_relation_support

    def check(self, text: str, evidence: Evidence) -> list[Problem]:
        from summarizer.verify.relations import Sources, relation_problems

        language = _language(evidence)
        problems = literal_problems(
            text, evidence.sources, evidence.support, evidence.min_support, language, evidence.context
        )
        if language != "english":
            return problems  # the relation checks read English function words: they step aside
        document = evidence.document
        names = document_names(tuple(s.text for s in document.sentences)) if document is not None else frozenset()
        sources = Sources(evidence.sources, known_names=names, context=evidence.context)
        # Neighbours in a line stand for a relation only where the line is built from the
        # source's words; a freer paraphrase is the support check's to judge.
        if evidence.support < self.min_relation_support:
            return problems
        return problems + relation_problems(text, sources, evidence.previous, self.settings)


def _language(evidence: Evidence) -> str:
    if evidence.language is not None:
        return evidence.language
    return evidence.document.language if evidence.document is not None else "english"


@lru_cache(maxsize=16)
def document_names(sentences: tuple[str, ...]) -> frozenset[str]:
    """Words the whole document writes as names (cached: every line of a summary asks)."""
    from summarizer.verify.relations import Sources

    return Sources(sentences).names


# Judgements of the whole line that citing one more sentence cannot change: its lexical support,
# and a model's verdict, which has read the whole document already (see model_checker.py).
_WHOLE_LINE_KINDS = frozenset({"support", "model"})


def fact_problems(problems: Sequence[Problem]) -> int:
    """How many problems are about facts that a further cited sentence might hold."""
    return sum(1 for p in problems if p.kind not in _WHOLE_LINE_KINDS)
