"""Swaps: the source's words kept, one thing exchanged. Lexical checks, no parser.

- roles swapped around the same verb: "Dunmore beat Rovers" where a source sentence has
  "Rovers beat Dunmore"; "Hallam bought the mill from Corvane" where it has "Corvane bought the
  mill from Hallam"; a passive source reads the other way ("was bought by X from Y" has X
  buying). Only the same verb is compared, so a converse ("sold to") is never a reversal. A
  parser misreads score lines ("beat Rovers 3-1") and needs no help with the rest; this check
  needs none at all, and works in every language whose names take capitals.
- a word exchanged for its opposite in the source's own phrase: "Two people were killed when
  a tree fell" from "Two people were injured when a tree fell"; "rose" for "fell". The
  opposites are a short table per language: a word only fails where its sources hold an
  opposite of it, right where the line's neighbouring words put it, and never the word itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any
from functools import lru_cache

from summarizer.verify.bodies import body_nouns
from summarizer.verify.demonyms import same_place
from summarizer.verify.descriptions import describes
from summarizer.verify.lexicon import joined, lexicon
from summarizer.verify.opposite_forms import group_words, opposite_table, sentence_form_set, sentence_forms
from summarizer.verify.parties import PERSON_PRONOUNS
from summarizer.verify.place_forms import same_short_place
from summarizer.verify.problems import Problem
from summarizer.verify.relations import (
    AUXILIARIES,
    PRONOUN_TERM,
    article_reads,
    inverted_speaker,
    speaker_before_aside,
    speech_of,
    tokens_of,
)
from summarizer.verify.wordnet_kin import both_degree_forms, near_kin

# The passive auxiliaries ("was bought by") and the agent's words are the language modules'.
# Verbs whose two sides may be swapped without changing the fact, and words that join names
# rather than relate them.
SYMMETRIC_WORDS = frozenset(
    """
    met meet meets meeting married marry faced face faces played play plays drew draw draws tied tie
    merged merge merges talked talk talks spoke speak clashed clash competed compete partnered fought
    negotiated dated divorced joined with and or against between versus vs v
    y o con contra entre et ou avec contre und oder mit gegen
    """.split()
)
# "Rez signed for Brenton" is "Brenton signed Rez": the name after it is the side the verb is done
# for, not its undergoer. English only ("por" also marks the agent in Spanish).
_FOR = frozenset({"for"})
_MAX_GAP = 5  # content words from the verb to the name after it


def _role_marks(tokens: Sequence, language: str) -> tuple[set[int], set[int]]:
    """Indices of tokens that stand after a passive auxiliary, and of those after an agent word."""
    words_of = lexicon(language)
    passive_aux, agent = words_of.passive_auxiliaries, words_of.agent_words
    after_aux, after_agent = set(), set()
    for k, token in enumerate(tokens):
        if k and tokens[k - 1].lower in passive_aux:
            after_aux.add(k)
        elif k >= 2 and tokens[k - 2].lower in passive_aux and tokens[k - 1].term is None:
            after_aux.add(k)  # "was later bought", "fue después comprada"
        if k and tokens[k - 1].lower in agent:
            after_agent.add(k)
    return after_aux, after_agent


# A common noun takes a side as a name does when its determiner marks where it starts ("The town
# council criticised the agency"); French elides the article into the noun ("l'agence").
_ELIDED_ARTICLES = ("l'", "l’")
_PHRASE_WORDS = 3  # content words of such a phrase before a verb: "the town council"
# Words that tie a noun to its complement within one phrase, an article may follow ("the head of
# the agency", "l'association des nageurs", "la asociación de vecinos").
_COMPLEMENT_LINKS = frozenset("of de des du del".split())


def _noun_phrases(tokens: Sequence, content: Sequence, is_name, language: str) -> list[tuple[int, int, frozenset[str]]]:
    """Common-noun phrases as (first content index, last content index, words): every run of up to
    `_PHRASE_WORDS` adjacent content words that a determiner opens. Where such a phrase ends is not
    known without a parser, so each length is a candidate: the verb's neighbour picks one."""
    determiners = lexicon(language).determiners
    phrases = []
    for c, (k, token) in enumerate(content):
        elided = token.lower.startswith(_ELIDED_ARTICLES) and "l" in determiners
        # (Or with one stopword between, an adjective the stopwords hold: "las grandes cadenas".)
        opened = (k and tokens[k - 1].lower in determiners) or (
            k > 1 and tokens[k - 1].term is None and tokens[k - 1].text[:1].isalpha()
            and tokens[k - 1].segment == token.segment and tokens[k - 2].lower in determiners
        )
        if not elided and not opened:
            continue
        if (is_name(token) and not (elided and k == 0)) or token.lower[:1].isdigit():
            continue  # a name has its own span; "L'agence" opening a sentence is no name
        words: list[str] = []
        for d in range(c, min(c + _PHRASE_WORDS, len(content))):
            kd, word = content[d]
            if d > c:
                link = [tokens[m].lower for m in range(content[d - 1][0] + 1, kd)]
                linked = not link or (len(link) <= 2 and link[0] in _COMPLEMENT_LINKS and all(w in determiners for w in link[1:]))
                if not linked or word.segment != token.segment or is_name(word):
                    break
            words.append(_bare(word.lower))
            phrases.append((c, d, frozenset(words)))
    return phrases


def _bare(word: str) -> str:
    """A word without an elided article: "l'agence" -> "agence"."""
    return word[2:] if word.startswith(_ELIDED_ARTICLES) else word


def _first_index(tokens: Sequence, content: Sequence, span: tuple[int, int, frozenset[str]], determiners: frozenset[str]) -> int:
    """The token index where a span starts: its determiner where one stands right before it, so
    that the word before ("by the agency") marks its role."""
    k = content[span[0]][0]
    return k - 1 if k and tokens[k - 1].lower in determiners else k


def _after_verb(tokens: Sequence, content: Sequence, v: int, spans: Sequence, agent_words: frozenset[str],
                determiners: frozenset[str]) -> list[tuple[tuple[int, int, frozenset[str]], bool]]:
    """The spans after the verb at content index `v` in its clause, nearest first, each with
    whether an agent word ("by") stands before it."""
    vk, verb = content[v]
    after = []
    for span in spans:
        if span[0] <= v or span[0] - v > _MAX_GAP:
            continue
        first_k = _first_index(tokens, content, span, determiners)
        if content[span[0]][1].clause != verb.clause or any(
            tokens[m].lower in SYMMETRIC_WORDS or tokens[m].lower in _FOR or tokens[m].lower == "," for m in range(vk + 1, first_k)
        ):
            break  # "beat X with Y", "signed for X" (X signed him), another clause, a comma
        after.append((span, first_k > 0 and tokens[first_k - 1].lower in agent_words))
    return after


@lru_cache(maxsize=512)  # several checks here read a line, again for every trial citation
def _letter_words(text: str) -> frozenset[str]:
    """The words of `text` in small letters, letters only: a check's cheap first look for its words."""
    return frozenset(re.findall(r"[^\W\d_]+", text.lower()))


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation
def _token_words(text: str, language: str) -> frozenset[str]:
    """The lowercase words of `text`'s tokens. Of the names a check is given, those among them are
    all that a name test of these tokens reads: a reading cached under them serves every check
    whose names differ elsewhere."""
    return frozenset(t.lower for t in tokens_of(text, language))


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation
def _token_terms(text: str, language: str) -> frozenset[str | None]:
    """The terms of `text`'s tokens: whether a verb stands in a sentence at all, before reading its doers."""
    return frozenset(t.term for t in tokens_of(text, language))


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation
def _word_forms(text: str, language: str) -> frozenset[str]:
    """The lowercase words and the terms of `text`'s tokens."""
    tokens = tokens_of(text, language)
    return frozenset(t.lower for t in tokens) | {t.term for t in tokens if t.term}


def _roles_of(
    text: str, language: str, names: frozenset[str], skip_descriptions: bool = False,
) -> tuple[tuple[frozenset[str], str, frozenset[str]], ...]:
    """The roles of `text`, names told by `names` and capitals (`_roles`); where every noun takes a
    capital, only those of a sentence that opens with its subject (`_subject_first_roles`)."""
    return _roles_read(text, language, names & _token_words(text, language), skip_descriptions)


# A source sentence comes back for every line and trial citation, each check with the names of its
# own cited sentences: keyed by the names the sentence holds, the reading is shared.
@lru_cache(maxsize=512)
def _roles_read(
    text: str, language: str, names: frozenset[str], skip_descriptions: bool = False,
) -> tuple[tuple[frozenset[str], str, frozenset[str]], ...]:
    tokens = tokens_of(text, language)
    if lexicon(language).nouns_capitalised:
        return tuple(_subject_first_roles(tokens, language))

    def is_name(token) -> bool:
        # A sentence's first word counts when written with a capital: "Rovers beat Dunmore".
        return token.term is not None and (token.lower in names or token.capitalised or token.text[:1].isupper())

    return tuple(_roles(tokens, is_name, language, skip_descriptions))


POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def _roles(tokens: Sequence, is_name, language: str, skip_descriptions: bool = False) -> list[tuple[frozenset[str], str, frozenset[str]]]:
    """(doer, verb term, undergoer) read from word order, names as the sets of their words: the
    name just before a verb does it, the first name after it undergoes it ("Corvane bought the mill
    from Hallam"); in the passive the name after the agent word does it ("was bought by Corvane
    from Hallam", "Hallam was bought by Corvane"). With `skip_descriptions`, a word after a comma and a
    determiner is no verb of the name before it ("Anika Rhee, a space policy expert at Marston
    University")."""
    after_aux, _ = _role_marks(tokens, language)
    agent_words = lexicon(language).agent_words
    content = [(k, t) for k, t in enumerate(tokens) if t.term is not None]
    # Names of several words as one: (first content index, last content index, words).
    spans: list[tuple[int, int, frozenset[str]]] = []
    c = 0
    while c < len(content):
        if is_name(content[c][1]) and not content[c][1].lower[:1].isdigit():
            d = c
            while d + 1 < len(content) and is_name(content[d + 1][1]) and content[d + 1][1].segment == content[c][1].segment:
                d += 1
            spans.append((c, d, frozenset(_bare(content[e][1].lower) for e in range(c, d + 1))))
            c = d + 1
        else:
            c += 1

    saying, auxiliaries = lexicon(language).saying, lexicon(language).perfect_auxiliaries

    phrases = _noun_phrases(tokens, content, is_name, language)
    longest = sorted({p[0]: p for p in phrases}.values())  # after a verb, each phrase at its full length
    determiners = lexicon(language).determiners
    span_ending: dict[int, tuple[int, int, frozenset[str]]] = {}
    for span in spans:
        span_ending.setdefault(span[1], span)
    phrase_ending: dict[int, tuple[int, int, frozenset[str]]] = {}
    for span in phrases:
        phrase_ending.setdefault(span[1], span)
    found = []
    titles = lexicon(language).titles
    for v, (vk, verb) in enumerate(content):
        if is_name(verb) or verb.lower in SYMMETRIC_WORDS or verb.lower[:1].isdigit():
            continue
        if vk and tokens[vk - 1].term is not None and tokens[vk - 1].text.endswith(POSSESSIVE_ENDINGS):
            continue  # "the district council's leader": a thing owned, no verb
        if verb.lower in titles and v + 1 < len(content) and is_name(content[v + 1][1]):
            continue  # "Board chair Anselm Radcliffe": a title before a name, no verb
        if language == "english" and _noun_after_determiner(tokens, vk, content, v, spans):
            continue  # "at his studio in Kelsby", "at his Kelsby studio": a thing, no verb
        if verb.lower in saying and inverted_speaker(tokens, vk, is_name, auxiliaries) is not None:
            continue  # "..., depuis la base de Port-Sablon, a annoncé l'opérateur Orbitale Nord": no base announcing to anyone
        before = span_ending.get(v - 1)
        if before is not None and content[before[1]][1].clause != verb.clause:
            before = None
        if before is not None:
            before = _with_apposed_role(before, content, phrase_ending)
        noun_before = None
        if before is None:
            noun_before = phrase_ending.get(v - 1)
            if noun_before is not None and content[noun_before[1]][1].clause != verb.clause:
                noun_before = None
        if before is None and noun_before is None and v and content[v - 1][1].term == PRONOUN_TERM:
            # "Osei said he would ask the health secretary": "he" is the name before it in its sentence
            before = next((span for span in reversed(spans) if span[1] < v - 1), None)
        if skip_descriptions and any(span is not None and span[1] == v - 1 and _apposed(tokens, content[span[1]][1], verb, vk, determiners)
                               for span in (before, noun_before)):
            continue  # a description put beside the name, no doing of it
        if any(span is not None and any(tokens[m].lower in SYMMETRIC_WORDS for m in range(content[span[1]][0] + 1, vk))
               for span in (before, noun_before)):
            continue
        # "the event attended by X": a participle before its agent is passive without an auxiliary.
        passive = vk in after_aux or (vk + 1 < len(tokens) and tokens[vk + 1].lower in agent_words)
        if before is None and noun_before is None and not passive:
            continue  # no side before the verb: no role, whatever follows it
        # A name after the verb takes the other side before any common noun ("bought the mill
        # from Hallam" is about Hallam); a common noun only where no name follows.
        after = _after_verb(tokens, content, v, spans, agent_words, determiners)
        after_phrases = _after_verb(tokens, content, v, longest, agent_words, determiners)
        if verb.quoted:
            # A verb inside a quotation has no party outside it: '"... a risk I will take,"
            # Brenner said' has Brenner speak, not be taken.
            after = [(span, is_agent) for span, is_agent in after if content[span[0]][1].quoted]
            after_phrases = [(span, is_agent) for span, is_agent in after_phrases if content[span[0]][1].quoted]
        agent = next((span for span, is_agent in (*after, *after_phrases) if is_agent), None)
        other = next((span for span, is_agent in (*after, *after_phrases) if not is_agent), None)
        named_other = next((span for span, is_agent in after if not is_agent), None)
        if before is None and not (passive and named_other is not None):
            before = noun_before  # "La fábrica fue comprada por X al grupo Y": Y, a name, before the noun
        if passive:
            if agent is not None and before is not None:
                found.append((agent[2], verb.term, before[2]))
            elif agent is not None and other is not None:
                found.append((agent[2], verb.term, other[2]))
        elif before is not None and other is not None:
            found.append((before[2], verb.term, other[2]))
    return found


# English words after which a noun phrase begins, never a verb: articles and possessives (not
# "that" or "this", which also open a relative clause or stand alone).
_NOUN_OPENERS = frozenset("a an the his her its their our my your".split())


def _noun_after_determiner(tokens: Sequence, vk: int, content: Sequence, v: int, spans: Sequence[tuple[int, int, frozenset[str]]]) -> bool:
    """Whether the word at `vk` opens or ends a noun phrase that an article or a possessive begins:
    right after one ("his studio"), or after a name right after one ("his Kelsby studio", where the
    name tells which studio): a noun, not a verb between two parties."""
    if vk and tokens[vk - 1].lower in _NOUN_OPENERS:
        return True
    span = next((s for s in spans if s[1] == v - 1), None)
    if span is None:
        return False
    first = content[span[0]][0]
    return first > 0 and tokens[first - 1].lower in _NOUN_OPENERS and tokens[first - 1].lower not in ("a", "an", "the")


def _with_apposed_role(
    span: tuple[int, int, frozenset[str]], content: Sequence, phrase_ending: dict[int, tuple[int, int, frozenset[str]]],
) -> tuple[int, int, frozenset[str]]:
    """A name just after a noun phrase, or between commas after it ("El alcalde, Javier Montoro,
    acusó ...", "La concejala Rosa Llamas criticó ..."), with the phrase's words too: the mayor
    is who accuses, named or not."""
    role = phrase_ending.get(span[0] - 1)
    if role is None or content[span[0]][1].segment - content[role[1]][1].segment not in (0, 1):
        return span
    return (role[0], span[1], role[2] | span[2])


# Where every noun takes a capital (German), the subject may follow the verb ("Am Montag
# kritisierte der Verband die Stadt") and an object may open the sentence ("Den Vertrag
# unterschrieb ..."): roles are read only from a sentence that opens with its subject, a noun after
# an article that may be nominative, then the verb, then an object after an article.
_OBJECT_ONLY_ARTICLES = frozenset("den dem des einen einem eines".split())
_MAX_BEFORE_OBJECT = 4  # words from the verb to the object's article ("kritisierte am Montag scharf die")


