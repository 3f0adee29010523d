"""Split a long document into sections: by its own headings, else where its topic shifts, and
never into sections longer than a bound (those are cut into balanced chunks of paragraphs).

A section is a run of whole sentences, `first`..`last - 1`; headings are not sentences of any
section but name the one they open. Topic shifts are found as in TextTiling (Hearst, 1997): the
words of the blocks before and after each gap between paragraphs are compared, and the gaps in
the deepest valleys of that similarity are cut, as long as each side keeps enough sentences.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass

from summarizer.types import Document

_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_FINAL = tuple('.!?:;,"\'”’)…')
MAX_HEADING_WORDS = 12
MIN_SECTION_SENTENCES = 4  # topic cuts leave at least this many sentences on each side
MAX_SECTION_SENTENCES = 120  # longer sections are cut into balanced chunks
BLOCK_SENTENCES = 6  # paragraphs longer than this are compared in blocks of this many sentences
WINDOW_SENTENCES = 8  # sentences on each side of a gap that its similarity compares
# A gap is a topic shift when its valley is at least this deep (cosine similarity points), and
# clearly deeper than the document's usual valleys.
MIN_DEPTH = 0.1
DEPTH_SPREAD = 0.0  # any valley deeper than the mean: a merge by similarity joins cuts made within a story


@dataclass(frozen=True, slots=True)
class Part:
    """A section before it is summarised: sentences `first`..`last - 1`."""

    first: int
    last: int
    title: str | None = None
    source: int | None = None  # in a summary of several sources, the one it belongs to

    @property
    def size(self) -> int:
        return self.last - self.first


def heading_sentences(document: Document, first: int = 0, last: int | None = None) -> dict[int, str]:
    """Sentences that are headings: alone in their paragraph, short, with no final punctuation."""
    last = len(document.sentences) if last is None else last
    counts = Counter(s.paragraph for s in document.sentences[first:last])
    found: dict[int, str] = {}
    for sentence in document.sentences[first:last]:
        text = sentence.clean_text
        words = text.split()
        if (
            counts[sentence.paragraph] == 1
            and 0 < len(words) <= MAX_HEADING_WORDS
            and not text.endswith(_FINAL)
            and (text[0].isupper() or text[0].isdigit())
        ):
            found[sentence.index] = text
    return found


def _markdown_headings(document: Document, first: int, last: int) -> list[tuple[int, str]]:
    """(the sentence a Markdown heading stands before, its text): Markdown headings are not sentences."""
    if document.format != "markdown" or first >= last:
        return []
    sentences = document.sentences
    start, end = sentences[first].start, sentences[last - 1].end
    found: list[tuple[int, str]] = []
    position = first
    for match in _MD_HEADING.finditer(document.text, start, end):
        while position < last and sentences[position].start < match.start():
            position += 1
        if position < last:
            found.append((position, match.group(1).strip()))
    return found


def by_headings(document: Document, first: int, last: int) -> list[Part] | None:
    """Sections that the document's own headings open, or None when it has fewer than two."""
    marks = _markdown_headings(document, first, last)
    headings = heading_sentences(document, first, last)
    marks += [(i, text) for i, text in headings.items()]
    marks.sort()
    if len(marks) < 2:
        return None
    parts: list[Part] = []
    cuts = [(first, document.title if first == 0 else None)] + marks
    for (start, title), (stop, _) in zip(cuts, [*cuts[1:], (last, None)]):
        body = start + 1 if start in headings else start  # a heading sentence is the title, not text
        if stop > body:
            parts.append(Part(body, stop, title))
        elif parts and title:
            continue  # a heading with nothing under it before the next one
    return parts or None


