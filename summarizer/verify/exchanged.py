"""Two parties exchanged around a verb both sides keep: "a smaller rival plans to buy Corvane" from
"Corvane plans to buy a smaller rival". Read from word order alone, so it runs with the parser off
and in every language whose names take capitals (English, French, Spanish); a line that turns the
verb round (the passive, "was bought by") is left to the other checks.

German is left out: its nouns all take capitals, and its word order puts an object before the verb
as readily as a subject ("Den Auftrag erhielt die Firma"), so order alone does not tell the doer."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import joined, lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.relations import inverted_speaker, stemmer_for, token_words, tokens_of
from summarizer.verify.swaps import POSSESSIVE_ENDINGS, SYMMETRIC_WORDS

# Parties and their verb this many words apart at most: further off, the order says little.
_MAX_SPAN = 10


def _parties(tokens: Sequence, names: frozenset[str], determiners: frozenset[str], dates: frozenset[str]) -> list[int]:
    """Indexes of the words that stand for a party: a name (by capital or the article's names) or a
    common noun right after a determiner ("un concurrent"); not a day or month, which may stand
    anywhere in a sentence ("cerradas el sábado" for "obligó el sábado a cerrar")."""
    found = []
    for k, t in enumerate(tokens):
        if not _relation_word(t) or t.lower in dates:
            continue
        if t.capitalised or t.lower in names or (k > 0 and tokens[k - 1].lower in determiners):
            found.append(k)
    return found


def _relation_word(token) -> bool:
    """Whether a word may be a party or the verb between two: a content word, neither a figure nor
    a stand-in term ("<pronoun>")."""
    return token.term is not None and not token.term.startswith("<") and not token.lower[:1].isdigit()


def _parties_of(text: str, language: str, names: frozenset[str]) -> tuple[int, ...]:
    """`_parties` of `text`'s tokens, with the language's determiners and dates."""
    return _parties_read(text, language, names.intersection(token_words(text, language)[0]))


# A line is read by both checks below, and again for each trial citation, each with the names of
# its own sources: keyed by the names the text holds (all that `_parties` reads of them), the
# reading is shared, and the cache keeps no copy of a whole article's names.
@lru_cache(maxsize=1024)
def _parties_read(text: str, language: str, names: frozenset[str]) -> tuple[int, ...]:
    words_of = lexicon(language)
    return tuple(_parties(tokens_of(text, language), names, words_of.determiners, words_of.dates))


def _line_parties(text: str, sources, language: str) -> tuple[Sequence, tuple[int, ...]] | None:
    """The line's tokens and where its parties stand, for the checks below; None where word order
    does not tell the doer (`nouns_capitalised`: German) or the line names fewer than two parties."""
    if lexicon(language).nouns_capitalised:
        return None
    parties = _parties_of(text, language, sources.names)
    if len(parties) < 2:
        return None
    return tokens_of(text, language), parties


def _noun_place(tokens: Sequence, k: int, determiners: frozenset[str]) -> bool:
    """Whether the word at `k` stands where a noun does: a determiner one or two words before it."""
    return any(t.lower in determiners for t in tokens[max(0, k - 2) : k])


def _joined_otherwise(tokens: Sequence, k: int, other: Sequence, determiners: frozenset[str]) -> bool:
    """Whether the verb at `k` takes a function word right after it ("signed for") that the other
    sentence's stretch after its verb lacks: the verb then names the act from the other side."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return bool(after is not None and after.term is None and after.lower not in determiners
                and after.lower.isalpha() and all(t.lower != after.lower for t in other))


@lru_cache(maxsize=512)  # a source sentence comes back for every line of its summaries
def _unique_places(text: str, language: str) -> dict[str, int]:
    """term -> its one index in the sentence (terms said twice are left out: which is meant is
    unclear). Read, never changed."""
    tokens = tokens_of(text, language)
    places: dict[str, int] = {}
    seen_twice: set[str] = set()
    for k, t in enumerate(tokens):
        if t.term is None:
            continue
        if t.term in places:
            seen_twice.add(t.term)
        places[t.term] = k
    return {term: k for term, k in places.items() if term not in seen_twice}


