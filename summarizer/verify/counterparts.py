"""The other party of a handing-over turned round: a line that gives, sells or buys a thing to or
from the party its source names as the one doing it ("racheter à la commune" from "racheté par la
commune"; "ein Dienstleister gab Aufnahmen an Lingora weiter" from "Lingora gab Aufnahmen an
einen Dienstleister weiter").

Verbs of handing over (give, pass on, sell, buy, transfer: `Language.transfer_verbs`) name a doer
and a counterpart, the counterpart after its own preposition (German "an", French "à", Spanish
"a"). Read from words alone, in the languages whose module lists both:

- the line's counterpart stands, in a cited sentence with the same verb, after the passive's
  agent word ("par", "por", "von"): the source makes it the doer;
- the line's counterpart is named in such a sentence, which gives the counterpart's place to
  another party, and the line names that other party outside its counterpart's phrase.

An act against a party (a fine imposed, a suit filed: the phrase after `Language.target_words`,
"gegen", "contre", "contra") is read alike: a line whose act (two of the words around the
preposition) is a cited sentence's, against a party of the article that sentence does not name,
where the sentence sets it against one the line does not name, turns it on another party.

The German "von" ("kaufte von", "from") is no counterpart's word here: it is the passive's agent
word as well. English has its own reading of roles (`exchanged`, the parser) and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.verify.lexicon import lexicon
from summarizer.verify.problems import Problem
from summarizer.verify.relations import stemmer_for, tokens_of

_NEAR = 8  # the most words between a verb and its counterpart's preposition
_AGENT_GAP = 3  # the most words between an agent word and the head of its phrase


@lru_cache(maxsize=32)
def _transfer_stems(language: str) -> frozenset[str]:
    stem = stemmer_for(language)
    return frozenset(stem(w) for w in lexicon(language).transfer_verbs)


def _verbs(tokens: Sequence, stems: frozenset[str], words) -> list[int]:
    """The handing-over verbs: a listed form, or a form of a listed stem that does not stand where a
    noun does, after an article or a noun's "de" ("de alquiler", "la venta")."""
    nouny = words.determiners | words.noun_linkers
    return [
        k for k, t in enumerate(tokens)
        if t.term in stems and not t.capitalised and (t.lower in words.transfer_verbs or k == 0 or tokens[k - 1].lower not in nouny)
    ]


def _head(tokens: Sequence, at: int) -> int | None:
    """The first content word after the preposition at `at`, within its clause, before a comma."""
    for j in range(at + 1, min(len(tokens), at + 1 + _AGENT_GAP)):
        t = tokens[j]
        if t.clause != tokens[at].clause or t.text in ",;:":
            return None
        if t.term is not None and not t.lower[:1].isdigit():
            return j
    return None


def _counterparts(tokens: Sequence, verb: int, markers: frozenset[str]) -> list[int]:
    """Heads of the counterpart phrases near the verb at `verb`, in its clause."""
    found = []
    for j in range(max(0, verb - _NEAR), min(len(tokens), verb + _NEAR + 1)):
        if tokens[j].lower in markers and tokens[j].clause == tokens[verb].clause:
            head = _head(tokens, j)
            if head is not None and head != verb:
                found.append(head)
    return found


def counterpart_problems(text: str, sources: Sequence[str], language: str = "english") -> list[Problem]:
    """`relation` problems of a handing-over whose counterpart is the source's doer (module doc)."""
    words = lexicon(language)
    if not words.transfer_verbs or not words.counterpart_words:
        return []
    stems = _transfer_stems(language)
    line = tokens_of(text, language)
    verbs = _verbs(line, stems, words)
    if not verbs:
        return []
    for v in verbs:
        for head in _counterparts(line, v, words.counterpart_words):
            named = line[head].term
            phrase_end = head + 1
            for source in sources:
                sentence = tokens_of(source, language)
                for sv in _verbs(sentence, stems, words):
                    if sentence[sv].term != line[v].term:
                        continue
                    problem = _turned(line, head, phrase_end, sentence, sv, named, words)
                    if problem:
                        return [problem]
    return []


_ACT_WORDS = 6  # words either side of "gegen" that name the act


