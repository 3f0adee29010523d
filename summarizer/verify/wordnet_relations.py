"""Opposites and sister nouns by WordNet: a word of an English line that its sources lack, where
they have its opposite in its place ("The krona weakened 0.8 percent" where they have
"strengthened 0.8 percent") or another kind of the same thing ("stopped treatment because of
dizziness" where they have "because of nausea").

The hand tables of `swaps.py` hold the opposites news uses most; WordNet (`wordnet.py`, optional)
holds the rest. Without it, `lexical_problems` finds nothing and looks nothing up.

The limits below were measured on hand rounds 1-18 and the public rows' tune split: each one
removed false alarms on faithful lines and no catch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.relations import token_words, tokens_of
from summarizer.verify.swaps import _substitutions, negated_before
from summarizer.verify.wordnet import NOUN_PERSON, load_wordnet
from summarizer.verify.wordnet_kin import near_kin

# The line's word may mean any of its first three senses; the source's word is read in its first
# only: "which sits at 4,200 metres" for "lies at" is not the "lie" opposed to "sit".
_LINE_SENSES = 3
_SOURCE_SENSES = 1
# Sister nouns share the synset right above them, in the first two senses of each: "dizziness"
# and "nausea" (symptoms), "maize" and "millet" (grains). Two steps up, "study" and "research"
# are sisters too.
_NOUN_SENSES = 2
# A phrasal verb is one word to WordNet: "turning down" is "turn_down".
_PARTICLES = frozenset("down up out off away back over in on".split())
_ANY_POS = ("n", "v", "a", "r")


@lru_cache(maxsize=65536)
def _lemmas(word: str) -> frozenset[str]:
    """The dictionary forms WordNet has for `word` in any part of speech ("bought" -> "buy")."""
    wordnet = load_wordnet()
    if wordnet is None:
        return frozenset()
    return frozenset(lemma for pos in _ANY_POS for lemma in wordnet.lemmas(word, pos))


@lru_cache(maxsize=65536)
def _senses(word: str, count: int) -> frozenset[tuple[str, int]]:
    """The first `count` senses of `word` as a verb, an adjective and a noun."""
    wordnet = load_wordnet()
    assert wordnet is not None
    return frozenset((pos, o) for pos in ("v", "a", "n") for o in wordnet.word_senses(word, pos, count))


@lru_cache(maxsize=65536)
def _opposites(word: str) -> frozenset[tuple[str, int]]:
    """The senses WordNet opposes to `word`'s first senses: its own antonym links, or for an
    adjective only similar to a head ("huge" to "large"), its head's."""
    wordnet = load_wordnet()
    assert wordnet is not None
    found: set[tuple[str, int]] = set()
    for pos in ("v", "a", "n"):
        for lemma in wordnet.lemmas(word, pos):
            # Most words have no opposite in any sense: their index line says so.
            if not wordnet.pointer_kinds(lemma, pos) & ({"!", "&"} if pos == "a" else {"!"}):
                continue
            for offset in wordnet.senses(lemma, pos)[:_LINE_SENSES]:
                synset = wordnet.synset(pos, offset)
                place = synset.words.index(lemma) + 1 if lemma in synset.words else 0
                heads = [synset]
                if synset.satellite:
                    heads = [wordnet.synset(p.pos, p.offset) for p in synset.pointers if p.symbol == "&"]
                    place = 0
                for head in heads:
                    # An antonym links two words, not their synsets ("buy" to "sell", not
                    # "purchase" to "sell"); the whole synset it reaches is opposed.
                    found.update((p.pos, p.offset) for p in head.pointers if p.symbol == "!" and (not place or p.source in (0, place)))
    return frozenset(found)


@lru_cache(maxsize=65536)
def _opposite_words(word: str) -> frozenset[str]:
    """The words of the synsets opposed to `word`: a source word none of whose `forms` is one of
    them is no opposite, and needs no lookup."""
    wordnet = load_wordnet()
    assert wordnet is not None
    return frozenset(w for pos, offset in _opposites(word) for w in wordnet.synset(pos, offset).words)