def _turned(tokens: Sequence, start: int, end: int, language: str) -> bool:
    """Whether the stretch between two words holds what turns a verb round or joins its sides as
    equals: a passive auxiliary or agent word ("was bought by"), "and", "with", "against"; or
    opens a clause of its own, whose words are another verb's ("will raise twice what the council
    spent")."""
    turning = _turning_words(language)
    return any(t.lower in turning for t in tokens[start:end + 1])


@lru_cache(maxsize=32)
def _turning_words(language: str) -> frozenset[str]:
    """The words `_turned` looks for, joined once per language."""
    return joined(lexicon(language), "agent_words", "passive_auxiliaries", "relative_pronouns", "complementisers") | SYMMETRIC_WORDS


@lru_cache(maxsize=32)
def _family_stems(language: str) -> dict[str, tuple[tuple[int, str | None], ...]]:
    """The stem of each verb of the language's kinds of act (`Lexicon.act_families`) -> (which
    kind, the word that must follow it: "call" is "call on" only before "on")."""
    stem = stemmer_for(language)
    found: dict[str, list[tuple[int, str | None]]] = {}
    for n, family in enumerate(lexicon(language).act_families):
        for verb in family:
            first, *rest = verb.split()
            found.setdefault(stem(first), []).append((n, rest[0] if rest else None))
    return {term: tuple(kinds) for term, kinds in found.items()}


def _kind_of_act(tokens: Sequence, k: int, language: str) -> int | None:
    """Which of the language's kinds of act the verb at `k` does ("urged", "called on"), or None."""
    for kind, word in _family_stems(language).get(tokens[k].term, ()):
        if word is None or (k + 1 < len(tokens) and tokens[k + 1].lower == word):
            return kind
    return None


def _same_kind_between(line: Sequence, v: int, sentence: Sequence, start: int, end: int, language: str) -> int | None:
    """The one word between `start` and `end` of the sentence that does the kind of act the
    line's verb at `v` does by another verb ("blamed" for "accused"); None where none or several."""
    kind = _kind_of_act(line, v, language)
    if kind is None:
        return None
    found = [k for k in range(start + 1, end) if sentence[k].term != line[v].term and _kind_of_act(sentence, k, language) == kind]
    return found[0] if len(found) == 1 else None


def exchanged_party_problems(text: str, sources, language: str = "english") -> list[Problem]:
    """A party before a verb and another after it in the line, the other way round in a cited
    sentence, all in one clause in both. `sources` is a `relations.Sources`."""
    read = _line_parties(text, sources, language)
    if read is None:
        return []
    line, parties = read
    words_of = lexicon(language)
    party_set = set(parties)
    # Only a cited sentence holding two of the line's parties can have them the other way round
    # (read from the sources' index, built once, before any sentence is read word by word).
    held: dict[int, set[str]] = {}
    for term in {line[k].term for k in parties}:
        for place in sources.positions.get(term, ()):
            held.setdefault(place.sentence, set()).add(term)
    for number, sentence in enumerate(sources.tokens):
        if len(held.get(number, ())) < 2:
            continue
        theirs = _unique_places(sources.sentences[number], sources.language)
        for a in parties:
            for b in parties:
                if b <= a or b - a > _MAX_SPAN or line[a].clause != line[b].clause or line[a].term == line[b].term:
                    continue
                sa, sb = theirs.get(line[a].term), theirs.get(line[b].term)
                # In the source the later party comes first, in one clause with the other.
                if sa is None or sb is None or not sb < sa or sa - sb > _MAX_SPAN or sentence[sa].clause != sentence[sb].clause:
                    continue
                for v in range(a + 1, b):
                    verb = line[v]
                    if v in party_set or not _relation_word(verb):
                        continue
                    sv = theirs.get(verb.term)
                    # Another verb of the same kind of act ("blamed" for "accused", "called on"
                    # for "asked"): its own word after it is part of the verb, not another side's.
                    kin = sv is None and bool(words_of.act_families)
                    if kin:
                        sv = _same_kind_between(line, v, sentence, sb, sa, language)
                    if sv is None or not sb < sv < sa or sentence[sv].text[:1].isupper() or {verb.lower, sentence[sv].lower} & words_of.titles:
                        continue  # "Board chair Anselm Radcliffe": a title, not a verb
                    if _noun_place(line, v, words_of.determiners) or _noun_place(sentence, sv, words_of.determiners):
                        continue  # "won the top prize" / "gave their top prize to": a thing, not the verb
                    if _turned(line, a, b, language) or _turned(sentence, sb, sa, language):
                        continue
                    if sentence[sv].lower in words_of.saying and inverted_speaker(
                        sentence, sv, lambda t: t.capitalised or t.lower in sources.names, words_of.perfect_auxiliaries
                    ) is not None:
                        continue  # "... depuis la base, a annoncé l'opérateur Orbitale Nord": the tag's speaker comes after it
                    if not kin and (_joined_otherwise(line, v, sentence[sv + 1 : sa], words_of.determiners) or _joined_otherwise(
                        sentence, sv, line[v + 1 : b], words_of.determiners
                    )):
                        continue  # "Rez has signed for Brenton" is "Brenton signed Rez" seen from Rez
                    return [Problem(
                        "relation", f"relation reversed: the line has {line[a].text} before “{verb.text}” and "
                        f"{line[b].text} after it, its source the other way round"
                    )]
    return []


