"""Support clause by clause: a clause its sources do not hold, however well the rest is supported.

A line's support (`align.py`) is one share over all its words. That share dilutes a clause added
to a long line ("..., and that the mine had passed an inspection last month" keeps 0.6) and
punishes a short line reworded. Here a line is cut into clauses, at punctuation and before the
words that open one (`Language.clause_openers`, coordinators, relative pronouns, complementisers;
a participle after a comma is cut by the comma: "..., saying ..."), and each clause's claim terms
are looked up in the evidence: the cited sentences and the window around them (`window.py`).

A claim term is a content term that is not a saying word, hedge, date, unit of time, number word
or one of the language's `light_words` ("never heard back", "a month earlier"): those carry no
fact of the clause's own, and other checks weigh dates, figures and hedges. A term counts as held
where the evidence has it, a word of its family (a shared beginning of `MIN_SHARED_START` letters:
"inspection", "inspected"; in German a part of a compound: "Angriff" in "Cyberangriff") or one of
its synonyms (`Language.synonyms`, a side of `Language.opposites`).

Two uses, both measured on the hand-written rounds and the public "tune" rows:
- `added_clause`: a clause after the first, of `MIN_CLAUSE_TERMS` claim terms or more, none held
  by the evidence and at most one anywhere in the article. The first clause carries what the line
  cites, an addition hangs on it; a clause whose words the article uses elsewhere rewords it.
- `claims_held`: every claim term of the line held; then a low line support is a rewording
  ("According to Oduya, January's exams will take place as scheduled").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.verify.lexicon import lexicon
from summarizer.verify.terms import text_terms
from summarizer.verify.title_forms import title_words

# Punctuation that ends a clause: commas (not inside a figure: "30,000", "1,2 Millionen"),
# semicolons, colons, brackets and dashes.
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]|\s[-–—]\s|[–—]")
_EDGES = "\"“”‘’'«»„.!?¿¡"
# An elided article or pronoun: one or two letters and an apostrophe before a vowel or "h"
# ("l'état", "d'un", "qu'il"); English "I'm", "we're", "O'Brien" are left whole.
_ELIDED = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,2})['’](?=[aeiouyhàâäéèêëîïôöûüAEIOUYHÀÂÉÈÊËÎÏÔÖÛÜ])")

MIN_CLAUSE_TERMS = 3  # fewer claim terms unheld is as often a rewording ("never heard back")
MAX_TERMS_ELSEWHERE = 1  # claim terms of an added clause the article may use elsewhere
MIN_SHARED_START = 5  # letters two words of one family share ("inspec-tion", "inspec-ted")


@dataclass(frozen=True, slots=True)
class Clause:
    text: str
    terms: tuple[str, ...]  # its claim terms
    missing: tuple[str, ...]  # those the evidence does not hold


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """A language's words that open a clause, and those that make no claim of a clause's own."""

    openers: frozenset[str]
    ignored: frozenset[str]


@lru_cache(maxsize=32)
def clause_words(language: str) -> ClauseWords:
    """The language's clause openers and ignored words, from its `Language` and lexicon."""
    import summarizer.lang as lang

    words = lexicon(language)
    try:
        info = lang.get(language)
        openers, light = info.clause_openers, info.light_words
    except Exception:  # noqa: BLE001 - a language the registry does not know: punctuation only
        openers, light = frozenset(), frozenset()
    opening = openers | words.coordinators | words.relative_pronouns | words.complementisers | words.until_words
    ignored = (
        words.saying | words.hedges | words.dates | words.according | words.contested | light
        | set(words.time_units) | set(words.spelled) | set(words.counts)  # "six weeks", "cuarenta"
    )
    return ClauseWords(frozenset(opening), frozenset(ignored))


def split_clauses(text: str, language: str) -> list[str]:
    """`text` cut at punctuation and before each word that opens a clause."""
    openers = clause_words(language).openers
    pieces: list[str] = []
    for part in _BREAK.split(text):
        current: list[str] = []
        for token in part.split():
            if current and token.strip(_EDGES).lower() in openers:
                pieces.append(" ".join(current))
                current = []
            current.append(token)
        if current:
            pieces.append(" ".join(current))
    return [piece for piece in pieces if any(c.isalnum() for c in piece)]