@lru_cache(maxsize=65536)
def _kinship(mine: str, theirs: str) -> str:
    """How two nouns are related: "same" where in some sense one is the other or a kind of it
    ("homes" for "houses", "vehicle" for "car"); "sisters" where a synset right above both in
    their first senses makes them two kinds of one thing; "" where WordNet does not say."""
    wordnet = load_wordnet()
    assert wordnet is not None
    my_senses, their_senses = wordnet.word_senses(mine, "n", None), wordnet.word_senses(theirs, "n", None)
    if not my_senses or not their_senses:
        return ""
    # People are described in many ways ("helpers" for "volunteers"): no sisters among them.
    if any(wordnet.synset("n", senses[0]).lexicographer_file == NOUN_PERSON for senses in (my_senses, their_senses)):
        return "same"
    if set(my_senses) & set(their_senses) or any(set(their_senses) & wordnet.above("n", o, None) for o in my_senses) or any(
        set(my_senses) & wordnet.above("n", o, None) for o in their_senses
    ):
        return "same"
    sisters = any(
        (wordnet.above("n", m, 1) & wordnet.above("n", t, 1)) - {m, t}
        for m in my_senses[:_NOUN_SENSES] for t in their_senses[:_NOUN_SENSES]
    )
    if sisters and (_named_by_its_verb(mine, my_senses[:_NOUN_SENSES]) or _named_by_its_verb(theirs, their_senses[:_NOUN_SENSES])):
        return "same"
    return "sisters" if sisters else ""


def _named_by_its_verb(other: str, senses: Sequence[int]) -> bool:
    """Whether `other` is a word of a verb sense that one of the noun `senses` is derived from:
    "a forgery" is what forging makes, and "fake" is a word of that verb ("forge, fake,
    counterfeit"), so "a fake" names the same made thing, though WordNet files the two nouns
    under two kinds of imitation."""
    wordnet = load_wordnet()
    assert wordnet is not None
    forms = _lemmas(other) | {other}
    return any(
        forms & set(wordnet.synset(p.pos, p.offset).words)
        for o in senses for p in wordnet.synset("n", o).pointers if p.symbol == "+" and p.pos == "v"
    )


def _content(tokens: Sequence) -> list:
    return [t for t in tokens if t.term is not None and not t.term.startswith("<") and not t.lower[:1].isdigit()]


def _negated(tokens: Sequence, k: int, negations: frozenset[str]) -> bool:
    # "did not accept" says what "rejected" does; "did not at once accept", a word further.
    return negated_before(tokens, k, negations, reach=3)


def _with_particle(tokens: Sequence, k: int) -> str | None:
    return tokens[k].lower + "_" + tokens[k + 1].lower if k + 1 < len(tokens) and tokens[k + 1].lower in _PARTICLES else None


