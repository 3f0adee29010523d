"""A description given to the wrong name: the line names one person where its cited sentence has a
description ("the mission director", "the executive") that the article gives to someone else.

"Helix chief engineer Tom Reyes told reporters that ..." where the source has "Achterberg was
briefed by Helix's chief engineer, Tom Reyes, after which the mission director told reporters
that ...", and the article introduced Achterberg as "Orbis mission director Dr Samuel Achterberg".
News introduces a person with what they are, then goes on with that description alone; which
person it means is whoever the article described that way (`descriptions.name_roles`), not
whichever name stands nearest. The check is contrastive, so that it never has to guess: the
description must fit another name's roles and none of the line's person's (the article's own
descriptions of them and the line's words before the name). A description fits a role by its
stem, or, in English with WordNet, where one is a near kind of the other or both are kinds of
one nearer kind ("the executive" for "operations director": both administrators).

Lexical, every language whose capitals mark names (German steps aside, as `descriptions` does);
the WordNet kinship only in English, and only for people nouns (a firm is described too many ways).

`relative_clause_problems`: a relative clause between commas describes the name it follows ("Brian
Tull, who first reported a smell near the weir, said ..."); a line that hangs the same clause on
another name ("Martin Greaves, who first noticed a smell near the weir, apologised") gives one
person's deed to another (`coreference`, every language whose capitals mark names). Another name
is one with no word in common, or another given name before the same surname (a father and son).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.extract.stopwords import stopwords_for
from summarizer.verify.descriptions import name_roles
from summarizer.verify.lexicon import lexicon
from summarizer.verify.parties import _words
from summarizer.verify.problems import Problem
from summarizer.verify.relations import tokens_of
from summarizer.verify.wordnet import NOUN_PERSON, load_wordnet

_DESCRIPTION_WORDS = 3  # words of a description between its determiner and its verb ("the mission director")
_PERSON_REACH = 10  # words from the line's start within which its person ends
_CAPITAL = "A-ZÀ-ÖØ-Þ"
# A name (one to four capitalised words), a comma, a relative pronoun and its clause up to the next mark.
_NAMED_RELATIVE = re.compile(rf"((?:[{_CAPITAL}][\w'’\-]*\s+){{0,3}}[{_CAPITAL}][\w'’\-]*),\s+(\w+)\s+([^,;:.]+)")
_CLAUSE_SHARE = 0.6  # of the line's relative clause's content words the source's clause must hold
_MIN_CLAUSE_WORDS = 3


def relative_clause_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A relative clause the cited sentence hangs on one name, hung on another by the line (module docstring)."""
    words = lexicon(language)
    if words.nouns_capitalised or not words.relative_pronouns:
        return []
    pronouns = words.relative_pronouns
    mine = [m for m in _NAMED_RELATIVE.finditer(text) if m.group(2).lower() in pronouns]
    if not mine:
        return []
    stop = stopwords_for(language)

    def keys(clause: str) -> set[str]:
        return {w[:5] for _, w in _words(clause) if w not in stop and len(w) > 2}

    for match in mine:
        clause = keys(match.group(3))
        if len(clause) < _MIN_CLAUSE_WORDS:
            continue
        name = {w for _, w in _words(match.group(1)) if w not in stop}
        for sentence in sources:
            for theirs in _NAMED_RELATIVE.finditer(sentence):
                if theirs.group(2).lower() not in pronouns:
                    continue
                their_name = {w for _, w in _words(theirs.group(1)) if w not in stop}
                if not their_name or not _other_person(theirs.group(1), match.group(1), stop, words.titles):
                    continue
                if len(clause & keys(theirs.group(3))) < _CLAUSE_SHARE * len(clause):
                    continue
                if theirs.group(2).lower() not in words.naming_relatives and name & {w for _, w in _words(sentence)}:
                    # The line's person is in the sentence too, and "which" may mean a whole clause
                    # ("said it would keep Ferreira, which ..."): which one it is about is the parse's question.
                    continue
                return [Problem(
                    "coreference", f"coreference not in its sources: “{theirs.group(2)} {theirs.group(3).strip()}” is said of "
                    f"{theirs.group(1).strip()}, not {match.group(1).strip()}"
                )]
    return []


