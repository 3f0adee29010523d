"""What several sources say alike, and where they disagree.

A summary line taken from one source is cited with the sentence of every other source that
tells the same thing: a sentence sharing at least half of the smaller one's content words (and
at least `MIN_SHARED` of them), with the same numbers, dates and names. A sentence that shares as
much but gives another number, date or name is not cited: the two are reported as a disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from summarizer.types import Citation, Disagreement, Document, SourceSpan, SummaryLine

AGREE_SHARE = 0.5  # shared content words over the smaller sentence's, to be the same statement
MIN_SHARED = 4
MAX_POSTINGS = 5000  # a word in more sentences than this says nothing about which ones match (huge inputs only)
NAME_SHARE = 0.7  # a name differs only between sentences this close, else they are about other people
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
    "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
    "hundred": "100", "thousand": "1000", "dozen": "12",
}  # fmt: skip
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def numbers(text: str) -> frozenset[str]:
    """The numbers a sentence states, as digits without thousands separators ("1,200" and "1200" alike)."""
    found = {n.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", n) else n for n in _NUMBER.findall(text)}
    found |= {_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _NUMBER_WORDS}
    return frozenset(found)


def dates(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if w in _DATE_WORDS)


def names(text: str) -> frozenset[str]:
    """Capitalised words after a sentence's first word that are not date words: names, mostly."""
    words = _WORD.findall(text)
    return frozenset(w for w in words[1:] if w[0].isupper() and w.lower() not in _DATE_WORDS)


class Matcher:
    """Each sentence's content words (in its own source's language), with an index to find the
    sentences of other sources that share words with a line."""

    def __init__(self, document: Document, spans: Sequence[SourceSpan]):
        from summarizer.extract.features import content_terms

        self.document = document
        self.spans = spans
        self.owner: list[int] = []
        self.terms: list[frozenset[str]] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        for span in spans:
            for i in range(span.first, span.last):
                words = frozenset(t for t in content_terms(document.sentences[i].text, span.language) if not t[0].isdigit())
                self.owner.append(span.number)
                self.terms.append(words)
                for term in words:
                    self.index[term].append(i)

    def closest(self, words: frozenset[str], skip: set[int]) -> dict[int, tuple[int, float, int]]:
        """For each other source: (its sentence sharing most with `words`, the share, the count shared)."""
        shared: dict[int, int] = defaultdict(int)
        for term in words:
            postings = self.index.get(term, ())
            if len(postings) > MAX_POSTINGS:
                continue
            for i in postings:
                if self.owner[i] not in skip:
                    shared[i] += 1
        best: dict[int, tuple[int, float, int]] = {}
        for i, count in shared.items():
            if count < MIN_SHARED:
                continue
            share = count / max(1, min(len(words), len(self.terms[i])))
            source = self.owner[i]
            if source not in best or (share, count) > (best[source][1], best[source][2]):
                best[source] = (i, share, count)
        return best


def _differs(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two statements of one fact disagree when each gives a value the other lacks."""
    return bool(a and b and (a - b) and (b - a))


def corroborate(
    line: SummaryLine, number: int, matcher: Matcher, line_words: frozenset[str] | None = None
) -> tuple[SummaryLine, list[Disagreement]]:
    """The line cited with every other source's sentence that says the same; and the sources that
    say it with another number, date or name."""
    from summarizer.read.combine import label, source_of

    document = matcher.document
    primary = line.citations[0] if line.citations else None
    if line_words is None:
        if primary is not None and line.origin == "extracted":
            line_words = matcher.terms[primary.sentence]
        else:
            from summarizer.extract.features import content_terms

            line_words = frozenset(t for t in content_terms(line.text, document.language) if not t[0].isdigit())
    text = line.text
    cited_sources = {source_of(matcher.spans, c.sentence).number for c in line.citations}
    citations = list(line.citations)
    disagreements: list[Disagreement] = []
    for source, (i, share, _count) in sorted(matcher.closest(line_words, cited_sources).items()):
        if share < AGREE_SHARE:
            continue
        other = document.sentences[i].text
        found = None
        for kind, values in (("number", numbers), ("date", dates)):
            if _differs(values(text), values(other)):
                found = (kind, values)
                break
        if found is None and share >= NAME_SHARE and _differs(names(text), names(other)):
            found = ("name", names)
        mine = Citation.of(document.sentences[i], score=share)
        if found is None:
            citations.append(mine)
            continue
        kind, values = found
        if primary is not None:
            ours, theirs = values(text), values(other)
            claims = ((label(primary, matcher.spans), ", ".join(sorted(ours - theirs))), (label(mine, matcher.spans), ", ".join(sorted(theirs - ours))))
            disagreements.append(Disagreement(kind, number, claims))
    citations.sort(key=lambda c: c.sentence)
    labelled = tuple(label(c, matcher.spans) for c in citations)
    flags = line.flags + tuple(d.describe() for d in disagreements)
    from dataclasses import replace

    return replace(line, citations=labelled, flags=flags), disagreements
