"""A plan stated as done: "Campaigners held a protest" where the source says they plan one, "The
firm sold the plant" where it says the firm will sell it or intends to.

Read from a parse. The line's verb is done when it is in the past tense or a perfect, with no
modal or "to" of its own. The source's word for the same event is still to come when it is a verb
under "will"/"shall", the infinitive a plan takes ("intends to sell", "is set to cut"), or
the object of a plan ("plan a protest"). The line is flagged only where every source mention of
the event is still to come: a source that also tells it done ("closed one library and will close
another") vouches for the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarizer.verify.problems import Problem

# Verbs whose infinitive or object is an event not yet done.
_PLAN_LEMMAS = frozenset(
    "plan intend aim propose schedule prepare threaten vow promise pledge hope want seek consider set due go expect".split()
)
# "would" is left out: as often the past of a plan that went ahead ("he would spend 100 days
# seeking out ...", told of what he then did) as one still to come.
_FUTURE = frozenset("will shall 'll wo".split())


# The words of `_PLAN_LEMMAS` and `_FUTURE` as they stand in text: sources with none of them are
# never parsed for this check.
_PLAN_MARK = re.compile(
    r"\b(?:will|shall|wo|plan\w*|intend\w*|aim\w*|propos\w*|schedul\w*|prepar\w*|threat\w*|vow\w*|promis\w*|"
    r"pledg\w*|hop\w*|want\w*|seek\w*|sought|consider\w*|set|due|going|goes|expect\w*)\b|'ll\b",
    re.IGNORECASE,
)


def _auxiliaries(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _done(verb: Any) -> bool:
    """Whether the line states `verb` as having happened: a past tense or a perfect, not under a
    modal, not an infinitive, not negated."""
    if verb.pos_ != "VERB" or verb.dep_ in ("xcomp", "amod", "acl", "relcl", "advcl", "pcomp"):
        return False
    auxiliaries = _auxiliaries(verb)
    if any(a.tag_ in ("MD", "TO") or a.lower_ in _FUTURE for a in auxiliaries):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # a negation is the negation checks' to compare
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxiliaries)


def _to_come(token: Any) -> bool:
    """Whether the source word `token` names an event not yet done."""
    if token.pos_ == "VERB":
        if any(a.lower_ in _FUTURE for a in _auxiliaries(token)):
            return True
        return token.dep_ == "xcomp" and token.head.lemma_.lower() in _PLAN_LEMMAS
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        head = token.head
        return head.lemma_.lower() in _PLAN_LEMMAS or _to_come(head)
    return False


def plan_problems(line: Any, sources: Sequence[Any], texts: Sequence[str], saying: frozenset[str] = frozenset()) -> list[Problem]:
    """Events the parsed `line` states as done that its parsed `sources` (lazily parsed; `texts`
    are their words) only plan or foresee. A line written as a headline, with no end mark, tells
    nothing as done by a verb without an auxiliary: "Base payment cut from $42 to $30" is a
    headline's "is to be cut" as much as "was cut"."""
    if not any(_PLAN_MARK.search(text) for text in texts):
        return []
    from summarizer.read.document import ends_sentence

    headline = not ends_sentence(line.text.rstrip())
    problems = []
    for verb in line:
        lemma = verb.lemma_.lower()
        if not _done(verb) or lemma in _PLAN_LEMMAS or verb.lower_ in saying or lemma in saying:
            continue
        if headline and not _auxiliaries(verb):
            continue
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
        same_verb = [t for doc in sources for t in doc if t.pos_ == "VERB" and t.lemma_.lower() == lemma]
        if same_verb:
            mentions = same_verb
        else:
            mentions = [t for doc in sources for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in objects]
        if mentions and all(_to_come(t) for t in mentions):
            problems.append(Problem(
                "hedge", f"hedge dropped: “{verb.text}” tells as done what its source has still to come "
                f"(“{mentions[0].head.text if mentions[0].pos_ == 'NOUN' else mentions[0].text}”)"
            ))
    return problems
