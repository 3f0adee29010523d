"""Who did what to whom, who said it, how sure: a line's predicate checked against its sources.

Two families of checks, both run by the `relations` checker:

- `certainty_problems` (lexical, every language with a `Lexicon`): a line that states as plain
  fact what its best-matching source sentence hedges ("may", "reportedly", "angeblich",
  "presuntamente"), or that repeats as narration words its source only quotes from someone
  ("robbed", in quotes, said by a manager) without quote marks or a saying word.
- `parsed_problems` (a dependency parse, `parser.py`; off when no parser is installed):
  - reversal: two names on opposite sides of a relation (subject or possessor against object,
    active or passive) that every source sentence holding both puts the other way round
    ("Google owns 8% of Time Warner" from "Time Warner's 8% stake in Google");
  - speaker: "X said ..." where the source sentence that holds the words gives them to Y;
  - coreference: "X is ..." where the source has "he is ..." inside X's own quotation (a
    speaker does not call himself "he");
  - event: a time, place or cause ("helped by ...", "on Sunday") that the source attaches to
    another event of the sentence than the line does;
  - negation: the source's clause negated and the line's not (or the reverse), same verb.
Symmetric relations ("met", "drew with") and converse verbs ("bought" / "sold") are not reversals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from summarizer.verify.lexicon import Lexicon, joined, lexicon as lexicon_of
from summarizer.verify.marked_words import holds_quotation, marked_words
from summarizer.verify.problems import Problem
from summarizer.verify.title_forms import same_title

# ---------------------------------------------------------------------------------------------
# Lexical: hedges and quotations dropped.

_BE = frozenset("is are was were be been being".split())
# Verbs that give a judgement to their subject as saying words give words: "Fenn called the rise
# painful", "branded it a betrayal". A line with one reports the judgement; it does not state it.


def quote_marked_words(text: str) -> Iterator[tuple[str, bool, int]]:
    """Each word of `text` as written, whether it stands inside quotation marks, and where it starts."""
    return iter(quote_marked(text))


def quote_marked(text: str) -> tuple[tuple[str, bool, int], ...]:
    """`quote_marked_words`, read once per text (`marked_words`) for every check that reads words so."""
    return marked_words(text).marked


def _quoted_mask(text: str) -> tuple[tuple[str, bool], ...]:
    """The words of `text` in order, each with whether it stands inside quotation marks."""
    # "in May" is a month, not the hedge "may": a capital inside the text keeps it apart.
    return marked_words(text).hedge_words


@lru_cache(maxsize=512)  # source sentences come back for every line and trial citation
def _masked_words(text: str) -> tuple[str, ...]:
    """`_quoted_mask`'s words alone, in order."""
    return tuple(w for w, _ in _quoted_mask(text))


@lru_cache(maxsize=512)
def _word_set(text: str) -> frozenset[str]:
    """`_quoted_mask`'s words, as a set."""
    return frozenset(_masked_words(text))


@lru_cache(maxsize=512)
def _unquoted_words(text: str) -> frozenset[str]:
    """The words of `text` (as `_quoted_mask` writes them) that stand outside quotation marks."""
    return frozenset(w for w, inside in _quoted_mask(text) if not inside)


# The opening of a line up to its first comma, as `opens_with_viewpoint` reads it.
_OPENING = re.compile(r"\s*([^\W\d_]+)\s([^,;:.]{3,80}),")
_FULL_NAME = re.compile(r"(?<!\S)[^\W\d_a-zà-ÿ][\w'’-]+\s+[^\W\d_a-zà-ÿ][\w'’-]+")


def opens_with_viewpoint(text: str, lexicon: Lexicon) -> bool:
    """A line opening with whose view it gives: a viewpoint preposition, a person's full name (two
    capitalised words, a title or role beside it allowed) and a comma ("Pour Anne Roux, critique,
    le film ..."). It then reports, as "selon Anne Roux" would; "Pour Renault, l'année ..." (one
    name, a company's) is read as the subject of the year, not a speaker."""
    if not lexicon.viewpoint:
        return False
    opening = _OPENING.match(text)
    return bool(opening and opening.group(1).lower() in lexicon.viewpoint and _FULL_NAME.search(opening.group(2)))


# German writes every noun with a capital, so its subject is not read: the verb before the comma
# that German sets before every "dass" ("verwies darauf, dass", "betonte, dass").
_VERB_AND_COMMA = re.compile(r"(?<![\w'’-])([a-zäöüß]+),\s+(\w+)")
_LINE_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def reports_in_clause(text: str, lexicon: Lexicon) -> bool:
    """Whether a line gives its claim as a content clause of someone's verb, which says whose
    words or thought it is, as "said" does, whatever the verb ("Requena sostuvo que ...", "Voss
    verwies darauf, dass ...", "Morrow argued that ..."): a subject (a word with a capital: a
    name, a pronoun), its verb (with an auxiliary or adverb at most: "ha dicho", "also argued")
    and the language's complementiser. A subject that is a determiner ("The plan that ...") opens
    a relative clause instead, as an owner does ("Harwick's plan that ..."), and so does a
    complementiser after a comma in a language that does not set one there ("X, que ...")."""
    if not lexicon.complementisers:
        return False
    if lexicon.nouns_capitalised:
        return any(
            m.group(2).lower() in lexicon.complementisers
            and not lexicon.expletives & {w.lower() for w in _LINE_WORD.findall(re.split(r"[,;:]", text[: m.start(1)])[-1])}
            for m in _VERB_AND_COMMA.finditer(text)
        )  # (not "Es ist klar, dass ...": a clause of no one's)
    words = _LINE_WORD.findall(text.replace("’", "'"))
    no_one = lexicon.determiners | lexicon.expletives | lexicon.passive_auxiliaries  # "The plan that", "It is clear that", "Es evidente que"
    for k, word in enumerate(words):
        head, elided, _ = word.lower().partition("'")
        if k < 2 or (head + elided) not in lexicon.complementisers:
            continue  # (French elides its own: "qu'il")
        for verb_words in (1, 2):
            subject = words[k - verb_words - 1] if k - verb_words - 1 >= 0 else ""
            verb = words[k - verb_words : k]
            if (subject[:1].isupper() and subject.lower() not in no_one and not subject.endswith("'s")
                    and all(w[:1].isalpha() and w[:1].islower() and w not in lexicon.passive_auxiliaries for w in verb)):
                return True
    return False


def _phrases(words: Sequence[str], phrases: frozenset[str]) -> set[str]:
    """The two-word hedges ("expected to") standing in `words`."""
    if not phrases:
        return set()
    return {pair for pair in (f"{a} {b}" for a, b in zip(words, words[1:])) if pair in phrases}


def hedged_figure_problems(words: Sequence[str], sources: Sequence[str], lexicon: Lexicon) -> list[Problem]:
    """A figure the line gives with the source's verb but not its hedge: "will reach £9bn" from
    "could reach £9bn", however the rest of the line is worded (its words may come from several
    sentences, so no one sentence holds most of them)."""
    found = []
    figures = [k for k, word in enumerate(words) if k and any(map(str.isdigit, word))]
    if not figures:
        return []
    read = [_masked_words(sentence) for sentence in sources]
    # The line's own hedge before its figure keeps the doubt, in its own words: "expects about
    # $45m" for "expects to find about $45m".
    hedging = lexicon.hedges | {phrase.split()[0] for phrase in lexicon.hedge_phrases}
    for k in figures:
        word, verb = words[k], words[k - 1]
        if hedging & set(words[max(0, k - 4) : k]):
            continue
        for theirs in read:
            for j in range(1, len(theirs)):
                if theirs[j] != word or theirs[j - 1] != verb:
                    continue
                before = theirs[max(0, j - 4) : j - 1]
                hedges = [w for w in before[-2:] if w in lexicon.hedges] + sorted(_phrases(before, lexicon.hedge_phrases))
                if hedges:
                    found.append(f"its source says “{hedges[0]} {verb} {word}”")
    if not found:
        return []
    return [Problem("hedge", f"hedge dropped: {found[0]}; the line states the figure as certain")]


