"""Frozen dataclasses passed between the pipeline's stages.

Every span is a pair of character offsets into `Document.text`, the decoded input with its
line endings normalised to ``\\n`` and nothing else changed, so that
``document.text[s.start:s.end] == s.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

# Each Latin-1 character as a byte: a space where str.split() splits (whitespace), "x" elsewhere.
_SPLIT_MARKS = bytes(32 if chr(b).isspace() else 120 for b in range(256))


_LAST_LOWERED: tuple[str, str] = ("", "")

# The figures in a result's `stats` that time its run ("timing_ms", a check's "ms", a model's
# "generation" seconds): two runs of one input differ in them and nothing else.
TIMING_STATS = frozenset({"timing_ms", "ms", "seconds"})


def untimed(stats: Mapping[str, Any]) -> dict[str, Any]:
    """`stats` without its timing figures, at any depth: what equality compares."""
    return {key: untimed(value) if isinstance(value, Mapping) else value for key, value in stats.items() if key not in TIMING_STATS}


def equal_but_timings(one: Any, other: Any) -> bool:
    """Whether two results (a `Summary`, a `Verification`) are equal field by field, their `stats`
    compared without timings: two summaries of one input are equal, though not made in the same
    milliseconds. Their `stats` still hold the timings, for `to_dict` and the JSON."""
    for f in fields(one):
        mine, theirs = getattr(one, f.name), getattr(other, f.name)
        if f.name == "stats":
            mine, theirs = untimed(mine), untimed(theirs)
        if f.compare and mine != theirs:
            return False
    return True


def lowered(text: str) -> str:
    """`text.lower()`, kept for the last text asked about (the same object): the extract stage
    lower-cases an article's text for its terms and again for its repeated lines."""
    global _LAST_LOWERED
    last = _LAST_LOWERED  # one read of the pair, so that another thread's write cannot split it
    if last[0] is text:
        return last[1]
    result = text.lower()
    _LAST_LOWERED = (text, result)
    return result


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def split_count(text: str) -> int:
    """`len(text.split())` without making the words: a word starts wherever a non-space follows a
    space or the text's start. Text beyond Latin-1 is split as usual."""
    try:
        marks = text.encode("latin-1").translate(_SPLIT_MARKS)
    except UnicodeEncodeError:
        return len(text.split())
    return marks.count(b" x") + marks.startswith(b"x")


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
        """The sentence with its internal line breaks and runs of spaces collapsed (`joined_lines`)."""
        from summarizer.scripts import joined_lines  # imported when called: this bottom layer imports nothing

        return joined_lines(self.text)


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

    def __repr__(self) -> str:
        """The article named and measured, not its text: a summary's or a check's repr (a log
        line, a traceback) would otherwise hold the text, and each sentence's again."""
        shown = [
            f"source={self.source!r}", f"title={self.title!r}", f"language={self.language!r}", f"format={self.format!r}",
            f"text=<{len(self.text):,} characters>", f"paragraphs={len(self.paragraphs)}", f"sentences={len(self.sentences)}",
        ]
        if self.metadata:
            shown.append(f"metadata={self.metadata!r}")
        if self.warnings:
            shown.append(f"warnings={self.warnings!r}")
        return f"Document({', '.join(shown)})"

    def __hash__(self) -> int:
        # Of the fields that make it what it is; `metadata` is a dict. Equal documents hash alike.
        return hash((self.text, self.source, self.title, self.format, self.language))

    @property
    def word_count(self) -> int:
        """Words as length budgets count them (`scripts.word_count`: an unspaced script's letters
        in pairs). Latin-1 text holds no such letters, and `split_count` counts it fast."""
        # The sentences joined by a space hold the same words as the sentences one by one.
        text = " ".join([s.text for s in self.sentences])
        if _latin1(text):
            return split_count(text)
        from summarizer.scripts import word_count  # imported when called: this bottom layer imports nothing

        return word_count(text)


