"""A claim given to the wrong party: "Nach Angaben der Kreisverwaltung fielen 120 Liter Regen"
where the article's sentence holding the claim gives it to the weather service, and the
district office speaks elsewhere in the article ("Wie die Kreisverwaltung mitteilte, ...").

Lexical, in every language whose module gives saying words. Only a party the line names with a
capital is read, and only one that speaks elsewhere in the article: a description ("the
company", "officials") may be the claim's own speaker in other words, the speaker checks' to
judge, and so may a body the claim's sentence describes ("The force said"). A claim sentence
that gives its words to "he" or "lui" ("Selon lui, ...", "Er sagte") or to no one named
("Según explicó") speaks for the party of the sentence before it; one that names no one at all
(a quotation that goes on), for that of the sentence before or after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import Lexicon, joined, unelided
from summarizer.verify.parties import PERSON_PRONOUNS
from summarizer.verify.problems import Problem
from summarizer.verify.swaps import _STAND_INS

_QUOTE_MARKS = "\"“”«»„"
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d.,]*|[,;:]")
_BREAKS = frozenset(",;:")  # marks that end a speaker's name: "..., the press said; the club ..."
_SPEAKER_WORDS = 4  # words from the saying word that may name its speaker
_SHARE = 0.6  # of the claim's words the sentence holding it must have


@lru_cache(maxsize=16)  # every line of a summary reads the same article
def _read(article: tuple[str, ...], markers: frozenset[str]) -> tuple[list[list[str]], list[frozenset[str]], list[bool]]:
    """Each sentence's words, the first letters of each (`_key`), and whether it has a saying word."""
    sentences = [_WORD.findall(s) for s in article]
    saying = [any(_is_marker(w, markers) for w in s) for s in sentences]
    return sentences, [frozenset(_key(w) for w in s) for s in sentences], saying


def _key(word: str) -> str:
    """A word compared by its first letters: "schlimmste" is "schlimmsten"; an elided article or
    preposition aside ("d'Aster-3" is "Aster-3", "l'Agence" "Agence")."""
    return unelided(word.lower())[:5]


def _markers(lexicon: Lexicon) -> frozenset[str]:
    return joined(lexicon, "saying", "labelling", "contested", "report_nouns")


@lru_cache(maxsize=32)
def _glued_endings(markers: frozenset[str]) -> tuple[str, ...]:
    """The saying words long enough to be read at the end of a word with a prefix glued on; a
    tuple, which `str.endswith` tries all at once."""
    return tuple(m for m in markers if len(m) >= 5)


# Whether each word is a saying word, per set of saying words: news repeats its words, and the
# glued-prefix test tries every long saying word's ending. (Dicts of strings and flags: the cyclic
# garbage collector does not walk them; a race between threads only reads a word twice.)
_MARKER_READS: dict[frozenset[str], dict[str, bool]] = {}
_MARKER_READS_LIMIT = 100_000


def _is_marker(word: str, markers: frozenset[str]) -> bool:
    """A saying word, also with a German separable prefix glued on ("mitteilte" for "teilte mit")."""
    read = _MARKER_READS.get(markers)
    if read is None:
        read = _MARKER_READS.setdefault(markers, {})
    found = read.get(word)
    if found is None:
        lowered = word.lower()
        found = read[word] = lowered in markers or lowered.endswith(_glued_endings(markers))
        if len(read) > _MARKER_READS_LIMIT:  # a bound, so a long batch run cannot grow it forever
            read.clear()
    return found


