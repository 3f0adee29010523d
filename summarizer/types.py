"""Frozen dataclasses passed between the pipeline's stages.

Every span is a pair of character offsets into `Document.text`, the decoded input with its
line endings normalised to ``\\n`` and nothing else changed, so that
``document.text[s.start:s.end] == s.text`` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from summarizer.render import renderers

_WRAPPED_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=[a-z])")


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    text: str

    @property
    def clean_text(self) -> str:
        """The sentence with its internal line breaks and runs of spaces collapsed.

        A line that a hard wrap broke after a hyphen ("south-" / "western") joins without a
        space: wrapping tools break at a compound's hyphen, and "south- western" reads wrong.
        """
        text = _WRAPPED_HYPHEN.sub("-", self.text) if "-" in self.text and "\n" in self.text else self.text
        return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    source: str
    title: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)
    format: str = "text"
    language: str = "english"  # the name in summarizer/read/language.py's table
    # Notes from reading that the summary passes on (e.g. language detection was unsure).
    warnings: tuple[str, ...] = ()

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Citation:
    """One source sentence that supports a summary line."""

    sentence: int
    start: int
    end: int
    text: str
    score: float | None = None

    @classmethod
    def of(cls, sentence: Sentence, score: float | None = None) -> Citation:
        return cls(sentence.index, sentence.start, sentence.end, sentence.text, score)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.score is not None:
            data["score"] = round(self.score, 4)
        return data


@dataclass(frozen=True, slots=True)
class SummaryLine:
    text: str
    citations: tuple[Citation, ...]
    # How the line came to be: "extracted", "generated", or "replaced" by the faithfulness guard.
    origin: str = "extracted"
    support: float | None = None
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "origin": self.origin,
            "citations": [c.to_dict() for c in self.citations],
        }
        if self.support is not None:
            data["support"] = round(self.support, 4)
        if self.flags:
            data["flags"] = list(self.flags)
        return data


@dataclass(frozen=True, slots=True)
class Summary:
    document: Document
    lines: tuple[SummaryLine, ...]
    method: str
    warnings: tuple[str, ...] = ()
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def word_count(self) -> int:
        return sum(len(line.text.split()) for line in self.lines)

    def to_dict(self) -> dict[str, Any]:
        return renderers.summary_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        return renderers.render_json(self, indent=indent)

    def to_markdown(self) -> str:
        return renderers.render_markdown(self)

    def __str__(self) -> str:
        return renderers.render_text(self)