# An aside between commas after a name: what it is or does ("Odile Marchand, licenciée au club
# depuis 30 ans, a estimé"; "Gareth Penn, a retired ferry captain, said").
_NAMED_ASIDE = re.compile(rf"((?:[{_CAPITAL}][\w'’\-]*\s+){{0,3}}[{_CAPITAL}][\w'’\-]*),\s+([^,;:.]+),")
_MIN_ASIDE_WORDS = 3
_ASIDE_SHARE = 0.75  # of the line's aside's content words that the article's aside must hold


def aside_problems(text: str, article: Sequence[str], language: str = "english") -> list[Problem]:
    """An aside the article gives one name, given by the line to another: "Gérard Lemoine, licencié
    au club depuis 30 ans, a déclaré" where the article has "Odile Marchand, licenciée au club
    depuis 30 ans" and never says it of Lemoine (`coreference`, every language whose capitals mark
    names; the relative clauses of the cited sentences are `relative_clause_problems`')."""
    words = lexicon(language)
    if words.nouns_capitalised:
        return []
    stop = stopwords_for(language)
    mine = [(name, keys) for name, keys in _asides(text, language) if len(keys) >= _MIN_ASIDE_WORDS]
    if not mine:
        return []
    theirs = _article_asides(tuple(article), language)
    for name, keys in mine:
        holders = [their_name for their_name, their_keys in theirs if len(keys & their_keys) >= _ASIDE_SHARE * len(keys)]
        if holders and all(_other_person(their_name, name, stop, words.titles) for their_name in holders):
            aside = text[text.index(name) + len(name) :].lstrip(", ").split(",")[0]
            return [Problem(
                "coreference", f"coreference not in its sources: “{aside.strip()}” is said of {holders[0].strip()} "
                f"in the article, not {name.strip()}"
            )]
    return []


def _aside_keys(aside: str, stop: frozenset[str]) -> frozenset[str]:
    """An aside's content words by their first letters ("licencié" is "licenciée")."""
    return frozenset(w[:5] for _, w in _words(aside) if w not in stop and len(w) > 2)