def lexical_problems(
    text: str, sources: Sequence[str], window: Sequence[str], negations: frozenset[str], counts: frozenset[str] = frozenset()
) -> list[Problem]:
    """`substitution` problems of an English line by WordNet: a word its evidence window lacks,
    where a cited sentence has its opposite or a sister noun beside the same content word. None
    where WordNet is not installed."""
    if not sources:
        return []
    line = tokens_of(text, "english")
    cited = [tokens_of(s, "english") for s in sources]
    own_lowers = set().union(*(token_words(s)[0] for s in (*sources, *window)))
    own_terms = set().union(*(token_words(s)[1] for s in (*sources, *window)))
    line_lowers = {t.lower for t in line}
    content = _content(line)
    new = [c for c, t in enumerate(content) if t.lower not in own_lowers and t.term not in own_terms and not t.capitalised]
    # A word the sources have elsewhere ("fallen sharply") may still stand where they have its
    # opposite ("demand had fallen by" for "demand had risen by"): looked up only where a cited
    # sentence has another word between the same words on both sides.
    places = [_places(s) for s in sources]
    in_place = [c for c in range(len(content)) if c not in new and _other_between(content, c, places)]
    if not new and not in_place:  # every word is the sources' own, where they have it: nothing swapped in
        return []
    wordnet = load_wordnet()
    if wordnet is None:
        return []
    read: dict[str, set[str]] = {}

    def own_lemmas() -> set[str]:
        # The window's dictionary forms, read only once a word is found swapped: finds are rare.
        if "own" not in read:
            read["own"] = set().union(*(_lemmas(w) for w in own_lowers))
        return read["own"]

    def line_lemmas() -> set[str]:
        if "line" not in read:
            read["line"] = set().union(*(_lemmas(t.lower) for t in line))
        return read["line"]

    def absent(token) -> bool:
        return token.lower not in own_lowers and token.term not in own_terms and not token.capitalised

    def noun(token) -> bool:
        # Not a count ("two decades" for "20 years") nor a verb's -ing form ("a stretch" where
        # the source is "travelling").
        return (token.lower not in counts and not token.lower[:1].isdigit() and not token.capitalised
                and not token.lower.endswith("ing") and bool(wordnet.lemmas(token.lower, "n")))  # type: ignore[union-attr]

    swapped: list[tuple[str, str]] = []
    for c in in_place:
        found = _opposite(line, content, c, cited, line_lowers, line_lemmas, negations, both_sides=True)
        if found is not None:
            swapped.append(found)
    for c in new:
        token = content[c]
        found = _opposite(line, content, c, cited, line_lowers, line_lemmas, negations)
        if found is None:
            found = _sister(content, c, cited, absent, noun, line_lowers)
        if found is None:
            found = _framed(line, content, c, cited, noun, line_lowers, line_lemmas)
        # Another form of a word the window has ("bought" where it has "buy") is no swap.
        if found is not None and not _lemmas(token.lower) & own_lemmas():
            swapped.append(found)
    # A scale for another ("4.5 billion" for "450 crore") is the number checks' to judge by value.
    scales = lexicon("english").scales
    return _substitutions([(mine, theirs) for mine, theirs in swapped if not (mine.lower() in scales and theirs.lower() in scales)])


def _neighbours(content: Sequence, c: int) -> tuple[str | None, str | None]:
    return (content[c - 1].term if c else None, content[c + 1].term if c + 1 < len(content) else None)


def _neighbours_past_adverbs(content: Sequence, c: int) -> tuple[str | None, str | None]:
    """The terms of the content words before and after `content[c]`, stepping over words that
    WordNet knows only as adverbs: "the shift would probably be slow" has "slow" beside "shift"
    as "the shift to be quick" has "quick" (a hedge or a degree word between changes no relation)."""
    before = next((t.term for t in reversed(content[:c]) if not _adverb_only(t.lower)), None)
    after = next((t.term for t in content[c + 1 :] if not _adverb_only(t.lower)), None)
    return before, after


@lru_cache(maxsize=65536)
def _adverb_only(word: str) -> bool:
    """Whether WordNet has `word` as an adverb and as nothing else ("probably", "also", "not")."""
    wordnet = load_wordnet()
    if wordnet is None:
        return False
    return bool(wordnet.lemmas(word, "r")) and not any(wordnet.lemmas(word, pos) for pos in ("n", "v", "a"))


def _near(content: Sequence, c: int) -> tuple[set[str], set[str]]:
    """The terms of the two content words before `content[c]` and of the two after it: a line
    may add a word between ("demand for the antibiotic had fallen")."""
    return {t.term for t in content[max(0, c - 2) : c]}, {t.term for t in content[c + 1 : c + 3]}