def moved_party_problems(text: str, sources, language: str = "english") -> list[Problem]:
    """The party that does the act in a cited sentence, moved to the act's other side in the line
    with another party put before the verb: "the trust could offer the council a grant" from "the
    council could offer a grant". Each doer stands right before its verb (only auxiliaries between:
    word order tells no more); the line's new doer is no word of that sentence at all, so the line
    cannot be telling another of its acts. Word order alone, as `exchanged_party_problems`."""
    read = _line_parties(text, sources, language)
    if read is None:
        return []
    line, parties = read
    words_of = lexicon(language)
    party_terms = [line[k].term for k in parties]
    for number, sentence in enumerate(sources.tokens):
        sentence_terms = {t.term for t in sentence if t.term is not None}
        # A party of the line the sentence lacks, before one it has: read no further otherwise.
        absent = [a for a in parties if line[a].term not in sentence_terms]
        if not absent or not any(line[b].term in sentence_terms for b in parties if b > absent[0]):
            continue
        theirs = _unique_places(sources.sentences[number], sources.language)
        their_parties = set(_parties_of(sources.sentences[number], sources.language, sources.names))
        for i, a in enumerate(parties):
            if line[a].term in sentence_terms or party_terms.count(line[a].term) > 1:
                continue  # the line's doer is the sentence's own (or said twice: unclear which is meant)
            for b in parties[i + 1 :]:
                if b - a > _MAX_SPAN or line[a].clause != line[b].clause or party_terms.count(line[b].term) > 1:
                    continue
                sb = theirs.get(line[b].term)
                if sb is None or sb not in their_parties:
                    continue
                for v in range(a + 1, b):
                    verb = line[v]
                    if v in parties or not _relation_word(verb):
                        continue
                    if any(t.term is not None for t in line[a + 1 : v]):
                        break  # the doer right before its verb, auxiliaries aside ("the trust could offer")
                    sv = theirs.get(verb.term)
                    if sv is None or not sb < sv or sv - sb > _MAX_SPAN or sentence[sv].clause != sentence[sb].clause:
                        continue
                    if any(t.term is not None for t in sentence[sb + 1 : sv]) or sentence[sv].text[:1].isupper():
                        continue  # the source's doer right before its verb too, auxiliaries aside
                    if {verb.lower, sentence[sv].lower} & words_of.titles:
                        continue
                    if _noun_place(line, v, words_of.determiners) or _noun_place(sentence, sv, words_of.determiners):
                        continue
                    if _turned(line, a, b, language) or _turned(sentence, sb, sv, language):
                        continue
                    if sentence[sv].lower in words_of.saying or verb.lower in words_of.saying:
                        continue  # who says what is the speaker checks'
                    if _joined_otherwise(line, v, sentence[sv + 1 :], words_of.determiners):
                        continue
                    return [Problem(
                        "relation", f"relation reversed: the line has {line[a].text} “{verb.text}” {line[b].text}, "
                        f"where its source has {sentence[sb].text} do it"
                    )]
    return []