def _speaker(words: Sequence[str], markers: frozenset[str], lexicon: Lexicon, stop: frozenset[str]) -> tuple[set[int], set[str]]:
    """Where the line's saying words stand, and the words that name who says it: those before a
    saying verb, back to the line's start or a comma ("Der Mieterverein sagte", "His lawyer, Tom
    Reardon, said"), or, where nothing stands there, the capitalised ones after it ("...,
    Northbridge Rovers confirmed"); after "according to" or "nach Angaben" always ("Selon le
    directeur Hervé Castagnède, ...", "Nach Angaben der Kreisverwaltung fielen"), up to the end
    of the name. Only a party named with a capital counts: not one word that has it for opening
    the line ("Police said")."""
    said = {k for k, w in enumerate(words) if _is_marker(w, markers)}
    for k in sorted(said):
        before = []
        j = k - 1
        if j >= 0 and words[j] in _BREAKS:
            j -= 1  # an apposition closes just before its saying word
        while j >= 0 and k - j <= _SPEAKER_WORDS + 1 and words[j] not in _BREAKS and words[k].lower() not in joined(lexicon, "according", "report_nouns"):
            before.append(j)
            j -= 1
        after = []
        for j in range(k + 1, min(len(words), k + 2 + _SPEAKER_WORDS)):
            word = words[j]
            named = any(words[i][:1].isupper() for i in after)
            if word in _BREAKS or named and word.lower() not in stop and not word[:1].isupper():
                break  # "selon le directeur académique Hervé Castagnède, ...": up to the name's end
            after.append(j)
        inverted = k + 1 < len(words) and words[k + 1][:1].isupper()  # "..., teilte Bürgermeister X mit"
        if k >= 2 and words[k - 1] == "," and not words[k - 2][:1].isupper() and not inverted:
            # "Tom Reddy praised the crew, saying ...": a participle after its own clause speaks for
            # that clause's subject, the name the line opens with (an apposition, "His lawyer, Tom
            # Reardon, said", ends in a capital before the comma and is read as above).
            opening = [j for j in range(min(k - 1, _SPEAKER_WORDS + 4)) if words[j][:1].isupper()]
            if opening and all(w not in _BREAKS for w in words[: opening[-1]]):
                before = list(range(opening[-1], -1, -1))
        found = [j for j in before if words[j].lower() not in stop and words[j] not in _BREAKS and j not in said]
        opened = _description_opening(words, k)
        if found and opened is not None:
            # "Simon Varga, managing director of the Acme Tile Company, warned": a description
            # between commas opens in small letters; the name before it speaks, described.
            found += [i for i in range(opened - 1, max(-1, opened - 2 - _SPEAKER_WORDS), -1)
                      if words[i][:1].isupper() and all(w not in _BREAKS for w in words[i:opened])]
        if not found:
            found = [j for j in after if words[j].lower() not in stop and words[j] not in _BREAKS and j not in said]
        if any(words[j][:1].isupper() for j in found) and (len(found) > 1 or found[0] > 0):
            return said, {_key(words[j]) for j in found}
    return said, set()


_DESCRIPTION_WORDS = 10  # words a description between commas may run to ("managing director of the ...")


def _description_opening(words: Sequence[str], k: int) -> int | None:
    """Where the comma stands that opens a description closing just before the saying word at `k`
    ("Simon Varga, managing director of ..., warned"): it opens in small letters, or with an
    owner's name ("Luis Barrientos, Tervane's COO, said"); None if not."""
    if k < 2 or words[k - 1] != ",":
        return None
    c = k - 2
    while c >= 0 and words[c] not in _BREAKS and k - c <= _DESCRIPTION_WORDS + 2:
        c -= 1
    opens = words[c + 1][:1].islower() or (words[c + 1].endswith(("'s", "’s")) and c + 2 < k - 1)
    if c > 0 and words[c] == "," and opens and words[c - 1][:1].isupper():
        return c
    return None


def _own_clause_start(words: Sequence[str], said: set[int], named: set[str], lexicon: Lexicon) -> int:
    """Where the clause of the line's speaker starts: after a mark and a conjunction just before
    the speaker's name ("Strand fears the deal could fail, and Delacroix said the union ...").
    A line may fuse two sentences; the speaker says only the clause its name opens, and the
    clause before has a subject and a verb of its own. 0 where the name opens no such clause."""
    first = min(said)
    name = next((k for k in range(first) if _key(words[k]) in named), None)
    if name is None or name < 2:
        return 0
    if words[name - 1].lower() in lexicon.coordinators and words[name - 2] in _BREAKS:
        return name - 1
    return 0