def target_problems(text: str, sources: Sequence[str], article: Sequence[str], language: str = "english") -> list[Problem]:
    """`relation` problems of an act turned on another party of the article (module doc)."""
    words = lexicon(language)
    if not words.target_words or not article:
        return []
    line = tokens_of(text, language)
    marks = [k for k, t in enumerate(line) if t.lower in words.target_words]
    if not marks:
        return []
    line_terms = {t.term for t in line if t.term is not None}
    for k in marks:
        head = _head(line, k)
        if head is None:
            continue
        named = line[head].term
        act = _around(line, k, head)
        for source in sources:
            sentence = tokens_of(source, language)
            if any(t.term == named for t in sentence):
                continue
            for j, t in enumerate(sentence):
                if t.lower not in words.target_words:
                    continue
                theirs = _head(sentence, j)
                if theirs is None or sentence[theirs].term in line_terms or len(act & _around(sentence, j, theirs)) < 2:
                    continue
                others = [tokens_of(other, language) for other in article if other != source]
                if any(_takes_up(other, named, words.pointing) for other in others):
                    continue  # "Das Unternehmen soll ...": a description that takes up a party named before
                if any(named in {w.term for w in other} for other in others):
                    return [Problem(
                        "relation", f"relation not in its sources: the line has it {line[k].text} “{line[head].text}”, "
                        f"its source {t.text} “{sentence[theirs].text}”"
                    )]
    return []


def _takes_up(sentence: Sequence, term: str, pointing: frozenset[str]) -> bool:
    """Whether `sentence` opens on a pointing word and the noun `term` ("Das Unternehmen ...",
    "L'entreprise ..."): a description that may name the party the act was set against."""
    if sentence and sentence[0].term == term and "'" in sentence[0].lower:
        return True
    return len(sentence) > 1 and sentence[1].term == term and sentence[0].lower in pointing


def _around(tokens: Sequence, at: int, head: int) -> set[str]:
    """The terms near the preposition at `at`, less its party's head: the act it belongs to."""
    return {
        t.term for j, t in enumerate(tokens[max(0, at - _ACT_WORDS): at + _ACT_WORDS + 1], start=max(0, at - _ACT_WORDS))
        if t.term is not None and j != head and not t.term[:1].isdigit() and t.clause == tokens[at].clause
    }


def _turned(line: Sequence, head: int, phrase_end: int, sentence: Sequence, sv: int, named: str, words) -> Problem | None:
    """The problem where the source sentence's handing-over at `sv` turns round the line's: the
    line's counterpart (its head at `head`, term `named`) follows the sentence's agent word, so the
    source makes it the doer; or the sentence names it in that clause and puts another party in the
    counterpart's place, a party the line names outside its counterpart's phrase (from two words
    before `head` up to `phrase_end`). None where neither holds."""
    line_verb = next(t.text for t in line if t.term == sentence[sv].term)
    clause = [t for t in sentence if t.clause == sentence[sv].clause]
    offset = next(j for j, t in enumerate(sentence) if t.clause == sentence[sv].clause)
    # The source's doer: the line's counterpart after the passive's agent word.
    for j, t in enumerate(clause):
        if t.lower in words.agent_words:
            h = _head(sentence, offset + j)
            if h is not None and sentence[h].term == named:
                return Problem(
                    "relation", f"relation reversed: the line has “{line[head].text}” as the other party of “{line_verb}”; "
                    f"its source has it doing “{sentence[sv].text}” ({t.text} …)"
                )
    # The source's counterpart is another party the line names elsewhere; the line's is named there too.
    theirs = _counterparts(sentence, sv, words.counterpart_words)
    if not theirs or any(sentence[h].term == named for h in theirs):
        return None
    in_clause = {t.term for t in clause if t.term is not None}
    if named not in in_clause:
        return None
    outside = {t.term for k, t in enumerate(line) if t.term is not None and not head - 2 <= k < phrase_end}
    for h in theirs:
        if sentence[h].term in outside and sentence[h].term != named:
            return Problem(
                "relation", f"relation reversed: the line has “{line[head].text}” as the other party of “{line_verb}”; "
                f"its source has “{sentence[h].text}” there, and “{line[head].text}” doing it"
            )
    return None