@dataclass(frozen=True, slots=True)
class Citation:
    """One source sentence that supports a summary line."""

    sentence: int
    start: int
    end: int
    text: str
    score: float | None = None
    # Summaries of several sources together: which source (1-based) and its own sentence index.
    source: int | None = None
    source_sentence: int | None = None

    @classmethod
    def of(cls, sentence: Sentence, score: float | None = None) -> Citation:
        return cls(sentence.index, sentence.start, sentence.end, sentence.text, score)

    @property
    def label(self) -> str:
        """"2:14" (source 2, sentence 14) for a summary of several sources; "14" otherwise."""
        if self.source is not None and self.source_sentence is not None:
            return f"{self.source}:{self.source_sentence + 1}"
        return str(self.sentence + 1)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.score is not None:
            data["score"] = round(self.score, 4)
        if self.source is not None:
            data["source"] = self.source
            data["source_sentence"] = self.source_sentence
            data["label"] = self.label
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
class Section:
    """A part of a long document summarised on its own (summarizer/long/): its sentences
    `first`..`last - 1`, its characters `start`..`end`, and the lines of its own summary."""

    index: int
    title: str | None
    start: int
    end: int
    first: int
    last: int
    lines: tuple[SummaryLine, ...] = ()
    # Sentences whose text the section's summary was made from (all of them, unless a model's
    # window held fewer); what it left out is named in the summary's warnings.
    read: int = 0
    source: int | None = None  # the source it belongs to, in a summary of several sources

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "index": self.index,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "sentences": [self.first, self.last],
            "sentences_read": self.read,
            "lines": [line.to_dict() for line in self.lines],
        }
        if self.source is not None:
            data["source"] = self.source
        return data


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """One input of a summary of several sources: where it sits in the combined document."""

    number: int  # 1-based, as citations name it ("2:14")
    source: str
    title: str | None
    language: str
    start: int
    end: int
    first: int  # its first sentence in the combined document
    last: int
    metadata: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "number": self.number,
            "path": self.source,
            "title": self.title,
            "language": self.language,
            "start": self.start,
            "end": self.end,
            "sentences": self.last - self.first,
        }
        if self.metadata:
            data["metadata"] = dict(self.metadata)
        return data


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two sources that tell the same fact with different numbers, names or dates."""

    kind: str  # "number", "name" or "date"
    line: int | None  # the summary line it concerns (0-based), if any
    claims: tuple[tuple[Citation, str], ...]  # each source's sentence and what it says

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "line": self.line,
            "claims": [{"label": c.label, "source": c.source, "says": says, "text": c.text} for c, says in self.claims],
        }

    def describe(self) -> str:
        said = "; ".join(f"[{c.label}] says {says}" for c, says in self.claims)
        return f"sources disagree on a {self.kind}: {said}"


@dataclass(frozen=True, slots=True)
class Summary:
    document: Document
    lines: tuple[SummaryLine, ...]
    method: str
    warnings: tuple[str, ...] = ()
    stats: dict[str, Any] = field(default_factory=dict)
    # A long document summarised in sections (summarizer/long/): each section's own summary.
    sections: tuple[Section, ...] = ()
    # A summary of several sources together (summarizer/together/): the sources and where they disagree.
    sources: tuple[SourceSpan, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Summary):
            return NotImplemented
        return equal_but_timings(self, other)

    def __hash__(self) -> int:
        # Without `stats`, which holds the timings that equality leaves out (and is a dict).
        return hash((self.document, self.lines, self.method, self.warnings))

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def word_count(self) -> int:
        from summarizer.scripts import word_count  # imported when called: this bottom layer imports nothing

        return sum(word_count(line.text) for line in self.lines)

    # Conveniences only: the formats are the render layer's (render/renderers.py), looked up when
    # called, so that this bottom layer imports nothing of the package.
    def to_dict(self) -> dict[str, Any]:
        from summarizer.render.renderers import summary_to_dict

        return summary_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        from summarizer.render.renderers import render_json

        return render_json(self, indent=indent)

    def to_markdown(self) -> str:
        from summarizer.render.renderers import render

        return render(self, "markdown")

    def __str__(self) -> str:
        from summarizer.render.renderers import render

        return render(self, "text")