@lru_cache(maxsize=16)  # every line of a summary asks about the same article
def _article_asides(article: tuple[str, ...], language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each name of the article with an aside between commas after it, and the aside's content words."""
    return tuple(aside for sentence in article if ", " in sentence for aside in _asides(sentence, language))


def _asides(text: str, language: str) -> list[tuple[str, frozenset[str]]]:
    """The names of `text` with an aside after them, each with the aside's content words. An aside
    tells what the name is: not a clause ("..., and 160 people were evacuated,"; one opening with
    a coordinator, a clause opener, an auxiliary or a pronoun), nor who says a thing ("..., the two
    hospitals said,"), and not after a date ("on Monday,")."""
    words = lexicon(language)
    stop = stopwords_for(language)
    not_openers = words.coordinators | words.adversatives | words.clause_openers | words.auxiliaries | words.pronouns | words.saying
    found = []
    for m in _NAMED_ASIDE.finditer(text):
        aside = m.group(2).lower().split()
        if not aside or aside[0] in not_openers or m.group(1).split()[-1].lower() in words.dates:
            continue
        if set(aside) & words.saying:
            continue  # "..., the two hospitals said Monday,": who says it, not what the name is
        found.append((m.group(1), _aside_keys(m.group(2), stop)))
    return found


def _other_person(theirs: str, mine: str, stop: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether two names are two people: no word in common, or the same surname after two given
    names ("Tomás Galván" and "Andrés Galván", father and son); a title is no given name ("Dr
    Ruth Achebe" is "Ruth Achebe")."""
    def parts(name: str) -> list[str]:
        return [w for _, w in _words(name) if w not in stop and w.rstrip(".") not in titles]

    a, b = parts(theirs), parts(mine)
    if not set(a) & set(b):
        return True
    # The given name is the word just before the surname ("Coach Mara Lindgren" is Mara Lindgren).
    return len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and a[-2] != b[-2]


def described_doer_problems(text: str, sources: Sequence[str], article: Sequence[str], language: str = "english") -> list[Problem]:
    """The line's person does what its cited sentence has a description do, which the article
    gives to another person (module docstring)."""
    line = _words(text)
    lowered = [w for _, w in line]
    stop = stopwords_for(language)
    # Where the line's person may end: a capitalised word near the start before a verb-like word.
    ends = [i for i in range(1, min(len(line), _PERSON_REACH)) if line[i - 1][0][:1].isupper() and line[i][0].islower() and lowered[i] not in stop]
    if not ends:
        return []
    determiners = lexicon(language).determiners
    for sentence in sources:
        theirs = _words(sentence)
        their_words = [w for _, w in theirs]
        for i in ends:
            after = [w for w in lowered[i:] if w not in stop and len(w) > 2]
            if len(after) < 3 or sum(w in their_words for w in after) < 0.8 * len(after):
                continue
            for j in (j for j, w in enumerate(their_words) if w == lowered[i] and j >= 2):
                problem = _described_doer(line, i, theirs, j, article, language, stop, determiners)
                if problem:
                    return [problem]
    return []


def _described_doer(line: Sequence[tuple[str, str]], i: int, theirs: Sequence[tuple[str, str]], j: int,
                    article: Sequence[str], language: str, stop: frozenset[str], determiners: frozenset[str]) -> Problem | None:
    """The problem where the line's person before its word `i` stands for a description before the
    source's same word `j` that the article gives to someone else."""
    # The source's doer: a description in small letters after its determiner, right before the act.
    k = j
    while k > 0 and j - k < _DESCRIPTION_WORDS and theirs[k - 1][0].islower() and theirs[k - 1][1] not in stop:
        k -= 1
    if k == j or k == 0 or theirs[k - 1][1] not in determiners:
        return None
    description = [w for _, w in theirs[k:j]]
    # The line's doer: the name right before the act, and the words in small letters before it.
    m = i
    while m > 0 and line[m - 1][0][:1].isupper():
        m -= 1
    person = [low for _, low in line[m:i] if low not in stop]
    if not person or m == 0 and len(person) < 2:
        return None  # one capitalised word opening the line may be any word
    roles = name_roles(tuple(article), language)
    terms = _terms(person, language)
    own = set().union(*(nouns for name, nouns in roles.items() if terms & name))
    own |= {low for w, low in line[max(0, m - _DESCRIPTION_WORDS) : m] if w.islower() and low not in stop}
    head = description[-1]
    if not own or _fits(head, own, language):
        return None
    others = [name for name, nouns in roles.items() if not terms & name and _fits(head, nouns, language)]
    if not others:
        return None
    return Problem(
        "coreference", f"coreference not in its sources: its source's “the {' '.join(description)}” is the article's "
        f"{_name_in(article, others[0], language) or 'someone else'}, not {' '.join(w for w, _ in line[m:i])}"
    )


def _terms(words: Sequence[str], language: str) -> set[str]:
    return {t.term for w in words for t in tokens_of(w, language) if t.term is not None}


def _name_in(article: Sequence[str], name: frozenset[str], language: str) -> str:
    """The capitalised words of the article that spell `name`, for the message."""
    for sentence in article:
        words = [w for w, _ in _words(sentence) if w[:1].isupper() and _terms([w.lower()], language) & name]
        if words:
            return " ".join(dict.fromkeys(words))
    return ""


def _fits(noun: str, roles: frozenset[str] | set[str], language: str) -> bool:
    """Whether a description's head noun names one of these roles: the same stem, or in English
    with WordNet, for a person noun, a near kind of it or a sister kind ("executive"/"director")."""
    if _terms([noun], language) & _terms(list(roles), language):
        return True
    if not lexicon(language).wordnet:
        return False
    wordnet = load_wordnet()
    if wordnet is None:
        return False
    mine = _person_senses(noun)
    if not mine:
        return False
    near = {o for s in mine for o in wordnet.above("n", s, 1)}
    for role in roles:
        theirs = _person_senses(role)
        if mine & theirs or any(set(wordnet.above("n", s, 1)) & near for s in theirs):
            return True
    return False


def _person_senses(word: str) -> frozenset[int]:
    """The first two noun senses of `word` that WordNet files as people (noun.person)."""
    wordnet = load_wordnet()
    assert wordnet is not None
    return frozenset(
        o for o in wordnet.word_senses(word, "n", 2)
        if wordnet.synset("n", o).lexicographer_file == NOUN_PERSON
    )
