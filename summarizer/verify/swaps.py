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
from collections.abc import Sequence

from summarizer.verify.problems import Problem

# Auxiliaries that make the verb after them passive ("was bought by"), and the words of the agent.
_PASSIVE_AUX = {
    "english": frozenset("was were been being is are be".split()),
    "spanish": frozenset("fue fueron sido es son era eran será serán".split()),
    "french": frozenset("été est sont était étaient fut furent sera seront".split()),
    "german": frozenset("wurde wurden worden wird werden".split()),
}
_AGENT = {
    "english": frozenset({"by"}),
    "spanish": frozenset({"por"}),
    "french": frozenset({"par"}),
    "german": frozenset({"von", "vom"}),
}
# Verbs whose two sides may be swapped without changing the fact, and words that join names
# rather than relate them.
_SYMMETRIC = frozenset(
    """
    met meet meets meeting married marry faced face faces played play plays drew draw draws tied tie
    merged merge merges talked talk talks spoke speak clashed clash competed compete partnered fought
    negotiated dated divorced joined with and or against between versus vs v
    y o con contra entre et ou avec contre und oder mit gegen
    """.split()
)
_MAX_GAP = 5  # content words from the verb to the name after it


def _role_marks(tokens: Sequence, language: str) -> tuple[set[int], set[int]]:
    """Indices of tokens that stand after a passive auxiliary, and of those after an agent word."""
    passive_aux, agent = _PASSIVE_AUX.get(language, frozenset()), _AGENT.get(language, frozenset())
    after_aux, after_agent = set(), set()
    for k, token in enumerate(tokens):
        if k and tokens[k - 1].lower in passive_aux:
            after_aux.add(k)
        elif k >= 2 and tokens[k - 2].lower in passive_aux and tokens[k - 1].term is None:
            after_aux.add(k)  # "was later bought", "fue después comprada"
        if k and tokens[k - 1].lower in agent:
            after_agent.add(k)
    return after_aux, after_agent


def _roles(tokens: Sequence, is_name, language: str) -> list[tuple[frozenset[str], str, frozenset[str]]]:
    """(doer, verb term, undergoer) read from word order, names as the sets of their words: the
    name just before a verb does it, the first name after it undergoes it ("Corvane bought the mill
    from Hallam"); in the passive the name after the agent word does it ("was bought by Corvane
    from Hallam", "Hallam was bought by Corvane")."""
    after_aux, _ = _role_marks(tokens, language)
    agent_words = _AGENT.get(language, frozenset())
    content = [(k, t) for k, t in enumerate(tokens) if t.term is not None]
    # Names of several words as one: (first content index, last content index, words).
    spans: list[tuple[int, int, frozenset[str]]] = []
    c = 0
    while c < len(content):
        if is_name(content[c][1]) and not content[c][1].lower[:1].isdigit():
            d = c
            while d + 1 < len(content) and is_name(content[d + 1][1]) and content[d + 1][1].segment == content[c][1].segment:
                d += 1
            spans.append((c, d, frozenset(content[e][1].lower for e in range(c, d + 1))))
            c = d + 1
        else:
            c += 1
    found = []
    for v, (vk, verb) in enumerate(content):
        if is_name(verb) or verb.lower in _SYMMETRIC or verb.lower[:1].isdigit():
            continue
        before = next((span for span in spans if span[1] == v - 1 and content[span[1]][1].clause == verb.clause), None)
        after = []
        for span in spans:
            if span[0] <= v or span[0] - v > _MAX_GAP:
                continue
            first_k = content[span[0]][0]
            if content[span[0]][1].clause != verb.clause or any(
                tokens[m].lower in _SYMMETRIC or tokens[m].lower == "," for m in range(vk + 1, first_k)
            ):
                break  # "beat X with Y", another clause, a comma
            after.append((span, first_k > 0 and tokens[first_k - 1].lower in agent_words))
        if before is not None and any(tokens[m].lower in _SYMMETRIC for m in range(content[before[1]][0] + 1, vk)):
            continue
        passive = vk in after_aux
        agent = next((span for span, is_agent in after if is_agent), None)
        other = next((span for span, is_agent in after if not is_agent), None)
        if passive:
            if agent is not None and before is not None:
                found.append((agent[2], verb.term, before[2]))
            elif agent is not None and other is not None:
                found.append((agent[2], verb.term, other[2]))
        elif before is not None and other is not None:
            found.append((before[2], verb.term, other[2]))
    return found


def reversal_problems(text: str, sources, language: str = "english") -> list[Problem]:
    """The line's doer and undergoer of a verb, the other way round in a source sentence with the
    same verb (and the line's way in none). `sources` is a `relations.Sources`."""
    from summarizer.verify.relations import tokenize, tokens_of

    names = sources.names

    def is_name(token) -> bool:
        # A sentence's first word counts when written with a capital: "Rovers beat Dunmore".
        return token.term is not None and (token.lower in names or token.capitalised or token.text[:1].isupper())

    said = _roles(tokenize(text, language), is_name, language)
    if not said:
        return []
    theirs = [role for sentence in sources.tokens for role in _roles(sentence, is_name, language)]
    problems = []
    for doer, verb, undergoer in said:
        same = [(d, u) for d, v, u in theirs if v == verb]
        if any(d & doer and u & undergoer for d, u in same) or not any(d & undergoer and u & doer for d, u in same):
            continue
        problems.append(Problem(
            "relation", f"relation reversed: the line has {' '.join(sorted(doer)).title()} doing “{verb}…” to "
            f"{' '.join(sorted(undergoer)).title()}, its source the other way round"
        ))
    return problems


