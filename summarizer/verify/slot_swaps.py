"""A noun put in the slot of its cited sentence's noun: the line copies the sentence around it and
says "a new council headquarters" where the sentence says "a new council depot", "freeze fares for
students" where it says "for pensioners", "power chips for electric vehicles and solar panels"
where it says "and wind turbines".

Slots are aligned by the words the two share in order (a diff of their content words): a stretch of
one to three words that differs, between words both have, is the same slot. The line's word is
another thing where it is a noun its evidence lacks, and WordNet (`wordnet.py`, optional) relates it
to none of the source's words in the slot: neither names a kind of the other in any sense, nor are
they two descriptions of people near each other ("helpers" for "volunteers": both workers). A
broader word ("the facility" for "the depot") or a synonym ("firm" for "company") passes. Without
WordNet, or in another language, the check steps aside.

Names need no WordNet (`slot_name_problems`, every language whose capitals mark names): a name in
the slot where the sentence has another party's name, which the article never writes as one name
with it, is another party ("a film by Camille Verdaut" for "a film by the director Julien Morand").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from summarizer.verify.acronyms import spelled_out
from summarizer.verify.capital_names import name_terms
from summarizer.verify.demonyms import same_place
from summarizer.verify.place_forms import same_short_place
from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.relations import token_words, tokens_of
from summarizer.verify.swaps import _BROAD_NOUNS, _STAND_INS, _same_root, _substitutions
from summarizer.verify.wordnet import CONCRETE_FILES, NOUN_PERSON, load_wordnet

# A slot is a short stretch: a noun with up to two words before it ("main science building").
_MOST_SLOT_WORDS = 3
# How many senses of each word are read: later ones join words that no reader would ("panel" the
# jury and "panel" the sheet).
_SENSES = 4
# People are described by many overlapping roles ("helpers", "volunteers", "workers"): two such
# descriptions that meet this near above them are one party told two ways.
_PERSON_STEPS = 2
_GROUP = 14  # noun.group: bodies, organisations, groups
# Definitions read for relatedness: those of the first two senses (later ones are rare uses).
_GLOSSED_SENSES = 2
_GLOSS_WORD = re.compile(r"[a-z]+(?:[-_][a-z]+)*")


@lru_cache(maxsize=65536)
def _noun_senses(word: str) -> tuple[int, ...]:
    wordnet = load_wordnet()
    assert wordnet is not None
    return wordnet.word_senses(word, "n", _SENSES)


# Amounts and spans of time are figures' business ("two decades" for "20 years").
_FIGURE_FILES = frozenset({23, 28})  # noun.quantity, noun.time


@lru_cache(maxsize=65536)
def _first_file(word: str) -> int:
    """The WordNet class of `word`'s first sense as a noun; -1 where it is none, or names one
    thing, a name in small letters ("edward", "snowden")."""
    wordnet = load_wordnet()
    assert wordnet is not None
    senses = _noun_senses(word)
    if not senses:
        return -1
    first = wordnet.synset("n", senses[0])
    return -1 if any(p.symbol == "@i" for p in first.pointers) else first.lexicographer_file


@lru_cache(maxsize=65536)
def _mostly_noun(word: str) -> bool:
    """Whether `word` is met as a noun at least as often as the same word as a verb or an
    adjective ("fees", "headquarters", "meeting"; not "begin", "sell", "flat")."""
    wordnet = load_wordnet()
    assert wordnet is not None
    lemmas = wordnet.lemmas(word, "n")
    if not lemmas:
        return False
    noun = max(wordnet.tagged(lemma, "n") for lemma in lemmas)
    return all(wordnet.tagged(lemma, pos) <= noun for pos in ("v", "a") for lemma in lemmas)


@lru_cache(maxsize=65536)
def _related(mine: str, theirs: str) -> bool:
    """Whether WordNet relates two nouns: a sense shared, one a kind of the other in any of their
    first senses, a definition of one naming the other, a group and its members, or two
    descriptions of people that meet near above them."""
    wordnet = load_wordnet()
    assert wordnet is not None
    my_senses, their_senses = _noun_senses(mine), _noun_senses(theirs)
    if not my_senses or not their_senses:
        return True  # not a noun WordNet knows: nothing to tell
    if set(my_senses) & set(their_senses):
        return True
    if any(set(their_senses) & wordnet.above("n", o, None) for o in my_senses):
        return True
    if any(set(my_senses) & wordnet.above("n", o, None) for o in their_senses):
        return True
    if _defined_by(my_senses, their_senses) or _defined_by(their_senses, my_senses):
        return True
    # A group and its members are one party told two ways: "police" for "officers".
    if any(p.symbol in ("#m", "%m") and p.offset in their_senses for o in my_senses for p in wordnet.synset("n", o).pointers):
        return True
    for m in my_senses:
        if wordnet.synset("n", m).lexicographer_file != NOUN_PERSON:
            continue
        for t in their_senses:
            if wordnet.synset("n", t).lexicographer_file == NOUN_PERSON and wordnet.above("n", m, _PERSON_STEPS) & wordnet.above("n", t, _PERSON_STEPS):
                return True
    return False


def _verbal(word: str) -> bool:
    """A verb's form or a word met more often as a verb ("showed", "evacuate"), not a noun's."""
    if word.endswith("ed"):
        return True
    wordnet = load_wordnet()
    assert wordnet is not None
    verb = max((wordnet.tagged(lemma, "v") for lemma in wordnet.lemmas(word, "v")), default=0)
    noun = max((wordnet.tagged(lemma, "n") for lemma in wordnet.lemmas(word, "n")), default=0)
    # Well over as often as a verb: "tunnel supports" and "kick" stay nouns, "save money" does not.
    return verb > 2 * noun and not word.endswith("ing")


def _named_thing(word: str, classifier: bool) -> bool:
    """Whether the line's noun names a referent of its own: not a broad word or a stand-in that
    a line may use for its source's narrower one ("the site", "the club"), not one person's
    description ("the leaker" for "the contractor": a singular person is told many ways), and, out
    of a classifier's place, a thing, place, body or people."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if singular in _BROAD_NOUNS or singular in _STAND_INS:
        return False
    first = _first_file(word)
    if first == -1:
        return False
    if classifier:
        return True
    if first in _FIGURE_FILES or (first == NOUN_PERSON and singular == word):
        return False
    # Things, places, bodies and people (`wordnet.CONCRETE_FILES`): another of them is another
    # referent; acts, states, events and ideas are told many ways ("the walkout" for "the
    # industrial action"): no swap is read among them.
    return first in CONCRETE_FILES


