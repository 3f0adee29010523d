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
from summarizer.verify.relations import inverted_speaker, token_words, tokens_of
from summarizer.verify.swaps import _SYMMETRIC

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
    return joined(lexicon(language), "agent_words", "passive_auxiliaries", "relative_pronouns", "complementisers") | _SYMMETRIC


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
                    if _joined_otherwise(line, v, sentence[sv + 1 : sa], words_of.determiners) or _joined_otherwise(
                        sentence, sv, line[v + 1 : b], words_of.determiners
                    ):
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