def _gives_to_one_before(sentence: Sequence[str], markers: frozenset[str], pronouns: frozenset[str]) -> bool:
    """Whether a sentence gives its claim to someone only a sentence before it names: a pronoun
    beside its saying word ("Er sagte", "Selon lui"), or a saying verb right after "según"
    ("Según explicó")."""
    for k, word in enumerate(sentence):
        if not _is_marker(word, markers):
            continue
        beside = [w.lower() for w in sentence[max(0, k - 2) : k + 3]]
        if set(beside) & pronouns:
            return True
        if sentence[k + 1 : k + 2] and _is_marker(sentence[k + 1], markers):
            return True  # "Según explicó": the one who explained is named before
    return False


def _said_by_stand_in(sentence: Sequence[str], markers: frozenset[str], stand_ins: frozenset[str]) -> bool:
    """Whether a word that stands for a named body ("the force", "the club") speaks in the sentence,
    right beside a saying word."""
    def beside(k: int) -> set[str]:  # up to two words either side, within the saying's own clause
        words = set()
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(sentence) and abs(j - k) <= 2 and sentence[j] not in _BREAKS:
                words.add(sentence[j].lower())
                j += step
        if k >= 2 and sentence[k - 1] == ",":
            # An apposition just before it describes its speaker: "Its chair, a retired hydrologist, said".
            j = k - 2
            while j >= 0 and k - j <= _SPEAKER_WORDS + 2 and sentence[j] not in _BREAKS:
                words.add(sentence[j].lower())
                j -= 1
        return words

    return any(_is_marker(word, markers) and beside(k) & stand_ins for k, word in enumerate(sentence))


def _beside_saying(sentence: Sequence[str], markers: frozenset[str]) -> set[str]:
    """The `_key`s of the words a few either side of a sentence's saying words, where its speaker stands."""
    near = _SPEAKER_WORDS + 2
    return {
        _key(sentence[j]) for k, word in enumerate(sentence) if _is_marker(word, markers)
        for j in range(max(0, k - near), min(len(sentence), k + near + 1))
    }


def _said_clause(words: Sequence[str], said: set[int], named: set[str], stop: frozenset[str]) -> set[str]:
    """The content words (`_key`s) after the line's first saying word up to the next mark, the
    clause that word reports, where the line opens on its speaker and goes on after a mark
    with a clause of its own; empty otherwise (the whole line is then the claim)."""
    start = min(said) + 1
    end = next((j for j in range(start, len(words)) if words[j] in _BREAKS), len(words))
    if start > _SPEAKER_WORDS + 2 or not any(w not in _BREAKS and w.lower() not in stop for w in words[end + 1 :]):
        return set()
    return {
        _key(w) for k, w in enumerate(words[start:end], start)
        if k not in said and _key(w) not in named and w.lower() not in stop and len(w) > 2
    }


def _describing(sentence: Sequence[str], article: Sequence[str], language: str, words: Sequence[str], named: set[str]) -> frozenset[str]:
    """The words of `sentence` (lower case) that the article uses to describe the party the line
    names (`descriptions.described_names`): "agency" where it writes "the space agency Orbis"."""
    from summarizer.verify.descriptions import described_names
    from summarizer.verify.relations import tokens_of

    described = described_names(tuple(article), language)
    if not described:
        return frozenset()
    party = {t.term for w in words if _key(w) in named for t in tokens_of(w, language) if t.term is not None}
    return frozenset(
        w.lower() for w in sentence if w[:1].islower()
        for t in tokens_of(w, language) if t.term is not None and described.get(t.term, frozenset()) & party
    )


def _main_body_post(sentence: Sequence[str], named: frozenset[str], article: Sequence[str], language: str) -> bool:
    """Whether the line's party is the body the article is about and `sentence` (its words) gives
    the claim to a post with no owner written before it, which news gives to that body."""
    from summarizer.verify.bodies import main_body
    from summarizer.verify.relations import ownerless_post

    body = {_key(word) for word in main_body(tuple(article), language)}
    return bool(body) and named <= body and ownerless_post(sentence, language)