@lru_cache(maxsize=256)  # a line is checked again with each citation tried
def claim_terms(text: str, language: str) -> tuple[str, ...]:
    """The content terms of `text` that make a claim: no figures, saying words, hedges, dates, light words."""
    ignored = _ignored_terms(language)
    terms = (_bare(t) for t in _content_terms(text, language))
    return tuple(t for t in terms if t[:1].isalpha() and t not in ignored)


def _bare(term: str) -> str:
    """A term without the possessive's apostrophe the stemmer leaves ("june'" of "June's")."""
    return term.rstrip("'’")


def clause_support(text: str, evidence: Sequence[str], language: str) -> list[Clause]:
    """Each clause of `text` with its claim terms and those that `evidence` does not hold."""
    held = _held_terms(tuple(evidence), language)
    clauses = []
    for piece in split_clauses(text, language):
        terms = claim_terms(piece, language)
        clauses.append(Clause(piece, terms, tuple(t for t in terms if not held.holds(t))))
    return clauses


def added_clause(text: str, evidence: Sequence[str], article: Sequence[str], language: str) -> str | None:
    """The first clause after the line's first that adds content: `MIN_CLAUSE_TERMS` claim terms
    or more, none held by `evidence`, at most `MAX_TERMS_ELSEWHERE` used anywhere in `article`."""
    # Most lines have too few words that no evidence sentence holds as they are for any clause to
    # be added: they are neither cut nor read further.
    if len(terms_not_in(text, evidence, language)) < MIN_CLAUSE_TERMS:
        return None
    clauses = clause_support(text, evidence, language)[1:]
    coordinators = lexicon(language).coordinators
    candidates = [
        c for c in (_past_subject(c, coordinators) for c in clauses)
        if len(set(c.terms)) >= MIN_CLAUSE_TERMS and len(c.missing) == len(c.terms)
    ]
    if not candidates:
        return None  # (the article's terms are read only for a candidate)
    anywhere = _held_terms(tuple(article), language) if article else None
    for clause in candidates:
        if anywhere is None or sum(map(anywhere.holds, clause.terms)) <= MAX_TERMS_ELSEWHERE:
            return opener_dropped(clause.text, language)
    return None


MAX_SUBJECT_TERMS = 2  # held terms that may open an added clause: its subject ("the co-operative")


def _past_subject(clause: Clause, coordinators: frozenset[str]) -> Clause:
    """A clause joined by a coordinator from its first unheld term on, where at most
    `MAX_SUBJECT_TERMS` held ones open it: "and the co-operative has offered a small payment" adds
    an act to a party the evidence names; what the party does, not the party, is the addition. A
    clause opened otherwise ("saving ...", "that ...") may reword its source's main clause, and
    needs every term new."""
    words = clause.text.split()
    if not words or words[0].strip(_EDGES).lower() not in coordinators:
        return clause
    missing = set(clause.missing)
    lead = next((k for k, t in enumerate(clause.terms) if t in missing), len(clause.terms))
    if not 0 < lead <= MAX_SUBJECT_TERMS:
        return clause
    return Clause(clause.text, clause.terms[lead:], clause.missing)


def terms_not_in(text: str, evidence: Sequence[str], language: str) -> frozenset[str]:
    """The claim terms of `text` that no sentence of `evidence` has as they are (no family or
    synonym looked up): a cheap bound on those any clause of it can miss."""
    held = frozenset().union(*(_sentence_terms(sentence, language) for sentence in evidence))
    return frozenset(claim_terms(text, language)) - held


def claims_held(text: str, evidence: Sequence[str], language: str) -> bool:
    """Whether `text` has claim terms and `evidence` holds each (in a word of its family or a synonym)."""
    terms = claim_terms(text, language)
    held = _held_terms(tuple(evidence), language)
    return bool(terms) and all(map(held.holds, terms))  # (a line of no claims has nothing reworded)


def unheld_terms(text: str, evidence: Sequence[str], article: Sequence[str], language: str) -> list[str]:
    """The claim terms of `text`, once each, that neither `evidence` nor `article` holds (in a word
    of its family or a synonym)."""
    held = _held_terms(tuple(evidence), language)
    terms = [t for t in dict.fromkeys(claim_terms(text, language)) if not held.holds(t)]
    if not terms:
        return []
    anywhere = _held_terms(tuple(article), language)
    return [t for t in terms if not anywhere.holds(t)]


