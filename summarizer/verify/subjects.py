"""Two clauses that exchanged their subjects: "Die SPD hatte den Antrag eingebracht, die Freien
Wähler stimmten geschlossen dagegen" where the source has "die Fraktion der Freien Wähler hatte den
Antrag eingebracht, die SPD stimmte geschlossen dagegen".

Read from words alone, for languages whose nouns all take capitals (German), where the word-order
checks that find such a swap elsewhere (`crossed`, `exchanged`) step aside. A clause opens with its
subject when it starts (at the sentence's start or after a comma) with an article a subject may
take, or none, and a run of capitalised words, a genitive after it ("die Fraktion der Freien
Wähler") kept with it; its predicate is the rest of the clause's content words. A line's two
clauses whose predicates are two of one cited sentence's (two words in common each) and whose
subjects are each the other clause's there, and neither its own, have exchanged who did what.
An object put first ("Den Antrag hatte ...") opens with an article no subject takes and is no
subject here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.relations import tokens_of
from summarizer.verify.swaps import _OBJECT_ONLY_ARTICLES, _compound_meets

_SHARED = 2  # content words a line's predicate shares with the source's at least


@lru_cache(maxsize=512)
def _clauses(text: str, language: str) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """(subject words and stems, predicate terms, subject as written) of each clause of `text`
    that opens with its subject."""
    words_of = lexicon(language)
    tokens = tokens_of(text, language)
    found = []
    starts = [0] + [k for k in range(1, len(tokens)) if tokens[k].segment != tokens[k - 1].segment]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(tokens)
        k = start
        while k < end and tokens[k].term is None and not tokens[k].lower.isalpha():
            k += 1  # the comma itself
        if k < end and tokens[k].lower in words_of.determiners:
            if tokens[k].lower in _OBJECT_ONLY_ARTICLES:
                continue
            k += 1
        subject: list = []
        while k < end and tokens[k].term is not None and tokens[k].text[:1].isupper():
            subject.append(tokens[k])
            k += 1
            if k + 1 < end and tokens[k].lower in words_of.owner_linkers and tokens[k + 1].text[:1].isupper():
                k += 1  # "die Fraktion der Freien Wähler": the owner after it is part of the subject
        if not subject or k >= end or tokens[k].text[:1].isupper():
            continue
        predicate = frozenset(t.term for t in tokens[k:end] if t.term is not None)
        names = frozenset({t.lower for t in subject} | {t.term for t in subject if t.term})
        found.append((names, predicate, " ".join(t.text for t in subject)))
    return tuple(found)


def exchanged_subject_problems(text: str, sources: Sequence[str], language: str = "german") -> list[Problem]:
    """The line's two clauses with each other's subjects in a cited sentence (module doc)."""
    if not lexicon(language).nouns_capitalised:
        return []
    ours = _clauses(text, language)
    if len(ours) < 2:
        return []
    for source in sources:
        theirs = _clauses(source, language)
        if len(theirs) < 2:
            continue
        for i, (si, pi, shown_i) in enumerate(ours):
            for sj, pj, shown_j in ours[i + 1 :]:
                if _compound_meets(si, sj):
                    continue
                for a, (sa, pa, _) in enumerate(theirs):
                    for b, (sb, pb, _) in enumerate(theirs):
                        if a == b or len(pi & pa) < _SHARED or len(pj & pb) < _SHARED:
                            continue
                        if _compound_meets(si, sb) and _compound_meets(sj, sa) and not _compound_meets(si, sa) and not _compound_meets(sj, sb):
                            return [Problem(
                                "relation", f"relation reversed: the line has {shown_i} and {shown_j} each in the "
                                f"other's clause; its source the other way round"
                            )]
    return []
