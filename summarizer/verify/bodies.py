"""The body an article is about, and the nouns that stand for it ("the airline", "this company").

News names the company, club or council it reports on in its first sentence and then goes on
with its kind: "Cabin crew at Northwind Airways will strike ... The airline expects to cancel
340 flights ... the stoppage could cost the airline up to £18 million". A line that writes
"Northwind" where its sentence has "the airline" has invented nothing: the kind noun, after a
pointing word ("the", "this"; the language's `pointing_words`), means the article's main body.

The main body is read from words alone: the first name of the lead (the first sentence that is
no page furniture such as a byline, without a dateline before it) whose first word
the article writes again and never after another name (a person's given name is written once,
"Marta Quill" then "Quill"), not after a title or a person's noun ("striker Luca Ferrand"), a
place's preposition ("in Kelso") or before a kind in small letters ("French side"). A role with
no owner beside it ("Chief executive Simon Harte", `Language.body_roles`) is the main body's too
(`relations.Sources.positions`). Only the main body may be meant, so a line that puts another
name of the article where its sentence says "the airline" is still caught. German capitalises
every noun, so capitals do not tell its names: it has no main body here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

_WORD = re.compile(r"[^\W_][\w'’&-]*")
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’](?=\w)")  # "d'Aérovalle", "l'entreprise": the article written onto its word


def _words(text: str) -> list[str]:
    """The words of `text`, an elided article ("d'", "l'") taken off."""
    return [_ELIDED.sub("", word) if "'" in word or "’" in word else word for word in _WORD.findall(text)]


@lru_cache(maxsize=16)
def main_body(sentences: tuple[str, ...], language: str = "english") -> tuple[str, ...]:
    """The words of the name of the body the article is about, as written ("Northwind",
    "Airways"), or () where the first sentence names none the article comes back to."""
    from summarizer.verify.lexicon import lexicon
    from summarizer.verify.relations import _PERSON_NOUNS

    words_of = lexicon(language)
    if not sentences or words_of.nouns_capitalised:
        return ()
    from summarizer.textpatterns import LEADING_DATELINE

    # (A dateline's wire is no name the body's name is written after: "(Northwest Wire) -- Brightloom".)
    read = [_words(LEADING_DATELINE.sub("", sentence)) for sentence in sentences]
    lead = read[_lead(sentences)]
    counts = Counter(word for words in read for word in words)
    # A word the article also writes in small letters is a common word ("Patients at ...").
    not_names = words_of.titles | words_of.dates | words_of.determiners | words_of.pointing | {w for w in counts if w[:1].islower()}
    stand_ins = _stand_ins(language)[0]
    runs: list[list[str]] = []
    k = 0
    while k < len(lead):
        word = lead[k]
        if not _named(word, k, not_names):
            k += 1
            continue
        end = k
        while end + 1 < len(lead) and _named(lead[end + 1], end + 1, not_names):
            end += 1
        before = lead[k - 1].lower().rstrip(".") if k else ""
        after = lead[end + 1] if end + 1 < len(lead) else ""
        # Not a person ("Mr", "Chief executive"), a place ("in Kelso") or a people's adjective
        # before a kind ("French side AS Villemont", "the Danish drugmaker").
        if before not in words_of.titles | _PERSON_NOUNS and before not in words_of.place_prepositions and not (after[:1].islower() and after in stand_ins):
            runs.append(lead[k : end + 1])
        k = end + 1
    # The first name the article writes again by its first word: a body ("Northwind Airways" ...
    # "Northwind had offered"), not a person, whose given name is written once. News opens with
    # the body it reports on.
    # A word written after another word of a name is a surname ("Petra Lund" ... "Lund said"), not a body's.
    firsts = {run[0] for run in runs if counts[run[0]] >= 2 and not run[0][:1].isdigit()}
    later = {
        words[k] for words in read for k in range(1, len(words))
        if words[k] in firsts and _named(words[k - 1], k - 1, not_names)
    }
    again = [run for run in runs if run[0] in firsts and run[0] not in later]
    return tuple(again[0]) if again else ()


def _lead(sentences: tuple[str, ...]) -> int:
    """Which of the article's sentences is its lead: the first that is no page furniture ("By Jane
    Example, Staff Writer"), else the first."""
    from summarizer.extract.candidates import furniture

    # (A byline or a dateline alone is short: a long sentence is read as the lead untested.)
    return next((k for k, sentence in enumerate(sentences)
                 if len(sentence) > _LONGEST_FURNITURE or furniture(" ".join(sentence.split())) is None), 0)


_LONGEST_FURNITURE = 160  # characters: "By Jane Example, Staff Writer" and its like are far shorter


def _named(word: str, k: int, not_names: frozenset[str]) -> bool:
    """Whether the first sentence's `k`-th word is written as a name."""
    return word[:1].isupper() and word.lower().rstrip(".") not in not_names and (k > 0 or word.lower() not in _FIRST_WORDS)


# A capitalised first word of the first sentence is a name only if it is not a common opener.
_FIRST_WORDS = frozenset("a an the this that these those in on at after before as for from with by".split())


def stands_for_main_body(name: str, evidence: Sequence[str], article: Sequence[str], language: str = "english") -> bool:
    """Whether the line's `name` (a word) may stand where the evidence sentences refer to a body
    by its kind ("the airline", "la compagnie", "la empresa"): `name` is a word of the article's
    main body and an evidence sentence writes a stand-in noun after a pointing word."""
    body = main_body(tuple(article), language)
    if name not in body:
        return False
    nouns, pointing = _stand_ins(language)
    for sentence in evidence:
        words = [w.lower() for w in _WORD.findall(sentence.replace("’", "'"))]
        for before, word in zip(["", *words], words):
            if "'" in word:  # "l'entreprise": the article is written onto its noun
                before, word = word.split("'", 1)
            if word in nouns and before in pointing:
                return True
    return False


@lru_cache(maxsize=16)
def body_terms(sentences: tuple[str, ...], language: str = "english") -> tuple[str, ...]:
    """The terms of the main body's name, as the relation checks index words ("northwind", "airway")."""
    from summarizer.verify.relations import tokens_of

    return tuple(t.term for word in main_body(sentences, language) for t in tokens_of(word, language) if t.term is not None)


@lru_cache(maxsize=16)
def body_nouns(sentences: tuple[str, ...], language: str = "english") -> frozenset[str]:
    """The stand-in nouns the article uses for its main body: a word of its name ("Greyfield
    Bank": "bank"), or one written after a pointing word in a sentence that names the body before
    it ("Greyfield Bank will close 42 branches, the lender said": "lender")."""
    body = main_body(sentences, language)
    if not body:
        return frozenset()
    nouns, pointing = _stand_ins(language)
    found = {word.lower() for word in body if word.lower() in nouns}
    for sentence in sentences:
        words = _words(sentence)
        if body[0] not in words:
            continue
        first = words.index(body[0])
        for word in words[first + 1 : first + 4]:  # "Greyfield Bank": its name's own kind, though written in small letters elsewhere
            if not word[:1].isupper():
                break
            if word.lower() in nouns:
                found.add(word.lower())
        for k in range(first + 1, len(words)):
            if words[k] in nouns and words[k - 1].lower() in pointing:
                found.add(words[k])
    return frozenset(found)


def _stand_ins(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that stand for a named body in `language` ("company", "airline"; "compagnie") and
    the words that point with them: the relation checks' (`relations.stand_ins`), so that both
    read "the airline" alike."""
    from summarizer.verify.relations import stand_ins

    return stand_ins(language)