# ---------------------------------------------------------------------------------------------
# Opposites. Groups of words of which any two contradict each other in the same place.
# Written for this project; stems are compared, so one form of each word is enough where the
# stemmer joins them (English and Spanish forms are listed where it does not).
_OPPOSITES: dict[str, list[str]] = {
    "english": [
        "rise rose risen rising | fall fell fallen falling", "raise raised raising | cut lower lowered reduce reduced",
        "increase increased | decrease decreased", "up | down", "higher | lower", "more | fewer less", "gain gained | lost loss",
        "win won winning | lose lost losing", "killed dead died | injured hurt wounded", "open opened | close closed",
        "before | after", "earlier | later", "above | below", "strong stronger | weak weaker", "best | worst",
        "positive | negative", "approve approved | reject rejected", "accept accepted | refuse refused reject rejected",
        "support supported | oppose opposed", "hire hired | fire fired sack sacked", "arrive arrived | leave left",
        "north northern | south southern", "east eastern | west western", "men | women", "boy boys | girl girls",
        "son | daughter", "brother | sister", "husband | wife", "minimum | maximum", "inside | outside",
        "cheaper | dearer", "younger | older", "largest biggest | smallest", "first | last", "morning | evening",
        "allowed | banned", "guilty | innocent", "profit profits | loss losses", "import imports | export exports",
        "buyer | seller", "success | failure", "majority | minority",
    ],
    "spanish": [
        "subió sube | bajó baja", "aumentó aumento | disminuyó descenso", "más | menos", "mayor | menor",
        "ganó gana | perdió pierde", "muertos murieron | heridos", "abrió | cerró", "antes | después",
        "norte | sur", "hombres | mujeres", "primer primera | último última", "aprobó | rechazó",
    ],
    "french": [
        "hausse | baisse", "augmenté | diminué", "plus | moins", "gagné | perdu", "morts | blessés",
        "ouvert | fermé", "avant | après", "nord | sud", "hommes | femmes", "premier première | dernier dernière",
        "accepté | refusé",
    ],
    "german": [
        "gestiegen stieg | gesunken sank", "mehr | weniger", "höher | niedriger", "gewonnen gewann | verloren verlor",
        "getötet tote | verletzt verletzte", "geöffnet | geschlossen", "vor | nach", "nord | süd", "männer | frauen",
        "erste | letzte", "angenommen | abgelehnt",
    ],
}


def _opposites(language: str) -> dict[str, frozenset[str]]:
    """lower-case word -> the words on the other side of its group."""
    table: dict[str, set[str]] = {}
    for group in _OPPOSITES.get(language, ()):
        sides = [side.split() for side in group.split("|")]
        for side in sides:
            for word in side:
                table.setdefault(word, set()).update(w for other in sides if other is not side for w in other)
    return {word: frozenset(others) for word, others in table.items()}


_TABLES: dict[str, dict[str, frozenset[str]]] = {}


def opposite_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """A word of the line whose opposite stands in its place in a source sentence: between the
    same neighbouring words, and the word itself in no source sentence."""
    from summarizer.verify.relations import tokenize, tokens_of

    table = _TABLES.get(language)
    if table is None:
        table = _TABLES[language] = _opposites(language)
    if not table or not table.keys() & set(text.lower().split()):  # a cheap first look, punctuation aside
        if not table or not table.keys() & set(re.findall(r"[^\W\d_]+", text.lower())):
            return []
    tokens = tokenize(text, language)
    candidates = [k for k, t in enumerate(tokens) if t.lower in table]
    if not candidates:
        return []
    parsed = [tokens_of(s, language) for s in sources]
    own_words = {t.lower for sentence in parsed for t in sentence} | {t.term for sentence in parsed for t in sentence if t.term}
    swapped = []
    for k in candidates:
        token = tokens[k]
        if token.lower in own_words or (token.term and token.term in own_words):
            continue
        opposites = table[token.lower]
        before = _neighbour(tokens, k, -1)
        after = _neighbour(tokens, k, 1)
        for sentence in parsed:
            for m, other in enumerate(sentence):
                if other.lower not in opposites:
                    continue
                # Both neighbours the line has must stand there: "City won the last four" is not
                # "United lost the last four", which says the same from the other side.
                there = (_neighbour(sentence, m, -1), _neighbour(sentence, m, 1))
                if (before, after) != (None, None) and all(mine is None or mine == theirs for mine, theirs in zip((before, after), there)):
                    swapped.append(f"“{token.text}” where its source has “{other.text}”")
                    break
            else:
                continue
            break
    if not swapped:
        return []
    return [Problem("substitution", f"substitution: {', '.join(swapped)}")]


def _neighbour(tokens: Sequence, k: int, step: int, reach: int = 2) -> str | None:
    """The nearest content word's stem within `reach` content words of `k`, in its clause."""
    seen = 0
    m = k + step
    while 0 <= m < len(tokens) and tokens[m].clause == tokens[k].clause:
        if tokens[m].term is not None:
            return tokens[m].term
        seen += 1
        if seen > 3:
            return None
        m += step
    return None
