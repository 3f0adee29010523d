"""Which sentences may stand as a summary line, and how strongly, before any ranking.

Nothing here removes a sentence from the Document (citation indices and spans must stay valid):
each sentence gets a weight in [0, 1] that rankers multiply into their scores. Weight 0 marks a
sentence that should never be chosen while a real one is left (bylines, captions, fragments);
values between 0 and 1 mark sentences that should lose to plain reported fact (see neutrality.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.neutrality import stance_weight
from summarizer.textpatterns import BARE_DATELINE, quoted_spans
from summarizer.types import Document

# Fewer words than this is a fragment ("No wonder.", "Updated."), not a statement worth a line.
MIN_WORDS = 5

_BOILERPLATE = re.compile(
    r"""^(?:
        (?:photo|picture|pictured|image|video|graphic|credit|caption|file\s+photo)s?\s*[:|]        # caption label
      | (?:scroll\s+down|click\s+here|read\s+more|share\s+this|sign\s+up|follow\s+us|subscribe)\b  # page furniture
      | (?:published|updated|last\s+updated)\s*[:|]                                              # timestamps
      | \(?\s*(?:AP|Reuters|AFP)\s*\)?\s*[-—–]*\s*$                                              # bare agency tag
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "By Jane Doe", "By Jane Doe, Staff Writer": short, and capitalised names right after "By".
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:$|[,|]\s*\S.*$)")
MAX_BYLINE_WORDS = 10


@dataclass(frozen=True, slots=True)
class Candidate:
    """How fit a sentence is to be a summary line, and why it is weaker if it is."""

    weight: float
    reason: str | None = None


def _is_byline(text: str) -> bool:
    return len(text.split()) <= MAX_BYLINE_WORDS and _BYLINE.match(text) is not None


def assess(text: str, own: str | None = None) -> Candidate:
    """Judge one sentence's text (whitespace collapsed); `own` is its text outside quotes."""
    if _BOILERPLATE.match(text) or BARE_DATELINE.match(text) or _is_byline(text):
        return Candidate(0.0, "boilerplate")
    if len(text.split()) < MIN_WORDS:
        return Candidate(0.0, "fragment")
    weight, reason = stance_weight(text, own)
    return Candidate(weight, reason)


def _blank(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """`text` (which starts at `offset` in the document) with the given spans blanked out."""
    chars = list(text)
    for a, b in spans:
        for i in range(max(a - offset, 0), min(b - offset, len(chars))):
            chars[i] = " "
    return " ".join("".join(chars).split())


def candidate_weights(document: Document) -> list[Candidate]:
    """One Candidate per sentence; quotes are found per paragraph, so a quote running over several
    sentences counts as a quote in each of them."""
    spans_by_paragraph = {
        p.index: quoted_spans(document.text, p.start, p.end) for p in document.paragraphs
    }
    result = []
    for sentence in document.sentences:
        spans = [
            (a, b) for a, b in spans_by_paragraph.get(sentence.paragraph, ()) if a < sentence.end and b > sentence.start
        ]
        own = _blank(sentence.text, sentence.start, spans) if spans else sentence.clean_text
        result.append(assess(sentence.clean_text, own))
    return result