def _subject_first_roles(tokens: Sequence, language: str) -> list[tuple[frozenset[str], str, frozenset[str]]]:
    """(subject, verb term, object) of a sentence in subject-verb-object order, or none."""
    determiners = lexicon(language).determiners
    dates = lexicon(language).dates
    k = 0
    if tokens and tokens[0].lower in lexicon(language).prepositions:
        return []  # "Laut Stadtverwaltung kostet ...": an adverbial first, the subject after the verb
    if k < len(tokens) and tokens[k].lower in determiners:
        if tokens[k].lower in _OBJECT_ONLY_ARTICLES:
            return []
        k += 1
    subject = set()
    while k < len(tokens) and tokens[k].term is not None and tokens[k].text[:1].isupper() and tokens[k].segment == tokens[0].segment:
        subject.add(tokens[k].lower)
        k += 1
    if not subject or subject & dates or k >= len(tokens):
        return []
    verb = tokens[k]
    words_of = lexicon(language)
    if verb.lower in words_of.perfect_auxiliaries | words_of.passive_auxiliaries:
        # "Die Gemeinde hatte Wollrabe im Herbst angeboten ...": the event is the participle that
        # closes the stretch, and a name with no article right after the auxiliary is its object.
        closing = [t for t in tokens[k + 1 :] if t.segment == verb.segment and t.term is not None and not t.text[:1].isupper()]
        if not closing or verb.lower in words_of.passive_auxiliaries:
            return []
        event = closing[-1]
        named = []
        after = k + 1
        if after < len(tokens) and tokens[after].lower in _OBJECT_ONLY_ARTICLES - {"des"} and tokens[after].segment == verb.segment:
            after += 1  # "hätten dem Verein ein Gespräch angeboten": an article no subject takes, then its object
        for t in tokens[after:]:
            if t.lower in words_of.titles and t.segment == verb.segment:
                continue  # "hatte Bürgermeister Kessler eingeladen": the title is no part of the name
            if not (t.term is not None and t.text[:1].isupper() and t.segment == verb.segment):
                break
            named.append(t.lower)
            if t.term is not None:
                named.append(t.term)  # "den Verkehrsbetrieben" is "die Verkehrsbetriebe" by its stem
        if named and not set(named) & dates:
            return [(frozenset(subject | {t.term for t in tokens[:k] if t.lower in subject and t.term}), event.term, frozenset(named))]
        verb = event._replace(start=verb.start)
        if verb.term is None:
            return []
    elif verb.term is None or verb.text[:1].isupper() or verb.lower[:1].isdigit() or verb.lower in SYMMETRIC_WORDS:
        return []
    for m in range(k + 1, min(len(tokens) - 1, k + 2 + _MAX_BEFORE_OBJECT)):
        if tokens[m].segment != verb.segment or tokens[m].lower in SYMMETRIC_WORDS:
            return []
        if tokens[m].lower in determiners and tokens[m].lower != "des":
            n = m + 1
            undergoer = set()
            while n < len(tokens) and tokens[n].term is not None and tokens[n].text[:1].isupper() and tokens[n].segment == verb.segment:
                undergoer.add(tokens[n].lower)
                n += 1
            if undergoer and not undergoer & dates:
                return [(frozenset(subject), verb.term, frozenset(undergoer))]
            return []
    return []


# The shortest head a German compound name is known by ("Verein" for "Kleingartenverein").
_COMPOUND_HEAD = 5


