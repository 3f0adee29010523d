"""Lines cut off mid-clause, told by word classes alone (no parser, every language with rules).

Three shapes, each read from the language's closed word classes (`summarizer/lang/<code>.py`):

- a sentence that ends on a word no sentence ends on (`unfinished_ends`): an article, a
  possessive determiner that is never a pronoun, a preposition the language never strands, a
  conjunction ("... a harbour scene by the.", "... y dijo que su partido y.");
- a reported clause with no verb: a saying word, its complementiser ("that", "que", "dass") and
  only a determiner and its noun before the end ("dijo que su partido."), or a saying word and a
  noun phrase ending on a bare auxiliary ("said the government was.");
- (German) a noun phrase whose only verb stands in a relative clause set off by a comma that runs
  to the end: "Die Landesregierung, die eine Soforthilfe zugesagt hat." German puts a relative
  clause's verb last and capitalises nouns, so the words before the comma show that no verb
  stands there.

A quotation or an ellipsis at the end is left alone: a writer may cut a quote off on purpose.
"""

from __future__ import annotations

import re

from summarizer.verify.lexicon import Lexicon
from summarizer.verify.problems import Problem

# Sentence ends inside a line: a stop, then a space and a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘«A-ZÀ-ÖØ-Þ])")
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*['’]?")
_TRAILING_QUOTE = re.compile(r"[\"”’»'…]\s*[.!?]?\s*$|\.\.\.\s*$")
_PUNCT_END = re.compile(r"[.!?;:]\s*$")


def fragment_problems(text: str, lexicon: Lexicon) -> list[Problem]:
    """The `incomplete` problems of a line cut off mid-clause (see the module's docstring)."""
    if not (lexicon.unfinished_ends or lexicon.complementisers or lexicon.relative_openers):
        return []
    caseless = text == text.lower()
    for sentence in _SENTENCE_END.split(text.strip()):
        if _TRAILING_QUOTE.search(sentence):
            continue
        words = _WORD.findall(sentence.replace("’", "'"))
        if not words:
            continue
        reason = (
            _unfinished_end(words, lexicon, caseless)
            or _verbless_report(words, lexicon)
            or _relative_clause_only(sentence, words, lexicon)
        )
        if reason:
            return [Problem("incomplete", f"incomplete sentence: {reason}")]
    return []


def _unfinished_end(words: list[str], lexicon: Lexicon, caseless: bool) -> str | None:
    last = words[-1]
    # A single letter may be a name's or a label's ("Plan A", "vitamin a" in lower-cased text):
    # only a lower-case one in text that writes capitals is read as a word ("by a.").
    if len(last) == 1 and (caseless or not last.islower()):
        return None
    if last.lower() in lexicon.unfinished_ends:
        return f"it stops at “{last}”, a word no sentence ends on"
    return None


def _verbless_report(words: list[str], lexicon: Lexicon) -> str | None:
    """ "dijo que su partido.", "said that the government.", "said the government was."."""
    lowered = [w.lower() for w in words]
    for k, word in enumerate(lowered):
        if word not in lexicon.saying:
            continue
        rest = lowered[k + 1:]
        shown = words[k + 1:]
        opened = bool(rest) and rest[0] in lexicon.complementisers
        if opened:
            rest, shown = rest[1:], shown[1:]
        if rest and rest[-1] in lexicon.auxiliaries:
            rest, shown = rest[:-1], shown[:-1]
            bare_auxiliary = True
        else:
            bare_auxiliary = False
        if not (opened or bare_auxiliary):
            continue
        # A determiner and its noun (or a name of capitalised words), nothing else: no verb.
        if len(rest) < 2 or rest[0] not in lexicon.determiners or rest[0] in lexicon.complementisers:
            continue
        noun = shown[1:]
        if len(noun) == 1 or all(w[:1].isupper() for w in noun):
            said = words[k]
            return f"what “{said}” reports has a subject and no verb"
    return None


def _relative_clause_only(sentence: str, words: list[str], lexicon: Lexicon) -> str | None:
    """German: "Die Landesregierung, die eine Soforthilfe ... in Brunnfeld." A noun phrase (an
    article, then capitalised words, numbers and prepositions), a comma, a relative pronoun, and
    no further comma or "und": the sentence's only verb, if any, is the relative clause's."""
    if not lexicon.relative_openers or "," not in sentence:
        return None
    head, _, clause = sentence.partition(",")
    head_words = _WORD.findall(head)
    clause_words = _WORD.findall(clause)
    if len(head_words) < 2 or len(clause_words) < 2 or "," in clause:
        return None
    if head_words[0].lower() not in lexicon.determiners or clause_words[0] not in lexicon.relative_openers:
        return None
    # Every word of the head after its article names something (capitalised), counts or links.
    if not all(w[:1].isupper() or w[:1].isdigit() or w in lexicon.unfinished_ends or w in lexicon.determiners
               for w in head_words[1:]):
        return None
    if any(w.lower() in lexicon.coordinators for w in clause_words):
        return None  # "Die Stadt, die Bahn und der Bund haben ...": a list, not a relative clause
    return f"“{head_words[-1]}” has no main verb, only a relative clause"