def _bodies(word: str, their_words: Sequence) -> bool:
    """Whether the line's noun and one of the slot's name bodies or groups (WordNet's noun.group):
    parties, which a line may take from another cited sentence into the wrong place."""
    return _first_file(word) == _GROUP and any(_first_file(t.lower) == _GROUP for t in their_words)


def _defined_by(senses: Sequence[int], others: Sequence[int]) -> bool:
    """Whether a definition of one of `senses` names a word of one of `others`: "higher ground"
    for "higher fields", a field being "a piece of land" and "land" a name of the ground."""
    wordnet = load_wordnet()
    assert wordnet is not None
    words = {w for o in others[:_GLOSSED_SENSES] for w in wordnet.synset("n", o).words if len(w) > 2}
    return any(set(_GLOSS_WORD.findall(wordnet.gloss("n", o).lower())) & words for o in senses[:_GLOSSED_SENSES])


def _described_name(words: Sequence[tuple[int, Any]], start: int, end: int) -> int:
    """Where a stretch's closing name starts, when the stretch is words in small letters and then
    that name (up to `_MOST_SLOT_WORDS` of each), within one comma segment; else `start`."""
    k = end
    while k > start and words[k - 1][1].capitalised:
        k -= 1
    described = words[start:k]
    if k == end or k == start or len(described) > _MOST_SLOT_WORDS or any(t.capitalised for _, t in described):
        return start
    if words[start][1].segment != words[end - 1][1].segment:
        return start
    return k


def _comma_cut(words: Sequence[tuple[int, Any]], start: int, end: int) -> int:
    """Where a stretch of content words from `start` leaves its comma segment, or `end`."""
    return next((k for k in range(start + 1, end) if words[k][1].segment != words[start][1].segment), end)


def _content(tokens: Sequence) -> list[tuple[int, Any]]:
    """The content words with their places among all the words."""
    return [(k, t) for k, t in enumerate(tokens) if t.term is not None and not t.term.startswith("<")]


def _modifies(tokens: Sequence, before: int, at: int) -> bool | None:
    """Whether the word at `before` stands right before the word at `at`, in one noun phrase
    with it (True); or apart from it, a determiner opening a phrase between them (False); or
    neither is told (None)."""
    if at == before + 1:
        return True
    if any(t.lower in lexicon("english").determiners for t in tokens[before + 1 : at]):
        return False
    return None