def _opposite(line: Sequence, content: Sequence, c: int, cited: Sequence[Sequence], line_lowers: set[str],
              line_lemmas: Callable[[], set[str]], negations: frozenset[str], both_sides: bool = False) -> tuple[str, str] | None:
    """(the line's word, the cited sentence's opposite of it), where that stands beside one of the
    same content words ("lost" in a line is not "found" elsewhere in the sentence), unnegated;
    with `both_sides`, between two of the words near it (`_near`)."""
    token = content[c]

    def gather(neighbours: Callable[[Sequence, int], tuple[str | None, str | None]]) -> list:
        before, after = neighbours(content, c)
        found = []
        for sentence in cited:
            theirs = _content(sentence)
            for m, other in enumerate(theirs):
                their_before, their_after = neighbours(theirs, m)
                if both_sides:
                    near_before, near_after = _near(content, c)
                    if their_before in near_before and their_after in near_after:
                        found.append((sentence, other))
                elif (before is not None and before == their_before) or (after is not None and after == their_after):
                    found.append((sentence, other))
        return found

    # The source's words beside one of the same content words, found before any lookup: a free
    # paraphrase has few or none. Only a word that has opposites is looked at again with adverbs
    # stepped over (`_neighbours_past_adverbs`), which asks WordNet about its neighbours.
    beside = gather(_neighbours)
    k = line.index(token)
    if _negated(line, k, negations):
        return None
    phrasal = _with_particle(line, k)
    if not beside and (both_sides or not (_opposites(token.lower) or (phrasal and _opposites(phrasal)))):
        return None
    opposed, words = _opposites(token.lower), _opposite_words(token.lower)
    if phrasal:
        opposed, words = opposed | _opposites(phrasal), words | _opposite_words(phrasal)
    if not opposed:
        return None
    found = _opposite_beside(line, k, token, beside, opposed, words, line_lowers, line_lemmas, negations)
    if found is None and not both_sides:
        found = _opposite_beside(line, k, token, gather(_neighbours_past_adverbs), opposed, words, line_lowers, line_lemmas, negations)
    return found


def _opposite_beside(line: Sequence, k: int, token: Any, beside: Sequence, opposed: frozenset, words: frozenset[str],
                     line_lowers: set[str], line_lemmas: Callable[[], set[str]], negations: frozenset[str]) -> tuple[str, str] | None:
    """`_opposite`'s search of the source words found beside the line's word."""
    wordnet = load_wordnet()
    assert wordnet is not None
    for sentence, other in beside:
        k_other = sentence.index(other)
        particle = sentence[k_other + 1].lower if _with_particle(sentence, k_other) else None
        forms = wordnet.forms(other.lower)
        if not forms & words and not (particle and {f"{form}_{particle}" for form in forms} & words):
            continue  # no form of it is an opposite's word: no lookup needed
        if other.lower in line_lowers or _lemmas(other.lower) & line_lemmas():
            continue  # the line has the opposite too ("rose, then fell")
        written = other.text
        if not _senses(other.lower, _SOURCE_SENSES) & opposed:
            if particle is None or not _senses(f"{other.lower}_{particle}", _SOURCE_SENSES) & opposed:
                continue
            written += " " + sentence[k_other + 1].text
        if _negated(sentence, k_other, negations) or _whole_by_parts(token, sentence, k_other):
            continue
        if _converse_told(line, k, sentence, k_other):
            continue
        return token.text, written
    return None


# Words after a verb that name its doer in a passive ("sold by the agency").
_AGENT_MARKS = frozenset({"by"})
_PARTY_REACH = 4  # content words read on each side of the verb for its parties


