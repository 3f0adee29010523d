"""Lines cut off mid-clause, told by word classes alone (no parser, every language with rules).

Three shapes, each read from the language's closed word classes (`summarizer/lang/<code>.py`):

- a sentence that ends on a word no sentence ends on (`unfinished_ends`): an article, a
  possessive determiner that is never a pronoun, a preposition the language never strands, a
  conjunction ("... a harbour scene by the.", "... y dijo que su partido y.");
- a reported clause with no verb: a saying word, its complementiser ("that", "que", "dass") and
  only a determiner and its noun before the end ("dijo que su partido."), or a saying word and a
  noun phrase ending on a bare auxiliary ("said the government was.");
- a noun phrase whose only verb stands in a relative clause set off by a comma that runs to the
  end: "Die Landesregierung, die eine Soforthilfe zugesagt hat.", "Halvorsen Foods, whose chief
  executive said ...". German capitalises nouns, so an article and capitalised words before the
  comma show that no verb stands there; elsewhere only a name does.

- (German) a clause that puts its verb last and stops on a word that is no verb form: an
  infinitive clause opened by a comma and "um" ("..., um die Daten künftig nur noch.") or, in a
  line with no end mark, a clause after a comma with no word that may be a verb at all ("Sie
  forderte, Sprachaufnahmen künftig nur noch").

A quotation or an ellipsis at the end is left alone: a writer may cut a quote off on purpose.
"""

from __future__ import annotations

import re

from summarizer.verify.lexicon import Lexicon, joined
from summarizer.verify.line_sentences import line_sentences
from summarizer.verify.problems import Problem

_OPENING_QUOTE = re.compile(r"[\"“”‘«]|(?:^|\s)'")
_BARE_END = re.compile(r"[^\W_][.!?:;,]*\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*['’]?")
_TRAILING_QUOTE = re.compile(r"[\"”’»'…]\s*[.!?]?\s*$|\.\.\.\s*$")


def fragment_problems(text: str, lexicon: Lexicon) -> list[Problem]:
    """The `incomplete` problems of a line cut off mid-clause (see the module's docstring)."""
    if not (lexicon.unfinished_ends or lexicon.complementisers or lexicon.relative_openers):
        return []
    caseless = text == text.lower()
    unmarked = _unmarked_end(text, lexicon) or _verb_last_cut(text.rstrip(), lexicon, marked=False)
    if unmarked:
        return [Problem("incomplete", f"incomplete sentence: {unmarked}")]
    for sentence in line_sentences(text.strip(), lexicon.unfinished_ends):
        if _TRAILING_QUOTE.search(sentence):
            continue
        words = _WORD.findall(sentence.replace("’", "'"))
        if not words:
            continue
        # The last word ends the sentence only where nothing but end marks follows it ("all
        # about the $$$.", "(porque)" in a list stop on something else).
        at_end = _BARE_END.search(sentence) is not None
        reason = (
            (_unfinished_end(words, lexicon, caseless) if at_end else None)
            or _verbless_report(words, lexicon)
            or _relative_clause_only(sentence, words, lexicon)
            or (_verb_last_cut(sentence.rstrip(), lexicon, marked=True) if at_end else None)
        )
        if reason:
            return [Problem("incomplete", f"incomplete sentence: {reason}")]
    return []


_CUT_WORDS = 4  # the line's last words that must stand together in a source sentence (three are a
# phrase any reworded line may end on: "... per litre on April 1" where "on April 1 from 14.2 cents")


def cut_copy_problems(text: str, sources: tuple[str, ...] | list[str], lexicon: Lexicon | None = None) -> list[Problem]:
    """`incomplete`: a line with no end mark whose last words stand together in a cited sentence
    that goes on after them with more words ("... would cost, by first estimates, about" where the
    source has "... about 4.5 million euros."): a copy cut off before its end, in any language
    (words told by letters alone). A line that stops where its source's sentence or clause stops
    (an end mark or a comma next, or with `lexicon`, a word that opens another clause: "and",
    "while") may just lack its full stop, and passes."""
    stripped = text.rstrip()
    if not stripped[-1:].isalnum():
        return []
    words = [w.lower() for w in _WORD.findall(stripped.replace("’", "'"))]
    if len(words) < _CUT_WORDS:
        return []
    tail = words[-_CUT_WORDS:]
    for source in sources:
        found = list(_WORD.finditer(source.replace("’", "'")))
        lowered = [m.group().lower() for m in found]
        for k in range(len(lowered) - _CUT_WORDS):
            if lowered[k : k + _CUT_WORDS] != tail:
                continue
            end = found[k + _CUT_WORDS - 1].end()
            gap = source[end : found[k + _CUT_WORDS].start()]
            if gap.strip():
                continue  # a mark between: the source's clause or sentence stops there too
            if lexicon is not None and lowered[k + _CUT_WORDS] in joined(lexicon, "coordinators", "adversatives", "clause_openers"):
                continue  # "... keeps both libraries open" where the source goes on "and adds a bus"
            shown = found[k + _CUT_WORDS : k + _CUT_WORDS + 3]
            rest = source[shown[0].start() : shown[-1].end()]
            return [Problem("incomplete", f"incomplete sentence: the line stops at “{words[-1]}”, where its source goes on (“{rest} …”)")]
    return []


