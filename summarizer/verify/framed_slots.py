"""A word put into a copied frame: the line copies its cited sentence on both sides of a short
stretch and says there what the sentence does not. Two kinds are read:
- an opposite: a word WordNet opposes to the sentence's ("a promise to increase the number of
  hours" where it has "a promise to cut the number of hours"; "the paint had been applied
  thickly" where "thinly"; "the fall was gentler than expected" where "the decline was steeper");
- another thing (`framed_noun_problems`): a concrete noun the whole article never uses where the
  sentence has another noun ("chanterelles and morels" where "chanterelles and ceps", "lower
  cholesterol" where "lower blood pressure").

A frame is read from the content words the two share in order (a diff of their terms): a stretch
that differs between `MIN_ANCHOR` shared words on each side, or at the end of both after
`MIN_END_ANCHOR` shared ones, is one slot, and only the words at its edges (beside the shared
words) stand for each other. A faithful line rewords its sentence too, with a synonym or a
broader word; it does not say the opposite of it where it copies everything around it.

WordNet (`wordnet.py`, optional) opposes two words more widely than the hand tables and
`wordnet_relations`, which read a word's direct antonyms in its first senses:
- an adjective through the head of any of its senses (a satellite is opposed as its head is:
  "gentle" in its sense "gradual" is opposed to "steep"), where both words are read as
  adjectives at least as often as nouns ("the surface" is no adjective);
- an adverb in its first senses, directly or through the adjective it comes from ("thickly");
- a verb in the line's first senses against the source's first sense, or against the verb right
  above one of its first two senses ("cut" in its sense "reduce" is a kind of "decrease", which
  "increase" is opposed to). A later sense of the source's verb is never read as itself: "sits"
  for "lies" (located) is not the posture opposed to "sit".
A negation just before either word ("should not be disturbed") turns it round: the check steps aside.

Another thing is read only among things, substances, foods, plants, animals, places and body
parts (WordNet's concrete classes less people and groups: people are described in many ways,
"the intruders" for "the men"), where the line's noun is no near kin of the sentence's word either
way (`wordnet_kin.near_kin`: "drugs" for "medicines" passes) and the article never uses it; the
sentence's word may be one WordNet does not know ("ceps"). The slot is short: at most
`MOST_LINE_WORDS` of the line's content words for `MOST_SOURCE_WORDS` of the sentence's, none a
name, figure, saying word, hedge, date or count. (A broader word for a word WordNet does not
know, "mushrooms" for "girolles", is read as another thing: nothing tells it apart.)
English only; without WordNet nothing is read.

The senses and classes were chosen on hand rounds 1-27 (the faithful "which sits at 4,200
metres" for "lies at" and "the intruders" for "the men" set them); FRANK valid and the public
rows were only measured: 6 wrong lines caught there, no faithful line flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from summarizer.verify.clauses import MIN_SHARED_START, _held_terms, _sentence_terms, content_terms, held_terms
from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.relations import tokens_of
from summarizer.verify.swaps import _substitutions, negated_before
from summarizer.verify.wordnet import CONCRETE_FILES, NOUN_PERSON, load_wordnet
from summarizer.verify.wordnet_kin import near_kin

MIN_ANCHOR = 2  # shared content words on each side of the slot
MIN_END_ANCHOR = 3  # shared content words before a slot that ends both
MOST_LINE_WORDS = 2  # content words of the line's side of a slot a noun is read in
MOST_SOURCE_WORDS = 3  # and of the sentence's side
_LINE_SENSES = {"v": 3, "r": 3, "a": None}  # the line's senses read, per part of speech (None: all)
_SOURCE_SENSES = {"v": 1, "r": 3, "a": 1}  # the source's senses read as themselves
_ABOVE_SENSES = 2  # the source verb's senses whose hypernym is read


def framed_opposite_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """`substitution` problems for the words of an English line that stand in a copied frame of
    a cited sentence where that sentence has a word WordNet opposes to them; none without WordNet."""
    if not lexicon(language).wordnet or not sources:
        return []
    line_tokens, line_places, line, line_terms = _read(text)
    if len(line) < MIN_ANCHOR + 1:
        return []
    negations = lexicon(language).negations
    swapped: list[tuple[str, str]] = []
    for source in sources:
        source_tokens, their_places, theirs, their_terms = _read(source)
        # Only a word of the line's own beside copied words, that WordNet may oppose to another,
        # can stand for an opposite (most lines have none: nothing is aligned).
        their_set = frozenset(their_terms)
        if not any(line[k].lower.isalpha() and _may_oppose(line[k].lower) for k in _beside_copied(line_terms, their_set)):
            continue
        for mine, other in _slot_edges(text, source):
            my_token, their_token = line[mine], theirs[other]
            mk, tk = line_places[mine], their_places[other]
            if my_token.term in their_terms or their_token.term in line_terms:
                continue  # a word both have, moved: no swap in place
            if my_token.capitalised or their_token.capitalised or not my_token.lower.isalpha() or not their_token.lower.isalpha():
                continue
            if negated_before(line_tokens, mk, negations) or negated_before(source_tokens, tk, negations):
                continue
            if load_wordnet() is None:
                return []
            if opposed(my_token.lower, their_token.lower):
                swapped.append((my_token.text, their_token.text))
        if swapped:
            break
    return _substitutions(swapped)


@lru_cache(maxsize=512)  # a cited sentence is read again for each line and check
def _read(text: str) -> tuple[tuple, tuple[int, ...], tuple, tuple[str, ...]]:
    """An English text's tokens, and of its content words (no function word, pronoun, figure or
    date) their token indices, the tokens themselves and their terms. (No pair is built per word:
    a check that runs on most lines should leave little for the garbage collector to walk.)"""
    tokens = tokens_of(text, "english")
    places = tuple([k for k, t in enumerate(tokens) if t.term is not None and t.term[0] != "<" and not t.lower[:1].isdigit()])
    words = tuple([tokens[k] for k in places])
    return tokens, places, words, tuple([t.term for t in words])


_OPPOSING = {"a": frozenset("!&"), "r": frozenset("!\\\\"), "v": frozenset("!")}  # an antonym; an adjective satellite's head; an adverb's adjective


@lru_cache(maxsize=8192)
def _may_oppose(word: str) -> bool:
    """Whether WordNet may oppose `word` to another (`opposed`): it has, as an adjective, adverb
    or verb, an antonym or a link through which one is read. False without WordNet."""
    wordnet = load_wordnet()
    if wordnet is None:
        return False
    return any(wordnet.pointer_kinds(lemma, pos) & kinds for pos, kinds in _OPPOSING.items() for lemma in wordnet.lemmas(word, pos))


@lru_cache(maxsize=16384)
def _word_terms(word: str) -> tuple[str, ...]:
    return content_terms(word, "english")


@lru_cache(maxsize=1024)  # both checks read a line's slots in a sentence
def _framed_slots(text: str, source: str) -> tuple[tuple[int, int, int, int], ...]:
    """The slots of a copied frame of `source` in the line `text`, as (line start, line end,
    source start, source end) of their content words: a stretch that differs between `MIN_ANCHOR`
    shared words on each side, or at the end of both after `MIN_END_ANCHOR` shared ones."""
    mine, theirs = _read(text)[3], _read(source)[3]
    if not _beside_copied(mine, frozenset(theirs)):
        return ()  # (the cheap test first: most lines have no word of their own beside copied ones)
    opcodes = SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes()
    slots: list[tuple[int, int, int, int]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "replace":
            continue
        before = i1 - opcodes[n - 1][1] if n and opcodes[n - 1][0] == "equal" else 0
        after = opcodes[n + 1][2] - opcodes[n + 1][1] if n + 1 < len(opcodes) and opcodes[n + 1][0] == "equal" else 0
        ends_both = i2 == len(mine) and j2 == len(theirs)
        if (before >= MIN_ANCHOR and after >= MIN_ANCHOR) or (ends_both and before >= MIN_END_ANCHOR):
            slots.append((i1, i2, j1, j2))
    return tuple(slots)


def _beside_copied(mine: Sequence[str], theirs: frozenset[str]) -> list[int]:
    """The indices of the line's terms that `theirs` lacks, with `MIN_ANCHOR` terms it has right
    before or right after them: where a slot may start or end."""
    return [
        k for k, term in enumerate(mine)
        if term not in theirs and (
            (k >= MIN_ANCHOR and all(t in theirs for t in mine[k - MIN_ANCHOR : k]))
            or (k + MIN_ANCHOR < len(mine) and all(t in theirs for t in mine[k + 1 : k + 1 + MIN_ANCHOR]))
        )
    ]


def _slot_edges(text: str, source: str) -> list[tuple[int, int]]:
    """(line index, source index) pairs of content words that stand for each other at the edges of
    a slot (`_framed_slots`): its first words, beside the shared words before it, and its last ones."""
    return [pair for i1, i2, j1, j2 in _framed_slots(text, source) for pair in dict.fromkeys(((i1, j1), (i2 - 1, j2 - 1)))]


def framed_noun_problems(text: str, sources: Sequence[str], evidence: Sequence[str], article: Sequence[str]) -> list[Problem]:
    """`substitution` problems for the concrete nouns of an English line that its `article` never
    uses, standing in a copied frame of a cited sentence where the sentence has another word
    (see the module's account); `evidence` is the cited sentences and their window. None without
    WordNet."""
    if not sources or not article:
        return []
    line = _read(text)[2]
    if len(line) < MIN_ANCHOR + 1:
        return []
    # Most lines have no word their evidence lacks as it is: nothing to read. (The evidence
    # sentences' terms are the clause checks', read once each.)
    exact = frozenset().union(*(_sentence_terms(sentence, "english") for sentence in evidence))
    unseen = {c for c, t in enumerate(line) if t.term not in exact and t.lower.isalpha() and not t.capitalised}
    if not unseen:
        return []
    skipped = _skipped_words()
    line_terms = _read(text)[3]
    candidates: list[tuple] = []  # (the line's token, the sentence's)
    for source in sources:
        theirs = _read(source)[2]
        for i1, i2, j1, j2 in _framed_slots(text, source):
            if i2 - i1 > MOST_LINE_WORDS or j2 - j1 > MOST_SOURCE_WORDS or not unseen & set(range(i1, i2)):
                continue
            slot = (*line[i1:i2], *theirs[j1:j2])
            if any(t.capitalised or not t.lower.isalpha() or t.lower in skipped for t in slot):
                continue
            candidates += [
                (line[mine], theirs[other]) for mine, other in dict.fromkeys(((i1, j1), (i2 - 1, j2 - 1)))
                if mine in unseen and not _family_in(theirs[other].term, line_terms)
            ]
    if not candidates or load_wordnet() is None:
        return []
    # A word the evidence holds in its family or as a listed synonym is no new thing. (Built here,
    # not taken from the clause checks' small cache, which keeps the article's terms.)
    held = held_terms(tuple(evidence), "english")
    swapped: list[tuple[str, str]] = []
    for my_token, their_token in candidates:
        if any(held.holds(term) for term in _word_terms(my_token.lower)):
            continue
        if _another_thing(my_token.lower, their_token.lower) and not _in_article(my_token.lower, tuple(article)):
            swapped.append((my_token.text, their_token.text))
            break
    return _substitutions(swapped)


def _family_in(term: str, terms: Sequence[str]) -> bool:
    """Whether `terms` hold `term` or a word of its family (the first `MIN_SHARED_START` letters)."""
    return term in terms or (len(term) >= MIN_SHARED_START and any(t.startswith(term[:MIN_SHARED_START]) for t in terms))


_GROUP = 14  # noun.group
_PARTIES = frozenset({NOUN_PERSON, _GROUP})  # people and groups: another of them is another party, the parties' checks' to judge
# Things, places, bodies and substances: WordNet's concrete classes (`wordnet.CONCRETE_FILES`) less people and groups.
_THING_FILES = CONCRETE_FILES - _PARTIES
_PEOPLE_SENSES = 3  # senses of the line's noun read for a person or group


def _another_thing(mine: str, theirs: str) -> bool:
    """Whether the line's `mine` is a concrete noun and names another thing than `theirs`."""
    wordnet = load_wordnet()
    assert wordnet is not None
    files = [wordnet.synset("n", o).lexicographer_file for o in wordnet.word_senses(mine, "n", None)]
    if not files or files[0] not in _THING_FILES or any(f in _PARTIES for f in files[:_PEOPLE_SENSES]):
        return False
    if not _mostly_noun(mine):
        return False
    known = any(wordnet.lemmas(theirs, pos) for pos in ("n", "v", "a", "r"))
    if known:
        their_files = [wordnet.synset("n", o).lexicographer_file for o in wordnet.word_senses(theirs, "n", 1)]
        if not _mostly_noun(theirs) or any(f in _PARTIES for f in their_files):
            return False
    return not near_kin(mine, theirs) and not near_kin(theirs, mine)


def _mostly_noun(word: str) -> bool:
    """Whether WordNet reads `word` as a noun in more senses than as anything else."""
    wordnet = load_wordnet()
    assert wordnet is not None
    counts = {pos: wordnet.sense_count(word, pos) for pos in ("n", "v", "a", "r")}
    return counts["n"] > 0 and counts["n"] > counts["v"] + counts["a"] + counts["r"]


def _in_article(word: str, article: tuple[str, ...]) -> bool:
    """Whether the article holds `word` (a word of its family or a listed synonym)."""
    held = _held_terms(article, "english")
    return any(held.holds(term) for term in _word_terms(word))


@lru_cache(maxsize=1)
def _skipped_words() -> frozenset[str]:
    """Words no slot of another thing may hold: saying words, hedges, dates, counts and numbers in words."""
    words = lexicon("english")
    return frozenset((*words.saying, *words.hedges, *words.spelled, *words.counts, *words.dates))


@lru_cache(maxsize=16384)
def opposed(mine: str, theirs: str) -> bool:
    """Whether WordNet opposes the line's word `mine` to its source's `theirs` (see the module's
    account): as adjectives, adverbs or verbs."""
    for pos in ("a", "r", "v"):
        if pos == "a" and not (_mostly_adjective(mine) and _mostly_adjective(theirs)):
            continue
        opposite = _opposites(mine, pos, _LINE_SENSES[pos])
        if not opposite:
            continue
        if opposite & _heads(theirs, pos, _SOURCE_SENSES[pos]):
            return True
        if pos == "r" and _opposites(theirs, pos, _LINE_SENSES[pos]) & _heads(mine, pos, _LINE_SENSES[pos]):
            return True
        if pos == "v" and opposite & _verbs_above(theirs):
            return True
    return False


@lru_cache(maxsize=16384)
def _heads(word: str, pos: str, count: int | None) -> frozenset[tuple[str, int]]:
    """The synsets `word` stands for in its first `count` senses as `pos`: each sense, an
    adjective satellite's head, and an adverb's adjective (its pertainym)."""
    wordnet = load_wordnet()
    assert wordnet is not None
    found: set[tuple[str, int]] = set()
    for offset in wordnet.word_senses(word, pos, count):
        found.add((pos, offset))
        synset = wordnet.synset(pos, offset)
        for pointer in synset.pointers:
            if (pos == "a" and synset.satellite and pointer.symbol == "&") or (pos == "r" and pointer.symbol == "\\"):
                found.add((pointer.pos, pointer.offset))
    return frozenset(found)


@lru_cache(maxsize=16384)
def _opposites(word: str, pos: str, count: int | None) -> frozenset[tuple[str, int]]:
    """The synsets WordNet opposes to `_heads(word, pos, count)`."""
    wordnet = load_wordnet()
    assert wordnet is not None
    return frozenset(
        (p.pos, p.offset) for pos_, offset in _heads(word, pos, count) for p in wordnet.synset(pos_, offset).pointers if p.symbol == "!"
    )


@lru_cache(maxsize=16384)
def _verbs_above(word: str) -> frozenset[tuple[str, int]]:
    """The verbs right above the first `_ABOVE_SENSES` senses of `word` ("decrease" above "cut")."""
    wordnet = load_wordnet()
    assert wordnet is not None
    return frozenset(
        ("v", p.offset) for offset in wordnet.word_senses(word, "v", _ABOVE_SENSES) for p in wordnet.synset("v", offset).pointers if p.symbol == "@"
    )


@lru_cache(maxsize=16384)
def _mostly_adjective(word: str) -> bool:
    """Whether WordNet's tagged texts read `word` as an adjective at least as often as a noun
    ("steep", "future"; not "surface")."""
    wordnet = load_wordnet()
    assert wordnet is not None

    def tagged(pos: str) -> int:
        return sum(max(0, wordnet.tagged(lemma, pos)) for lemma in wordnet.lemmas(word, pos))

    return bool(wordnet.lemmas(word, "a")) and tagged("a") >= tagged("n")