def _converse_told(line: Sequence, k: int, sentence: Sequence, k_other: int) -> bool:
    """Whether the line's verb and the source's are converses ("sold", "bought") telling one event:
    with the parties swapped (a word before one verb stands after the other, both ways round:
    "X sold it to Z" for "Z bought it from X"), or in passives that name no doer ("the ticket was
    sold" for "the ticket was bought"). The same parties in the same places are a reversal."""
    words = lexicon("english")
    mine, theirs = _lemmas(line[k].lower), _lemmas(sentence[k_other].lower)
    if not any({a, b} <= mine | theirs and (a in mine) != (a in theirs) for a, b in map(str.split, words.converse_verbs)):
        return False
    passives = words.passive_auxiliaries
    if all(k_ > 0 and toks[k_ - 1].lower in passives and not any(t.lower in _AGENT_MARKS for t in toks[k_ + 1 : k_ + 6])
           for toks, k_ in ((line, k), (sentence, k_other))):
        return True

    def sides(toks: Sequence, at: int) -> tuple[set[str], set[str]]:
        return ({t.term for t in _content(toks[:at])[-_PARTY_REACH:]}, {t.term for t in _content(toks[at + 1 :])[:_PARTY_REACH]})

    my_before, my_after = sides(line, k)
    their_before, their_after = sides(sentence, k_other)
    return bool(my_before & their_after) and bool(my_after & their_before)


