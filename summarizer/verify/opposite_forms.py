"""A language's groups of opposites (`Language.opposites`), read into tables in one place, and
the forms under which a word is looked up among them.

A language module lists a few forms of each opposite ("perdu perd perdre"); news conjugates
them in many more ("perdrait", "perdront"). Each word is looked up as written, without an elided
article or preposition ("d'avancer" is "avancer"), and by its stem (the stemmer every check
uses), so one form of a regular verb stands for all of them. A German separable verb is split
in a main clause ("Der Landrat wies die Kritik zurück"): its particle, at the clause's end, is
glued before it ("zurückwies"), the form of a subordinate clause, which the module lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import lexicon, unelided
from summarizer.verify.relations import stemmer_for, tokens_of

_CLAUSE_MARKS = frozenset(",;:—–()")


def _sides(group: str) -> list[list[str]]:
    """A group's sides ("hurt injured | unhurt unharmed"), each as its words."""
    return [side.split() for side in group.split("|")]


@lru_cache(maxsize=32)
def opposite_table(language: str) -> dict[str, frozenset[str]]:
    """form -> the forms of the words on the other sides of its group. A word's stem is a form of
    it unless another side of the group has the same stem (then the stem tells nothing apart)."""
    stem = stemmer_for(language)
    table: dict[str, set[str]] = {}
    for group in lexicon(language).opposites:
        sides = [frozenset(side) for side in _sides(group)]
        stems = [frozenset(stem(w) for w in side) for side in sides]
        forms = []
        for n, (words, stemmed) in enumerate(zip(sides, stems)):
            others = frozenset().union(*(s for m, s in enumerate(stems) if m != n))
            forms.append(words | (stemmed - others - frozenset().union(*(w for m, w in enumerate(sides) if m != n))))
        for n, own in enumerate(forms):
            opposed = frozenset().union(*(f for m, f in enumerate(forms) if m != n))
            for form in own:
                table.setdefault(form, set()).update(opposed)
    return {form: frozenset(others) for form, others in table.items()}


@lru_cache(maxsize=32)
def group_words(language: str) -> dict[str, frozenset[str]]:
    """lower-case word, as written -> the other words of every group of opposites it is in: those
    on its side, near-synonyms that may stand for it ("hurt", "injured"), and those on the other
    sides, its opposites. Words only, no forms: unlike `opposite_table`, a table of what a word
    may be replaced by without a new word's fact, looked up by the word a source writes."""
    table: dict[str, set[str]] = {}
    for group in lexicon(language).opposites:
        sides = _sides(group)
        for n, side in enumerate(sides):
            for word in side:
                words = table.setdefault(word, set())
                words.update(w for w in side if w != word)
                words.update(w for m, other in enumerate(sides) if m != n for w in other)
    return {word: frozenset(others) for word, others in table.items()}


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation
def sentence_forms(text: str, language: str) -> tuple[tuple[str, ...], ...]:
    """`forms_of` the tokens of `text`."""
    return tuple(forms_of(tokens_of(text, language), language))


@lru_cache(maxsize=512)
def sentence_form_set(text: str, language: str) -> frozenset[str]:
    """Every form of every token of `text`: whether it holds any word of a set at all, in one test."""
    if "'" not in text and "’" not in text and not lexicon(language).separable_particles:
        tokens = tokens_of(text, language)  # no elision, no particle: its words and terms
        return frozenset(t.lower for t in tokens).union(t.term for t in tokens if t.term is not None)
    return frozenset(form for forms in sentence_forms(text, language) for form in forms)


def forms_of(tokens: Sequence, language: str) -> list[tuple[str, ...]]:
    """Each token's forms: as written, without an elision, its stem, and (German) its separable
    particle glued before it where the particle closes the token's clause. Tuples: a sentence's
    tokens are many, and each is only searched."""
    forms: list[tuple[str, ...]] = []
    for token in tokens:
        lower = token.lower
        if ("'" in lower or "’" in lower) and (bare := unelided(lower)) != lower:
            forms.append((lower, bare, stemmer_for(language)(bare)))
        elif token.term is not None:  # a token's term is its stem by the same stemmer
            forms.append((lower, token.term))
        else:
            forms.append((lower,))
    particles = lexicon(language).separable_particles
    if particles:
        for m, token in enumerate(tokens):
            if token.lower not in particles or not _closes_clause(tokens, m):
                continue
            for j in range(m - 1, -1, -1):
                if tokens[j].text in _CLAUSE_MARKS or tokens[j].clause != token.clause:
                    break
                forms[j] = (*forms[j], token.lower + tokens[j].lower)
    return forms


def _closes_clause(tokens: Sequence, m: int) -> bool:
    """Whether token `m` is its clause's last word: the sentence's end or a mark follows."""
    return m + 1 == len(tokens) or tokens[m + 1].text in _CLAUSE_MARKS or tokens[m + 1].clause != tokens[m].clause
