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
# The same signals for the languages that have them (written for this project); any other
# language keeps only the punctuation tests.
_LOCAL_FIRST_PERSON = {
    "german": re.compile(r"\b(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem|unserer)\b"),
    "french": re.compile(r"\b(?:je|j'|j’|moi|mon|ma|mes|nous|notre|nos)\b"),
    "spanish": re.compile(r"\b(?:yo|mi|mis|conmigo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras)\b"),
}
_LOCAL_ATTRIBUTION = {
    "german": re.compile(
        r"\b(?:sagte|sagten|sagt|erklärte|erklärt|betonte|betont|meinte|warnte|fragte|kritisierte|berichtete|"
        r"teilte|schrieb|laut|zufolge|so)\b"
    ),
    "french": re.compile(
        r"\b(?:a dit|ont dit|dit|a déclaré|déclare|a affirmé|affirme|a expliqué|explique|a ajouté|ajoute|"
        r"a demandé|a-t-il|a-t-elle|estime|souligne|a souligné|selon|d'après|d’après)\b"
    ),
    "spanish": re.compile(
        r"\b(?:dijo|dice|afirmó|afirma|declaró|explicó|explica|señaló|aseguró|asegura|añadió|respondió|"
        r"preguntó|advirtió|recordó|indicó|según)\b"
    ),
}


def outside_quotes(text: str) -> str:
    """The text with every quoted passage replaced by a space."""
    return QUOTED.sub(" ", text)


def names_speaker(own: str, language: str = "english") -> bool:
    """Whether text (outside quotes) attributes what it says: "..., the mayor said"."""
    if language == "english":
        return _ATTRIBUTION.search(own.lower()) is not None
    pattern = _LOCAL_ATTRIBUTION.get(language)
    return pattern is not None and pattern.search(own.lower()) is not None


def _first_person(own: str, language: str) -> bool:
    if language == "english":
        return _FIRST_PERSON.search(own) is not None
    pattern = _LOCAL_FIRST_PERSON.get(language)
    return pattern is not None and pattern.search(own.lower()) is not None


def is_opinion(text: str, own: str | None = None, language: str = "english") -> str | None:
    """Why `text` reads as the writer's opinion ("first person", ...), or None if it does not.

    `own` is the text outside quotes when the caller knows it better (from the paragraph). German,
    French and Spanish have first person and speakers too; other languages only the punctuation
    tests. Calls to action are English only.
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
    if language == "english" and _CALL_TO_ACTION.search(own.lower()):
        return "call to action"
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
    if (language == "english" or language in _LOCAL_ATTRIBUTION) and is_unattributed_quote(text, own, language):
        return UNATTRIBUTED_QUOTE_WEIGHT, "unattributed quote"
    return 1.0, None
