"""Find the structure of a text: its headline, its paragraphs and its sentences, all as spans."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.read.raw import RawText
from summarizer.read.segment import sentence_spans
from summarizer.types import Document, Paragraph, Sentence

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_MD_BULLET = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]+")
_MD_RULE = re.compile(r"(?:[-*_][ \t]*){3,}$")
_FINAL_PUNCTUATION = tuple('.!?:;"\'”’)…')
MAX_HEADLINE_WORDS = 30


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank lines in text[start:end], stripped of surrounding spaces."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop == -1 else stop
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b
        pos = stop + 1


def _is_headline(line: str, markdown: bool) -> bool:
    if markdown and _MD_HEADING.match(line):
        return True
    return len(line.split()) <= MAX_HEADLINE_WORDS and not line.endswith(_FINAL_PUNCTUATION)


def find_headline(text: str, markdown: bool = False) -> tuple[int, int] | None:
    """The span of a first line that reads as a headline, if more text follows it."""
    lines = _lines(text, 0, len(text))
    first = next(lines, None)
    if first is None or next(lines, None) is None:
        return None
    line = text[first[0] : first[1]]
    if not _is_headline(line, markdown):
        return None
    if markdown:
        heading = _MD_HEADING.match(line)
        if heading:
            return first[0] + heading.end(), first[1]
    return first


def find_paragraphs(text: str, start: int, markdown: bool) -> list[tuple[int, int]]:
    """Blank-line separated blocks when the text has them, otherwise one paragraph per line.

    Markdown headings, rules and list items always stand on their own.
    """
    lines = list(_lines(text, start, len(text)))
    # Blank lines count only between lines of the body, not around it.
    blocked = bool(lines) and _BLANK_LINE.search(text, lines[0][0], lines[-1][1]) is not None
    spans: list[tuple[int, int]] = []
    for a, b in lines:
        line = text[a:b]
        if markdown:
            if _MD_HEADING.match(line) or _MD_RULE.match(line):
                continue  # headings label sections; they are not sentences of the story
            bullet = _MD_BULLET.match(line)
            if bullet:
                spans.append((a + bullet.end(), b))
                continue
        starts_block = not blocked or not spans or _BLANK_LINE.search(text, spans[-1][1], a) is not None
        if starts_block:
            spans.append((a, b))
        else:
            spans[-1] = (spans[-1][0], b)
    return spans


def build_document(raw: RawText, language: str = "english", detect_headline: bool = True) -> Document:
    """`detect_headline=False` keeps a first line as body text (for inputs known to have none)."""
    text = raw.text
    markdown = raw.format == "markdown"
    title = raw.title
    body_start = 0
    if title is None and detect_headline:
        headline = find_headline(text, markdown)
        if headline is not None:
            title = text[headline[0] : headline[1]]
            body_start = headline[1]
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_start, p_end in find_paragraphs(text, body_start, markdown):
        index = len(paragraphs)
        paragraphs.append(Paragraph(index, p_start, p_end))
        for s_start, s_end in sentence_spans(text, p_start, p_end, language):
            sentences.append(Sentence(len(sentences), s_start, s_end, index, text[s_start:s_end]))
    if not sentences and title:
        # A headline alone is still something to summarise.
        start = text.find(title)
        sentences.append(Sentence(0, start, start + len(title), 0, title))
        paragraphs.append(Paragraph(0, start, start + len(title)))
        title = None
    return Document(
        text=text,
        source=raw.source,
        title=title,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        metadata=dict(raw.metadata),
        format=raw.format,
    )
