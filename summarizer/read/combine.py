"""Several read documents as one: their texts one after another under a "Source n" line each.

The combined document's sentences and paragraphs are the sources' own, shifted, so every stage
works on it unchanged, and `SourceSpan`s say which sentences belong to which source; a citation
of the combined document is turned into "source 2, sentence 14" by `label`. A story's summary
(`summarizer.together`) and a check of one against its sources (`verify`) read them so.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from summarizer.errors import InputError, SummarizerError
from summarizer.types import Citation, Document, Paragraph, Sentence, SourceSpan

SEPARATOR = "\n\n"


def heading(number: int, document: Document) -> str:
    name = document.title or document.source
    return f"Source {number}: {' '.join(name.split())}"


def read_all(sources: Iterable[Any], read: Callable[[Any], Document], asked_by: str, done: str = "summarised") -> list[Document]:
    """Every source read (by `read`, a `Document` as it is), or one error naming each that could
    not be (nothing is done with any then): `asked_by` names what asked for a story, in the error
    for fewer than two sources, and `done` what none of them was ("summarised", "checked against")."""
    if isinstance(sources, (str, bytes, os.PathLike, Document)) or not isinstance(sources, Iterable):
        # One source in their place: a str would be read as its characters, one source each.
        raise InputError(asked_by, f"takes a sequence of sources (a list of texts, Paths or Documents), got {type(sources).__name__}")
    sources = list(sources)  # a generator too
    from summarizer.read.document import given_document

    if len(sources) < 2:
        raise InputError(asked_by, f"needs at least two sources to summarise together, got {len(sources)}")
    documents: list[Document] = []
    failed: list[SummarizerError] = []
    for source in sources:
        try:
            documents.append(given_document(source) if isinstance(source, Document) else read(source))
        except SummarizerError as exc:
            failed.append(exc)
    if failed:
        names = ", ".join(str(getattr(e, "source", "?")) for e in failed)
        problems = "; ".join(getattr(e, "problem", str(e)) for e in failed)
        raise InputError(names, f"{problems} (none of the {len(sources)} sources was {done})")
    return documents


def combine(documents: Sequence[Document]) -> tuple[Document, tuple[SourceSpan, ...], list[str]]:
    """The combined document, where each source sits in it, and warnings (several languages)."""
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    spans: list[SourceSpan] = []
    at = 0
    for number, document in enumerate(documents, start=1):
        if pieces:
            pieces.append(SEPARATOR)
            at += len(SEPARATOR)
        head = heading(number, document)
        pieces += [head, SEPARATOR]
        paragraphs.append(Paragraph(len(paragraphs), at, at + len(head)))  # a paragraph with no sentence: shown, never cited
        at += len(head) + len(SEPARATOR)
        base, first_paragraph, first = at, len(paragraphs), len(sentences)
        pieces.append(document.text)
        paragraphs += [Paragraph(first_paragraph + p.index, base + p.start, base + p.end) for p in document.paragraphs]
        sentences += [Sentence(first + s.index, base + s.start, base + s.end, first_paragraph + s.paragraph, s.text) for s in document.sentences]
        at += len(document.text)
        spans.append(
            SourceSpan(number, document.source, document.title, document.language, base, at, first, len(sentences), dict(document.metadata))
        )
    languages = Counter(d.language for d in documents)
    warnings: list[str] = [f"source {n}: {w}" for n, d in enumerate(documents, start=1) for w in d.warnings]
    if len(languages) > 1:
        named = ", ".join(f"{n}: {d.language}" for n, d in enumerate(documents, start=1))
        warnings.append(
            f"the sources are in different languages ({named}); each was split into sentences by its own, "
            "and lines are matched across sources by their words, so sources in other languages are seldom cited together"
        )
    formats = {d.format for d in documents}
    combined = Document(
        text="".join(pieces),
        source=" + ".join(d.source for d in documents),
        title=f"{len(documents)} sources: " + "; ".join(" ".join((d.title or d.source).split()) for d in documents),
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        metadata={},
        format=formats.pop() if len(formats) == 1 else "text",
        language=languages.most_common(1)[0][0],
        warnings=tuple(warnings),
    )
    return combined, tuple(spans), warnings


def source_of(spans: Sequence[SourceSpan], sentence: int) -> SourceSpan:
    for span in spans:
        if span.first <= sentence < span.last:
            return span
    raise IndexError(sentence)


def label(citation: Citation, spans: Sequence[SourceSpan]) -> Citation:
    """The citation with its source and the sentence's number within that source."""
    span = source_of(spans, citation.sentence)
    return replace(citation, source=span.number, source_sentence=citation.sentence - span.first)
