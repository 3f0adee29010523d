"""Prefer reported fact over the writer's own opinion when choosing summary sentences.

A sentence is judged on its text *outside* quotation marks, because a quote is reported speech,
not the writer's view. Outside the quotes:

- first person (I, me, my, we, our, us) means the writer is talking about themselves, unless the
  sentence names a speaker ("..., a scientist says"), which makes it reported speech;
- a final "!" is an exclamation, a final "?" a question the writer asks the reader;
- "readers should ...", "you must ...", "contact your ..." and the like are calls to action;
- second person (you, your, yours, yourself) means the writer is talking to the reader ("you would
  be forgiven for thinking ...", "as close as you can get"), unless the sentence names a speaker.

Each of these makes the sentence an opinion line (weight OPINION_WEIGHT). A quote is kept with its
attribution: a sentence whose words are mostly a quote but that names no speaker ("she said",
"according to ...") is weaker (UNATTRIBUTED_QUOTE_WEIGHT) than one that does.
"""

from __future__ import annotations

import re

import summarizer.lang as lang
from summarizer.textpatterns import QUOTED

OPINION_WEIGHT = 0.05
UNATTRIBUTED_QUOTE_WEIGHT = 0.5

_WORD = re.compile(r"\w+")
# The words behind these tests (first person, saying verbs, calls to action) are each language's,
# in summarizer/lang/; a language without them keeps only the punctuation tests.


def outside_quotes(text: str) -> str:
    """The text with every quoted passage replaced by a space."""
    return QUOTED.sub(" ", text)


def names_speaker(own: str, language: str = "english") -> bool:
    """Whether text (outside quotes) attributes what it says: "..., the mayor said"."""
    pattern = lang.get(language).attribution
    return pattern is not None and pattern.search(own.lower()) is not None


def _first_person(own: str, language: str) -> bool:
    pattern = lang.get(language).first_person
    return pattern is not None and pattern.search(own) is not None


def is_opinion(text: str, own: str | None = None, language: str = "english") -> str | None:
    """Why `text` reads as the writer's opinion ("first person", ...), or None if it does not.

    `own` is the text outside quotes when the caller knows it better (from the paragraph). Each
    test that needs words uses the language's own (summarizer/lang/) and steps aside without them.
    """
    own = (outside_quotes(text) if own is None else own).strip()
    # "We may be close to ..., a scientist says": first person in reported speech is not the writer's.
    if _first_person(own, language) and not names_speaker(own, language):
        return "first person"
    last = own.rstrip(" )]\"'”’").strip()
    if last.endswith("!"):
        return "exclamation"
    if last.endswith("?"):
        return "rhetorical question"
    info = lang.get(language)
    lowered = own.lower()
    if info.call_to_action is not None and info.call_to_action.search(lowered):
        return "call to action"
    # The reader addressed in the writer's own words is no reported fact either; "you" in
    # reported speech ("You can see it from here, the coach said") is the speaker's.
    if info.second_person is not None and info.second_person.search(lowered) and not names_speaker(own, language):
        return "second person"
    return None


def is_unattributed_quote(text: str, own: str | None = None, language: str = "english") -> bool:
    """Mostly quoted words and no speaker named outside the quotes."""
    own = outside_quotes(text) if own is None else own
    if own == text:  # nothing quoted: the common case, answered without counting words
        return False
    total = len(_WORD.findall(text))
    quoted = total - len(_WORD.findall(own))
    return total > 0 and quoted >= total / 2 and not names_speaker(own, language)


def stance_weight(text: str, own: str | None = None, language: str = "english") -> tuple[float, str | None]:
    """A weight in (0, 1] for how plainly `text` reports fact, with the reason when below 1."""
    reason = is_opinion(text, own, language)
    if reason:
        return OPINION_WEIGHT, reason
    # Speakers are recognised by saying verbs: without a list every quote would look unattributed.
    if lang.get(language).attribution is not None and is_unattributed_quote(text, own, language):
        return UNATTRIBUTED_QUOTE_WEIGHT, "unattributed quote"
    return 1.0, None
