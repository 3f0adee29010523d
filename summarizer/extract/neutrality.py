"""Prefer reported fact over the writer's own opinion when choosing summary sentences.

A sentence is judged on its text *outside* quotation marks, because a quote is reported speech,
not the writer's view. Outside the quotes:

- first person (I, me, my, we, our, us) means the writer is talking about themselves, unless the
  sentence names a speaker ("..., a scientist says"), which makes it reported speech;
- a final "!" is an exclamation, a final "?" a question the writer asks the reader;
- "readers should ...", "you must ...", "contact your ..." and the like are calls to action.

Each of these makes the sentence an opinion line (weight OPINION_WEIGHT). A quote is kept with its
attribution: a sentence whose words are mostly a quote but that names no speaker ("she said",
"according to ...") is weaker (UNATTRIBUTED_QUOTE_WEIGHT) than one that does.
"""

from __future__ import annotations

import re

from summarizer.textpatterns import QUOTED

OPINION_WEIGHT = 0.05
UNATTRIBUTED_QUOTE_WEIGHT = 0.5

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself|we|We|our|Our|ours|us|ourselves)\b")
_CALL_TO_ACTION = re.compile(
    r"""(?:^|[.;:]\s+)(?:
        (?:readers|you|everyone|people|residents|voters)\s+(?:should|must|need\s+to|ought\s+to|have\s+to)\b
      | (?:let's|let’s|let\s+us|don't|don’t|do\s+not)\b
      | (?:contact|call|write\s+to|tell|join|sign|vote|donate|act|demand|support|share|visit|remember)\s+(?:your|the|us|this|now|today)\b
    )""",
    re.VERBOSE,
)
# Lower-case patterns searched in lower-cased text: Python's re runs a long alternation about
# four times slower with IGNORECASE, and these run on every sentence.
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|stated|states|"
    r"claimed|claims|insisted|insists|warned|warns|argued|argues|noted|notes|recalled|replied|"
    r"announced|admitted|shouted|urged|continued|responded|confirmed|denied|revealed|conceded|"
    r"according\s+to|quoted)\b"
)
_WORD = re.compile(r"\w+")


def outside_quotes(text: str) -> str:
    """The text with every quoted passage replaced by a space."""
    return QUOTED.sub(" ", text)


def names_speaker(own: str) -> bool:
    """Whether text (outside quotes) attributes what it says: "..., the mayor said"."""
    return _ATTRIBUTION.search(own.lower()) is not None


def is_opinion(text: str, own: str | None = None, english: bool = True) -> str | None:
    """Why `text` reads as the writer's opinion ("first person", ...), or None if it does not.

    `own` is the text outside quotes when the caller knows it better (from the paragraph). In
    other languages (`english=False`) only the punctuation tests apply: the word lists are English.
    """
    own = (outside_quotes(text) if own is None else own).strip()
    # "We may be close to ..., a scientist says": first person in reported speech is not the writer's.
    if english and _FIRST_PERSON.search(own) and not names_speaker(own):
        return "first person"
    last = own.rstrip(" )]\"'”’").strip()
    if last.endswith("!"):
        return "exclamation"
    if last.endswith("?"):
        return "rhetorical question"
    if english and _CALL_TO_ACTION.search(own.lower()):
        return "call to action"
    return None


def is_unattributed_quote(text: str, own: str | None = None) -> bool:
    """Mostly quoted words and no speaker named outside the quotes."""
    own = outside_quotes(text) if own is None else own
    if own == text:  # nothing quoted: the common case, answered without counting words
        return False
    total = len(_WORD.findall(text))
    quoted = total - len(_WORD.findall(own))
    return total > 0 and quoted >= total / 2 and not names_speaker(own)


def stance_weight(text: str, own: str | None = None, english: bool = True) -> tuple[float, str | None]:
    """A weight in (0, 1] for how plainly `text` reports fact, with the reason when below 1."""
    reason = is_opinion(text, own, english)
    if reason:
        return OPINION_WEIGHT, reason
    # Speakers are recognised by English verbs ("said"): elsewhere every quote would look unattributed.
    if english and is_unattributed_quote(text, own):
        return UNATTRIBUTED_QUOTE_WEIGHT, "unattributed quote"
    return 1.0, None
