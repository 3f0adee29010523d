"""Align a generated sentence with the source sentences that support it.

Support is lexical: a generated sentence's content words (stemmed, stopwords removed, numbers and
names kept) are covered greedily by source sentences, the one covering most new words first. A
source is cited while it adds words the others did not cover. The line's support is the share of
its words that its cited sources cover; each citation's score is the share that source alone covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.extract.features import content_terms
from summarizer.types import Citation, Document
from summarizer.verify.amounts import amounts
from summarizer.verify.lexicon import lexicon
from summarizer.verify.terms import text_terms

MAX_SOURCES = 3


@dataclass(frozen=True, slots=True)
class Alignment:
    citations: tuple[Citation, ...]
    support: float


def align(
    text: str, document: Document, source_terms: Sequence[Sequence[str]], max_sources: int = MAX_SOURCES,
    terms: Sequence[str] | None = None,
) -> Alignment:
    """Citations for `text` among `document`'s sentences, whose stemmed terms are `source_terms`
    (`terms`: the line's own, where the caller has them: `line_terms`)."""
    wanted = set(content_terms(text, document.language) if terms is None else terms)
    if not wanted:
        return Alignment((), 0.0)
    prefix = _support_prefix(document.language)
    if prefix:  # an inflecting language without a stemmer: words by their first letters
        wanted = {_cut(term, prefix) for term in wanted}
        source_terms = [{_cut(term, prefix) for term in terms} for terms in source_terms]
    if _support_endings(document.language):  # German "öffnet" and "öffnen": one verb
        wanted = comparable(wanted, document.language)
        source_terms = [comparable(terms, document.language) for terms in source_terms]
    term_sets = [wanted.intersection(terms) for terms in source_terms]  # (no set of each sentence's terms built)
    if _compounds(document.language):  # German "Glas" in "Glaspreisen": the line names a part of the compound
        term_sets = [
            found | _parts_of(wanted - found, terms) | _compounds_of(wanted - found, terms)
            for found, terms in zip(term_sets, source_terms)
        ]
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


@lru_cache(maxsize=64)
def _support_prefix(language: str) -> int:
    import summarizer.lang as lang

    try:
        return lang.get(language).support_prefix
    except Exception:  # noqa: BLE001 - a language the registry does not know: whole terms
        return 0


MIN_COMPOUND_PART = 4  # letters; "Bad" in "Freibad" is too short to tell from a chance ending


@lru_cache(maxsize=64)
def _compounds(language: str) -> bool:
    import summarizer.lang as lang

    try:
        return lang.get(language).compounds
    except Exception:  # noqa: BLE001 - a language the registry does not know: whole terms
        return False


def _parts_of(wanted: set[str], terms: Iterable[str]) -> set[str]:
    """The terms of `wanted` that begin or end one of `terms`, a compound of them."""
    return {
        part for part in wanted
        if len(part) >= MIN_COMPOUND_PART and part[:1].isalpha()
        and any(term != part and (term.startswith(part) or term.endswith(part)) for term in terms)
    }


def _compounds_of(wanted: set[str], terms: Iterable[str]) -> set[str]:
    """The terms of `wanted` that are compounds of two of `terms`: "Trinkwasserversorgung" where
    the source writes "Trinkwasser" and "Versorgung" (a stem may lose a letter or two at the seam)."""
    long = [term for term in terms if len(term) >= MIN_COMPOUND_PART and term[:1].isalpha()]
    if len(long) < 2:
        return set()
    found = set()
    for word in wanted:
        if len(word) < 2 * MIN_COMPOUND_PART:
            continue
        heads = [t for t in long if word.startswith(t) and t != word]
        if any(word.endswith(tail) and tail != head and len(head) + len(tail) <= len(word) + 2 for head in heads for tail in long):
            found.add(word)
    return found


@lru_cache(maxsize=64)
def _support_endings(language: str) -> tuple[str, ...]:
    import summarizer.lang as lang

    try:
        return lang.get(language).support_endings
    except Exception:  # noqa: BLE001 - a language the registry does not know: whole terms
        return ()


def comparable(terms: Iterable[str], language: str) -> set[str]:
    """`terms` as support compares them: without an ending the language's stemmer leaves on
    (`Language.support_endings`: German "öffnet" -> "öffn", as "öffnen" stems)."""
    endings = _support_endings(language)
    if not endings:
        return set(terms)
    return {_trim(term, endings) for term in terms}


@lru_cache(maxsize=8192)
def _trim(term: str, endings: tuple[str, ...]) -> str:
    if not term[:1].isalpha():
        return term  # figures and the hedge term stay whole
    for ending in endings:
        if term.endswith(ending) and len(term) - len(ending) >= 3:
            return term[: -len(ending)]
    return term


def _cut(term: str, prefix: int) -> str:
    """A word's first `prefix` letters; figures and the hedge term stay whole ("1200000" is not "12000")."""
    return term[:prefix] if term[:1].isalpha() else term


HEDGE_TERM = "<hedge>"  # a hedge of the line, held by a source sentence that hedges in any words


def line_terms(text: str, document: Document) -> list[str]:
    """The content terms of a line as its support counts them. An amount written otherwise than
    its source writes the same figure counts as the source's writing ("3.4 million pounds" for
    "£3.4m": `verify/amounts.py` reads both as one value), and a hedge word ("likely", "expected
    to", "podría") is one term, `HEDGE_TERM`, that a source sentence holds where it hedges in any
    words: "likely to cost" for "expected to cost" is the same hedge (the hedge check weighs it)."""
    language = document.language
    if any(map(str.isdigit, text)):
        text = _as_sources_write(text, document)
    kept, hedged = _without_hedges(text, language)
    return [*text_terms(kept, language), *([HEDGE_TERM] if hedged else [])]


def with_hedges(document: Document, source_terms: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """`source_terms` with `HEDGE_TERM` added to the sentences that hedge."""
    return [
        [*terms, HEDGE_TERM] if _without_hedges(sentence.text, document.language)[1] else terms
        for terms, sentence in zip(source_terms, document.sentences)
    ]


@lru_cache(maxsize=512)
def _without_hedges(text: str, language: str) -> tuple[str, bool]:
    """`text` without its hedge words (lower case only: "in May" is a month), and whether it had one."""
    words = lexicon(language)
    if not (words.hedges or words.hedge_phrases):
        return text, False
    tokens = text.split()
    firsts = _phrase_firsts(language)
    if not any(t.strip(".,;:!?\"“”«»()'’") in words.hedges or t in firsts for t in tokens):
        return text, False  # (most sentences: one pass, no rebuilding)
    kept, dropped = [], []
    for k, token in enumerate(tokens):
        word = token.strip(".,;:!?\"“”«»()'’").replace("’", "'")
        pair = f"{word} {tokens[k + 1].strip('.,;:!?')}" if k + 1 < len(tokens) else ""
        (dropped if word in words.hedges or pair in words.hedge_phrases else kept).append(token)
    # Only hedges that are content words count ("likely", "expected"; "could" is a stopword, never counted).
    return " ".join(kept), bool(dropped) and bool(content_terms(" ".join(dropped), language))


@lru_cache(maxsize=16)
def _phrase_firsts(language: str) -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in lexicon(language).hedge_phrases)


def _as_sources_write(text: str, document: Document) -> str:
    """`text` with each amount that a source sentence gives the same value and currency written as
    that source writes it."""
    mine = amounts(text, document.language)
    if not mine:
        return text
    texts = tuple(s.text for s in document.sentences)
    if all(any(amount.written in t for t in texts) for amount in mine):
        return text  # written as the article writes them (most lines): nothing to read
    theirs = _written_amounts(texts, document.language)
    for amount in sorted(mine, key=lambda a: a.start, reverse=True):
        written = theirs.get((amount.value, amount.currency))
        at = text.rfind(amount.written, 0, amount.start + len(amount.written) + 1)
        if written is not None and written != amount.written and at >= 0:
            text = text[:at] + written + text[at + len(amount.written) :]
    return text


@lru_cache(maxsize=32)
def _written_amounts(sentences: tuple[str, ...], language: str) -> dict[tuple[str, str | None], str]:
    """(value, currency) -> how the article first writes that amount; read once per article."""
    theirs: dict[tuple[str, str | None], str] = {}
    for sentence in sentences:
        for amount in amounts(sentence, language):
            theirs.setdefault((amount.value, amount.currency), amount.written)
    return theirs