def claimant_problems(text: str, article: Sequence[str], lexicon: Lexicon, stop: frozenset[str], language: str = "") -> list[Problem]:
    """The line's speaker, a party that speaks elsewhere in the article, for a claim whose own
    sentence gives it to someone else."""
    markers = _markers(lexicon)
    if not markers or not article:
        return []
    words = _WORD.findall(text)
    said, named = _speaker(words, markers, lexicon, stop)
    if not named:
        return []
    opening = _own_clause_start(words, said, named, lexicon)
    claim = {
        _key(w) for k, w in enumerate(words)
        if k >= opening and k not in said and w not in _BREAKS and _key(w) not in named and w.lower() not in stop and len(w) > 2
    }
    if len(claim) < 3:
        return []
    sentences, keys, saying = _read(tuple(article), markers)
    shared = [len(claim & held) for held in keys]
    best = max(range(len(sentences)), key=lambda n: shared[n])
    if shared[best] < _SHARE * len(claim):
        # A line may glue a clause of another sentence to the claim ("X a annoncé le report du
        # lancement, interrompu à 47 secondes du décollage"): the saying verb's own clause, alone.
        claim = _said_clause(words, said, named, stop)
        if len(claim) < 3:
            return []
        shared = [len(claim & held) for held in keys]
        best = max(range(len(sentences)), key=lambda n: shared[n])
        if shared[best] < _SHARE * len(claim):
            return []
    # The claim's sentence names the line's party: beside its saying word ("Its founder, ...,
    # said", "The trust has asked"), or anywhere by the words the line writes with a capital
    # ("L'Agence régionale de météorologie" is not named by "un satellite météorologique").
    capitals = {_key(w) for w in words if w[:1].isupper() and _key(w) in named} or named
    if named & _beside_saying(sentences[best], markers) or capitals & keys[best]:
        return []
    if not saying[best]:
        return []  # the article states it: a speaker added is the hedge checks' question
    if _said_by_stand_in(sentences[best], markers, _STAND_INS | lexicon.stand_ins):
        return []  # "The force said": the party the line names, described
    if language and _said_by_stand_in(sentences[best], markers, _describing(sentences[best], article, language, words, named)):
        return []  # "an agency spokesperson said" where the article calls the line's Orbis "the space agency Orbis"
    if language and _main_body_post(sentences[best], named, article, language):
        return []  # "Chief operating officer Luis Barrientos said" where the line has the article's airline say it
    pronouns = PERSON_PRONOUNS | lexicon.pronouns | {"lui", "him", "her", "ihm", "ihr"}
    if _gives_to_one_before(sentences[best], markers, pronouns):
        neighbours = [best - 1]
    elif not any(w[:1].isupper() for w in sentences[best][1:]) and any(c in article[best] for c in _QUOTE_MARKS):
        neighbours = [best - 1, best + 1]  # a quotation that names no one goes on from or to its speaker
    else:
        neighbours = []
    if any(0 <= n < len(keys) and named & keys[n] for n in neighbours):
        return []
    # The line's party speaks elsewhere: in a sentence of its own, or in the next one through a
    # pronoun ("Der Bürgermeister wies die Kritik zurück. Er sagte, ...").
    speaks = any(
        named & held and (says or n + 1 < len(sentences) and n + 1 != best and _gives_to_one_before(sentences[n + 1], markers, pronouns))
        for n, (held, says) in enumerate(zip(keys, saying)) if n != best
    )
    if not speaks:
        return []
    who = " ".join(dict.fromkeys(w for w in words if _key(w) in named and w[:1].isupper()))
    return [Problem("attribution", f"attribution not in its sources: the article's sentence holding this claim gives it to "
                                   f"someone else, and “{who}” speaks elsewhere in it")]