def slot_swap_problems(text: str, sources: Sequence[str], window: Sequence[str]) -> list[Problem]:
    """`substitution` problems of an English line: a noun its evidence lacks, in the slot where a
    cited sentence has a noun WordNet does not relate to it. None without WordNet."""
    if not sources:
        return []
    line_tokens = tokens_of(text, "english")
    line = _content(line_tokens)

    def lacking(evidence: Sequence[str]) -> set[int]:
        lowers = frozenset().union(*(token_words(s)[0] for s in evidence))
        terms = frozenset().union(*(token_words(s)[1] for s in evidence))
        return {c for c, (_, t) in enumerate(line)
                if t.lower not in lowers and t.term not in terms and not t.capitalised and t.lower.isalpha() and len(t.lower) > 2}

    new = lacking([*sources, *window])
    if not new and len(sources) == 1:  # every word is its evidence's own: nothing put in another's slot
        return []
    wordnet = load_wordnet()
    if wordnet is None:
        return []
    line_terms = [t.term for _, t in line]
    swapped: list[tuple[str, str]] = []
    for sentence in sources:
        # A body that another cited sentence names, put in this one's slot of another body ("the
        # regional mines inspectorate had ignored warnings" where this sentence has "the company").
        moved = lacking([sentence, *window]) - new if len(sources) > 1 else set()
        if not new and not moved:
            continue
        their_tokens = tokens_of(sentence, "english")
        theirs = _content(their_tokens)
        matcher = SequenceMatcher(None, line_terms, [t.term for _, t in theirs], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace" or not (new | moved) & set(range(i1, i2)):
                continue
            if i2 - i1 > _MOST_SLOT_WORDS or j2 - j1 > _MOST_SLOT_WORDS or not i1 or not j1:
                continue
            # Held by shared words on both sides, or at the end of both.
            if (i2 == len(line)) != (j2 == len(theirs)):
                continue
            mine, other = [t for _, t in line[i1:i2]], [t for _, t in theirs[j1:j2]]
            # The shared word before the slot modifies the slot's noun in one ("its cooling
            # procedure") and stands apart from it in the other, a determiner opening a phrase of
            # its own ("cools the glass"): the thing done and the thing it is done to, no one slot.
            if {_modifies(line_tokens, line[i1 - 1][0], line[i1][0]), _modifies(their_tokens, theirs[j1 - 1][0], theirs[j1][0])} == {True, False}:
                continue
            # The slot is a noun phrase in both: no verb ("save money" for "cut costs") and no
            # figure (the figure checks' to read) in either.
            if any(_verbal(t.lower) or not t.lower.isalpha() for t in (*mine, *other)):
                continue
            their_words = [t for t in other if not t.capitalised and t.term not in line_terms]
            if not their_words or not any(_mostly_noun(t.lower) and _first_file(t.lower) not in _FIGURE_FILES for t in their_words):
                continue
            # A modifier of the same head noun, right after it in both, or of two related heads,
            # names which kind of it ("parking fees" for "service fees", "sports hall" for
            # "science building"); elsewhere only a thing, place, body or people is read.
            shared_head = (i2 < len(line) and j2 < len(theirs) and line[i2][0] == line[i2 - 1][0] + 1
                           and theirs[j2][0] == theirs[j2 - 1][0] + 1 and _mostly_noun(line[i2][1].lower)
                           and _first_file(line[i2][1].lower) not in (*_FIGURE_FILES, -1))
            related_heads = len(mine) > 1 and len(other) > 1 and _mostly_noun(mine[-1].lower) and (
                mine[-1].term == other[-1].term or _related(mine[-1].lower, other[-1].lower))
            for c in range(i1, i2):
                token = line[c][1]
                classifier = shared_head or (related_heads and c < i2 - 1)
                if c not in new and not (c in moved and _bodies(token.lower, their_words)):
                    continue
                if not _mostly_noun(token.lower) or not _named_thing(token.lower, classifier):
                    continue
                if any(_same_root(token.term, t.term) or _related(token.lower, t.lower) for t in their_words):
                    continue
                swapped.append((" ".join(t.text for t in mine), " ".join(t.text for t in other)))
                break
        if swapped:
            break
    return _substitutions(swapped)


def _one_by_one(tokens: Sequence[Any]) -> str:
    """The acronym that capitals read one by one make ("U.S." read as "U", "S": "US"), or ""."""
    letters = [t.text for t in tokens]
    return "".join(letters) if len(letters) >= 2 and all(len(x) == 1 and x.isupper() for x in letters) else ""


def _one_party(mine: set[str], theirs: set[str], article: Sequence[str], language: str) -> bool:
    """Whether the article writes a word of each name in one run of capitalised words: two parts
    of one name ("Luca" and "Ferrand" of "Luca Ferrand")."""
    for sentence in article:
        run: set[str] = set()
        for token in tokens_of(sentence, language):
            if token.capitalised and token.term is not None:
                run.add(token.term)
                if run & mine and run & theirs:
                    return True
            elif token.term is not None or token.text in ",;:()":
                run = set()
    return False


def _ends_clause(content: Sequence[tuple[int, Any]], end: int) -> bool:
    """Whether a slot ending before content word `end` ends its clause: the sentence's end, or a
    comma before the next word ("... au parc des expositions de Montjoux, en périphérie")."""
    return end == len(content) or content[end][1].segment != content[end - 1][1].segment


def slot_name_problems(text: str, sources: Sequence[str], article: Sequence[str], language: str) -> list[Problem]:
    """`relation` problems: a name the line puts in the slot where a cited sentence has another
    party's name, the two sharing no word and never written as one name in the article ("a film
    by Camille Verdaut" where the sentence has "a film by the director Julien Morand"). Names are
    told by their capitals; in German, which capitalises every noun, by their place in the article."""
    line = _content(tokens_of(text, language))
    if lexicon(language).nouns_capitalised:
        # Every noun has a capital: names are told by their place in the article (`capital_names`).
        names = name_terms(tuple(article), language)

        def is_name(token: Any) -> bool:
            return token.capitalised and token.term in names
    else:
        def is_name(token: Any) -> bool:
            return token.capitalised
    capitalised = {t.term for _, t in line if is_name(t)}
    if not capitalised:
        return []
    line_terms = [t.term for _, t in line]
    for source in sources:
        theirs = _content(tokens_of(source, language))
        if capitalised <= {t.term for _, t in theirs}:
            continue  # every name word of the line is the sentence's: none put in another's place
        matcher = SequenceMatcher(None, line_terms, [t.term for _, t in theirs], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace" or not i1 or not j1:
                continue
            # A name set off by a comma ends its slot there, whatever the words after it say in
            # other words ("won by Pieter Maes, who stayed clear" / "won by Diego Ferrán, who avoided").
            i2, j2 = _comma_cut(line, i1, i2), _comma_cut(theirs, j1, j2)
            # Both slots end their sentences, or neither; or both end a clause, as a line that stops
            # where its source's clause stops ("... de Lorvens." for "... de Montjoux, en périphérie").
            if (i2 == len(line)) != (j2 == len(theirs)) and _ends_clause(line, i2) != _ends_clause(theirs, j2):
                continue
            # A place or party the line names after words that describe it ("around the headquarters
            # city of Brennick" / "in the coastal province of Ostrand"): its name is the line's slot.
            i1 = _described_name(line, i1, i2)
            if i2 - i1 > _MOST_SLOT_WORDS or j2 - j1 > _MOST_SLOT_WORDS:
                continue
            # The line's slot a name; the source's a name, perhaps after its title ("the director").
            mine, other = [t for _, t in line[i1:i2]], [t for _, t in theirs[j1:j2]]
            name = [t for t in other if is_name(t)]
            # The line's slot a name, perhaps after the noun that classes it ("das Planungsbüro Flusslinie").
            if not mine[-1].capitalised or not all(is_name(t) or t.capitalised and k < len(mine) - 1 for k, t in enumerate(mine)):
                continue
            if not is_name(mine[-1]) or not name or not is_name(other[-1]):
                continue
            my_terms, their_terms = {t.term for t in mine}, {t.term for t in name}
            if my_terms & {t.term for _, t in theirs} or {t.term for t in other} & set(line_terms):
                continue
            # An acronym of the other name, anywhere in the article ("QPR" for "Queens Park Rangers").
            whole = " ".join(article)
            if any(spelled_out(t.text, whole) for t in mine) or any(spelled_out(t.text, whole) for t in name):
                continue
            if spelled_out(_one_by_one(name), text) or spelled_out(_one_by_one(mine), " ".join(sources)):
                continue  # the source's "U.S." (read as "U", "S") for the line's "United States"
            if any(same_place(a.text, b.text) for a in mine for b in name) or _one_party(my_terms, their_terms, article, language):
                continue
            if same_short_place([t.text for t in mine], [t.text for t in name], language):  # "New York" for "N.Y."
                continue
            written, theirs_written = " ".join(t.text for t in mine), " ".join(t.text for t in other)
            return [Problem("relation", f"relation not in its sources: the line has “{written}” where its source has “{theirs_written}”")]
    return []
