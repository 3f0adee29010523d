"""Generated lines that say the same thing twice, and generated lines that are not sentences.

Two lines repeat each other when they share a cited source sentence and half the content words of
the shorter one, or most of those words whatever they cite ("the guard slipped on a manhole
cover" written twice in other words), unless each states a figure the other does not ("73 homes
... 40 days" and "598 homes ... 17 days" are two facts). The weaker of the two goes: less support from its sources,
then fewer content words, then the later one.

A fragment is a line too short to state a fact, one that stops at a verb of saying or finding
("A large-scale study has found.", "Sharon Osbourne agreed."): the model ran out of sentence, or
one whose subject is a name cut from its noun ("Bayline, said a timetable ..."), or a name and
what the person is, with nothing said ("Dana Whitlock, the resort's general manager.": a quote's
speaker tag without its quote).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.scripts import word_count
from summarizer.textpatterns import figures, figures_differ
from summarizer.types import SummaryLine

SHARED_SOURCE_OVERLAP = 0.5  # share of the shorter line's content words, when both cite one sentence
OVERLAP = 0.7  # the same share for lines that cite different sentences
MIN_FRAGMENT_WORDS = 4
# A short line ending at a verb that needs what comes after it.
_HANGING = re.compile(
    r"\b(?:found|find|finds|said|says|agreed|agrees|revealed|reveals|shown|shows|showed|reported|reports|"
    r"announced|announces|confirmed|confirms|added|adds|claimed|claims|warned|warns|explained|explains|"
    r"suggested|suggests|insisted|insists|noted|notes|told|tells|believes|believed|thinks|thought)\s*[.!]?[\"'”’]?$",
    re.IGNORECASE,
)
MAX_HANGING_WORDS = 7
# A name cut from the noun it stood beside: "Bayline, said a timetable would be published" from
# "The operator, Bayline, said ..." or "Bayline's chief executive said ...". A subject set off from
# its verb by a comma is no sentence; "Smith, said to be the richest man in town, ..." is one.
# ("In March, said the operator, ..." opens on a phrase of time or place, and "..., said Ilves, ..."
# is a speech tag set in a sentence: neither is cut.)
_CUT_SUBJECT = re.compile(
    r"^(?!(?:In|On|At|By|For|From|After|Before|During|Since|Until|Then|Now|Today|Yesterday|Meanwhile|However|But|And|So|The|A|An|This|That)\b)"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:said|says)\s+(?!to\b)[a-z]"
)

# A name and its title alone: "Dana Whitlock, the resort's general manager." (no verb after the
# comma, and no second comma that would close an appositive before the sentence's verb).
_NAME_AND_TITLE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:the|a|an|its|his|her|their)\s+(?P<title>[^,;:]*?)\s*[.!]?[\"'”’]?$"
)
_VERBISH = re.compile(
    r"\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|"
    r"\w+ed|says|said|wants|plans|expects|hopes|needs|gets|got|goes|went|makes|made|takes|took)\b",
    re.IGNORECASE,
)
MAX_NAME_AND_TITLE_WORDS = 12


def near_duplicates(lines: Sequence[SummaryLine], language: str = "english") -> list[tuple[int, int]]:
    """(weaker, stronger) index pairs of lines that repeat each other, each weaker line once."""
    from summarizer.extract.features import content_terms

    # "Kilmarnock's" and "Kilmarnock" are one name: possessive endings do not make words differ.
    terms = [{t.rstrip("'’").removesuffix("'s") for t in content_terms(line.text, language)} - {""} for line in lines]
    cited = [{c.sentence for c in line.citations} for line in lines]
    stated = [figures(line.text) for line in lines]
    dropped: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            if i in dropped or j in dropped or not terms[i] or not terms[j] or figures_differ(stated[i], stated[j]):
                continue
            share = len(terms[i] & terms[j]) / min(len(terms[i]), len(terms[j]))
            if share >= OVERLAP or (cited[i] & cited[j] and share >= SHARED_SOURCE_OVERLAP):
                weaker, stronger = sorted(
                    (i, j), key=lambda k: ((lines[k].support or 0.0), len(terms[k]), -k)
                )
                dropped.add(weaker)
                pairs.append((weaker, stronger))
    return pairs


def is_fragment(text: str) -> bool:
    words = word_count(text)  # a Chinese or Japanese sentence has no spaces, but words all the same
    if words < MIN_FRAGMENT_WORDS or _CUT_SUBJECT.match(text):
        return True
    if words <= MAX_NAME_AND_TITLE_WORDS and (title := _NAME_AND_TITLE.match(text.strip())) and not _VERBISH.search(title["title"]):
        return True
    return words <= MAX_HANGING_WORDS and _HANGING.search(text) is not None