def certainty_problems(text: str, sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """A line stating as fact what its sources hedge or quote; empty where it keeps a hedge, a
    quotation or a saying word of its own (it then reports, which is fine)."""
    if not lexicon.hedges and not lexicon.saying:
        return []
    line = _quoted_mask(text)
    if any(inside for _, inside in line) or holds_quotation(text):
        return []
    words = [w for w, _ in line]
    # A saying word reports unless it is passive ("is explained by"): then it is the claim's own verb.
    reporting = joined(lexicon, "saying", "labelling")
    saying = [w for i, w in enumerate(words) if w in reporting and not _BE & set(words[max(0, i - 2) : i])]
    # A line that gives its claim "according to" someone ("D'après Sophie Lagarde, ...") names
    # whose claim it is, as a saying word does.
    viewpoint = opens_with_viewpoint(text, lexicon) or not lexicon.according.isdisjoint(words)
    kept = _hedge_places(words, lexicon)
    if kept:
        # A hedge of its own reports the doubt it stands before, not every doubt of its source:
        # "will face a hearing that could strip him" from "may face a hearing, which could strip him".
        return _hedge_dropped_beside_kept(words, sources, kept, lexicon, stop)
    if viewpoint or any(w in lexicon.saying for w in saying):
        # A report keeps the speaker but may still drop the speaker's own doubt: "La situation
        # durera jusqu'à l'été, selon Ferrand" from "Ferrand a déclaré que la situation pourrait durer".
        return _modal_dropped_in_report(words, sources, lexicon, stop)
    if saying:
        return []  # "Fenn called the rise painful": a judgement given to its speaker
    content = {w for w in words if w not in stop and len(w) > 2}
    if len(content) < 3:
        # Too short to match a sentence; it may still be someone's quoted label ("Der Plan kommt
        # viel zu spät" from 'kritisierte, dass er "viel zu spät" komme').
        return _quoted_label_problems(set(words), sources, reporting)
    problems: list[Problem] = hedged_figure_problems(words, sources, lexicon)
    if problems:
        return problems
    best = _best_sentence(content, sources)
    if best is None:
        return _quoted_label_problems(set(words), sources, reporting)
    positions = [i for i, (w, _) in enumerate(best) if w in content]
    first, last = positions[0], positions[-1]
    hedges = sorted({hedge for hedge, _ in _source_hedges(best, first, last, lexicon, stop) if _head_in(words, _)})
    if hedges:
        problems.append(Problem("hedge", f"hedge dropped: its source says “{hedges[0]}”; the line states it as certain"))
        return problems
    # Words the source has only inside quotation marks, from someone who says them.
    quoted = {w for w, inside in best if inside}
    plain = set().union(*map(_unquoted_words, sources))
    from_quotes = sorted(w for w in content & quoted - plain)
    spoken = any(w in reporting for w, _ in best)
    quote_length = sum(1 for _, inside in best if inside)
    if (from_quotes and spoken and (quote_length <= 4 or len(from_quotes) >= 0.5 * len(content) or _repeats_a_quote(words, best))
            and not reports_in_clause(text, lexicon)):  # "Requena sostuvo que ...": the words given to their speaker
        problems.append(Problem(
            "hedge", f"hedge dropped: “{' '.join(from_quotes[:3])}” stands in quotation marks in its source, "
            "someone's words; the line states it as fact"
        ))
        return problems
    problems += _quoted_label_problems(set(words), sources, reporting)
    if not problems:
        problems += _reported_claim_problems(words, best, first, last, lexicon)
    if not problems:
        problems += _contested_claim_problems(best, first, sources, lexicon)
    return problems


def _best_sentence(content: set[str], sources: Sequence[str]) -> tuple[tuple[str, bool], ...] | None:
    """The source sentence (its words, each with whether it is quoted) holding most of the line's
    content words, at least 60% of them; None where none holds enough."""
    best, best_shared = None, 0
    for sentence in sources:
        masked = _quoted_mask(sentence)
        shared = len(content & _word_set(sentence))
        if shared > best_shared:
            best, best_shared = masked, shared
    if best is None or best_shared < 0.6 * len(content):
        return None
    return best


def _source_hedges(
    best: Sequence[tuple[str, bool]], first: int, last: int, lexicon: Lexicon, stop: frozenset[str]
) -> list[tuple[str, list[str]]]:
    """Each hedge of `best` from just before the words a line repeats (`first` .. `last`) to their
    end, with the words it doubts (its verb or noun, and that one's object)."""
    source_words = [w for w, _ in best]
    plain_span = source_words[: last + 1]
    found = [
        (plain_span[k], [source_words[h] for h in _hedged_heads(source_words, k + 1, lexicon, stop)])
        for k in range(max(0, first - 3), len(plain_span))
        if plain_span[k] in lexicon.hedges and _doubts(plain_span, k, lexicon)
    ]
    # The conditional of a claim not yet confirmed (French and Spanish news: "le maire
    # démissionnerait", "estaría dispuesta a ofrecer"): it doubts its own verb and the words just
    # after it; not the conditional of reported speech ("a dit qu'il démissionnerait"). A language
    # with no conditional endings (English, German) has none to look for.
    if lexicon.conditional_endings:
        found += [
            (plain_span[k], [source_words[h] for h in _conditional_heads(source_words, k, lexicon, stop)])
            for k in range(max(0, first - 3), len(plain_span))
            if plain_span[k] not in lexicon.hedges and lexicon.conditional(plain_span[k]) and not _reported_speech(plain_span, k, lexicon)
        ]
    # "expected to make a profit": a phrase's first word one further back.
    found += [
        (phrase, [source_words[h] for h in _hedged_heads(source_words, k + 2, lexicon, stop)])
        for k, phrase in _phrase_places(source_words, max(0, first - 4), last + 1, lexicon.hedge_phrases)
    ]
    return found


def _conditional_heads(source: Sequence[str], k: int, lexicon: Lexicon, stop: frozenset[str]) -> list[int]:
    """A conditional verb and the two content words after it, within four words ("estaría dispuesta
    a ofrecer"): the claim it leaves unconfirmed."""
    after = [h for h in range(k + 1, min(k + 5, len(source))) if source[h] not in stop and len(source[h]) > 2]
    return [k, *after[:2]]


def _reported_speech(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether `words[i]` stands in a clause that a saying word and its "que" report ("a ajouté
    qu'une aide serait débloquée": the future as seen from the past, not a doubt)."""
    before = words[:i]
    that = [k for k, w in enumerate(before) if w in lexicon.that_words or any(w.startswith(t) for t in lexicon.that_words if t.endswith("'"))]
    return bool(that and any(w in lexicon.saying for w in before[: that[-1]]))


def _head_in(line: Sequence[str], heads: Sequence[str]) -> bool:
    """Whether the line holds a word a hedge doubts; a hedge with nothing after it to doubt is the
    whole sentence's."""
    return not heads or any(_same_word(head, mine) for head in heads for mine in line)


def _hedge_places(words: Sequence[str], lexicon: Lexicon) -> list[int]:
    """Where the line's own hedges stand: a hedge word, "n't", a verb in the conditional, or the
    first word of a hedge phrase ("expected to")."""
    # The hedge check and the holder check each ask for the same line, and each trial citation
    # asks again: read once per line and lexicon (held, so that its id is never another's).
    key = (tuple(words), id(lexicon))
    held = _HEDGE_PLACES.get(key)
    if held is None or held[0] is not lexicon:
        if len(_HEDGE_PLACES) >= _HEDGE_PLACES_KEPT:
            _HEDGE_PLACES.clear()
        held = _HEDGE_PLACES[key] = (lexicon, tuple(_read_hedge_places(words, lexicon)))
    return list(held[1])


_HEDGE_PLACES: dict[tuple[tuple[str, ...], int], tuple[Lexicon, tuple[int, ...]]] = {}
_HEDGE_PLACES_KEPT = 1024  # lines; a bound, so that a long batch run cannot grow it forever


def _read_hedge_places(words: Sequence[str], lexicon: Lexicon) -> list[int]:
    """`_hedge_places`, read."""
    places = [
        k for k, w in enumerate(words)
        if w in lexicon.hedges or w.endswith("n't") or lexicon.conditional(w)
        # "should cost": an expectation; "should have stopped": a judgement of the past, no forecast
        or (w in lexicon.kept_hedge_words and words[k + 1 : k + 2] != ["have"])
    ]
    phrases = lexicon.hedge_phrases | lexicon.kept_hedge_phrases
    # A saying word opens a hedge phrase only in the evidential passive ("is said to be planning":
    # others say so), not where it reports its subject's words ("said to reporters").
    # A kept phrase that ends in an infinitive marker is a forecast only before a verb ("is due to
    # debate", "is set to rise"), not before a noun ("due to the storm", "due to rising costs",
    # "set to the national standard"); "sans doute" is an adverb, whatever follows it.
    phrased = [
        k for k, phrase in _phrase_places(words, 0, len(words), phrases)
        if (words[k] not in lexicon.saying or _BE & set(words[max(0, k - 2) : k]))
        and (phrase in lexicon.hedge_phrases or words[k + 1] not in lexicon.infinitive_markers or _verb_follows(words, k + 2, lexicon))
    ]
    return sorted(places + phrased + _split_phrase_places(words, lexicon.hedge_phrases))


def _verb_follows(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Whether `words[k]` may be the infinitive after a phrase's "to": a word, neither a
    determiner nor a form in "-ing" ("due to rising costs"), nor a figure."""
    if k >= len(words):
        return False
    word = words[k]
    return word[:1].isalpha() and word not in lexicon.determiners and not (word.endswith("ing") and len(word) > 5)


# Words that may stand between a hedge phrase's verb and its second word in a line's own hedge:
# "expects the plant's workforce of 640 to grow".
_PHRASE_GAP = 6


def _split_phrase_places(words: Sequence[str], phrases: frozenset[str]) -> list[int]:
    """Where a line's hedge phrase begins whose object stands inside it ("expects the workforce to
    grow" for "is expected to grow"): its verb, then its second word a few words on. Read in the
    line only, as a hedge kept; a source's hedge is read whole (`_phrase_places`)."""
    places = []
    seconds_after = _phrase_seconds(phrases)
    for k, word in enumerate(words[:-2]):
        if k and words[k - 1] in ("than", "as"):
            continue  # "faster than expected, and plans to hire": a comparison, no hedge
        seconds = seconds_after.get(word)
        if seconds and seconds.intersection(words[k + 2 : k + 2 + _PHRASE_GAP]):
            places.append(k)
    return places


@lru_cache(maxsize=32)
def _phrase_seconds(phrases: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each two-word phrase's first word -> the second words it takes ("expected" -> "to"), split
    once per set of phrases, not for every word of every line. Read, never changed."""
    seconds: dict[str, set[str]] = {}
    for phrase in phrases:
        first, second = phrase.split()[:2]
        seconds.setdefault(first, set()).add(second)
    return {first: frozenset(words) for first, words in seconds.items()}


def _hedge_dropped_beside_kept(
    words: Sequence[str], sources: Sequence[str], kept: Sequence[int], lexicon: Lexicon, stop: frozenset[str]
) -> list[Problem]:
    """A hedge of the line's best-matching source sentence dropped where every hedge of the line
    is another of the source's, in its place: the line keeps one doubt ("will face a hearing that
    could strip him" from "may face a hearing, which could strip him") and states the other as
    certain: the doubted word stands in the line right after the word before the hedge
    ("Mistry"). A hedge of the line's own choosing may doubt any of its words ("werde das
    Hallenbad wahrscheinlich verkaufen" for "könnte ... verkaufen")."""
    content = {w for w in words if w not in stop and len(w) > 2}
    best = _best_sentence(content, sources) if len(content) >= 3 else None
    if best is None:
        return []
    source = [w for w, _ in best]

    def in_place(k: int) -> bool:  # the line's hedge stands beside the same word as one of the source's
        return any(
            theirs == words[k] and ((j > 0 and k > 0 and source[j - 1] == words[k - 1]) or source[j + 1 : j + 2] == words[k + 1 : k + 2])
            for j, theirs in enumerate(source)
        )

    if not all(in_place(k) for k in kept):
        return []
    positions = [i for i, w in enumerate(source) if w in content]
    first, last = positions[0], positions[-1]
    for k in range(max(0, first - 3), last + 1):
        hedge = source[k]
        if k == 0 or hedge in words or not (hedge in lexicon.hedges and _doubts(source, k, lexicon)):
            continue
        heads = _hedged_heads(source, k + 1, lexicon, stop)
        doubted = [q for q, mine in enumerate(words) if heads and _same_word(source[heads[0]], mine)]
        if doubted and _anchor_before(source, k, stop) & _placing_words(words, doubted[0], stop):
            return [Problem("hedge", f"hedge dropped: its source says “{source[k - 1]} {hedge}”; the line states “{words[doubted[0]]}” as certain")]
    return []


def _placing_words(words: Sequence[str], at: int, stop: frozenset[str]) -> set[str]:
    """The line's words that may place the word at `at` where a source's hedge stood: the three
    before it, and its two content words before it across small words ("Störung gehe auf einen
    Rohrbruch")."""
    content = [w for w in words[max(0, at - 6) : at] if w not in stop and len(w) > 2]
    return set(words[max(0, at - 3) : at]) | set(content[-2:])


def _anchor_before(source: Sequence[str], k: int, stop: frozenset[str]) -> set[str]:
    """The words just before the hedge at `source[k]` that place it in a line: the word before it,
    and where that is a small word (an auxiliary the line may reword: "seien vermutlich auf ...
    zurückzuführen" -> "gingen auf ... zurück"), the content word before that, two words back at most."""
    anchors = {source[k - 1]}
    if source[k - 1] in stop:
        anchors.update(w for w in source[max(0, k - 3) : k - 1][::-1][:2] if w not in stop and len(w) > 2)
    return anchors


def _phrase_places(words: Sequence[str], start: int, end: int, phrases: frozenset[str]) -> list[tuple[int, str]]:
    """The two-word hedges ("expected to") that begin in `words[start:end]`, with where each begins."""
    return [(k, f"{words[k]} {words[k + 1]}") for k in range(start, min(end, len(words) - 1)) if f"{words[k]} {words[k + 1]}" in phrases]


def _hedged_heads(source: Sequence[str], after: int, lexicon: Lexicon, stop: frozenset[str]) -> list[int]:
    """Where the words stand that a hedge of `source` just before `after` doubts: the first
    content word after it, and the noun after that one and its determiner ("might anticipate a
    semi-final", "his alleged victim", "could face a prison sentence"); none where nothing
    follows it. A hedge doubts its own verb or noun, not every word of its sentence: a line that
    takes another clause ("Bayern take on Porto" from "Bayern take on Porto ... and you might
    anticipate a semi-final") drops no doubt."""

    def plain(word: str) -> bool:
        return word not in stop and word not in lexicon.hedges and word not in lexicon.negations and len(word) > 2

    heads = [k for k in range(after, min(after + 4, len(source))) if plain(source[k])][:1]
    if not heads:
        return []
    k = heads[0] + 1
    while k < len(source) and source[k] in lexicon.determiners:
        k += 1
    if k > heads[0] + 1 and k < len(source) and plain(source[k]):
        heads.append(k)  # "could face a prison sentence": the verb's object
    return heads


def _same_word(a: str, b: str) -> bool:
    """One word in two inflections ("promised", "promises"): the same first letters, all of the
    shorter word's but its last two, and at least three."""
    n = max(3, min(len(a), len(b)) - 2)
    return a[:n] == b[:n] and min(len(a), len(b)) >= 3


def _contested_claim_problems(
    best: Sequence[tuple[str, bool]], first: int, sources: Sequence[str], lexicon: Lexicon
) -> list[Problem]:
    """A claim its source gives as one side's case ("the council had argued that ...", "claimed",
    "alleged"), or as a named person's ("Según Ruiz, ..."), that the line states with no one
    making it: the line takes a side. ("According to police, ..." names no person: a source
    of record, whose facts a summary may state.)"""
    source = [w for w, _ in best]
    said = [w for w in source[max(0, first - 8) : first] if w in lexicon.contested]
    if not said:
        return []
    marker = said[-1]
    if marker in lexicon.according and not any(_names_a_person(s, marker) for s in sources):
        return []
    return [Problem(
        "attribution", f"attribution dropped: its source gives this as someone's claim (“{marker}”); the line states it as fact"
    )]


def _names_a_person(sentence: str, marker: str) -> bool:
    """Whether `marker` ("according to", "según") is followed in `sentence` by a name alone (each
    word capitalised, up to the comma or the end): a person, not "Montgomery County police"."""
    import re

    for match in re.finditer(rf"\b{re.escape(marker)}\b(?: to)?((?: [^\W\d_][\w'’-]*)+?)(?:,|$)", sentence, re.IGNORECASE):
        words = match.group(1).split()
        if words and all(w[0].isupper() for w in words):
            return True
    return False


def _repeats_a_quote(words: Sequence[str], best: Sequence[tuple[str, bool]]) -> bool:
    """Whether the line has a whole quotation of its source (three words or more) word for word,
    without its marks: the speaker's words, taken over as the line's own."""
    spans: list[list[str]] = []
    previous = False
    for word, inside in best:
        if inside:
            if not previous:
                spans.append([])
            spans[-1].append(word)
        previous = inside
    joined = f" {' '.join(words)} "
    return any(len(span) >= 3 and f" {' '.join(span)} " in joined for span in spans)


def _reported_claim_problems(words: Sequence[str], best: Sequence[tuple[str, bool]], first: int, last: int, lexicon: Lexicon) -> list[Problem]:
    """A claim its source gives as what someone said ("the association said the weedkiller was
    safe", "sagte, die Finanzierung sei gesichert") that the line puts now, as its own ("The
    weedkiller is safe"). A report of an event in the past tense ("police said the man was
    arrested" -> "The man was arrested") is left alone: it keeps the source's tense."""
    if not set(words) & (lexicon.claims_now | lexicon.opinion):
        return []
    source = [w for w, _ in best]
    said = [i for i, w in enumerate(source[:first]) if w in lexicon.saying and not _BE & set(source[max(0, i - 2) : i])]
    if not said:
        return []
    span = source[said[-1] + 1 : last + 1]
    # Either the report's tense turned into the present, or a modal of judgement kept ("the
    # referee should have sent him off", someone's view, now the line's).
    opinion = set(words) & set(span) & lexicon.opinion
    if not opinion and (not set(span) & lexicon.claimed_then or set(span) & lexicon.claims_now):
        return []
    return [Problem(
        "hedge", f"hedge dropped: its source reports this as what was said (“{source[said[-1]]}”); "
        "the line states it now, as fact"
    )]


# Hedges that say where a claim comes from rather than how sure it is: a line that names its
# speaker ("X said") gives that in its own way.
_ATTRIBUTING = frozenset(
    "reportedly allegedly apparently suggests suggest suggested suspected supposedly purportedly rumoured rumored "
    "unconfirmed alleged angeblich mutmaßlich presuntamente supuestamente prétendument présumé".split()
)


def _repeated_sentence(content: set[str], sources: Sequence[str], least: int = 3) -> tuple[list[str], list[int]] | None:
    """The source sentence (its words) that holds most of the line's content words, at least 60%
    of `least` or more, and where in it those words stand; None where no sentence holds enough."""
    if len(content) < least:
        return None
    best, best_shared = None, 0
    for sentence in sources:
        theirs = [w for w, _ in _quoted_mask(sentence)]
        shared = len(content & set(theirs))
        if shared > best_shared:
            best, best_shared = theirs, shared
    if best is None or best_shared < 0.6 * len(content):
        return None
    return best, [i for i, w in enumerate(best) if w in content]


def _repeated_beside_others(content: set[str], sources: Sequence[str]) -> list[tuple[list[str], list[int]]]:
    """`_repeated_sentence`'s finds for a line that takes its speaker or subject from one cited sentence
    and its claim from another ("Le directeur Luc Armand exclut ..." from "Le directeur, Luc
    Armand, a précisé ..." and "Il n'exclut pas ..."): the words only another cited sentence
    holds are left out of what one sentence must hold."""
    if len(sources) < 2:
        return []
    held = [_word_set(s) for s in sources]
    found = []
    for number, sentence in enumerate(sources):
        elsewhere = set().union(*(h for k, h in enumerate(held) if k != number))
        own = {w for w in content if w in held[number] or w not in elsewhere}
        # Three in four of the rest, a stricter share than one sentence's alone must hold.
        if len(own) < len(content) and len(own & held[number]) >= 0.75 * len(own):
            # Two words will do where they make one phrase ("accused of wrongdoing").
            repeated = _repeated_sentence(own, [sentence], least=2)
            if repeated is not None and (len(own) > 2 or repeated[1][-1] - repeated[1][0] <= 2):
                found.append(repeated)
    return found


def _modal_dropped_in_report(words: Sequence[str], sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str]) -> list[Problem]:
    """A modal of doubt ("could", "pourrait") in the stretch of its best-matching source sentence
    that a reporting line repeats without it."""
    content = {w for w in words if w not in stop and len(w) > 2}
    repeated = _repeated_sentence(content, sources)
    if repeated is None:
        # The speaker named from one sentence ("Chief executive Sunniva Lark said ...") and the
        # claim from the next ("She said prices could ..."): the claim alone, after its saying word.
        said = [i for i, w in enumerate(words) if w in lexicon.saying]
        if not said or said[0] > len(words) / 2:
            return []
        words = words[said[0] + 1 :]
        content = {w for w in words if w not in stop and len(w) > 2}
        repeated = _repeated_sentence(content, sources)
        if repeated is None:
            return []
    best, positions = repeated
    span = best[positions[0] : positions[-1] + 1]
    doubt = lexicon.hedges - _ATTRIBUTING
    if len(span) > 1.5 * len(words) + 3:
        # The line's words scattered over a long sentence (its speaker named at one end, the claim
        # at the other): a modal still counts where the line repeats the two words after it
        # ("could force some families" -> "will force some families"), its auxiliary aside
        # ("could be used as collateral" -> "will be used as collateral").
        modals = sorted(
            best[i] for i in range(len(best) - 2)
            if best[i] in doubt and not best[i].startswith("hop") and _doubts(best, i, lexicon)
            and _repeats_after(best, i + 1 + (best[i + 1] in stop and best[i + 1] in lexicon.passive_auxiliaries), content)
        )
    else:
        # A modal doubts its own verb and object, not every clause of its sentence: "said the drug
        # could become standard but that its price would decide ..." -> "said its price would decide".
        modals = sorted({
            best[i] for i in range(positions[0], positions[-1] + 1)
            if best[i] in doubt and not best[i].startswith("hop") and _doubts(best, i, lexicon)
            and _head_in(words, [best[h] for h in _hedged_heads(best, i + 1, lexicon, stop)])
        })
        if lexicon.conditional_endings:
            # The conditional of a claim not yet confirmed ("Selon X, le problème proviendrait d'un
            # fournisseur" -> "D'après X, le problème vient d'un fournisseur"): a report that
            # names its source still drops the source's doubt.
            modals += sorted(
                best[i] for i in range(positions[0], positions[-1] + 1)
                if best[i] not in lexicon.hedges and lexicon.conditional(best[i]) and not _reported_speech(best, i, lexicon)
                and _head_in(words, [best[h] for h in _conditional_heads(best, i, lexicon, stop)[1:]])
            )
    if not modals:
        return []
    return [Problem("hedge", f"hedge dropped: its source says “{modals[0]}”; the line reports it as certain")]


def _repeats_after(words: Sequence[str], k: int, content: set[str]) -> bool:
    """Whether a line's content words repeat the word at `k` and one of the three after it."""
    return k < len(words) and words[k] in content and any(w in content for w in words[k + 1 : k + 4])


def _doubts(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether the hedge `words[i]` voices doubt where it stands: not a modal of ability under a
    negation ("ne pourraient pas", "no podrían", "could not": it cannot be), nor the conditional
    of reported speech after a saying word and its "que" ("a ajouté qu'une aide serait débloquée":
    the future as seen from the past)."""
    word = words[i]
    if word not in lexicon.hedges:
        return False
    if word in lexicon.ability_modals:
        beside = set(words[max(0, i - 1) : i]) | set(words[i + 1 : i + 2])
        if beside & (lexicon.negations | _CLITIC_NEGATIONS) or words[i + 1 : i + 2] == ["n't"]:
            return False
    if word in lexicon.reported_conditionals and _reported_speech(words, i, lexicon):
        return False
    return True


def _quoted_label_problems(content: set[str], sources: Sequence[str], reporting: frozenset[str]) -> list[Problem]:
    """A short quotation that someone said or gave as a label (four words at most: "described the
    waits as "dangerous"") whose words the line repeats in full as its own, where the sources
    never use them outside quotation marks: the line states a judgement as fact, however its
    other words are put together (they may come from other sentences)."""
    plain = set().union(*map(_unquoted_words, sources))
    for sentence in sources:
        masked = _quoted_mask(sentence)
        if not any(w in reporting for w, inside in masked if not inside):
            continue
        quotes: list[list[str]] = []
        previous = False
        for w, inside in masked:
            if inside and not previous:
                quotes.append([])
            if inside:
                quotes[-1].append(w)
            previous = inside
        for quote in quotes:
            words = [w for w in quote if len(w) > 2 and w not in plain]
            if len(quote) <= 4 and words and all(w in content for w in words) and len(words) >= 0.5 * len(quote):
                return [Problem(
                    "hedge", f"hedge dropped: “{' '.join(quote)}” stands in quotation marks in its source, "
                    "someone's words; the line states it as fact"
                )]
    return []


# Words of the negation lists that say "without": a line may well drop one ("sans frais").
_WITHOUT = frozenset("without sans sin ohne".split())
# Words that negate only as one half of a pair: French "ne" ("ne ... que" is "only"), German
# "noch" ("weder ... noch"; alone it is "still").
_CLITIC_NEGATIONS = frozenset("ne n' noch".split())


def local_negation_problems(text: str, sources: Sequence[str], lexicon: Lexicon, stop: frozenset[str], added: bool) -> list[Problem]:
    """Negation by words, for languages the parse checks do not read: a line that drops the
    negation its best-matching source sentence puts before one of the line's own words ("die
    Finanzierung sei gesichert" from "sei noch nicht gesichert"), and, with `added`, a line that
    negates where no cited sentence negates anything."""
    negations = lexicon.negations - _WITHOUT - _CLITIC_NEGATIONS
    if not negations:
        return []
    words = [w for w, _ in _quoted_mask(text)]
    said_not = lexicon.negating(words, negations)
    if said_not:
        if (added and not any(negations & _word_set(s) for s in sources) and not _negates_by_verb(sources, lexicon)
                and not _falls_short(words, sources, lexicon)
                # "X, not Y" keeps a source's "X rather than Y": a contrast, denied in other words
                and not any(_has_phrase([w for w, _ in _quoted_mask(s)], lexicon.contrast_phrases) for s in sources)):
            return [Problem("negation", f"negation not in its sources: the line says “{said_not[0]}”, its sources negate nothing")]
        return []
    if not any(negations & _word_set(s) for s in sources):
        return []  # no cited sentence negates in words: there is no negation for the line to drop
    if _has_phrase(words, lexicon.contrast_phrases):
        return []  # "blamed costs rather than demand" keeps "caused by costs, not by demand"
    if _has_phrase(words, lexicon.unless_phrases):
        return []  # "unless a new offer is made" keeps "if no new offer is made"
    if _negates_by_verb([text], lexicon):
        return []  # "was unable to land" keeps "could not land"
    content = {w for w in words if w not in stop and len(w) > 2}
    repeated = _repeated_sentence(content, sources)
    # The sentence holding most of the line first, then each that holds the rest of it: a line may
    # glue one sentence's claim to another's attribution ("..., the court heard").
    for best, positions in [*([repeated] if repeated is not None else []), *_repeated_beside_others(content, sources)]:
        found = _dropped_negation(words, content, best, positions, negations, stop, lexicon)
        if found:
            return found
    return []


def _dropped_negation(
    words: Sequence[str], content: set[str], best: Sequence[str], positions: Sequence[int], negations: frozenset[str],
    stop: frozenset[str], lexicon: Lexicon,
) -> list[Problem]:
    """The negation of `best` (a source sentence's words, `positions` those the line repeats)
    before a word of the line that the line drops."""
    # Only a negation among the words the line repeats (not one in a caption glued after them),
    # or just after them, before a word the line gives another ending ("no se ha cerrado").
    for i in range(max(0, positions[0] - 3), min(len(best), positions[-1] + 3)):
        word = best[i]
        if word in negations:
            # The word it negates (its first content word, within three) must be the line's own:
            # "rechazó" for "no aprobó" says the same thing; and a word the sentence also has
            # un-negated may come from there ("Bad memories: ... Not a bad egg").
            negated = next((w for w in best[i + 1 : i + 4] if w not in stop and len(w) > 2), None)
            # (The line may write it in the plural: "the walkers had" for "neither walker had"; or
            # as another form of the word: "planned to step in" for "had no plans to intervene".)
            own = negated if negated in content or negated is None else (
                _plural_beside(negated, best, words, stop) or _other_form(negated, best, words)
            )
            if own is None and negated is not None:
                # "no money had been committed" -> "funding had been committed": the noun reworded,
                # the verb its negation denies kept.
                own = negated = _denied_verb(best, best.index(negated, i), content, lexicon)
            if own is not None and best.count(negated) == 1:
                if _negation_restated(words, best, i, own, lexicon):
                    return []
                return [Problem("negation", f"negation not in its sources: its source says “{word} … {negated}”, the line drops the “{word}”")]
    return []


def _denied_verb(best: Sequence[str], noun_at: int, content: set[str], lexicon: Lexicon) -> str | None:
    """The verb a negated subject's auxiliaries lead to ("no money had been committed": "committed"),
    where the line has it: the negation denies the act, whatever the line calls its subject."""
    auxiliaries = lexicon.auxiliaries | lexicon.passive_auxiliaries
    k = noun_at + 1
    while k < len(best) and best[k] in auxiliaries:
        k += 1
    if k == noun_at + 1 or k >= len(best) or best[k] not in content:
        return None
    return best[k]


# The most letters an ending may add to a word's shortest form: "plan" -> "planned", "planning".
_ENDING_LETTERS = 4


def _other_form(word: str, source: Sequence[str], line: Sequence[str]) -> str | None:
    """The line's word that is the source's `word` with another ending, followed by the same word
    as there ("planned to" for "no plans to", "proved that" for "did not prove that"): the
    shorter, less a final "s", four letters or more, begins the other, which adds a few letters
    at most. A look-alike in another phrase ("Matt Giteau" for "no matter where") is not it."""
    core = word[:-1] if word.endswith("s") else word
    if len(core) < 4 or word not in source:
        return None
    following = source[source.index(word) + 1 : source.index(word) + 2]
    for at, other in enumerate(line):
        shorter, longer = sorted((core, other[:-1] if other.endswith("s") else other), key=len)
        if (other != word and len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= _ENDING_LETTERS
                and following and line[at + 1 : at + 2] == following):
            return other
    return None


def _plural_beside(word: str, source: Sequence[str], line: Sequence[str], stop: frozenset[str]) -> str | None:
    """The line's plural of the source's `word`, or its singular ("walkers" for "neither
    walker"), where the line goes on with the same word the source goes on with ("had carried");
    None otherwise."""
    def next_word(words: Sequence[str], at: int) -> str | None:
        return next((w for w in words[at + 1 :] if w not in stop and len(w) > 2), None)

    for at, other in enumerate(line):
        if other in (word + "s", word + "es") or word in (other + "s", other + "es"):
            following = next_word(line, at)
            if following is not None and following == next_word(source, source.index(word)):
                return other
    return None


def _negation_restated(words: Sequence[str], source: Sequence[str], at: int, negated: str, lexicon: Lexicon) -> bool:
    """Whether the line `words` says the negation at `source[at]` of `negated` in other words:
    a privative phrase just before that word ("out of control" for "not yet under control"), a
    "without" just before it ("without counting" for "never counted"), or
    a restriction for a negation until a time ("only affected once their contracts end" for "not
    affected until their contracts end")."""
    for phrase in lexicon.privative_phrases:
        for k in range(len(words) - len(phrase)):
            if tuple(words[k : k + len(phrase)]) == phrase and negated in words[k + len(phrase) : k + len(phrase) + 2]:
                return True
    if negated in words and any(w in _WITHOUT for w in words[max(0, words.index(negated) - 3) : words.index(negated)]):
        return True  # "sans compter leurs heures" for "ne comptaient jamais leurs heures"
    if _possible_for_not_ruled_out(words, source, at, lexicon):
        return True
    return _restricted_until(words[: words.index(negated)], source[at + 1 :], lexicon)


def _possible_for_not_ruled_out(words: Sequence[str], source: Sequence[str], at: int, lexicon: Lexicon) -> bool:
    """Whether the source's negation at `at` denies a verb of ruling out ("n'exclut pas une
    réouverture") and the line says the thing is possible instead ("juge possible une
    réouverture"): two negatives make a possibility. A line keeping the verb without the
    negation ("exclut une réouverture") still drops it."""
    beside = [source[k].rsplit("'", 1)[-1] for k in (at - 1, at + 1) if 0 <= k < len(source)]
    ruled_out = [w for w in beside if w in lexicon.ruling_out]
    return bool(ruled_out) and not any(w.rsplit("'", 1)[-1] in lexicon.ruling_out for w in words) and any(
        w in lexicon.possibility for w in words
    )


def _restricted_until(before: Sequence[str], after_negation: Sequence[str], lexicon: Lexicon) -> bool:
    """ "Only X once Y" says "not X until Y": the line has a word of restriction before the
    event (`before`: its words up to it) where its source negates it before a word of "until"."""
    return any(w in lexicon.only_words for w in before) and any(w in lexicon.until_words for w in after_negation)


def _falls_short(line: Sequence[str], sources: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a source says there is too little of something ("trop peu d'avions") that the line
    (its words) does not repeat: the line may say it with a negation ("pas assez d'avions")."""
    for s in sources:
        words = [w for w, _ in _quoted_mask(s)]
        if any(lexicon.falls_short_at(words, k, line) for k in range(len(words))):
            return True
    return False


def _negates_by_verb(sources: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a source negates by a verb's meaning ("bestritt", "negó", "failed to")."""
    for s in sources:
        words = [w for w, _ in _quoted_mask(s)]
        if any(lexicon.negates_at(words, k) for k in range(len(words))):
            return True
    return False


def _has_phrase(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether `words` hold one of `phrases` (each given as its words) in a row."""
    present = set(words)  # a phrase with a word the line lacks is not looked for word by word
    return any(
        present.issuperset(phrase)
        and any(tuple(words[k : k + len(phrase)]) == phrase for k in range(len(words) - len(phrase) + 1))
        for phrase in phrases
    )


# ---------------------------------------------------------------------------------------------
# From a parse.

_SUBJECT_SIDE = frozenset({"nsubj", "csubj", "poss", "agent", "obl:agent", "nmod:poss"})
_OBJECT_SIDE = frozenset(
    {"dobj", "obj", "iobj", "nsubjpass", "nsubj:pass", "dative", "attr", "oprd", "prep", "pobj", "obl", "nmod"}
)
# Relations that hold both ways, and verb pairs that say one relation from either side.
_SYMMETRIC = frozenset(
    """
    meet marry face play draw tie merge talk speak clash compete partner fight battle negotiate date divorce
    match game meeting talks deal agreement merger war with and between against
    """.split()
)
_CONVERSES = {
    frozenset(pair.split("/"))
    for pair in "buy/sell beat/lose defeat/lose win/lose lend/borrow give/receive employ/work lead/trail "
    "replace/succeed follow/precede sign/join hire/join own/belong teach/learn send/receive".split()
}
_SAY = frozenset(
    "say tell claim insist warn admit reveal state write announce argue add explain accuse deny "
    "confirm suggest report note describe call".split()
)
_PRONOUNS = frozenset("he she him her".split())
_THING_PRONOUNS = frozenset("it they".split())


def parsed_problems(
    line: Any,
    sources: Sequence[Any],
    context: Sequence[Any] = (),
    names: frozenset[str] = frozenset(),
    negation_words: frozenset[str] | None = None,
    source_negates: bool = True,
    texts: Sequence[str] | None = None,
    previous: Sequence[Any | None] | None = None,
    body: frozenset[str] = frozenset(),
) -> list[Problem]:
    """The predicate problems of a parsed line against its parsed sources (spaCy Docs); `body`
    the lowercase name words of the body the article is about (`bodies.main_body`); `names`
    are words the document writes as names (a tagger may miss one that opens the line); the
    per-verb negation check runs where the line has one of `negation_words` or `source_negates`;
    `texts`, the sources' text, lets a check that could find nothing skip parsing them."""
    # Each check runs only where the line has what it reads, so that a plain line costs one parse
    # (its sources are parsed on first use: `sources` may be lazy).
    problems: list[Problem] = []
    named = {t.lower_ for t in line if _is_name(t, names)}
    lowered = [{w.strip(".,;:!?\"“”'‘") for w in text.lower().replace("’", "'").replace("'s ", " ").split()} for text in texts] if texts else None
    # Two of the line's names in one source sentence, or a pronoun beside a saying word: else
    # the checks below have nothing to compare, and the sources need no parse.
    if len(named) >= 2 and (lowered is None or any(len(named & words) >= 2 for words in lowered)):
        problems += _reversals(line, sources, names)
    if any(t.lemma_.lower() in _SAY or t.lower_ == "according" for t in line):
        problems += _speakers(line, sources, context, names, previous, body)
    elif named and (lowered is None or any(words & _PRONOUNS for words in lowered)):
        problems += coreference_in_quotes(line, sources, context, names)
    figures = {t.lower_ for t in line if t.like_num and any(c.isdigit() for c in t.text)}
    if named and figures and (texts is None or any(f in text for text in texts for f in figures)):
        problems += _substituted_subjects(line, sources, names, body=body)
    elif named and (lowered is None or any(t.pos_ == "VERB" and t.lower_ in words for t in line for words in lowered)):
        problems += _substituted_subjects(line, sources, names, texts, body)
    from summarizer.verify.sides import act_named_in, exchanged_side_problems, side_problems

    verbs = [t for t in line if t.pos_ == "VERB"]
    # A verb of the line in a source sentence, as written or by another name ("struck" for "hit").
    if lowered is None or any(t.lower_ in words or t.lemma_.lower() in words for t in verbs for words in lowered) or any(
        act_named_in(t.lemma_.lower(), words) for t in verbs for words in lowered
    ):
        if not any(p.message.startswith("relation reversed") for p in problems):
            problems += side_problems(line, sources)  # one party on the other side of the same verb
        if not any(p.message.startswith("relation reversed") for p in problems):
            problems += exchanged_side_problems(line, sources)  # two parties exchanged between two acts
    if any(t.dep_ in _MODIFIERS for t in line):
        problems += _events(line, sources)
    if any(_is_date_word(t) for t in line):
        problems += _moved_dates(line, sources)
    if negation_words is None or any(t.lower_ in negation_words for t in line) or source_negates:
        problems += _negations(line, sources)
    problems += no_main_verb(line)
    problems += object_dropped(line, sources, texts)
    return problems


# What a verb that ends its line may still have said of it without stopping short.
_COMPLEMENTS = frozenset({"dobj", "obj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd", "prt", "prep", "agent", "advcl", "npadvmod"})


def object_dropped(line: Any, sources: Sequence[Any], texts: Sequence[str] | None = None) -> list[Problem]:
    """ "Researchers at the University of Glasgow tested." where the source has "tested 4,200
    adults": a line that ends on its main verb, with nothing done to anything, where the verb
    takes an object (or a clause) every time its sources use it."""
    words = [t for t in line if not t.is_punct]
    if not words:
        return []
    verb = words[-1]
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return []
    # Only a line of one clause that opens with the verb's subject: "People sleep better, a
    # study has found" reports what comes before it.
    subject = _speaker_of(verb)
    if subject is None or subject.left_edge.i != 0 or any(t.text == "," for t in line):
        return []
    if texts is not None and not any(verb.lower_ in text.lower() for text in texts):
        return []  # not said that way in the sources: nothing there to compare
    uses = [t for doc in sources for t in doc if t.pos_ == "VERB" and t.lemma_ == verb.lemma_]
    if not uses or not all(any(c.dep_ in ("dobj", "obj", "ccomp") for c in t.children) for t in uses):
        return []
    return [Problem("incomplete", f"incomplete sentence: it stops at “{verb.text}”, where its source goes on to say what")]


def no_main_verb(line: Any) -> list[Problem]:
    """A line that is a noun phrase whose only verbs stand in a relative clause says nothing
    happened: "Tomas Rieder, the chief executive, who expects a profit." Its source's sentence
    went on to the main verb the line left out."""
    roots = [t for t in line if t.dep_ == "ROOT"]
    # The parse may hang such a line on an adjective that has no verb ("The strike, in 2021,
    # which left rubbish uncollected.": "uncollected" its root).
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return []
    phrase = {t.i for t in roots[0].subtree}
    # A relative clause opened by "who", "which", "whose" or "that" (not a "to" clause the parse calls one).
    relative = [
        t for t in line
        if t.dep_ == "relcl" and t.head.i in phrase and any(w.tag_ in ("WDT", "WP", "WP$") or w.lower_ == "that" for w in t.subtree)
    ]
    if not relative:
        return []
    # A participle that describes a noun before it ("the defending champion", "a fallen tree")
    # is no main verb either.
    # (A past participle only right after a determiner: the parse may take a main verb after a
    # noun phrase for one, "The 39-year-old paid tribute".)
    # Nor is a participle phrase after the noun, a relative clause without its "which was": "a
    # phone hidden in a washroom that ...", "the first launch ever attempted from Skarvay, which ...".
    described = [
        t for t in line
        if t.pos_ == "VERB" and t.dep_ in ("amod", "compound") and (t.tag_ == "VBG" or (t.i > 0 and line[t.i - 1].pos_ == "DET"))
        or t.pos_ == "VERB" and t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.i in phrase
    ]
    inside = {t.i for clause in relative + described for t in clause.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in inside for t in line):
        return []
    return [Problem("incomplete", f"incomplete sentence: “{roots[0].text}” has no main verb, only a relative clause")]


def _is_name(token: Any, names: frozenset[str] = frozenset()) -> bool:
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.lower_ in names and token.pos_ == "NOUN")


def _entity_head(token: Any) -> Any:
    while token.dep_ in ("compound", "flat", "flat:name") and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head
    return token


def _entity_words(head: Any) -> frozenset[str]:
    words = {head.lower_.replace("’", "'")}  # "O’Toole" in the article is "O'Toole" in a line
    for child in head.children:
        if child.dep_ in ("compound", "flat", "flat:name") and child.pos_ == "PROPN":
            words |= _entity_words(child)
        elif child.dep_ == "appos" and child.i > 0 and head.doc[child.i - 1].text == "(" and child.text.isupper():
            words.add(child.lower_)  # "the Aviation and Travel Workers' Union (ATWU)": its short name, the same body
    return frozenset(words)


# Words that join the parts of one organisation's name ("Fire and Rescue Service", "Department
# for Transport", "Bank of England").
_NAME_JOINERS = frozenset("and & of for".split())


def _joined_name(head: Any, other: Any, names: frozenset[str]) -> bool:
    """Whether `other` (a name's head) continues the name of `head` across a joining word:
    "Vale Fire and Rescue Service" (a conjunct right after "and"), "Department for Transport" (the
    object of "for" right after it), "Ridgeshire Fire" (a name modifying the next)."""
    if not _is_name(other, names) or not other.text[:1].isupper():
        return False
    if other.dep_ == "nmod" and other.head.i == head.i and other.i < head.i:
        return True
    if other.dep_ == "conj" and other.head.i == head.i:
        between = [t for t in head.doc[head.i + 1 : other.i] if t.i not in {c.i for c in other.subtree}]
        return len(between) == 1 and between[0].lower_ in _NAME_JOINERS and between[0].i == head.i + 1
    if other.dep_ == "pobj" and other.head.head.i == head.i and other.head.lower_ in _NAME_JOINERS:
        return other.head.i == head.i + 1 and other.left_edge.i == head.i + 2
    return False


def _entities(doc: Any, names: frozenset[str] = frozenset()) -> list[tuple[Any, frozenset[str]]]:
    heads = {}
    for token in doc:
        if _is_name(token, names):
            head = _entity_head(token)
            heads[head.i] = head
    # A name of several parts joins its heads into one entity, kept at the part the sentence
    # hangs the whole on.
    words = {i: set(_entity_words(head)) for i, head in heads.items()}
    merged = True
    while merged:
        merged = False
        for i, head in list(heads.items()):
            for j, other in list(heads.items()):
                if i != j and i in heads and j in heads and _joined_name(head, other, names):
                    words[i] |= words.pop(j)
                    del heads[j]
                    merged = True
    return [(head, frozenset(words[i])) for i, head in heads.items()]


def _lca(a: Any, b: Any) -> Any | None:
    ancestors = [a, *a.ancestors]
    seen = {t.i for t in ancestors}
    for token in (b, *b.ancestors):
        if token.i in seen:
            return token
    return None


def _near_heads(token: Any) -> set[int]:
    """The indices of the five words above `token`: `_side` finds no side further up."""
    heads: set[int] = set()
    while len(heads) < 5 and token.head.i != token.i:
        token = token.head
        heads.add(token.i)
    return heads


def _side(token: Any, top: Any) -> str | None:
    """Which side of `top` the phrase of `token` stands on: subject, object or neither."""
    child = token
    steps = 0
    below = None
    while child.head.i != top.i:
        if child.head.i == child.i:
            return None
        if child.dep_ in ("conj", "appos", "relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"):
            return None  # another clause or an aside: its own relation
        below = child
        child = child.head
        steps += 1
        if steps > 4:
            return None
    # "A sent engines to help B": a "to" clause with no subject of its own is done by the
    # subject of the verb above it, so its object is on the object side of that relation.
    if (
        child.dep_ in ("advcl", "xcomp") and below is not None and below.dep_ in ("dobj", "obj")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in child.children)
    ):
        return "object"
    if child.dep_ in _SUBJECT_SIDE:
        return "subject"
    if child.dep_ == "prep" and child.lower_ == "for":
        return None  # "Rez signed for Brenton" is "Brenton signed Rez": the side it is done for
    if child.dep_ in _OBJECT_SIDE:
        return "object"
    return None


def _direction(x: Any, y: Any) -> tuple[int, str, str] | None:
    """+1 when `x` is on the subject side of the relation joining it to `y` and `y` on the object
    side, -1 for the reverse, with the relation's word (a lemma); None when neither holds."""
    top = _lca(x, y)
    if top is None or top.i in (x.i, y.i):
        return None
    sides = (_side(x, top), _side(y, top))
    if sides == ("subject", "object"):
        return 1, top.lemma_.lower(), top.pos_
    if sides == ("object", "subject"):
        return -1, top.lemma_.lower(), top.pos_
    return None


def _matches(words: frozenset[str], entities: Sequence[tuple[Any, frozenset[str]]], other: frozenset[str] = frozenset()) -> list[Any]:
    """The source entities that hold some of `words` and none of `other` (the words of the name
    it is told apart from: "Vale ..." and "Ridgeshire Fire and Rescue Service")."""
    return [head for head, source_words in entities if words & source_words and not other & source_words]


def _stand_ins(doc: Any, head: Any) -> list[Any]:
    """ "The council" for "Ressdale County Council": a noun after "the" that is the head word of
    a name, standing for it in the sentences that follow."""
    word = head.lower_
    if head.pos_ != "PROPN" or len(word) < 3:
        return []
    return [
        t for t in doc
        if t.pos_ == "NOUN" and t.lower_ == word
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in t.children)
    ]


def _reversals(line: Any, sources: Sequence[Any], names: frozenset[str]) -> list[Problem]:
    problems: list[Problem] = []
    entities = _entities(line, names)
    # Two names are in a relation only below a word at most five steps above each (`_side`):
    # pairs with no such word in common are skipped unparsed, else a long line took minutes.
    near = [_near_heads(x) for x, _ in entities]
    source_entities: dict[int, list[tuple[Any, frozenset[str]]]] = {}
    for i, (x_all, x_full) in enumerate(entities):
        for j, (y_all, y_full) in enumerate(entities[i + 1 :], start=i + 1):
            # Names that share words ("Vale Fire and Rescue Service", "Ridgeshire Fire and Rescue
            # Service") are told apart by the words only one of them has.
            x, y = x_all, y_all
            x_words, y_words = x_full - y_full, y_full - x_full
            if not x_words or not y_words or not near[i] & near[j]:
                continue
            said = _direction(x, y)
            if said is None or said[1] in _SYMMETRIC:
                continue
            direction, relation, _ = said
            agree, against = False, []
            for k, doc in enumerate(sources):
                if k not in source_entities:
                    source_entities[k] = _entities(doc)
                xs_found = _matches(x_words, source_entities[k], y_words) + (_stand_ins(doc, x) if x.lower_ not in y_full else [])
                ys_found = _matches(y_words, source_entities[k], x_words) + (_stand_ins(doc, y) if y.lower_ not in x_full else [])
                for xs in xs_found:
                    for ys in ys_found:
                        if xs.i == ys.i:
                            continue
                        found = _direction(xs, ys)
                        if found is None:
                            continue
                        if found[0] == direction:
                            agree = True
                        # Another verb may say the same from the other side ("gave the prize to X",
                        # "X won the prize"); a possessive noun ("X's stake in Y") has one direction.
                        elif found[1] not in _SYMMETRIC and (found[1] == relation or found[2] in ("NOUN", "PROPN")):
                            if frozenset({relation, found[1]}) not in _CONVERSES:
                                against.append((xs, ys, found[1]))
            if against and not agree:
                problems.append(Problem(
                    "relation", f"relation reversed: the line has {_phrase(x)} before {_phrase(y)} (“{relation}”), "
                    f"its source the other way round (“{against[0][2]}”)"
                ))
    return problems


def _object_words(verb: Any) -> set[str]:
    """The figures and names of what `verb` is done to ("won 52% of the vote": 52, vote)."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "attr", "npadvmod"):
            words |= {t.lower_ for t in child.subtree if t.like_num or t.pos_ == "PROPN"}
    return words


def _subject_names(subject: Any, names: frozenset[str]) -> frozenset[str]:
    """The name words of a subject and of those joined to it ("Messi, Suarez and Neymar"); a
    word the document writes as a name counts though the tagger took it for another part of speech."""
    words = set(_entity_words(_entity_head(subject))) if _is_name(subject, names) else {subject.lower_}
    for token in subject.subtree:
        if token.dep_ == "conj" and _is_name(token, names):
            words |= _entity_words(_entity_head(token))
    return frozenset(words)


# Verbs that say too little of an event to pin it to one party ("have 11 points").
_LIGHT_VERBS = frozenset("have be do get".split())


_STANDINGS = frozenset("champions holders leaders".split())


def _named_subject(verb: Any, names: frozenset[str]) -> tuple[Any, frozenset[str]] | None:
    """The subject of `verb` (through "which"/"who" to what a relative clause hangs on) and the
    names it is or holds ("Nair"; "the Wakefield factory"; "the site in Hull, which"); None
    without a subject, an empty set where it names no one (a pronoun, a description)."""
    subject = _speaker_of(verb)
    if subject is None or subject.dep_ != "nsubj":
        return None
    if subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head
        if subject.dep_ == "appos" and _is_name(subject.head, names) and subject.pos_ == "NOUN":
            subject = subject.head  # "Halden Bio, a smaller firm that will receive": Halden Bio
    # "The Scottish Cup holders": a team by its standing, whose capitalised words name the
    # competition, not the team: a description, as "the club" is.
    within = _named_within(subject, names, ("prep", "appos") if subject.lower_ in _STANDINGS else None) or frozenset()
    if _is_name(subject, names) or (subject.text[:1].isupper() and subject.lower_ in names):
        return subject, _subject_names(subject, names) | within  # "Police in Maryland": both
    return subject, within


def _written_name(token: Any) -> bool:
    """A name as a name is written, with its capital (not in a line written all in lower case)."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _phrase_words(head: Any) -> frozenset[str]:
    head = _entity_head(head)
    words = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", _phrase(head)) if w.lower() not in _NAME_JOINERS)
    return words | (_entity_words(head) - {head.lower_})  # with its short name in brackets: "(ATWU)"


def _event_words(verb: Any, subject: Any | None) -> set[str]:
    """The content words of what `verb` tells beside its subject: its objects, places, times."""
    left_out = {t.i for t in subject.subtree} if subject is not None else set()
    return _content(t for t in verb.subtree if t.i not in left_out and t.i != verb.i and t.pos_ != "VERB")


def _substituted_subjects(
    line: Any, sources: Sequence[Any], names: frozenset[str], texts: Sequence[str] | None = None, body: frozenset[str] = frozenset(),
) -> list[Problem]:
    """ "Shaw won 52% of the vote" where the source has "Nair ... won 52% of the vote" (and Shaw
    as her rival); "The Wakefield factory employs 900 people" where it is "the site in Hull,
    which employs 900 people": the same verb and the same figures done, by another named party.
    A subject that names no one (a pronoun, "the chief executive") may be the line's: it passes."""
    problems: list[Problem] = []
    for verb in line:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT_VERBS:
            continue
        found = _named_subject(verb, names)
        if found is None or not found[1]:
            continue
        subject, mine = found
        done = _object_words(verb)
        counted = any(any(c.isdigit() for c in w) for w in done)
        # A figure pins the event down; without one, the same verb may be another event, unless
        # three or more words of what was done, where and when, are the source's too ("banned
        # barbecues and campfires across the park in March").
        event = set() if counted else _event_words(verb, subject)
        # (A name of the article the parse tags a common noun at the line's start is still written
        # as a name: "Corvane, which licensed ..., will receive".)
        written = _written_name(subject) or (subject.text[:1].isupper() and subject.lower_ in names)
        if not counted and (len(event) < 3 or not written):
            continue
        others: list[frozenset[str]] = []
        doers: list[Any] = []
        # Without a figure, only the sentences that write the verb and most of the event's words
        # are parsed to compare (a lazy sequence parses a source when it is first read).
        if not counted and texts is not None:
            need = 0.8 * len(event)
            lowered_texts = [text.lower() for text in texts]
            chosen = [
                k for k, text in enumerate(lowered_texts)
                if verb.lower_ in text and sum(word in text for word in event) >= need
            ]
            docs = [sources[k] for k in chosen]
        else:
            docs = list(sources)
        for doc in docs:
            for other in doc:
                if other.pos_ != "VERB" or other.lemma_ != verb.lemma_:
                    continue
                if counted and not done <= _object_words(other):
                    continue
                if not counted and len(event & _event_words(other, _speaker_of(other))) < 0.8 * len(event):
                    continue
                theirs = _named_subject(other, names)
                if theirs is not None:
                    if not counted:
                        # Told apart by every word of the two names as written ("Ibrahim al-Douri"
                        # is "Izzat Ibrahim al-Douri"), and only from another written name.
                        theirs = (theirs[0], _phrase_words(theirs[0]) if _written_name(theirs[0]) else frozenset())
                        mine = _phrase_words(subject)
                    others.append(theirs[1])
                    doers.append(theirs[0])
        if others and all(words and not words & mine for words in others) and not all(_speaks_for(doer, mine, body) for doer in doers):
            if counted:
                problems.append(Problem(
                    "relation", f"relation not in its sources: {' '.join(sorted(mine)).title()} “{verb.text}” "
                    f"{' '.join(sorted(done))} where its source has {' '.join(sorted(others[0])).title()} do it"
                ))
            else:
                problems.append(Problem(
                    "relation", f"relation not in its sources: the line has {_phrase(_entity_head(subject))} “{verb.text}”, "
                    f"its source {_phrase(_entity_head(doers[0]))}"
                ))
    return problems


def _phrase(head: Any) -> str:
    """The name a head stands in, read along the line: "Vale Fire and Rescue Service"."""
    doc = head.doc
    if head.pos_ != "PROPN":
        return head.text

    def named(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].pos_ == "PROPN"

    start = end = head.i
    while named(start - 1) or (start > 1 and doc[start - 1].lower_ in _NAME_JOINERS and named(start - 2)):
        start -= 1 if named(start - 1) else 2
    while named(end + 1) or (doc[end + 1 : end + 2].text.lower() in _NAME_JOINERS and named(end + 2)):
        end += 1 if named(end + 1) else 2
    return doc[start : end + 1].text


def _content(tokens: Iterable[Any]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") and not t.is_stop}


def _manner_content(tokens: Iterable[Any]) -> set[str]:
    """Content words and adverbs of manner ("lightly", "quickly"): not "not" or "never"."""
    return {
        t.lemma_.lower() for t in tokens
        if not t.is_stop and (t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") or (t.pos_ == "ADV" and t.lower_.endswith("ly")))
    }


def _content_at(doc: Any) -> dict[int, str]:
    """The lemma of each content word of `doc` by its token index: gathered once, so that the
    words of many spans of one long line are looked up, not gathered again over the whole line."""
    return {t.i: t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") and not t.is_stop}


def _speaker_of(verb: Any) -> Any | None:
    """Who says it: the saying verb's subject; in the passive its agent where it has one ("had
    been told by its reinsurer that ...": the reinsurer speaks, not the subject who was told)."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ in ("nsubj:pass", "nsubjpass"):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            return doer if doer is not None else child
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _speaker_of(verb.head)  # "Shaw congratulated her but said ...": one subject for both verbs
    return None


def _outside(doc: Any, token: Any) -> set[int]:
    """The token indices of `doc` outside `token`'s subtree (the subtree is gathered once: built
    inside the comprehension it was gathered again for every token, cubic in a long line)."""
    subtree = {x.i for x in token.subtree}
    return set(range(doc[0].i, doc[-1].i + 1)) - subtree  # a Doc or a Span: contiguous indices


def _saying(doc: Any) -> list[tuple[Any, Any, set[int]]]:
    """(saying word, its speaker, the token indices of what is said) in `doc`."""
    found = []
    for token in doc:
        if token.lemma_.lower() == "accord" or token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            speaker = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if speaker is not None:
                found.append((token, speaker, _outside(doc, token)))
            continue
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _SAY:
            continue
        speaker = _speaker_of(token)
        if speaker is None:
            continue
        said = {t.i for child in token.children if child.dep_ in ("ccomp", "parataxis", "dobj") for t in child.subtree}
        if token.dep_ in ("parataxis", "ccomp") or not said:  # '"...," said Locke': the words are the head's
            said = _outside(doc, token) | said
        found.append((token, speaker, said))
    return found


_PLACE_PREPOSITIONS = frozenset("in at from near outside inside across".split())
# Days and months are written as names and are no one ("on Friday, she said").
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def _person(t: Any, bodies_after_the: bool = False) -> bool:
    """Whether a token may be a person "he" or "she" means: an acronym ("the NHS") is a body, with
    `bodies_after_the` a name after "the" ("the Herald") too (in a source, whose "he added" a
    reader takes for the person named before), and a name after "in", "at" or "from" is a place
    ("spoke about the shoot in Morocco. He said ...")."""
    if t.pos_ != "PROPN" or (len(t.text) > 1 and t.text.isupper()) or t.lower_ in _CALENDAR:
        return False
    if bodies_after_the:
        first = t
        while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN":
            first = first.doc[first.i - 1]
        if first.i > 0 and first.doc[first.i - 1].lower_ == "the":
            return False  # "the Herald's website ..., he added": a name after "the" is a body or a title, no one
    head = _entity_head(t)
    return not (head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS)


def _resolve(
    speaker: Any, doc: Any, before: Sequence[Any], names: frozenset[str] = frozenset(), bodies_after_the: bool = False,
) -> frozenset[str] | None:
    """The name words of a speaker; a pronoun is resolved to the last name before it."""
    if _is_name(speaker, names):
        if speaker.is_sent_start and speaker.lower_ not in names and (within := _named_within(speaker, names)):
            return within  # "Head of quality Ola Berg said": a role capitalised only by opening the line
        return _entity_words(_entity_head(speaker))
    if speaker.lower_ in _THING_PRONOUNS:
        # "Fenwick College will close ..., it said": the sentence's first named subject speaks
        for token in speaker.sent:
            if token.i >= speaker.i:
                break
            if token.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                return _entity_words(_entity_head(token)) if _is_name(token, names) else _named_within(token, names)
        return None
    if speaker.lower_ not in _PRONOUNS:
        return _named_within(speaker, names)
    quoted = _quoted_indices(doc)
    candidates = [t for t in doc[: speaker.i] if _person(t, bodies_after_the) and t.i not in quoted]
    for earlier in reversed(before):
        if candidates:
            break
        candidates = [t for t in earlier if _person(t, bodies_after_the)]
    return _entity_words(_entity_head(candidates[-1])) if candidates else None


_SUBJECT_ARCS = frozenset("nsubj nsubjpass nsubj:pass".split())


def _line_speaker(speaker: Any, line: Any, names: frozenset[str]) -> frozenset[str] | None:
    """The name words a line's speaker may stand for. A pronoun may mean the last person named
    before it or the last subject named before it ("Ruiz beat Diaz, and she said ..." is Ruiz):
    a reader may take either, so the words of both readings count."""
    resolved = _resolve(speaker, line, (), names)
    if resolved is None or speaker.lower_ not in _PRONOUNS:
        return resolved
    # A subject pronoun that repeats an earlier one of the line continues its chain ("she is
    # preparing to move ... she added"): it may mean whom the first one means.
    chain = next((t for t in line[: speaker.i] if t.lower_ == speaker.lower_ and t.dep_ in _SUBJECT_ARCS), None)
    if chain is not None:
        resolved |= _resolve(chain, line, (), names) or frozenset()
    subjects = [t for t in line[: speaker.i] if _person(t) and _entity_head(t).dep_ in _SUBJECT_ARCS]
    return resolved | _entity_words(_entity_head(subjects[-1])) if subjects else resolved


def _named_within(speaker: Any, names: frozenset[str] = frozenset(), arcs: tuple[str, ...] | None = None) -> frozenset[str] | None:
    """The name words inside a speaker that is not itself a name: "analysts at Hartmann Bank",
    "its chief executive, Marion Hale", "a spokesman for the Met Office"; None where it holds none
    ("the chief executive" may be anyone the line names). `arcs`: the children read (default:
    prepositions, appositions, compounds and possessors)."""
    words: set[str] = set()
    for child in speaker.children:
        if child.dep_ in (arcs or ("prep", "appos", "compound", "poss")):
            for token in child.subtree:
                if _is_name(token, names):
                    words |= _entity_words(_entity_head(token))
    return frozenset(words) or None


def _source_speaker(
    speaker: Any, doc: Any, k: int, sources: Sequence[Any], context: Sequence[Any],
    previous: Sequence[Any | None] | None, names: frozenset[str],
) -> frozenset[str] | None:
    """The name words of who speaks in source `k`: "He said" at its start is the one the article's
    sentence before it is about, where that can be told; else the last name before."""
    meant = _meant_by_opening_pronoun(speaker, doc, previous[k] if previous else None, names)
    return _entity_words(meant) if meant is not None else _resolve(speaker, doc, [*context, *sources[:k]], names, bodies_after_the=True)


def _speakers(
    line: Any, sources: Sequence[Any], context: Sequence[Any], names: frozenset[str],
    previous: Sequence[Any | None] | None = None, body: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Words the line gives to a speaker that its best-matching source sentence gives to another.
    `previous[k]`, where given, is the parsed sentence before source `k` in the article: a source
    that opens on "He said" has the subject of that sentence speak (`_meant_by_opening_pronoun`)."""
    problems: list[Problem] = []
    # What each source says and who says it is gathered once for all the line's saying words (a
    # long line has hundreds): gathered per saying word, checking one long line took minutes.
    line_content: dict[int, str] | None = None
    source_content: list[set[str]] | None = None
    source_sayings: dict[int, list[tuple[set[str], frozenset[str] | None]]] = {}
    for verb, speaker, said in _saying(line):
        line_speaker = _line_speaker(speaker, line, names)
        if line_speaker is None:
            continue
        if line_content is None:
            line_content = _content_at(line)
        words = {line_content[i] for i in said if i in line_content} - line_speaker
        if len(words) < 2:
            continue
        if source_content is None:
            source_content = [_content(doc) for doc in sources]
        best, best_shared = None, 0
        for k, content in enumerate(source_content):
            shared = len(words & content)
            if shared > best_shared:
                best, best_shared = k, shared
        if best is None or best_shared < (len(words) if len(words) < 3 else 0.6 * len(words)):
            continue  # (two words must both stand there)
        if best not in source_sayings:
            doc = sources[best]
            at = _content_at(doc)
            source_sayings[best] = [
                ({at[i] for i in source_said if i in at}, _source_speaker(source_speaker, doc, best, sources, context, previous, names),
                 source_speaker)
                for _, source_speaker, source_said in _saying(doc)
            ]
        givers = []
        same_role = False
        for said_words, resolved, source_speaker in source_sayings[best]:
            if len(words & said_words) < 0.6 * len(words):
                continue
            if resolved is not None:
                givers.append(resolved)
            same_role = same_role or _same_role(speaker, source_speaker) or _speaks_for(source_speaker, line_speaker, body)
        if givers and not same_role and not any(g & line_speaker for g in givers):
            name = " ".join(sorted(givers[0]))
            problems.append(Problem(
                "attribution", f"attribution not in its sources: the source gives these words to {name.title()}, "
                f"not {_phrase(_entity_head(speaker)) if speaker.pos_ == 'PROPN' else speaker.text}"
            ))
    return problems


def _speaks_for(doer: Any, meant: frozenset[str], body: frozenset[str] = frozenset()) -> bool:
    """Whether the parsed `doer` holds a post of the body the line names by the words `meant`, so
    that what they say or do the body says or does ("Tervane Airways said"): the post describes
    them (it is them, or stands beside their name) and its owner is that body ("Luis Barrientos,
    Tervane's chief operating officer", "a spokesperson for Tervane Airways"), or it has no owner
    ("Chief operating officer Luis Barrientos") and the line's body is the one the article is
    about (`body`). Not a body whose description names its officer ("the Alliance, whose housing
    officer is Ines Hart")."""
    from summarizer.verify.relations import posts_and_titles, posts_of

    language = doer.doc.lang_ or "en"
    posts, titles = posts_of(language), posts_and_titles(language)
    described = [doer, *(c for c in doer.children if c.dep_ in ("appos", "compound"))]
    held = [t for t in described if t.lower_ in posts]
    if not held:
        return False
    owners = {w.lower_ for post in held for w in post.subtree if w.i != post.i and w.pos_ == "PROPN" and w.lower_ not in titles}
    if owners:
        return bool(owners & meant)
    return bool(body) and bool(meant) and meant <= body


def _same_role(speaker: Any, theirs: Any) -> bool:
    """Whether the line's speaker is the source's by the same role noun, the source's owner of it
    being a pronoun or left out: "Kestrel Line's managing director said" for "Its managing
    director, Fenella Roake, said" (an owner named otherwise is another's director). A word in
    small letters is a common noun however the parse tags it."""
    if speaker.pos_ != "NOUN" and not (speaker.pos_ == "PROPN" and speaker.text.islower()):
        return False
    # "The company's chief executive said" for "The company's CEO, Ana Ruiz, said": one title, written short.
    if not same_title(speaker.lemma_.lower(), theirs.text, "english"):
        if theirs.pos_ == "PROPN":
            # "Chief executive Simon Harte said": the name carries the role as a title before it.
            theirs = next((c for c in theirs.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < theirs.i), theirs)
        if theirs.pos_ != "NOUN" or speaker.lemma_.lower() != theirs.lemma_.lower():
            return False
    # An owner named otherwise makes it another's director; the same owner named in the line
    # ("NASA chief scientist says" for "NASA chief scientist Ellen Stofan said") keeps it theirs.
    owners = {
        c.lower_ for c in theirs.children if c.dep_ in ("poss", "compound")
        and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and c.text[:1].isupper() and not c.is_sent_start))  # "UNICEF" tagged a noun; not "Its"
    }
    return owners <= {c.lower_ for c in speaker.children if c.dep_ in ("poss", "compound")}


def coreference_in_quotes(
    line: Any, sources: Sequence[Any], context: Sequence[Any] = (), names: frozenset[str] = frozenset()
) -> list[Problem]:
    """ "Houllier is the right man" where the source has '"He is the right man," said Houllier':
    the one speaking does not call himself "he"; the line's subject is someone else."""
    problems: list[Problem] = []
    root = next((t for t in line if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() in _SAY:
        return problems
    subject = _speaker_of(root)
    if subject is None or not _is_name(subject, names):
        return problems
    subject_words = _entity_words(_entity_head(subject))
    subject_span = {s.i for s in subject.subtree}
    words = _content(t for t in line if t.i not in subject_span)
    if len(words) < 2:
        return problems
    for k, doc in enumerate(sources):
        if len(words & _content(doc)) < 0.7 * len(words):
            continue
        for _, source_speaker, said in _saying(doc):
            speaker = _resolve(source_speaker, doc, [*context, *sources[:k]])
            if speaker is None or not speaker & subject_words:
                continue
            # Only a quotation's own "he" is another's: in reported speech ("Raske said she would
            # ask") the pronoun is as often the speaker herself.
            quoted = {at for _, inside, at in quote_marked(doc.text) if inside}
            for token in doc:
                if (token.i in said and token.lower_ in _PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
                        and token.idx in quoted):
                    if len(words & _content(token.head.subtree)) >= 0.7 * len(words):
                        problems.append(Problem(
                            "coreference", f"coreference not in its sources: the source's “{token.text}” there is not "
                            f"{_phrase(_entity_head(subject))}, who is the one speaking"
                        ))
                        return problems
    return problems


def _main_subject_person(doc: Any, names: frozenset[str] = frozenset()) -> Any | None:
    """The name words of the person who is the subject of `doc`'s main verb: a name ("Sam Okafor,
    head of ..., said"), or a description with its name beside it ("Its UK chief, Lene Holm, said");
    None where the subject is not a named person (a thing, a body, a pronoun)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = _speaker_of(root) if root is not None else None
    if subject is None:
        return None
    if _is_name(subject, names):
        if (len(subject.text) > 1 and subject.text.isupper()) or subject.lower_ in _CALENDAR:
            return None  # an acronym is a body; a day is no one
        return _entity_head(subject)
    for child in subject.children:
        if child.dep_ == "appos" and _is_name(child, names):
            return _entity_head(child)
    return None


_OPENING_QUOTES, _CLOSING_QUOTES, _EITHER_QUOTES = frozenset("“«„"), frozenset("”»"), frozenset("\"")


def _quoted_indices(doc: Any) -> frozenset[int]:
    """The token indices of `doc` inside quotation marks. The quoted words are what a speaker says,
    so a name among them ('"We chose Larkfield ...," she said') is not who "she" is."""
    inside, found = False, set()
    for t in doc:
        if t.text in _OPENING_QUOTES or (t.text in _EITHER_QUOTES and not inside):
            inside = True
        elif t.text in _CLOSING_QUOTES or (t.text in _EITHER_QUOTES and inside):
            inside = False
        elif inside:
            found.add(t.i)
    return frozenset(found) if not inside else frozenset()  # a quotation left open: not told apart


def _meant_by_opening_pronoun(pronoun: Any, doc: Any, before: Any | None, names: frozenset[str] = frozenset()) -> Any | None:
    """Whom a "he" or "she" that no name precedes in its sentence means: the named person the
    sentence `before` it is about (its main verb's subject), or None where that is no named person
    or the sentence before has a same-gender object pronoun ("Shaw congratulated her. She ...":
    "she" may be the one congratulated)."""
    quoted = _quoted_indices(doc)
    if before is None or pronoun.lower_ not in ("he", "she") or any(_is_name(t, names) and t.i not in quoted for t in doc[: pronoun.i]):
        return None
    objects = ("her",) if pronoun.lower_ == "she" else ("him",)
    if any(t.lower_ in objects and t.dep_ != "poss" for t in before):
        return None
    meant = _main_subject_person(before, names)
    if meant is None:
        return None
    # Another person in the main clause ("X met the director, Ana Ruiz. She said ...") may be
    # meant as well (we cannot tell "he" from "she" by name): no verdict. One inside a clause of
    # its own ("who replaced Ben Tallis"), a possessive or the subject's own description is no rival.
    subject_tokens = {t.i for t in _speaker_of(next(t for t in before if t.dep_ == "ROOT")).subtree}
    for t in before:
        if t.i in subject_tokens or not _person(t) or _entity_head(t).i == meant.i:
            continue
        step, embedded = _entity_head(t), False
        while step.head.i != step.i:
            if step.dep_ in ("relcl", "acl", "advcl", "ccomp", "poss", "xcomp", "pcomp"):
                embedded = True
                break
            step = step.head
        if not embedded:
            return None
    return meant


def _people_named(pronoun: Any, doc: Any, before: Any | None, names: frozenset[str] = frozenset()) -> list[Any]:
    """The people (name heads) the sentence `before` an opening "he"/"she" names where its main
    subject is no named person and no pronoun (a pronoun there carries the thread further back);
    empty where it names none, where the pronoun's sentence names someone before it, or where the
    sentence before has a same-gender object pronoun."""
    if before is None or pronoun.lower_ not in ("he", "she") or any(_is_name(t, names) for t in doc[: pronoun.i]):
        return []
    root = next((t for t in before if t.dep_ == "ROOT"), None)
    subject = _speaker_of(root) if root is not None else None
    if subject is None or subject.pos_ == "PRON" or _main_subject_person(before, names) is not None:
        return []
    objects = ("her",) if pronoun.lower_ == "she" else ("him",)
    if any(t.lower_ in objects for t in before):
        return []
    heads = {_entity_head(t).i: _entity_head(t) for t in before if _person(t)}
    return [heads[i] for i in sorted(heads)]


def _name_text(head: Any) -> str:
    """A name as written: its head and the name words compounded onto it ("Lene Holm")."""
    def parts(token: Any) -> list[Any]:
        found = [token]
        for child in token.children:
            if child.dep_ in ("compound", "flat", "flat:name") and child.pos_ == "PROPN":
                found += parts(child)
        return found

    return " ".join(t.text for t in sorted(parts(head), key=lambda t: t.i))


def pronoun_subjects(
    line: Any, sources: Sequence[Any], previous: Sequence[Any | None], names: frozenset[str] = frozenset()
) -> tuple[list[Problem], frozenset[str]]:
    """ "Kirsten Dahl ran the projects" where the source has "She ran the projects" and its
    sentence before has Lene Holm as its subject: a sentence that opens on "he" or "she" goes on
    about the person the sentence before it was about, and the line names someone else.
    `previous[k]` is the parsed sentence before source `k` in the article (None at its start).
    Returns the problems, and the line subject's name words where the pronoun is found to mean
    them (the word-distance check's nearest-name guess then stands aside)."""
    root = next((t for t in line if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() in _SAY:
        return [], frozenset()
    subject = whole = _speaker_of(root)
    if subject is not None and not _is_name(subject, names):
        # A description with the name beside it: "The museum's curator, Dr Rosalind Keble, has ..."
        subject = next((c for c in subject.children if c.dep_ == "appos" and _is_name(c, names)), None)
    if subject is None:
        return [], frozenset()
    subject_words = _entity_words(_entity_head(subject))
    subject_span = {s.i for s in whole.subtree}  # gathered once, not once per token of the line
    words = _content(t for t in line if t.i not in subject_span)
    if len(words) < 2:
        return [], frozenset()
    for doc, before in zip(sources, previous):
        if before is None:
            continue
        source_root = next((t for t in doc if t.dep_ == "ROOT"), None)
        pronoun = _speaker_of(source_root) if source_root is not None else None
        if pronoun is None:
            continue
        if source_root.lemma_.lower() != root.lemma_.lower():
            continue  # the line says something else of its subject (another clause of the sentence, perhaps)
        if len(words & _content(source_root.subtree)) < max(2, 0.6 * len(words)):
            continue
        meant = _meant_by_opening_pronoun(pronoun, doc, before, names)
        if meant is None:
            # The sentence before is about no named person, but names people ("Any reward will be
            # split between Nye and Tarrant. She has farmed the land ..."): "she" is one of them,
            # and a line giving the deed to someone the two sentences never name is wrong.
            named = _people_named(pronoun, doc, before, names)
            if named and not any(_entity_words(person) & subject_words for person in named):
                return [Problem(
                    "coreference", f"coreference not in its sources: the source's “{pronoun.text}” there is "
                    f"{' or '.join(_name_text(person) for person in named)}, named in the sentence before it, "
                    f"not {_name_text(_entity_head(subject))}"
                )], frozenset()
            continue
        if _entity_words(meant) & subject_words:
            return [], subject_words
        return [Problem(
            "coreference", f"coreference not in its sources: the source's “{pronoun.text}” there is "
            f"{_name_text(meant)}, the one the sentence before it is about, not {_name_text(_entity_head(subject))}"
        )], frozenset()
    return [], frozenset()


# Clauses of cause or circumstance ("helped by ...", "after ...ing"): where a prepositional phrase
# hangs is where a small parser errs most, and on FRANK's CNN/DM half checking those raised
# eleven false alarms for two catches, so they are left to the word-distance check.
_MODIFIERS = frozenset({"advcl"})


def _events(line: Any, sources: Sequence[Any]) -> list[Problem]:
    """A time, place or cause attached in the line to another event than in its source."""
    problems: list[Problem] = []
    for token in line:
        # Only what hangs on a verb: which noun a prepositional phrase hangs on is where a small
        # parser errs most ("replaced X on a caretaker basis in February").
        if token.dep_ not in _MODIFIERS or token.head.pos_ != "VERB":
            continue
        words = _content(token.subtree)
        strong = [t for t in token.subtree if t.pos_ in ("PROPN", "NUM")]
        if len(words) < 2 and not strong:
            continue
        head = token.head.lemma_.lower()
        moved_to, same = None, False
        for doc in sources:
            for other in doc:
                if other.lemma_.lower() != token.lemma_.lower() or other.dep_ not in _MODIFIERS or other.head.pos_ != "VERB":
                    continue
                if len(words & _content(other.subtree)) < max(1, 0.8 * len(words)):
                    continue
                if other.head.lemma_.lower() == head:
                    same = True
                elif other.head.lemma_.lower() in _SAY:
                    # ", the company said, as it moves ...": a small parser hangs the clause on the
                    # aside that reports the event; it may as well belong to the event reported.
                    same = True
                elif _follows(other, head) and _follows(token, head):
                    # "as Bayer crashed out, losing 5-3 on penalties" in both: the clause follows the
                    # line's event in the source too, and the parser hung it on an earlier verb there.
                    same = True
                elif any(t.lemma_.lower() == head and t.pos_ == "VERB" and not _same_event(t, other.head) for t in doc):
                    moved_to = other.head  # the line's event stands elsewhere in the sentence, without it
        if moved_to is not None and not same:
            problems.append(Problem(
                "circumstance", f"circumstance not in its sources: “{' '.join(t.text for t in token.subtree)}” "
                f"belongs to “{moved_to.text}” in its source, not to “{token.head.text}”"
            ))
    return problems


def _follows(clause: Any, lemma: str) -> bool:
    """Whether the last verb before the words of the clause headed by `clause` (the event it
    follows) has the lemma `lemma`."""
    start = min(t.i for t in clause.subtree)
    verb = next((t for t in reversed(clause.doc[:start]) if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() == lemma


def _is_date_word(token: Any) -> bool:
    """A year ("1998") or a month's or a weekday's name."""
    text = token.text
    return (len(text) == 4 and text.isdigit() and text[:2] in ("18", "19", "20")) or (
        token.lower_ in _CALENDAR and token.text[:1].isupper() and token.pos_ == "PROPN"
    )


def _moved_dates(line: Any, sources: Sequence[Any]) -> list[Problem]:
    """A date the line hangs on one event where its source hangs it on another, and gives the
    line's event a date of its own: "passed its inspection in 1998" from "the car, which opened
    in 1998, passed its inspection in November"."""
    problems: list[Problem] = []
    for token in line:
        if not _is_date_word(token):
            continue
        verb = _anchor(token)
        if verb is None or verb.pos_ != "VERB":
            continue
        event = verb.lemma_.lower()
        moved_to, same = None, False
        for doc in sources:
            for other in doc:
                if other.lower_ != token.lower_:
                    continue
                theirs = _anchor(other)
                if theirs is None:
                    continue
                if _dates_a_thing(token) and _dates_a_thing(other):
                    same = True  # "its 1952 staging" from "its 1952 production": a thing's date in both, no event's
                    continue
                if theirs.lemma_.lower() == event or theirs.lemma_.lower() in _SAY:
                    same = True  # on the same event, or on the saying that reports it
                    continue
                # The line's event with another date of its own, in this sentence or another cited
                # one ("dismissed ... on 4 February" where "appointed him on 9 August" is the next).
                for event_doc in sources:
                    for t in event_doc:
                        if t.lemma_.lower() == event and t.pos_ == "VERB" and not (event_doc is doc and _same_event(t, theirs)) and any(
                            _is_date_word(d) and d.lower_ != token.lower_ and (_anchor(d) is not None and _anchor(d).i == t.i)
                            for d in event_doc
                        ):
                            moved_to = theirs  # the line's event has another date in the source
        if moved_to is not None and not same:
            problems.append(Problem(
                "circumstance", f"circumstance not in its sources: “{token.text}” belongs to “{moved_to.text}” in its source, "
                f"not to “{verb.text}”, which has another date there"
            ))
    return problems


def _dates_a_thing(token: Any) -> bool:
    """Whether a date word modifies a noun right before it ("the theatre's 1952 production", "the
    2019 election"): it dates that thing, whatever verb the thing's phrase hangs on."""
    return token.head.i != token.i and token.head.pos_ == "NOUN" and token.head.i > token.i and token.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod")


def _same_event(token: Any, head: Any) -> bool:
    """Whether `token` is `head`, or joined to it as one event ("voted on Monday to approve",
    "rose and closed"), so that what is attached to one is attached to the other. An infinitive
    with "to" is its verb's complement however the parser labels it ("voted 5-2 on Tuesday to
    reject the application, citing ...": a small parser makes "to reject" an adverbial clause)."""
    if token.i == head.i:
        return True
    for a, b in ((token, head), (head, token)):
        step = a
        while (step.dep_ in ("xcomp", "conj") or (step.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in step.children))) and step.head.i != step.i:
            step = step.head
            if step.i == b.i:
                return True
    return False


# Verbs whose complement did not happen: "failed to install" is "did not install".
_NEGATIVE_HEADS = frozenset("fail refuse decline neglect unable cease".split())
# Verbs that keep their "from" complement from happening: "barred from flying" is "must not fly".
_PREVENTING_HEADS = frozenset("bar ban prevent stop prohibit forbid block suspend exclude keep".split())
# Verbs that pass their own negation to the act they let happen: "not to let pets drink" is "pets must
# not drink", as "keep pets from drinking" is.
_PERMITTING_HEADS = frozenset("let allow permit".split())
# A core argument that is no one or nothing negates its verb: "no card numbers were accessed".
_NEGATIVE_ARGUMENTS = frozenset("nobody nothing none neither".split())
_CORE = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj"})


def _negative_det(token: Any) -> bool:
    """ "no" that denies ("no card numbers"), not one that measures ("no more than 44 per cent")."""
    if token.lower_ != "no":
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is None or after.lower_ not in ("more", "less", "fewer", "longer", "later", "earlier", "sooner")


def _negated(verb: Any) -> bool:
    if _under_unless(verb):
        return True  # "walkouts will follow unless a new offer is made": made only if not
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in ("not", "n't", "never", "no"):
            return True
        if child.dep_ in _CORE and (
            child.lower_ in _NEGATIVE_ARGUMENTS or any(c.dep_ == "det" and _negative_det(c) for c in child.children)
        ):
            return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and (
        head.lemma_.lower() in _NEGATIVE_HEADS or any(c.lower_ == "unable" for c in head.children)
    ):
        return not _negated(head)  # "did not fail to pay" paid
    if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in _PREVENTING_HEADS:
        return not _negated(head.head)  # "barred from flying"; "not stopped from voting" voted
    if verb.dep_ in ("ccomp", "xcomp") and head.i != verb.i and head.lemma_.lower() in _PERMITTING_HEADS:
        return _negated(head)  # "did not let pets drink": the pets do not drink
    return False


def _denied_things(verb: Any) -> frozenset[str]:
    """The nouns a verb's core arguments, or their conjuncts, deny by a determiner: "bridge" in
    "has no bridge" and in "has 1,900 residents and no bridge". A line that denies the same thing
    as its source negates what the source does, wherever the source puts it in its list."""
    return frozenset(
        noun.lemma_.lower()
        for child in verb.children if child.dep_ in _CORE
        for noun in (child, *child.conjuncts) if any(c.dep_ == "det" and _negative_det(c) for c in noun.children)
    )


def _under_unless(verb: Any) -> bool:
    """Whether `verb`'s clause opens with "unless" (the language's `unless_phrases`): "if not"."""
    if verb.dep_ not in ("advcl", "ccomp") or verb.left_edge.i >= verb.i:
        return False
    start = verb.left_edge.i
    words = tuple(t.lower_ for t in verb.doc[start : min(verb.i, start + 3)])
    return any(words[: len(phrase)] == phrase for phrase in lexicon_of(verb.doc.lang_ or "en").unless_phrases)


def _negations(line: Any, sources: Sequence[Any]) -> list[Problem]:
    """The same verb with the same object words, negated on one side only."""
    problems: list[Problem] = []
    for verb in line:
        if verb.pos_ != "VERB":
            continue
        # How it was done counts among what pins the event down ("taken lightly").
        words = _manner_content(verb.subtree) - {verb.lemma_.lower()}
        if len(words) < 2:
            continue
        matches = [
            other for doc in sources for other in doc
            if other.pos_ == "VERB" and other.lemma_ == verb.lemma_ and len(words & _manner_content(other.subtree)) >= 0.7 * len(words)
        ]
        denied = _denied_things(verb)
        if matches and all(
            _negated(other) != _negated(verb) and not (denied and denied <= _denied_things(other)) for other in matches
        ):
            restricted = [w.lower_ for w in line[: verb.i]]
            if not _negated(verb) and all(
                _restricted_until(restricted, [w.lower_ for w in other.doc[other.i :]], lexicon_of(line.lang_ or "en")) for other in matches
            ):
                continue  # "only affected once ..." for "not affected until ..."
            said = "negates" if _negated(verb) else "drops the negation of"
            problems.append(Problem("negation", f"negation not in its sources: the line {said} “{verb.text}”"))
    return problems


def _anchor(token: Any) -> Any | None:
    """The verb a date, time or figure hangs on (through its preposition or the noun it counts)."""
    steps = 0
    while token.head.i != token.i and steps < 6:
        token = token.head
        steps += 1
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def same_anchor(line: Any, start: int, neighbour: int, sources: Sequence[Any]) -> bool:
    """Whether the date or figure of the parsed `line` at character `start` hangs on a verb of
    the same lemma as the same word does in a parsed source sentence that also has the line's
    word at character `neighbour` (or its lemma: "reach" for "reached"): the line keeps it on its event."""
    token = next((t for t in line if t.idx == start), None)
    verb = _anchor(token) if token is not None else None
    if verb is None:
        return False
    other_word = next((t for t in line if t.idx == neighbour), None)
    if other_word is None:
        return False
    wanted = {other_word.lower_, other_word.lemma_.lower()}
    event = verb.lemma_.lower()
    for doc in sources:
        if not any(t.lower_ in wanted or t.lemma_.lower() in wanted for t in doc):
            continue
        for other in doc:
            if other.lower_ == token.lower_:
                theirs = _anchor(other)
                if theirs is not None and (theirs.lemma_.lower() == event or any(
                    t.lemma_.lower() == event and t.pos_ == "VERB" and _same_event(t, theirs) for t in doc
                )):
                    return True  # on the same verb, or on one event with it ("voted on Tuesday to reject")
    # The line hangs it on a verb its sources never use ("discovered in September" where they say
    # "found ... in September"): the source's event in other words; its neighbour is no event.
    return verb.pos_ == "VERB" and not any(t.lemma_.lower() == event or t.lower_ == verb.lower_ for doc in sources for t in doc)


def same_event_reworded(line: Any, start: int, neighbour: int, sources: Sequence[Any], kin: Callable[[str, str], bool]) -> bool:
    """Whether the date or figure of the parsed `line` at character `start` hangs on its verb at
    character `neighbour`, and a parsed source sentence hangs the same date or figure on a verb
    that `kin` makes the same act in other words: "the bridge was shut on Monday" from "Engineers
    closed the bridge ... on Monday". The date stays on its event; whether the verb is a fair
    rewording is the word checks' to judge."""
    token = next((t for t in line if t.idx == start), None)
    verb = _anchor(token) if token is not None else None
    if verb is None or verb.idx != neighbour or verb.pos_ != "VERB":
        return False
    mine = verb.lemma_.lower()
    for doc in sources:
        for other in doc:
            if other.lower_ != token.lower_:
                continue
            theirs = _anchor(other)
            if theirs is not None and theirs.pos_ == "VERB" and theirs.lemma_.lower() != mine and kin(mine, theirs.lemma_.lower()):
                return True
    return False


def _hosts(token: Any, steps: int = 3) -> list[Any]:
    """The words a date, figure or name hangs on, nearest first, through its preposition or the
    noun it is part of ("on Thursday afternoon" -> afternoon, collapsed), up to its verb."""
    hosts = []
    while token.head.i != token.i and len(hosts) < steps:
        token = token.head
        if token.pos_ != "ADP":
            hosts.append(token)
        if token.pos_ in ("VERB", "AUX"):
            break  # its event: the verb above that is another event's
    return hosts


def same_host(line: Any, start: int, neighbour: int, sources: Sequence[Any]) -> bool:
    """Whether the date or figure of the parsed `line` at character `start` hangs on its word at
    character `neighbour`, and a parsed source sentence hangs the same date or figure on a word of
    that lemma: "a tunnel collapse on Thursday" from "a tunnel collapsed ... on Thursday", however
    many words the source puts between them."""
    token = next((t for t in line if t.idx == start), None)
    other = next((t for t in line if t.idx == neighbour), None)
    if token is None or other is None or not any(h.i == other.i for h in _hosts(token)):
        return False
    wanted = {other.lower_, other.lemma_.lower()}
    return any(
        t.lower_ == token.lower_ and any(h.lemma_.lower() in wanted or h.lower_ in wanted for h in _hosts(t))
        for doc in sources for t in doc
    )


def same_event(line: Any, start: int, name: int, sources: Sequence[Any]) -> bool:
    """Whether the date or figure of the parsed `line` at character `start` and its name at
    character `name`, unjoined there, both hang on one word of the line, and a parsed source
    sentence hangs the same date or figure and the same name on one word of that lemma: "a
    collapse on Thursday afternoon at the Redwater mine" from "collapsed at the Redwater mine ...
    on Thursday afternoon". Each is a circumstance of the one event in both."""
    token = next((t for t in line if t.idx == start), None)
    named = next((t for t in line if t.idx == name), None)
    if token is None or named is None:
        return False
    above_name = {t.i for t in _hosts(named, steps=4)}  # a name may stand one word further off
    common = next((h for h in _hosts(token) if h.i in above_name), None)
    if common is None:
        return False
    wanted = {common.lower_, common.lemma_.lower()}
    for doc in sources:
        for t in doc:
            if t.lower_ != token.lower_:
                continue
            event = next((h for h in _hosts(t) if h.lemma_.lower() in wanted or h.lower_ in wanted), None)
            if event is not None and any(
                n.lower_ == named.lower_ and any(h.i == event.i for h in _hosts(n, steps=4)) for n in doc
            ):
                return True
    return False


_NON_FINITE = frozenset({"advcl", "xcomp", "pcomp", "conj", "acl"})


def implicit_subject(line: Any, first: int, second: int, sources: Sequence[Any]) -> bool:
    """Whether, of the two words of the parsed `line` at these character offsets, one is a verb
    whose subject a source sentence leaves unsaid and takes from its head verb's subject, which
    is the other word: "Storm Hilde brought winds ..., cutting power" has Hilde cut power,
    "Rovers reached the final after beating Ashby" has Rovers beat Ashby."""
    a = next((t for t in line if t.idx == first), None)
    b = next((t for t in line if t.idx == second), None)
    if a is None or b is None:
        return False
    verb, name = (a, b) if a.pos_ == "VERB" else (b, a)
    if verb.pos_ != "VERB" or name.pos_ != "PROPN":
        return False
    name_words = _entity_words(_entity_head(name))
    for doc in sources:
        for other in doc:
            if other.lemma_.lower() != verb.lemma_.lower() or other.pos_ != "VERB" or _speaker_of_own(other) is not None:
                continue
            if other.tag_ not in ("VBG", "VB"):
                continue  # only "-ing" and "to" forms take their subject from the verb above; a finite verb without one is a misparse
            step, hops = other, 0
            while hops < 4 and step.head.i != step.i and (step.dep_ in _NON_FINITE or step.dep_ in ("pobj", "prep")):
                step, hops = step.head, hops + 1  # up through "after beating", ", cutting", "to reach"
                if step.pos_ not in ("VERB", "AUX"):
                    continue
                subject = _speaker_of_own(step)
                if subject is not None:
                    if _entity_words(_entity_head(subject)) & name_words:
                        return True
                    break
    return False


def _speaker_of_own(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)


# ---------------------------------------------------------------------------------------------
# Which neighbours of a line a relation joins (the word-distance check asks, where a parse exists).

# Arcs inside one phrase: a name's words ("Mira Okoye"), a figure and its unit ("52%", "3.2 million").
_NAME_ARCS = frozenset({"compound", "flat", "flat:name"})
_FIGURE_ARCS = frozenset({"nummod", "quantmod", "nmod:num", "compound"})


def _title_apposition(token: Any) -> bool:
    """A name parsed as an apposition of the title right before it, no comma between ("opposition
    councillor Gemma Lusk"): one phrase, whose relations are the title's."""
    head = token.head
    return token.dep_ == "appos" and head.i < token.i and not any(t.is_punct for t in token.doc[head.i + 1 : token.i])


# Who does what to whom: a verb's subject, objects, recipient and agent (not its adjuncts of place and time).
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "attr", "oprd", "obl"})
_ARGUMENT_PREPOSITIONS = frozenset({"dative", "agent"})  # "to" a recipient, "by" an agent; not places or times


# Dates that a possessive puts on a noun ("next year's race", "Sunday's final").
_DATE_NOUNS = _CALENDAR | frozenset("year week month season weekend decade day today yesterday tomorrow night".split())


def links(line: Any) -> Any:
    """A function telling whether two words of the parsed `line` (given by their character
    offsets) are joined by a grammatical relation: one heads the other's phrase directly or
    through a preposition ("stake in Google", "owned by Brenton"). Neighbours in word order
    only ("won the Marden mayoral election": Marden belongs to the election, not to "won") are
    not joined. A word the parse does not hold counts as joined (the word-distance check then
    judges it as it would without a parse)."""
    at = {t.idx: t for t in line}

    def phrase_head(token: Any) -> Any:
        # A compound is one phrase with its head ("Mira Okoye", "the Atlantic ocean"); an
        # adjectival or genitive modifier is not ("the Marden mayoral election": Marden is the
        # election's, not the verb's).
        steps = 0
        while token.head.i != token.i and steps < 4 and (
            token.dep_ in _NAME_ARCS or (token.dep_ in _FIGURE_ARCS and token.like_num) or _title_apposition(token)
        ):
            token = token.head
            steps += 1
        return token

    def predicate(token: Any) -> Any | None:
        """The verb `token` is an argument of (directly, or through a preposition: "sold the
        brand to Mossby"), or None."""
        head = token.head
        if token.dep_ == "pobj" and head.dep_ in _ARGUMENT_PREPOSITIONS and head.head.i != head.i:
            head = head.head
        elif token.dep_ not in _ARGUMENTS:
            return None
        return head if head.pos_ in ("VERB", "AUX") and head.i != token.i else None

    def joined(a: Any, b: Any) -> bool:
        if a.i == b.i or a.head.i == b.i or b.head.i == a.i:
            return True
        for x, y in ((a, b), (b, a)):  # "stake in Google": noun, preposition, noun
            middle = x.head
            if middle.i != x.i and middle.pos_ in ("ADP", "PART") and middle.head.i == y.i:
                return True
        # Two arguments of one verb stand in its relation: "Mossby sold the brand to Pellan".
        verb = predicate(a)
        return verb is not None and (verb.i == b.i or (predicate(b) is not None and predicate(b).i == verb.i))

    def linked(first: Any, second: Any) -> bool:
        a, b = at.get(first.start), at.get(second.start)
        if a is None or b is None:
            return True
        if a.like_num and b.like_num:
            return True  # two figures of a line measure one event ("rose 14% to 3.2 million") wherever they hang
        for x, y in ((a, b), (b, a)):
            if x.dep_ == "poss" and x.head.i == y.i and x.lower_ in _DATE_NOUNS:
                return False  # "next year's race": when the race is, which the anchor check weighs, not a relation
        return joined(phrase_head(a), phrase_head(b)) or joined(a, b)

    return linked
