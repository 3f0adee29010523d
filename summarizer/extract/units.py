"""Units the extract stage chooses among: a document's sentences, except that the sentences of a
short quotation (with the text up to the end of the sentence that closes it) are one unit.

The segmenter splits a quotation of several sentences where each stands on its own, as
Universal Dependencies gold does; a summary line, though, never starts or ends inside a quotation
it does not open or close. Joining the pieces of a short one lets the whole quotation be a line
("We had no parts. We improvised," says Ilves.); a longer one's pieces stay apart and are never
lines (candidates.NEVER_CHOSEN).
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.read.quotes import MAX_JOINED_WORDS, join_quoted
from summarizer.types import Document, Sentence


def quotation_units(document: Document) -> tuple[Document, list[range]]:
    """The document with each short quotation's sentences joined into one, and for each of its
    sentences the range of the original sentences it holds. The document itself (and one range
    per sentence) when nothing is joined."""
    text = document.text
    sentences = document.sentences
    groups: list[range] = []
    k = 0
    while k < len(sentences):
        first = k
        paragraph = sentences[k].paragraph
        while k < len(sentences) and sentences[k].paragraph == paragraph:
            k += 1
        spans = [(s.start, s.end) for s in sentences[first:k]]
        joined = join_quoted(text, spans, MAX_JOINED_WORDS)  # `spans` itself when nothing is quoted
        if joined is spans:
            groups.extend(range(j, j + 1) for j in range(first, k))
            continue
        j = first
        for _a, b in joined:
            last = j
            while sentences[last].end < b:
                last += 1
            groups.append(range(j, last + 1))
            j = last + 1
    if len(groups) == len(sentences):
        return document, groups
    units = tuple(
        Sentence(n, sentences[g[0]].start, sentences[g[-1]].end, sentences[g[0]].paragraph,
                 text[sentences[g[0]].start : sentences[g[-1]].end])
        for n, g in enumerate(groups)
    )
    return replace(document, sentences=units), groups