# Words from a cited sentence's verb to the party it is done to: its determiner, one describing
# word, and a word of the verb's own ("called on the regional government").
_OBJECT_REACH = 4


def _done_to(sentence: Sequence, sv: int, term: str, determiners: frozenset[str], own: str | None) -> bool:
    """Whether the sentence's verb at `sv` is done to the word `term` right after it: only a
    determiner, one describing word and the verb's own word (`own`: "on" of "called on") between,
    and the party not an owner ("accused the union's leader")."""
    described = False
    for k in range(sv + 1, min(len(sentence), sv + 1 + _OBJECT_REACH)):
        token = sentence[k]
        if token.term == term:
            return not token.text.endswith(POSSESSIVE_ENDINGS) and token.clause == sentence[sv].clause
        if token.term is None:
            if token.lower not in determiners and token.lower != own:
                return False
        elif described or token.text[:1].isupper():
            return False
        else:
            described = True
    return False


def _before_verb(tokens: Sequence, v: int) -> int:
    """The index of the word before the verb at `v`, auxiliaries stepped over (-1 where none)."""
    k = v - 1
    while k >= 0 and tokens[k].term is None and tokens[k].lower.isalpha():
        k -= 1
    return k


def _does(sentence: Sequence, sv: int, term: str) -> bool:
    """Whether `term` stands right before the verb at `sv`, auxiliaries only between: its doer."""
    k = _before_verb(sentence, sv)
    return k >= 0 and sentence[k].term == term


def turned_object_problems(text: str, sources, language: str = "english") -> list[Problem]:
    """The party a cited sentence's verb is done to ("... and accused the union of walking away")
    made the doer of that verb, or another of its kind, in the line ("The union accused Greyhaven
    Terminals of ..."): the party stands right before the line's verb (auxiliaries only between)
    and right after the sentence's (`_done_to`), the line's verb has an object of its own, and no
    cited sentence has the party do it. Word order alone, as `exchanged_party_problems`, so only
    for the verbs of the language's kinds of act (`Lexicon.act_families`: "accused", "asked"),
    which a word before them does not turn into nouns as it does "a longer wait"."""
    read = _line_parties(text, sources, language)
    if read is None:
        return []
    line, parties = read
    words_of = lexicon(language)
    party_set = set(parties)
    for v, verb in enumerate(line):
        if not _relation_word(verb) or v in party_set or verb.text[:1].isupper():
            continue
        kind = _kind_of_act(line, v, language) if words_of.act_families else None
        if kind is None:
            continue  # word order tells a verb from a noun ("a longer wait", "the network manager") only for these
        k = _before_verb(line, v)
        if k < 0 or not (k in party_set or k - 1 in party_set) or not _relation_word(line[k]) or _turned(line, k, v, language):
            continue  # the doer right before its verb, a party's word ("the regional government had asked")
        after = line[v + 1 : v + 3]
        if not any(t.lower in words_of.determiners or t.capitalised for t in after):
            continue  # the line's verb is done to something of its own
        term = line[k].term
        found = None
        for sentence in sources.tokens:
            for sv, theirs in enumerate(sentence):
                same = theirs.term == verb.term or _kind_of_act(sentence, sv, language) == kind
                if not same or theirs.text[:1].isupper() or _noun_place(sentence, sv, words_of.determiners):
                    continue
                if _does(sentence, sv, term):
                    return []  # a cited sentence has the party do it
                own = next((word for n, word in _family_stems(language).get(theirs.term, ()) if n == kind), None)
                if found is None and _done_to(sentence, sv, term, words_of.determiners, own):
                    found = theirs
        if found is not None:
            return [Problem(
                "relation", f"relation reversed: the line has {line[k].text} do “{verb.text}”, "
                f"its source has “{found.text}” done to {line[k].text}"
            )]
    return []