def _unmarked_end(text: str, lexicon: Lexicon) -> str | None:
    """A line with no end mark whose last word waits for a verb or a noun ("... no han", "... a")."""
    stripped = text.rstrip()
    if not lexicon.unmarked_unfinished_ends or not stripped[-1:].isalpha():
        return None
    words = _WORD.findall(stripped.replace("’", "'"))
    if words and words[-1].islower() and words[-1] in lexicon.unmarked_unfinished_ends:
        return f"the line stops at “{words[-1]}”, which waits for more (a verb, a noun)"
    return None


def _verb_last_cut(sentence: str, lexicon: Lexicon, marked: bool) -> str | None:
    """A clause after the sentence's last comma that puts its verb last (German) and stops on a
    lowercase word that no verb form ends with ("..., um die Aufnahmen künftig nur noch.")."""
    if not lexicon.verb_endings or "," not in sentence or marked == sentence[-1:].isalpha():
        return None
    clause = sentence.rpartition(",")[2]
    if _OPENING_QUOTE.search(clause) or re.search(r"[()\[\]]", clause):
        return None
    words = _WORD.findall(clause)
    if len(words) < 3:
        return None
    last = words[-1]
    if not last.islower() or _may_be_verb(last, lexicon) or last in lexicon.coordinators:
        return None
    if words[0] in lexicon.infinitive_openers:
        return f"the clause opened by “{words[0]}” stops at “{last}” before its verb"
    # With no end mark, a clause with no word at all that may be a verb ("Sprachaufnahmen künftig
    # grundsätzlich nur noch"): neither a main clause nor one whose verb came before the cut.
    if not marked and not any(w.islower() and _may_be_verb(w, lexicon) for w in words) and not (
        words[0].lower() in lexicon.coordinators
    ):
        return f"the clause after “,” stops at “{last}” before its verb"
    return None


def _may_be_verb(word: str, lexicon: Lexicon) -> bool:
    """Whether `word` may be a verb form by its ending; articles and prepositions ("die", "unter")
    end alike and are none."""
    if word in lexicon.determiners or word in lexicon.prepositions or word in lexicon.relative_openers:
        return False
    return word.endswith(lexicon.verb_endings) or word in lexicon.unended_verbs


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
        if len(noun) == 1 or all(w[:1].isupper() for w in noun) or (opened and _verb_final_empty(shown, lexicon)):
            said = words[k]
            return f"what “{said}” reports has a subject and no verb"
    return None


def _verb_final_empty(clause: list[str], lexicon: Lexicon) -> bool:
    """German: a "dass" clause puts its verb last, and only verbs, adjectives, adverbs and closed
    words are written lowercase: one that ends on a capitalised word (or a number) with no
    lowercase word but articles and prepositions has no verb ("dass die Regierung in Berlin.")."""
    if not lexicon.prepositions or not (clause[-1][:1].isupper() or clause[-1][:1].isdigit()):
        return False
    closed = lexicon.determiners | lexicon.prepositions
    return all(w in closed for w in clause if w[:1].islower())


def _relative_clause_only(sentence: str, words: list[str], lexicon: Lexicon) -> str | None:
    """A noun phrase, a comma, a relative pronoun, and no further comma or "and" to the end: the
    sentence's only verb, if any, is the relative clause's. "Die Landesregierung, die eine
    Soforthilfe ... in Brunnfeld." (German capitalises nouns: an article and capitalised words
    show a noun phrase); "Halvorsen Foods, whose chief executive said ..." (elsewhere only a name,
    two capitalised words or more, shows one: a lowercase word there may be a verb)."""
    # A question or an exclamation may be verbless by design ("Die Sensation, die niemand erwartet hatte?").
    if not lexicon.relative_openers or "," not in sentence or sentence.rstrip().endswith(("?", "!")):
        return None
    head, _, clause = sentence.partition(",")
    head_words = _WORD.findall(head)
    clause_words = _WORD.findall(clause)
    if len(head_words) < 2 or len(clause_words) < 2 or "," in clause or clause_words[0] not in lexicon.relative_openers:
        return None
    # Every word of the head after its article names something (capitalised), counts or links.
    named = all(w[:1].isupper() for w in head_words)
    led = head_words[0].lower() in lexicon.determiners and all(
        w[:1].isupper() or w[:1].isdigit() or w in lexicon.unfinished_ends or w in lexicon.determiners
        for w in head_words[1:]
    )
    # "Du Vatican, dont ...": a phrase opened by a preposition is no subject that lacks its verb.
    opener = head_words[0].lower()
    preposition = opener in lexicon.prepositions or (opener in lexicon.unfinished_ends and opener not in lexicon.determiners)
    if not (named or led) or preposition:
        return None
    if _OPENING_QUOTE.search(clause):
        return None  # a quotation may hold the line's own saying or run on into it
    if any(w.lower() in lexicon.coordinators for w in clause_words):
        return None  # "Die Stadt, die Bahn und der Bund haben ...": a list, not a relative clause
    # "Berlin, den 3. März 2024": a dateline; a relative clause has a lowercase word, its verb or more.
    if not any(w[:1].islower() for w in clause_words[1:]):
        return None
    return f"“{head_words[-1]}” has no main verb, only a relative clause"