def _blocks(document: Document, first: int, last: int) -> list[tuple[int, int]]:
    """Paragraph runs of at most BLOCK_SENTENCES sentences: the units a topic cut falls between."""
    blocks: list[tuple[int, int]] = []
    start = first
    for index in range(first + 1, last + 1):
        new_paragraph = index == last or document.sentences[index].paragraph != document.sentences[index - 1].paragraph
        if new_paragraph or index - start >= BLOCK_SENTENCES:
            blocks.append((start, index))
            start = index
    return blocks


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(count * large.get(term, 0) for term, count in small.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def idf(terms: list[list[str]]) -> dict[str, float]:
    """Inverse sentence frequency: words every story uses ("said") weigh little."""
    counts: Counter[str] = Counter()
    for sentence in terms:
        counts.update(set(sentence))
    total = len(terms) + 1
    return {term: math.log(total / count) for term, count in counts.items()}


def window_vector(terms: list[list[str]], rows: range, weight: dict[str, float]) -> Counter[str]:
    vector: Counter[str] = Counter()
    for i in rows:
        for term in terms[i]:
            vector[term] += weight.get(term, 0.0)
    return vector


def by_topics(document: Document, first: int, last: int, terms: list[list[str]]) -> list[Part]:
    """Sections cut where the words change: the deepest similarity valleys between paragraph runs.
    `terms` holds each sentence's content terms (indexed from `first`)."""
    blocks = _blocks(document, first, last)
    if len(blocks) < 2:
        return [Part(first, last)]
    gaps = [b[0] for b in blocks[1:]]  # the sentence each gap stands before
    weight = idf(terms)
    similarity: list[float] = []
    for gap in gaps:
        before = window_vector(terms, range(max(first, gap - WINDOW_SENTENCES) - first, gap - first), weight)
        after = window_vector(terms, range(gap - first, min(last, gap + WINDOW_SENTENCES) - first), weight)
        similarity.append(cosine(before, after))
    depth = []
    for k, value in enumerate(similarity):
        left = max(similarity[max(0, k - 7) : k + 1])
        right = max(similarity[k : k + 8])
        depth.append((left - value) + (right - value))
    mean = sum(depth) / len(depth)
    spread = math.sqrt(sum((d - mean) ** 2 for d in depth) / len(depth))
    cutoff = max(MIN_DEPTH, mean + DEPTH_SPREAD * spread)
    bounds = [first, last]  # kept sorted
    # Deepest first, each kept only when both sides keep enough sentences.
    for k in sorted(range(len(gaps)), key=lambda k: (-depth[k], k)):
        if depth[k] < cutoff:
            break
        gap = gaps[k]
        at = bisect.bisect_right(bounds, gap)
        if gap - bounds[at - 1] >= MIN_SECTION_SENTENCES and bounds[at] - gap >= MIN_SECTION_SENTENCES:
            bounds.insert(at, gap)
    return [Part(a, b) for a, b in zip(bounds, bounds[1:])]


def balanced(document: Document, part: Part, most: int) -> list[Part]:
    """`part` cut into near-equal chunks of at most `most` sentences, at paragraph breaks where one is near."""
    if part.size <= most:
        return [part]
    count = math.ceil(part.size / most)
    cuts = [part.first]
    for k in range(1, count):
        target = part.first + round(k * part.size / count)
        # The nearest paragraph break within a quarter chunk, else the target itself.
        reach = max(1, most // 4)
        best = target
        for offset in range(reach + 1):
            for candidate in (target - offset, target + offset):
                if cuts[-1] < candidate < part.last and document.sentences[candidate].paragraph != document.sentences[candidate - 1].paragraph:
                    best = candidate
                    break
            else:
                continue
            break
        if best > cuts[-1]:
            cuts.append(best)
    cuts.append(part.last)
    return [Part(a, b, part.title if i == 0 else (f"{part.title} (cont.)" if part.title else None)) for i, (a, b) in enumerate(zip(cuts, cuts[1:]))]


def find_sections(
    document: Document, first: int = 0, last: int | None = None, most: int = MAX_SECTION_SENTENCES, terms: dict[int, list[str]] | None = None
) -> tuple[list[Part], str]:
    """The sections of sentences `first`..`last - 1`, and how they were found: "headings",
    "topics" or "chunks" (balanced chunks alone, where no topic shift stood out). `terms`, when
    given, caches each sentence's content terms for the caller."""
    last = len(document.sentences) if last is None else last
    parts = by_headings(document, first, last)
    how = "headings"
    if parts is None:
        from summarizer.extract.features import content_terms

        terms = {} if terms is None else terms
        for i in range(first, last):
            if i not in terms:
                terms[i] = content_terms(document.sentences[i].text, document.language)
        parts = by_topics(document, first, last, [terms[i] for i in range(first, last)])
        how = "topics" if len(parts) > 1 else "chunks"
    cut = [chunk for part in parts for chunk in balanced(document, part, most)]
    return cut, how