def held_in_one(terms: Sequence[str], sentences: Sequence[str], language: str) -> int:
    """The most of `terms` that any one of `sentences` holds (in a word of its family or a synonym)."""
    return max((sum(map(_held_terms((s,), language).holds, terms)) for s in sentences), default=0)


def content_terms(text: str, language: str) -> tuple[str, ...]:
    """The terms of `text` as this module compares them (stems, no possessive's apostrophe)."""
    return tuple(_bare(t) for t in _content_terms(text, language))


def opener_dropped(clause: str, language: str) -> str:
    """The clause as a problem names it: without its opening word and end ("that the mine had
    passed ..." -> "the mine had passed ...")."""
    words = clause.strip(" .").split()
    if len(words) > 1 and words[0].strip(_EDGES).lower() in clause_words(language).openers:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=2048)  # a line and its cited sentences are read again for every trial citation
def _content_terms(text: str, language: str) -> tuple[str, ...]:
    """`extract.features.content_terms`, as `terms.text_terms` keeps them (the cited sentences were
    read for their alignment). An article or pronoun elided onto its word is cut off first
    ("l'électricité", "s'est", "qu'abattre"): written onto the word it makes another term of it,
    so "l'année" would not hold "année"."""
    if "'" in text or "’" in text:
        text = _ELIDED.sub(r"\1' ", text)
    return text_terms(text, language)


@lru_cache(maxsize=32)
def _ignored_terms(language: str) -> frozenset[str]:
    return frozenset(t for word in clause_words(language).ignored for t in _content_terms(word, language))


@dataclass(frozen=True, slots=True)
class _HeldTerms:
    """The terms of some sentences, read so that a word's family and synonyms count as held."""

    terms: frozenset[str]
    starts: frozenset[str]  # each term's first MIN_SHARED_START letters
    synonyms: dict[str, frozenset[str]]
    compound_part: int  # letters of a compound's part that count as the word (0: no compounds)

    def holds(self, term: str) -> bool:
        if term in self.terms:
            return True
        if len(term) >= MIN_SHARED_START and term[:MIN_SHARED_START] in self.starts:
            return True
        if self.synonyms.get(term, frozenset()) & self.terms:
            return True
        return 0 < self.compound_part <= len(term) and any(
            t != term and (t.startswith(term) or t.endswith(term)) for t in self.terms
        )


@lru_cache(maxsize=64)
def _held_terms(sentences: tuple[str, ...], language: str) -> _HeldTerms:
    return held_terms(sentences, language)


def held_terms(sentences: tuple[str, ...], language: str) -> _HeldTerms:
    """The terms of `sentences`, read so that a word's family and synonyms count as held (not
    kept: `_held_terms` keeps the last few, an article's among them)."""
    from summarizer.verify.align import MIN_COMPOUND_PART, _compounds

    terms = frozenset().union(*(_sentence_terms(sentence, language) for sentence in sentences))
    starts = frozenset(t[:MIN_SHARED_START] for t in terms if len(t) >= MIN_SHARED_START)
    return _HeldTerms(terms, starts, _synonym_terms(language), MIN_COMPOUND_PART if _compounds(language) else 0)


@lru_cache(maxsize=1024)
def _sentence_terms(sentence: str, language: str) -> tuple[str, ...]:
    """One sentence's terms, kept: the cited sentences and their window recur in a line's trials.
    A tuple, for the set unions that read it: a tuple of strings is soon left alone by the cyclic
    garbage collector, a frozenset is walked by each of its passes for as long as the cache keeps it."""
    # "Lt. Col. Ruiz", "the firm's CEO": the title's words are the sentence's too.
    titles = title_words(sentence, language)
    return tuple(dict.fromkeys(_bare(t) for t in (*_content_terms(sentence, language), *(_content_terms(titles, language) if titles else ()))))


@lru_cache(maxsize=32)
def _synonym_terms(language: str) -> dict[str, frozenset[str]]:
    """term -> the terms of the words the language lists as one thing, or on one side of opposites."""
    words = lexicon(language)
    groups: Iterable[str] = (*words.synonyms, *(side for group in words.opposites for side in group.split("|")))
    table: dict[str, frozenset[str]] = {}
    for group in groups:
        terms = frozenset(t for word in group.split() for t in _content_terms(word, language))
        for term in terms:
            table[term] = table.get(term, frozenset()) | (terms - {term})
    return table