def _whole_by_parts(token: Any, sentence: Sequence, k: int) -> bool:
    """Whether a line's word of wholeness ("the whole clean-up") stands for its opposite counted
    whole in the source ("every part of the clean-up"): all the parts of a thing are the whole."""
    whole = lexicon("english").whole_words
    return token.lower in whole and k > 0 and sentence[k - 1].lower in whole


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation that cites it
def _places(sentence: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The terms a sentence has between two content words, by those two words (read, never changed).
    Kept as tuples, which only take part in set unions: a tuple of strings is soon left alone by
    the cyclic garbage collector, a frozenset is walked by each of its passes as long as it is cached."""
    theirs = _content(tokens_of(sentence, "english"))
    places: dict[tuple[str, str], set[str]] = {}
    for m in range(1, len(theirs) - 1):
        places.setdefault((theirs[m - 1].term, theirs[m + 1].term), set()).add(theirs[m].term)
    return {pair: tuple(terms) for pair, terms in places.items()}


def _other_between(content: Sequence, c: int, places: Sequence[dict[tuple[str, str], tuple[str, ...]]]) -> bool:
    """Whether the cited sentences (`places`: `_places` of each) have another word, and never this
    one, between two words near the line's word (`_near`)."""
    if content[c].capitalised:
        return False
    before, after = _near(content, c)
    term, other = content[c].term, False
    for found in places:
        for b in before:
            for a in after:
                between = found.get((b, a))
                if between:
                    if term in between:
                        return False
                    other = True
    return other


def _sister(content: Sequence, c: int, cited: Sequence[Sequence], absent: Callable[[Any], bool], noun: Callable[[Any], bool],
            line_lowers: set[str]) -> tuple[str, str] | None:
    """(the line's noun phrase, the cited sentence's), where the content word before both is the
    same and the two are sister nouns: "because of dizziness" for "because of nausea"; a compound
    is compared as one word where WordNet has both ("ice cream"), else by its last word."""
    token = content[c]
    if not c or content[c - 1].segment != token.segment:
        return None
    before = content[c - 1]
    # Looked up only where a cited sentence has the same word before a word of its own.
    if not any(t.term == before.term for sentence in cited for t in sentence) or not noun(token):
        return None
    run = [token]  # with the new nouns after it, a compound: "solar panels"
    for following in content[c + 1 : c + 3]:
        if following.segment != token.segment or not absent(following) or not noun(following):
            break
        run.append(following)
    after = content[c + len(run)] if c + len(run) < len(content) and content[c + len(run)].segment == token.segment else None
    mine = [t.lower for t in run]
    for sentence in cited:
        theirs_all = _content(sentence)
        for m in range(1, len(theirs_all)):
            if theirs_all[m - 1].term != before.term or theirs_all[m - 1].segment != theirs_all[m].segment:
                continue
            theirs = []
            for other in theirs_all[m : m + 3]:
                if other.segment != theirs_all[m - 1].segment or (after is not None and other.term == after.term):
                    break
                theirs.append(other)
            if not theirs or any(o.lower in line_lowers or not noun(o) for o in theirs):
                continue
            if _whole_by_parts(token, sentence, sentence.index(theirs[0])):
                continue
            words = [t.lower for t in theirs]
            kinship = _kinship("_".join(mine), "_".join(words)) or _kinship(mine[-1], words[-1])
            if kinship == "sisters":
                return " ".join(t.text for t in run), " ".join(t.text for t in theirs)
    return None


# WordNet's classes of nouns of things one can touch or have: animals, artifacts, the body, food,
# objects, plants, substances and bodily states ("larvae", "blood", "frostbite"). Nouns of acts,
# groups, time, quantities or thought are reworded freely ("the detour" for "the diversion",
# "the company" for "the firm"), and a noun of them in a copied frame is mostly a paraphrase.
_THING_CLASSES = frozenset({5, 6, 8, 13, 17, 20, 26, 27})
# Words after which an English word that may be a noun or a verb is the verb: subject and
# relative pronouns, and the infinitive's "to".
_BEFORE_VERBS = frozenset("i you he she it we they who which that to".split())
_FRAME_AFTER = 2  # content words after the two nouns that must be the same, in order
_FRAME_BEFORE = 3  # content words before them, of which one must be the same word (any form)


def _framed(line: Sequence, content: Sequence, c: int, cited: Sequence[Sequence], noun: Callable[[Any], bool], line_lowers: set[str],
            line_lemmas: Callable[[], set[str]]) -> tuple[str, str] | None:
    """(the line's noun, the cited sentence's), where the line copies a frame of the source and
    puts its own noun in it: the next two content words after both are the same, a word before
    them too (in any form: "finding moth eggs inside a velvet cloak" where the source has "found
    larvae inside a velvet cloak"), and WordNet makes the two nouns no synonyms nor one a broader
    word for the other; people are described in many ways and are left alone (`_kinship`)."""
    token = content[c]
    after = content[c + 1 : c + 1 + _FRAME_AFTER]
    if len(after) < _FRAME_AFTER or any(t.segment != token.segment for t in after) or not noun(token):
        return None
    k = line.index(token)
    if k and line[k - 1].lower in _BEFORE_VERBS:
        return None  # "who lives next to the hole": a verb where a pronoun or "to" stands before it
    before = content[max(0, c - _FRAME_BEFORE) : c]
    for sentence in cited:
        if not any(t.term == after[0].term for t in sentence):
            continue  # the frame's first word after is not in this sentence: nothing to compare
        theirs = _content(sentence)
        for m in range(1, len(theirs) - _FRAME_AFTER):
            other = theirs[m]
            their_after = theirs[m + 1 : m + 1 + _FRAME_AFTER]
            if [t.term for t in their_after] != [t.term for t in after] or other.term == token.term:
                continue
            if other.capitalised or other.lower in line_lowers or _lemmas(other.lower) & line_lemmas() or not noun(other):
                continue
            their_before = theirs[max(0, m - _FRAME_BEFORE) : m]
            if not any(
                mine.term == their.term or _lemmas(mine.lower) & _lemmas(their.lower)
                for mine in before for their in their_before
            ):
                continue
            if not (_thing_noun(token.lower) and _thing_noun(other.lower)):
                continue
            if _kinship(token.lower, other.lower) == "same" or near_kin(token.lower, other.lower) or near_kin(other.lower, token.lower):
                continue
            return token.text, other.text
    return None


@lru_cache(maxsize=65536)
def _thing_noun(word: str) -> bool:
    """Whether WordNet reads `word` first as a noun of a thing (`_THING_CLASSES`), with no more
    senses as a verb or an adjective than as a noun ("house" is; "lead", "close" are not)."""
    wordnet = load_wordnet()
    assert wordnet is not None
    lemmas = wordnet.lemmas(word, "n")
    if not lemmas:
        return False
    nouns = wordnet.sense_count(word, "n")
    if wordnet.sense_count(word, "v") > nouns or wordnet.sense_count(word, "a") > 0:
        return False
    senses = wordnet.senses(lemmas[0], "n")
    return bool(senses) and wordnet.synset("n", senses[0]).lexicographer_file in _THING_CLASSES
