"""A `Document` made of some of another document's sentences, and the way back.

Sections and merges summarise such excerpts with the ordinary stages (ranker, selector, model,
guard), whose citations point into the excerpt; `lift` turns them back into citations of the
parent document, so every line of a long summary cites exact spans of the input.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from summarizer.types import Citation, Document, Paragraph, Sentence, SummaryLine


@dataclass(frozen=True, slots=True)
class Excerpt:
    document: Document
    origin: tuple[int, ...]  # the parent's index of each of the excerpt's sentences


def contiguous(parent: Document, first: int, last: int, title: str | None = None) -> Excerpt:
    """Sentences `first`..`last - 1` with the text between them as it stands in the parent."""
    sentences = parent.sentences[first:last]
    base, stop = sentences[0].start, sentences[-1].end
    text = parent.text[base:stop]
    first_paragraph = sentences[0].paragraph
    paragraphs: list[Paragraph] = []
    for p in parent.paragraphs[first_paragraph : sentences[-1].paragraph + 1]:
        paragraphs.append(Paragraph(len(paragraphs), max(p.start, base) - base, min(p.end, stop) - base))
    own = tuple(
        Sentence(k, s.start - base, s.end - base, s.paragraph - first_paragraph, s.text) for k, s in enumerate(sentences)
    )
    document = replace(parent, text=text, title=title, paragraphs=tuple(paragraphs), sentences=own, warnings=())
    return Excerpt(document, tuple(range(first, last)))


def scattered(parent: Document, indices: Sequence[int], title: str | None = None) -> Excerpt:
    """The given sentences in document order, those of one parent paragraph kept together."""
    chosen = sorted(set(indices))
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    at = 0
    previous_paragraph: int | None = None
    for index in chosen:
        source = parent.sentences[index]
        if previous_paragraph is not None and source.paragraph == previous_paragraph:
            pieces.append(" ")
            at += 1
        elif paragraphs:
            pieces.append("\n\n")
            at += 2
        if source.paragraph != previous_paragraph:
            paragraphs.append(Paragraph(len(paragraphs), at, at))
        pieces.append(source.text)
        sentences.append(Sentence(len(sentences), at, at + len(source.text), len(paragraphs) - 1, source.text))
        at += len(source.text)
        paragraphs[-1] = Paragraph(paragraphs[-1].index, paragraphs[-1].start, at)
        previous_paragraph = source.paragraph
    document = replace(
        parent, text="".join(pieces), title=title, paragraphs=tuple(paragraphs), sentences=tuple(sentences), warnings=()
    )
    return Excerpt(document, tuple(chosen))


def lift_citation(citation: Citation, excerpt: Excerpt, parent: Document) -> Citation:
    sentence = parent.sentences[excerpt.origin[citation.sentence]]
    return Citation.of(sentence, score=citation.score)


def lift(line: SummaryLine, excerpt: Excerpt, parent: Document) -> SummaryLine:
    """The line with its citations pointing into the parent document."""
    return replace(line, citations=tuple(lift_citation(c, excerpt, parent) for c in line.citations))