def _compound_meets(one: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The words two German names share, a compound counting as its head ("der Kleingartenverein"
    is "der Verein"): a word of one that ends the other's, five letters at least."""
    return one & other or frozenset(
        a for a in one for b in other if min(len(a), len(b)) >= _COMPOUND_HEAD and (a.endswith(b) or b.endswith(a))
    )


def _name_shown(name: frozenset[str]) -> str:
    """A name's words for a message, a stem kept beside its word left out ("Verkehrsbetrieben")."""
    return " ".join(sorted(w for w in name if not any(o != w and o.startswith(w) for o in name))).title()


def _may_reverse(text: str, sources, language: str) -> bool:
    """Whether a source sentence has a role that the line could reverse: its verb one of the line's
    terms, and words of the line on both its sides. The sources' roles are read once per sentence
    and come back for every line that cites it; a line's own roles are read only where one does."""
    content = [t for t in tokens_of(text, language) if t.term is not None]
    terms = {t.term for t in content}
    words = frozenset({t.lower for t in content} | {_bare(t.lower) for t in content})
    meets = frozenset.__and__
    if lexicon(language).nouns_capitalised:  # German names by their stems and compound heads too
        words, meets = words | terms, _compound_meets
    return any(
        verb in terms and meets(doer, words) and meets(undergoer, words)
        for sentence in sources.sentences if not terms.isdisjoint(_token_terms(sentence, language))
        for doer, verb, undergoer in _roles_of(sentence, language, sources.names, skip_descriptions=True)
    )


def reversal_problems(
    text: str, sources, language: str = "english", noun_in: Callable[[str, str], bool] | None = None,
) -> list[Problem]:
    """The line's doer and undergoer of a verb, the other way round in a source sentence with the
    same verb (and the line's way in none). `sources` is a `relations.Sources`. `noun_in` (from a
    parse: whether a word of a source sentence is a noun there) keeps a title read as a verb from
    reversing anything: "Board chair Anselm Radcliffe" is no board chairing Radcliffe."""
    if not _may_reverse(text, sources, language):
        return []
    said = _roles_of(text, language, sources.names)
    if not said:
        return []
    meets = _compound_meets if lexicon(language).nouns_capitalised else frozenset.__and__
    verbs = {verb for _, verb, _ in said}  # only a sentence with one of the line's verbs can reverse it
    theirs = [
        (role, sentence, tokens) for sentence, tokens in zip(sources.sentences, sources.tokens)
        if not verbs.isdisjoint(_token_terms(sentence, language))
        for role in _roles_of(sentence, language, sources.names, skip_descriptions=True)
    ]
    problems = []
    for doer, verb, undergoer in said:
        same = [(d, u) for (d, v, u), *_ in theirs if v == verb]
        if any(meets(d, doer) and meets(u, undergoer) for d, u in same) or not any(meets(d, undergoer) and meets(u, doer) for d, u in same):
            continue
        if noun_in is not None and all(
            any(t.term == verb and noun_in(sentence, t.text) for t in tokens)
            for (d, v, u), sentence, tokens in theirs if v == verb and meets(d, undergoer) and meets(u, doer)
        ):
            continue
        problems.append(Problem(
            "relation", f"relation reversed: the line has {_name_shown(doer)} doing “{verb}…” to "
            f"{_name_shown(undergoer)}, its source the other way round"
        ))
    return problems


# ---------------------------------------------------------------------------------------------
# Opposites. Groups of words of which any two contradict each other in the same place: the
# language modules' `opposites` (stems are compared, so one form of each word is enough where the
# stemmer joins them), read into tables by `opposite_forms`.


@lru_cache(maxsize=32)
def _synonyms(language: str) -> dict[str, frozenset[str]]:
    """lower-case noun -> the other words of each `synonyms` group it is in: "artist" stands for
    "painter" and "sculptor", though neither stands for the other."""
    table: dict[str, frozenset[str]] = {}
    for group in lexicon(language).synonyms:
        words = group.split()
        for word in words:
            table[word] = table.get(word, frozenset()) | frozenset(w for w in words if w != word)
    return table


def opposite_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A word of the line whose opposite stands in its place in a source sentence: between the
    same neighbouring words, and the word itself in no source sentence. Words are compared by
    their forms (`opposite_forms`: as written, unelided, stemmed, a separable verb whole)."""
    table = opposite_table(language)
    if not table or sentence_form_set(text, language).isdisjoint(table):
        return []
    tokens = tokens_of(text, language)
    forms = sentence_forms(text, language)
    candidates = [k for k, f in enumerate(forms) if not table.keys().isdisjoint(f)]
    if not candidates:
        return []

    negations = lexicon(language).negations
    # A language whose subordinate and infinitive clauses put their verb last (German): a line
    # may tell with its verb second what the source tells with the verb closing its clause.
    verb_last = bool(lexicon(language).verb_endings)
    line_terms = {t.term for t in tokens if t.term is not None}
    own_words = set().union(*(_word_forms(s, language) for s in sources))
    line_forms = frozenset().union(*forms)
    # A word of the sources stands swapped only where its opposite stands in a phrase the line
    # copies: the two content words after it, or the two before, the same ("la chute du prix du
    # bois" where the source has "la chute des commandes" and "la flambée du prix du bois").
    own = {k for k in candidates if tokens[k].lower in own_words or tokens[k].term in own_words}
    if len(own) == len(candidates) and not any(_pinned_pair(tokens, k) for k in own):
        return []  # every candidate is a word of the sources and none stands in a copied phrase
    # Only sentences that hold some opposite of some candidate are read word by word.
    wanted = frozenset().union(*(table[f] for k in candidates for f in forms[k] if f in table))
    held = [s for s in sources if not sentence_form_set(s, language).isdisjoint(wanted)]
    parsed = [tokens_of(s, language) for s in held]
    parsed_forms = [sentence_forms(s, language) for s in held]
    swapped = []
    for k in candidates:
        token = tokens[k]
        if negated_before(tokens, k, negations):
            continue  # "will not be allowed" for "will be banned": the line denies the opposite, as a source may
        opposites = frozenset().union(*(table[f] for f in forms[k] if f in table))
        if k in own:
            pair = _pinned_pair(tokens, k)
            if pair is None or not opposites.isdisjoint(line_forms):
                continue  # the line has the opposite too ("rose, then fell"): no swap read
            found = next((
                (other, their_forms[m]) for sentence, their_forms in zip(parsed, parsed_forms) for m, other in enumerate(sentence)
                if not opposites.isdisjoint(their_forms[m]) and pair in (_pinned_pair(sentence, m, 1), _pinned_pair(sentence, m, -1))
                and not negated_before(sentence, m, negations)
            ), None)
            if found is not None:
                theirs = opposites.intersection(found[1])
                mine = frozenset(f for f in forms[k] if f in table and not table[f].isdisjoint(theirs))
                swapped.append((_shown(token, mine), _shown(found[0], theirs)))
            continue
        before = _neighbour(tokens, k, -1)
        after = _neighbour(tokens, k, 1)
        for sentence, their_forms in zip(parsed, parsed_forms):
            for m, other in enumerate(sentence):
                if opposites.isdisjoint(their_forms[m]):
                    continue
                if negated_before(sentence, m, negations):
                    continue  # "rejected" for "did not approve" says the same thing
                # Both neighbours the line has must stand there: "City won the last four" is not
                # "United lost the last four", which says the same from the other side.
                there = (_neighbour(sentence, m, -1), _neighbour(sentence, m, 1))
                # A figure beside it pins the place on its own: "8% fewer than a year earlier"
                # from "8% more than in November last year".
                pinned = any(mine is not None and mine[:1].isdigit() and mine == theirs for mine, theirs in zip((before, after), there))
                if pinned or (before, after) != (None, None) and all(mine is None or mine == theirs for mine, theirs in zip((before, after), there)) or (
                    verb_last and _closes_clause_after(sentence, m, before, after, line_terms)
                ) or _same_party_around(sentence, m, before, after, there):
                    theirs = opposites.intersection(their_forms[m])
                    mine = frozenset(f for f in forms[k] if f in table and not table[f].isdisjoint(theirs))
                    swapped.append((_shown(token, mine), _shown(other, theirs)))
                    break
            else:
                continue
            break
    return _substitutions(swapped)


def _same_party_around(sentence: Sequence, m: int, before: str | None, after: str | None, there: tuple[str | None, str | None]) -> bool:
    """Whether one neighbour of the line's word is the source word's own and the other stands on
    the same side of it further off: "Albarda podría bajar sus precios" where the source has
    "Albarda, principal compradora de la zona, podría subir sus precios" (an aside between). Its
    party is the source's, unlike "City won the last four" for "United lost the last four"."""
    if before is None or after is None:
        return False
    if after == there[1]:
        return before in {t.term for t in sentence[:m] if t.term is not None}
    if before == there[0]:
        return after in {t.term for t in sentence[m + 1 :] if t.term is not None}
    return False


def negated_before(tokens: Sequence, k: int, negations: frozenset[str], reach: int = 2) -> bool:
    """Whether a negation ("not", "never", "-n't") stands among the `reach` words before `k`:
    "did not approve" says what "rejected" does."""
    return any(t.lower in negations or t.lower.endswith("n't") for t in tokens[max(0, k - reach) : k])


def _pinned_pair(tokens: Sequence, k: int, step: int | None = None) -> tuple[int, tuple[str, ...]] | None:
    """The side (1 after, -1 before) and the terms of the two content words right beside `k` in
    its clause, with at most two function words before each ("chute du prix du bois": "prix",
    "bois"); after first, where `step` is not given. None where the clause ends sooner."""
    for side in ((step,) if step is not None else (1, -1)):
        terms: list[str] = []
        m, gap = k + side, 0
        while 0 <= m < len(tokens) and tokens[m].clause == tokens[k].clause and len(terms) < 2:
            if tokens[m].term is not None:
                if tokens[m].term.startswith("<") or tokens[m].lower[:1].isdigit():
                    break
                terms.append(tokens[m].term)
                gap = 0
            else:
                gap += 1
                if gap > 2:
                    break
            m += side
        if len(terms) == 2:
            return side, tuple(terms)
    return None


def _closes_clause_after(sentence: Sequence, m: int, before: str | None, after: str | None, line_terms: set[str]) -> bool:
    """Whether the word at `m` closes its clause ("..., die Preise um zwölf Prozent zu erhöhen")
    after the word that follows the line's verb ("senken die Preise"), with only words the line
    also has between them, and the word before the line's verb earlier in the sentence: the same
    two neighbours, in verb-last order."""
    if after is None or before is None or _neighbour(sentence, m, 1) is not None:
        return False
    starts = [j for j in range(m) if sentence[j].term == after and sentence[j].clause == sentence[m].clause]
    if not starts:
        return False
    # "die Müllgebühren beibehalten und die Parkgebühren senken": words the line lacks stand
    # between, so the verb is another object's.
    between = {t.term for t in sentence[starts[-1] + 1 : m] if t.term is not None}
    return between <= line_terms and before in {t.term for t in sentence[: starts[-1]]}


def _shown(token: Any, matched: frozenset[str]) -> str:
    """The word as a problem names it: a German separable verb with its particle ("wies … zurück")
    where only its glued form (`opposite_forms`) matched."""
    glued = [form for form in matched if form.endswith(token.lower) and form != token.lower]
    if glued and not matched & {token.lower, token.term}:
        return f"{token.text} … {glued[0][: -len(token.lower)]}"
    return token.text


# A word written on its own: neither a hyphen nor a word character on either side.
_BARE_WORD = r"(?<![-\w])({})(?![-\w])"


@lru_cache(maxsize=64)
def _rank_compounds(article: tuple[str, ...], prefixes: frozenset[str]) -> tuple[dict[str, str], str]:
    """The article's prefixed posts by their bare word ("chancellor" -> "vice-chancellor"), and
    its text in small letters; read once per article, not once per line."""
    joined = " ".join(article).lower()
    compounds: dict[str, str] = {}
    for prefix, word in re.findall(r"\b([^\W\d_]+)-([^\W\d_]+)\b", joined):
        if prefix in prefixes:
            compounds.setdefault(word, f"{prefix}-{word}")
    return compounds, joined


def dropped_rank_problems(text: str, article: Sequence[str], language: str = "english") -> list[Problem]:
    """A post named without the prefix that makes it the article's: "the chancellor" where the
    article has only "vice-chancellor" (a vice-chancellor is not the chancellor), "ex-wife" ->
    "wife". Only where the article never writes the bare word."""
    prefixes = lexicon(language).rank_prefixes
    if not prefixes:
        return []
    compounds, joined = _rank_compounds(tuple(article), prefixes)
    if not compounds:
        return []
    bare = set(re.findall(_BARE_WORD.format(r"[^\W\d_]+"), text.lower()))
    # The article is searched only for the line's bare words that it has prefixed (rarely any).
    swapped = [
        (word, compounds[word]) for word in sorted(bare)
        if word in compounds and not re.search(_BARE_WORD.format(re.escape(word)), joined)
    ]
    return _substitutions(swapped)


def _substitutions(swapped: Sequence[tuple[str, str]]) -> list[Problem]:
    """One `substitution` problem naming each (line's word, source's word) pair, or none."""
    if not swapped:
        return []
    return [Problem("substitution", "substitution: " + ", ".join(f"“{mine}” where its source has “{theirs}”" for mine, theirs in swapped))]


def substituted_name_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A name put in the place of another name of the source, between the same words on both
    sides: "Nair, a Conservative councillor" where the source has "Nair, a Labour councillor"
    ("Conservative" may stand elsewhere in the article: the literal name check sees nothing)."""
    if not any(map(str.isupper, text[1:])):  # map: no generator frame per character
        return []
    tokens = tokens_of(text, language)
    line_words = {t.lower for t in tokens}
    parsed = [tokens_of(s, language) for s in sources]
    # German writes its nouns with a capital: "12 Millionen Euro" for "12 Mio. Euro" is the same
    # figure, and a different one is the figure checks' to report.
    scales = lexicon(language).scales
    swapped = []
    for k, token in enumerate(tokens):
        if not token.capitalised or token.term is None or token.term.startswith("<") or token.lower[:1].isdigit():
            continue
        if token.lower.rstrip(".") in scales:
            continue
        before, after = _neighbour(tokens, k, -1, scales=scales), _neighbour(tokens, k, 1, scales=scales)
        if before is None or after is None:
            continue  # a name anchored on one side only may be another way to name the same one
        synonyms = _synonyms(language).get(token.lower, frozenset())
        for sentence in parsed:
            if any(t.lower == token.lower for t in sentence):
                continue
            hit = next(
                (other for m, other in enumerate(sentence)
                 if other.capitalised and other.term is not None and not other.term.startswith("<")
                 and other.lower not in line_words and not other.lower[:1].isdigit()
                 and not same_place(other.text, token.text)  # "Norwegian" for "Norway", "France's" for "French"
                 and not same_short_place(token.text, other.text, language)  # "Vt" for "Vermont"
                 and other.lower not in synonyms  # German nouns are capitalised: "Vorhaben" for "Projekt"
                 and (_neighbour(sentence, m, -1, scales=scales), _neighbour(sentence, m, 1, scales=scales)) == (before, after)),
                None,
            )
            if hit is not None:
                swapped.append((token.text, hit.text))
                break
    return _substitutions(swapped)


# A thing still needed, awaited or sought, and the same thing had: "the scheme still needs planning
# approval" is not "has received planning approval"; the thing after the verb anchors it. The
# words are the language modules' (`pending_words`, `had_words`, `still_pending_words`).


def pending_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A line that has someone receive what its source says they still need or await."""
    words_of = lexicon(language)
    had, pending, still = words_of.had, words_of.pending, words_of.still_pending
    if not had & _letter_words(text):
        return []

    tokens = tokens_of(text, language)
    parsed = [tokens_of(s, language) for s in sources]
    own = {t.lower for sentence in parsed for t in sentence}
    for k, token in enumerate(tokens):
        if token.lower not in had or token.lower in own:
            continue
        if any(t.lower in still or t.lower.endswith("n't") for t in tokens[max(0, k - 3) : k]):
            continue  # "has yet to receive approval" keeps it pending
        thing = _neighbour(tokens, k, 1)
        if thing is None:
            continue
        for sentence in parsed:
            for m, other in enumerate(sentence):
                if other.lower in pending and _neighbour(sentence, m, 1) == thing:
                    return [Problem(
                        "negation", f"negation not in its sources: its source says “{other.text}” of what the line has "
                        f"“{token.text}”: still to come there, done in the line"
                    )]
    return []


def _doings(
    tokens: Sequence, is_name, determiners: frozenset[str] = frozenset(), auxiliaries: frozenset[str] = frozenset(),
    description_marks: frozenset[str] = frozenset(),
) -> list[tuple[frozenset[str], str, tuple[str, ...], int]]:
    """(the name just before a verb, the verb's stem, the stems of the two content words after
    it, the verb's index) in word order: "El Ayuntamiento pagó dos tercios de la reforma". With
    `determiners`, a common noun right after one may be the doer too, where only `auxiliaries` stand
    between it and the verb ("the union had offered"). With `description_marks` (the
    language's determiners), a word after a comma and one of them is no doing of the name before
    it ("Anika Rhee, a space policy expert")."""
    content = [(k, t) for k, t in enumerate(tokens) if t.term is not None and not t.term.startswith("<")]
    named = [is_name(t) for _, t in content[:-2]]  # asked once a word: the loop below asks of each word again
    found = []
    for c in range(1, len(content) - 2):
        k, verb = content[c]
        if named[c] or verb.lower[:1].isdigit():
            continue
        span, d = [], c - 1
        while d >= 0 and named[d] and content[d][1].clause == verb.clause:
            span.append(content[d][1].lower)
            d -= 1
        if not span and determiners and _after_determiner(tokens, content[c - 1][0], determiners) and all(
            t.lower in auxiliaries for t in tokens[content[c - 1][0] + 1 : k]
        ):
            # Only its auxiliaries between the noun and the verb: "the union had offered", not
            # "accused the supplier of putting", where the noun is another verb's object.
            span = [content[c - 1][1].lower]
        if not span:
            continue
        if description_marks and _apposed(tokens, content[c - 1][1], verb, k, description_marks):
            continue  # "Anika Rhee, a space policy expert": a description put beside the name, no doing of it
        after = [t for _, t in content[c + 1 : c + 4]]
        if all(t.clause == verb.clause for t in after[:2]):
            kept = after[:3] if all(t.clause == verb.clause for t in after[:3]) else after[:2]
            found.append((frozenset(span), verb.term, tuple(t.term for t in kept), k))
    return found


# Words after a verb that may still name its object's owner ("rechazó dos ofertas anteriores del
# Puerto Salinas"): further off, in another clause or sentence, a name is another matter.
_BEHIND = 8


def _moved_behind(doer: frozenset[str], theirs: frozenset[str], sentence: frozenset[str], behind: Sequence) -> bool:
    """Whether the source's doer stands behind the verb in the line and the line's own doer
    nowhere in the source sentence: the two exchanged ("el Valdemora rechazó dos ofertas del
    Puerto Salinas" from "el Puerto Salinas rechazó dos ofertas"). Words both name ("Según El
    Heraldo del Sur, el ...") are neither's. (The caller asks that the line's doer be a name the
    article writes, not a word capitalised because it opens the line: "Speaking at ...".)"""
    mine, their_own = doer - theirs, theirs - doer
    return bool(mine and their_own) and not mine & sentence and their_own <= {t.lower for t in behind}


def _apposed(tokens: Sequence, name: Any, word: Any, k: int, determiners: frozenset[str]) -> bool:
    """Whether `word` (at `k`) opens a description put after `name` and a comma: "Anika Rhee, a
    space policy expert"; not "Lucía Ferrer, acusó", a name set off before its own verb."""
    return name.segment != word.segment and k > 0 and tokens[k - 1].lower in determiners


def _same_after(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether the two words after a line's verb are those after the source's, or those after one
    more word of the source's ("scored in the first half" of "scored twice in the first half")."""
    return mine[:2] == theirs[:2] or mine[:2] == theirs[1:3]


def _after_determiner(tokens: Sequence, k: int, determiners: frozenset[str]) -> bool:
    """Whether the word at `k` is a noun by its place: right after a determiner ("the union")."""
    return k > 0 and tokens[k - 1].lower in determiners and not tokens[k].lower[:1].isdigit()


@lru_cache(maxsize=512)  # a source sentence comes back for every line and trial citation
def _doings_of(
    text: str, language: str, names: frozenset[str], nouns: bool = False,
) -> tuple[tuple[frozenset[str], str, tuple[str, ...], int], ...]:
    """`_doings` of a sentence, names told by `names` (those it holds: `_token_words`) and capitals;
    with `nouns`, common nouns after a determiner too."""
    def is_name(token) -> bool:
        return token.term is not None and (token.lower in names or token.capitalised or token.text[:1].isupper())

    determiners = lexicon(language).determiners if nouns else frozenset()
    # A source's description after a comma is read as one (a line's "Marston University space
    # policy expert" from it is no swap); a line's doer before a comma still is its verb's.
    return tuple(_doings(tokens_of(text, language), is_name, determiners, _auxiliaries(language), lexicon(language).determiners))


def _auxiliaries(language: str) -> frozenset[str]:
    return joined(lexicon(language), "auxiliaries", "perfect_auxiliaries", "passive_auxiliaries")


def swapped_doer_problems(text: str, sources, language: str = "english") -> list[Problem]:
    """The same verb and the same two words after it, done by another named party of the same
    source sentence: "El Gobierno de Aragón pagó dos tercios de la reforma" from "El Ayuntamiento
    pagó dos tercios de la reforma y el Gobierno de Aragón el resto". The line's party must stand
    in that sentence only after the verb (not beside the doer: "X y Y pagaron"). `sources` is a
    `relations.Sources`.

    A party named by a common noun ("the union") counts where the two parties are exchanged: the
    source's doer stands in the line too, elsewhere ("The union had offered 4%, but the airline
    is demanding 9%" from "The airline had offered 4%, but the union is demanding 9%"). Without
    that, "the company" is most often the source's doer named again ("Acme bought ..., the
    company said")."""
    names = sources.names

    def is_name(token) -> bool:
        return token.term is not None and (token.lower in names or token.capitalised or token.text[:1].isupper())

    line = tokens_of(text, language)
    said = _doings(line, is_name, lexicon(language).determiners, _auxiliaries(language))
    if said and lexicon(language).wordnet:
        # A word WordNet knows only as a noun is no doing: "Calder Research analyst Tomás Byrne"
        # has a title before a name, where its source writes "analyst Tomás Byrne of Calder Research".
        said = [d for d in said if not _only_a_noun(line[d[3]].lower)]
    if not said:
        return []
    line_words = {t.lower for t in line}
    for doer, verb, after, k_line in said:
        named = any(is_name(t) for t in line if t.lower in doer)
        for source, sentence in zip(sources.sentences, sources.tokens):
            words_here = _token_words(source, language)
            if verb not in _token_terms(source, language):
                continue  # its verb is not here: no doing of this sentence can match the line's
            own = names & words_here
            for theirs, their_verb, their_after, k in _doings_of(source, language, own, not named):
                if their_verb != verb or not _same_after(after, their_after):
                    continue
                behind = [t for t in line[k_line + 1 : k_line + 1 + _BEHIND] if t.clause == line[k_line].clause]
                if named and (doer - theirs) & names and _moved_behind(doer, theirs, words_here, behind):
                    return [Problem(
                        "relation", f"relation reversed: the line has {' '.join(sorted(doer - theirs)).title()} do “{verb}…” "
                        f"and puts {' '.join(sorted(theirs - doer)).title()}, who does it in its source, after it"
                    )]
                if not doer & words_here or theirs & doer:
                    continue  # the line's party nowhere in this sentence: no other doer of it to have taken its place
                if not named and not (theirs <= line_words and all(
                    t.lower not in theirs for t in line[max(0, k_line - 3) : k_line + 1]
                )):
                    continue  # a common noun: only the two parties exchanged
                places = [m for m, t in enumerate(sentence) if t.lower in doer]
                if places and min(places) > k:
                    return [Problem(
                        "relation", f"relation not in its sources: {' '.join(sorted(doer)).title()} doing “{verb}…”, "
                        f"where its source has {' '.join(sorted(theirs)).title()} do it"
                    )]
    return []


def _only_a_noun(word: str) -> bool:
    """Whether WordNet has noun senses of `word` and no verb sense (False without WordNet)."""
    from summarizer.verify.wordnet import load_wordnet

    wordnet = load_wordnet()
    return wordnet is not None and not wordnet.word_senses(word, "v", None) and bool(wordnet.word_senses(word, "n", None))


def swapped_figure_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """Two figures of one source sentence, each put where the other stands: "Turnout was 31%, up
    from 38%" from "Turnout was 38%, up from 31%". The word before each figure marks its place."""
    if sum(map(str.isdigit, text)) < 2:  # map: no generator frame per character
        return []
    tokens = tokens_of(text, language)
    places = {t.lower: tokens[k - 1].lower for k, t in enumerate(tokens) if k and t.lower[:1].isdigit()}
    if len(places) < 2:
        return []
    for source in sources:
        theirs: dict[str, set[str]] = {}
        sentence = tokens_of(source, language)
        for k, t in enumerate(sentence):
            if k and t.lower[:1].isdigit():
                theirs.setdefault(t.lower, set()).add(sentence[k - 1].lower)
        figures = sorted(places.keys() & theirs.keys())
        for i, x in enumerate(figures):
            for y in figures[i + 1 :]:
                if places[x] == places[y] or places[x] in theirs[x] or places[y] in theirs[y]:
                    continue
                if places[x] in theirs[y] and places[y] in theirs[x]:
                    return [Problem(
                        "circumstance", f"circumstance not in its sources: {x} and {y} swapped places "
                        f"(its source has “{places[x]} {y}” and “{places[y]} {x}”)"
                    )]
    return []


def _neighbour(tokens: Sequence, k: int, step: int, reach: int = 2, scales: dict[str, float] | None = None) -> str | None:
    """The nearest content word's stem within `reach` content words of `k`, in its clause; with
    `scales`, a scale word as its value, so that "Mio." and "Millionen" are one neighbour."""
    seen = 0
    m = k + step
    while 0 <= m < len(tokens) and tokens[m].clause == tokens[k].clause:
        if tokens[m].term is not None:
            if scales and tokens[m].lower.rstrip(".") in scales:
                return f"<{scales[tokens[m].lower.rstrip('.')]:g}>"
            return tokens[m].term
        seen += 1
        if seen > 3:
            return None
        m += step
    return None


# ---------------------------------------------------------------------------------------------
# Speakers that are not names: "the weather service said" where the source has "police said".

# Saying words that as often take a plain object ("announced his plans", "revealed how"): not
# read as reporting here.
_TAKES_OBJECTS = frozenset(
    "announced announces announce revealed reveals reveal admitted admits admit confirmed confirms reported reports "
    "explained explains wrote writes denied denies according anunció reveló confirmó annoncé révélé confirmé".split()
)
_PERSONS = frozenset(
    """
    man men woman women boy boys girl girls student students mother father son daughter wife husband
    teenager child children victim resident residents neighbour neighbours friend friends player players
    driver passenger witness witnesses worker workers owner spokesman spokeswoman spokesperson
    hombre mujer joven estudiante madre padre hijo hija homme femme étudiant mère père mann frau
    """.split()
)


@lru_cache(maxsize=32)
def _reporting_words(language: str) -> frozenset[str]:
    """The language's saying words but those that take an object (`_TAKES_OBJECTS`)."""
    return lexicon(language).saying - _TAKES_OBJECTS


# Speakers who look at a company or body from outside: never the company itself.
_OUTSIDERS = frozenset(
    "analysts analyst experts expert critics critic campaigners campaigner economists economist investors "
    "shareholders opponents rivals unions union observers".split()
)


def _describes_a_person(word: str) -> bool:
    return word in _PERSONS or "-of-" in word or word.endswith("-old")


# Nouns a source uses for a party it names elsewhere ("the company", "the club").
_STAND_INS = frozenset("company firm group club team side business carrier bank council regulator force".split())
_SPEAKER_PRONOUNS = frozenset("he she it they we i you who which that this".split())


def _apposed_to_name(tokens: Sequence, s: int, k: int, determiners: frozenset[str], roles: frozenset[str] = frozenset()) -> bool:
    """Whether the speaker word at `s` ends an apposition between commas that follows a name and
    ends just before the saying word at `k`: "X, the chair of Y, said", "X, die Vorsitzende des Y,
    sagte", or one opened by a post in small letters ("X, presidente de la cooperativa, explicó")."""
    segment = tokens[s].segment
    if not (s < k and segment + 1 == tokens[k].segment):
        return False
    aside = [t for t in tokens if t.segment == segment]
    before = [t for t in tokens if t.segment == segment - 1]
    opens = bool(aside) and (aside[0].lower in determiners or (aside[0].lower in roles and not aside[0].capitalised))
    return bool(opens and before and before[-1].text[:1].isupper() and before[-1].term is not None)


def _said_by(
    tokens: Sequence, saying: frozenset[str], auxiliaries: frozenset[str] = frozenset(), days: frozenset[str] = frozenset(),
    according: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """(speaker index, saying word index) for "the service said ..." or "..., said the service",
    where the speaker is a common noun; None otherwise. After an `according` word the speaker
    always follows it ("..., selon la préfecture", "Según el ministerio, ...")."""
    for k, token in enumerate(tokens):
        if token.lower not in saying:
            continue
        if token.lower in according:
            after = k + 1
            while after < min(len(tokens), k + 3) and tokens[after].term is None and tokens[after].clause == token.clause:
                after += 1  # "according to the", "selon la"
            if after < len(tokens) and tokens[after].term is not None and tokens[after].clause == token.clause:
                return after, k
            continue
        before = k - 1
        if before > 0 and tokens[before].lower in auxiliaries:
            before -= 1  # "Vogt a déclaré", "Roth ha dicho"
        if before >= 0 and tokens[before].term is not None and tokens[before].clause == token.clause and tokens[before].lower not in days:
            return before, k
        after = k + 1
        while after < len(tokens) and tokens[after].term is None and tokens[after].lower in ("the", "a", "an", "el", "la", "los", "las", "le", "les", "der", "die", "das"):
            after += 1
        if after > k + 1 and after < len(tokens) and tokens[after].term is not None and not _opens_clause(tokens, after):
            return after, k  # "said the regulator"
    return None


def _opens_clause(tokens: Sequence, k: int) -> bool:
    """Whether the noun at `k` (with any nouns right after it) is followed by a verb of its own: an
    English auxiliary or modal (`relations.AUXILIARIES`) after "said the company" makes it the
    subject of what was said ("said the company had acted"), not the one saying it ("..., said
    the company.")."""
    k += 1
    while k < len(tokens) and tokens[k].term is not None and tokens[k].lower not in AUXILIARIES:
        k += 1
    return k < len(tokens) and tokens[k].lower in AUXILIARIES


@lru_cache(maxsize=16)
def _article_speakers(article: tuple[str, ...], language: str) -> frozenset[str]:
    """The speakers ("Baird said", "said the government") of the article's sentences, as terms.
    Only a sentence with a saying word has one: the others are not read into tokens."""
    saying = _reporting_words(language)
    found = set()
    for sentence, words in zip(article, article_reads(article, language)):
        if not any(lower in saying for lower, *_ in words):
            continue
        tokens = tokens_of(sentence, language)
        said = _said_by(tokens, saying, lexicon(language).perfect_auxiliaries, lexicon(language).dates, lexicon(language).according)
        if said is not None and tokens[said[0]].term:
            found.add(tokens[said[0]].term)
    return frozenset(found)


def _capitalised(token: Any) -> bool:
    """Written with a capital, also after an elided article ("l'Autorité")."""
    return token.capitalised or bool(re.match(r"[^\W\d_]['’][^\W\d_]", token.text)) and token.text[2:3].isupper()


def _person_pronouns(language: str) -> frozenset[str]:
    return PERSON_PRONOUNS | lexicon(language).pronouns


def speaker_problems(
    text: str, sources, language: str = "english", document_terms: frozenset[str] = frozenset(), article: tuple[str, ...] = ()
) -> list[Problem]:
    """ "Analysts said X" where the source sentence holding X has someone else say it, and no
    analyst in it. A speaker that is not a name must be one the article names somewhere
    (`document_terms`, when given): a word it never uses ("police" for its "officers") describes
    the source's speaker; it names no other party. Two parties that each speak in the `article`
    ("Baird said ..." and "The government said ...") are not one another's descriptions: words
    of one given to the other are caught, names included (other names are
    `relations._attribution`'s)."""
    saying = _reporting_words(language)
    if not saying or not saying & _letter_words(text):
        return []
    tokens = tokens_of(text, language)
    found = _said_by(tokens, saying, lexicon(language).perfect_auxiliaries, lexicon(language).dates, lexicon(language).according)
    if found is None:
        return []
    s, k = found
    names = sources.names
    if _apposed_to_name(tokens, s, k, lexicon(language).determiners, speech_of(language).roles):
        return []  # "Erika Mahler, die Vorsitzende des Seniorenbeirats, warnte": Mahler speaks (the name checks' to judge)
    # "Patricia Ng, who chairs Little Steps, said" is Ng speaking, not Steps (the relation checks' reader).
    described = speaker_before_aside(tokens, k, s if s < k else -1, lambda t: t.lower in names or t.capitalised, speech_of(language))
    if described is not None:
        s = described
    speaker = tokens[s]
    if speaker.lower in _SPEAKER_PRONOUNS or speaker.term.startswith("<"):
        return []
    party = bool(article) and speaker.term in _article_speakers(article, language)  # speaks elsewhere in the article
    named = (_capitalised(speaker) and s > 0) or speaker.lower in names  # a sentence's first word has its capital anyway
    if named and not party:
        return []
    if not named and _describes_a_person(speaker.lower):
        return []  # "the student said" may be the source's "the young woman said": one person, two descriptions
    if document_terms and speaker.term not in document_terms and speaker.lower not in _OUTSIDERS:
        return []
    said = {t.term for i, t in enumerate(tokens) if t.term is not None and i not in (s, k) and not t.term.startswith("<")}
    # What was said is the other side of the saying word from its speaker: the speaker's own
    # description ("La concejala de Vivienda, Nerea Quintanilla, afirmó que ...") is not in it.
    claim = {
        t.term for i, t in enumerate(tokens)
        if t.term is not None and not t.term.startswith("<") and (i > k if s < k else i < k) and i != s
        and not (described is not None and i < k)
    }
    # (Not where a relative clause stands before the saying word: "Elton, who left under Blair,
    # told ..." has no speaker next to its verb.)
    if len(claim) >= 3 and (described is not None or not any(t.lower in lexicon(language).relative_pronouns for t in tokens[:k])):
        said = claim
    if len(said) < 3:
        return []
    best, best_shared = None, 0
    for sentence in sources.tokens:
        shared = len(said & {t.term for t in sentence if t.term is not None})
        if shared > best_shared:
            best, best_shared = sentence, shared
    if best is None or best_shared < 0.6 * len(said):
        return []
    if not any(t.lower in saying for t in best):
        return []  # the source reports no one saying it: dropping or adding a speaker is the hedge check's
    if any(t.term == speaker.term for t in best):
        return []
    # Whom the source has say it: only another common noun ("police", "the company") stands
    # against the line's; a name may be the person the line describes ("the jockey").
    theirs = _said_by(best, saying, lexicon(language).perfect_auxiliaries, lexicon(language).dates, lexicon(language).according)
    if (theirs is None or best[theirs[0]].lower in _SPEAKER_PRONOUNS or (best[theirs[0]].term or "").startswith("<")
            or _describes_a_person(best[theirs[0]].lower)):  # "<he/she>": "Il a indiqué", "Él dijo" may be anyone named before
        return []
    if theirs[1] > 0 and best[theirs[1] - 1].lower in _person_pronouns(language):
        return []  # "Sie sagte, ...": the source's speaker is someone named before, perhaps the line's
    if any(t.lower in saying and m > 0 and best[m - 1].lower in _person_pronouns(language) for m, t in enumerate(best)):
        # '"... what the screens told them," she said': the first saying word stands in the
        # quotation; the one reporting it has a pronoun speak, someone named before.
        return []
    their = best[theirs[0]]
    their_named = _capitalised(their) or their.lower in names
    if named and not their_named and best[theirs[1]].lower in lexicon(language).according:
        return []  # "Selon l'Autorité" for "Selon le régulateur": a body named where its source describes it
    stand_ins = _STAND_INS | lexicon(language).stand_ins
    if their.lower in stand_ins and speaker.lower in _OUTSIDERS and not named:
        # "Analysts said" for "the company said": people who watch a company from outside are never the company
        return [Problem("attribution", f"attribution not in its sources: the source sentence holding these words gives them to the {their.text}, not “{speaker.text}”")]
    if (their.lower in stand_ins and (named or not party)) or (speaker.lower in stand_ins and their_named):
        # "Veltra said" for "the company said", or the reverse: the company may be Veltra; and
        # "the frozen meal maker said" is the company described, unless the maker speaks as a
        # party of its own elsewhere in the article.
        return []
    if their_named and not party:
        return []  # a name may be the person the line describes ("the jockey")
    description, name = (their, speaker) if named else (speaker, their)
    if article and description.term is not None and name.term is not None and describes(article, language, description.term, (name.term,)):
        return []  # "the security guard says" for "Lu says", where the article writes "security guard Lu Xincai"
    if article and {speaker.lower, their.lower} <= body_nouns(article, language):
        return []  # "the lender said" for "the bank said": both the article's main body (`bodies.py`)
    return [Problem("attribution", f"attribution not in its sources: the source sentence holding these words does not give them to “{speaker.text}”")]


def narration_attributed_problems(text: str, sources, language: str = "english") -> list[Problem]:
    """ "..., dijo Elena Sanz" on words its source states itself: the sentence holding them has
    no saying word, no quotation and no pronoun that could be someone speaking, and does not
    name the line's speaker. (A speaker given words someone else said is checked elsewhere.)
    `sources` is a `relations.Sources`."""
    saying = _reporting_words(language)
    if not saying or not saying & _letter_words(text):
        return []
    tokens = tokens_of(text, language)
    names = sources.names
    speaker = None
    for k, token in enumerate(tokens):
        if token.lower not in saying:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(tokens) and tokens[j].term is not None and tokens[j].capitalised and tokens[j].lower in names:
                speaker = j
                break
        if speaker is not None:
            break
    if speaker is None:
        return []
    # The speaker's whole name: the name words next to it.
    name = {speaker}
    for step in (-1, 1):
        j = speaker + step
        while 0 <= j < len(tokens) and tokens[j].term is not None and tokens[j].capitalised:
            name.add(j)
            j += step
    name_terms = {tokens[j].term for j in name}
    said = {t.term for i, t in enumerate(tokens) if t.term is not None and i not in name and t.lower not in saying and not t.term.startswith("<")}
    if len(said) < 3:
        return []
    best, best_shared = None, 0
    for sentence, raw in zip(sources.tokens, sources.sentences):
        shared = len(said & {t.term for t in sentence if t.term is not None})
        if shared > best_shared:
            best, best_shared, best_raw = sentence, shared, raw
    if best is None or best_shared < 0.6 * len(said):
        return []
    if any(c in best_raw for c in "\"“”«»„'‘’") or any(t.lower in saying or t.lower in _SPEAKER_PRONOUNS for t in best):
        return []
    if any(t.term in name_terms for t in best):
        return []
    who = " ".join(tokens[j].text for j in sorted(name))
    return [Problem("attribution", f"attribution not in its sources: its source states this itself; it does not give it to {who}")]


def _thing_places(tokens: Sequence[Any], language: str, noun: Callable[[str], bool] | None = None) -> set[int]:
    """Where a word names a thing: after a determiner ("a fire") or a count and one word ("two
    serious assaults"), after a preposition joining it
    to the noun it describes ("balle de golf"), or as a title before a name ("retired postman
    Clifford Nye") where `noun` (a parse) says the word is a noun, not a verb ("takes Marsh");
    without `noun`, no title is read."""
    known = lexicon(language)

    def titled(k: int) -> bool:
        t = tokens[k]
        return (noun is not None and k + 1 < len(tokens) and tokens[k + 1].capitalised and not t.capitalised
                and tokens[k - 1].segment == t.segment and noun(t.text))

    def counted(k: int) -> bool:  # "two serious assaults": a count determines its noun as "the" does
        if not (k > 1 and (tokens[k - 2].lower in known.counts or tokens[k - 2].lower[:1].isdigit()) and tokens[k - 2].segment == tokens[k].segment):
            return False
        # Unless the count's own noun stands between: "two cars fell", "12 metres across" (a plural,
        # or in German a capitalised word), "31 percent relative to" (a share counts no thing after
        # it; "40 million doses" does); the parse, where there is one, must call it a noun.
        middle = tokens[k - 1]
        plural = middle.lower.endswith(("s", "x")) and not middle.lower.endswith(("ous", "ss"))
        if plural or known.scales.get(middle.lower, 1) < 1 or (known.nouns_capitalised and middle.capitalised):
            return False
        return noun is None or noun(tokens[k].text)

    def relative_verb(k: int) -> bool:
        # "a steamship that went down": "that" opens a relative clause, and the word after it is
        # its verb, whose near-synonyms ("sank") no word list holds. The parse tells; without
        # one, a particle after the word does ("went down", "broke up").
        if tokens[k - 1].lower != "that":
            return False
        if noun is not None:
            return not noun(tokens[k].text)
        return k + 1 < len(tokens) and tokens[k + 1].lower in _PARTICLES

    def before(k: int) -> str:
        # An elided article or preposition is written onto the next word ("d'une", "l'autre"):
        # the determiner is its last part.
        word = tokens[k - 1].lower
        return word.rsplit("'", 1)[1] if "'" in word else word

    return {
        k for k, t in enumerate(tokens)
        if k and (
            (before(k) in known.determiners and not relative_verb(k)) or before(k) in known.noun_linkers
            or titled(k) or counted(k)
        )
    }


# English adverb particles of phrasal verbs ("went down", "set off"): a word before one is a verb.
_PARTICLES = frozenset("down up out off away back over".split())


# Nouns with many near-synonyms: people and bodies described ("journalists" for "correspondents",
# "firm" for "group"), and acts named after their verbs ("crossings" for "sailings"). A noun
# read by the parse alone is not taken for a swap where either word is one of them.
_MANY_NAMES_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "ing", "ion", "ment", "ness", "ure")


# Words for a broad class that a line may use for the source's narrower one ("the city" for "the area").
_BROAD_NOUNS = frozenset(
    "area place region site city town village country district zone part thing item people star legend figure "
    "icon hero veteran member official".split()
)


def _same_root(one: str, other: str) -> bool:
    """Whether two stems are one word's forms: one begins the other ("imag" and "imageri", for
    "images" and "imagery"; "photograph" and "photographi"). Another form of the source's word is
    no other thing."""
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


def _compound_part(word: str, term: str | None, language: str) -> bool:
    """Whether a later part of the hyphened `word` is the word of `term`: the line unpacks the
    source's compound ("200 metres of the beach" for "a 200-metre stretch of the beach"), and its
    word is the source's own, not a swap for the noun after the compound."""
    if "-" not in word or term is None:
        return False
    return any(t.term == term for part in word.split("-")[1:] if part for t in tokens_of(part, language))


def _has_near_synonyms(word: str, language: str) -> bool:
    lower = word.lower()
    singular = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    return (singular in _PERSONS or lower in _PERSONS or singular in _STAND_INS or singular in _OUTSIDERS or singular in _BROAD_NOUNS
            or singular in lexicon(language).stand_ins or singular in lexicon(language).act_nouns
            or singular.endswith(_MANY_NAMES_ENDINGS))


# Words a negation may stand before its noun by: "no sign", "not a single sign", "without any trace".
_NEGATION_REACH = 3


def _negated_ids(tokens: Sequence[Any], language: str) -> set[int]:
    """The ids of the tokens a negation word stands just before (`_NEGATION_REACH` words back)."""
    negations = lexicon(language).negations
    return {
        id(tokens[k]) for k in range(1, len(tokens))
        if any(t.lower in negations for t in tokens[max(0, k - _NEGATION_REACH) : k])
    }


def _coordinated_ids(tokens: Sequence[Any], language: str) -> dict[int, frozenset[int]]:
    """For each content word that a coordinator ("and", "or") stands before, with only function
    words between: the ids of the content words before that coordinator in its segment, each
    set apart from it by the coordinator."""
    coordinators = lexicon(language).coordinators
    found: dict[int, frozenset[int]] = {}
    for k, token in enumerate(tokens):
        if token.term is None:
            continue
        m = k - 1
        while m >= 0 and tokens[m].term is None and tokens[m].lower not in coordinators:
            m -= 1
        if m >= 0 and tokens[m].lower in coordinators:
            found[id(token)] = frozenset(id(t) for t in tokens[:m] if t.term is not None and t.segment == token.segment)
    return found


def novel_word_problems(
    text: str, sources: Sequence[str], document_terms: frozenset[str], language: str = "english",
    noun: Callable[[str], bool] | None = None, tags_in: Callable[[str, str], set[str]] | None = None,
    moved: bool = False,
) -> list[Problem]:
    """A word the whole article never uses, put in the source's phrase where it has another
    word: "after a fire damaged its roof" from "after a storm damaged its roof". `noun` (from a
    parse of the line) tells a title before a name from a verb; without it titles are not read.
    With `tags_in` too (a word's part-of-speech tags in a sentence's parse), any noun of the line
    is read, anchored on both sides, where the source's word between the same neighbours is a
    common noun: "6,000 litres of petrol had leaked" from "of diesel had leaked", "a new urine test"."""
    every = tokens_of(text, language)
    # Only a thing's word, after a determiner ("a fire", "the injection") or in another place
    # that names things (`_thing_places`): verbs and adjectives have too many near-synonyms
    # ("shrank" for "narrowed") for a word list to tell apart.
    line = [t for t in every if t.term is not None and not t.term.startswith("<")]
    if not any(
        t.term not in document_terms and not t.lower[:1].isdigit() and not t.capitalised and "-" not in t.lower
        for t in line[1:]
    ):
        return []  # every word is the article's: nothing new to have swapped in (and no parse asked)
    after_determiner = {id(every[k]) for k in _thing_places(every, language, noun)}
    negated_in_line = _negated_ids(every, language)
    coordinated_in_line = _coordinated_ids(every, language)
    line_terms = {t.term for t in line}
    # With `moved`, `document_terms` are the evidence's: a word of another sentence of the article
    # put in the source's slot ("la gamme de pralines" for "la gamme de tablettes", the pralines a
    # client's). Only a noun joined to the noun it describes ("gamme de", "range of") is read: one
    # after a determiner ("a forgery" for "a fake", "le centre" for "l'hôpital") may be another
    # name the article gives the same thing.
    linkers = lexicon(language).noun_linkers
    has_wordnet = lexicon(language).wordnet
    unlinked = {id(every[k]) for k in range(1, len(every)) if moved and every[k - 1].lower.rsplit("'", 1)[-1] not in linkers}
    swapped = []
    parsed = None
    for k in range(1, len(line)):
        token = line[k]
        if token.term in document_terms or token.lower[:1].isdigit() or token.capitalised or "-" in token.lower or id(token) in unlinked:
            continue
        # Elsewhere a noun by the parse, for a noun of the source: "travel by rail" for "by road".
        by_parse = id(token) not in after_determiner
        # (Not a word the parse calls a proper noun: a name in small letters, "attorney gloria hale".)
        if by_parse and not (tags_in is not None and noun is not None and k + 1 < len(line)
                             and not _has_near_synonyms(token.text, language) and "NOUN" in tags_in(text, token.text)):
            continue
        # The line's last word has no word after it: two words before it anchor it ("trapped on
        # the roof of their house" from "trapped on the roof of their car").
        before, after = line[k - 1], (line[k + 1] if k + 1 < len(line) else None)
        # Anchored by words on both sides, in one comma-free stretch: "after a fire damaged".
        if not (before.segment == token.segment and (after is None or after.segment == token.segment)):
            continue
        # Its near-synonyms may stand for it; its opposites are `opposite_problems`' to report.
        same_side = group_words(language).get(token.lower, frozenset())
        if token.lower in lexicon(language).act_nouns:
            same_side |= lexicon(language).act_nouns  # "the veto" for "the ban": one act, named either way
        if token.lower in lexicon(language).kind_nouns:
            same_side |= lexicon(language).kind_nouns  # "the kind of forward" for "the type of forward"
        same_side |= _synonyms(language).get(token.lower, frozenset())  # "Flemish artist" for "Flemish painter"
        if parsed is None:
            parsed = []
            for source in sources:
                tokens = tokens_of(source, language)
                # The source's word in a title's place is taken as the line's is (one parse only).
                marked = _thing_places(tokens, language, (lambda word: True) if noun is not None else None)
                parsed.append((source, [(t, k in marked) for k, t in enumerate(tokens) if t.term is not None],
                               _negated_ids(tokens, language), _coordinated_ids(tokens, language)))
        first = line[k - 2] if k > 1 and line[k - 2].segment == token.segment else None
        denied = id(token) in negated_in_line
        # Whether "and" or "or" joins the word to the word after it ("for the time being and that
        # shelters"): then that word is no anchor of its phrase, unless the source's joins the same way.
        joined_after = after is not None and id(token) in coordinated_in_line.get(id(after), ())
        for source, pairs, negated, coordinated in parsed:
            sentence = [t for t, _ in pairs]

            def anchored(m: int) -> bool:
                if sentence[m - 1].term != before.term:
                    return False
                if (after is not None and m + 1 < len(sentence) and sentence[m + 1].term == after.term and sentence[m - 1].segment == sentence[m + 1].segment
                        and joined_after == (id(sentence[m]) in coordinated.get(id(sentence[m + 1]), ()))):
                    return True
                # Or two words before it, where the source's word ends its stretch: "took the pill,
                # called Corvexa, once a day" has an aside where the line goes on ("once a day").
                ends = m + 1 == len(sentence) or sentence[m + 1].segment != sentence[m].segment
                return bool(ends and first is not None and m > 1 and sentence[m - 2].term == first.term
                            and sentence[m - 2].segment == sentence[m].segment)

            hit = next(
                (sentence[m] for m in range(1, len(sentence))
                 if anchored(m)
                 and sentence[m].term not in line_terms and not sentence[m].lower[:1].isdigit()
                 and sentence[m].lower not in same_side and not _same_root(token.term, sentence[m].term)
                 and not _compound_part(sentence[m - 1].text.lower(), token.term, language)
                 and (not sentence[m].capitalised and not _has_near_synonyms(sentence[m].text, language)
                      and "NOUN" in tags_in(source, sentence[m].text)  # type: ignore[misc]
                      if by_parse else pairs[m][1])
                 # A synonym or a near kind of the source's word by WordNet: "drugs" for "medicines";
                 # under a negation on both sides a narrower word ("no sign of fraud" for "no evidence
                 # of fraud"): denying the broad thing denies each kind of it.
                 and not (has_wordnet and (
                     near_kin(token.lower, sentence[m].lower)
                     or both_degree_forms(token.lower, sentence[m].lower)
                     or (denied and id(sentence[m]) in negated and near_kin(sentence[m].lower, token.lower))))),
                None,
            )
            if hit is not None:
                swapped.append((token.text, hit.text))
                break
    return _substitutions(swapped)
