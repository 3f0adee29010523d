"""Where a line's checks may look: the evidence window, and lines that are their source verbatim.

One rule for every checker. A line's facts (numbers, dates, quotations, relations) must stand in
the source sentences it cites. A *name* it uses, a *pronoun* it resolves, or a *partial name*
("Mr Brown" for the source's "Gordon Brown") may also be found in the sentences just before
each cited sentence in the same paragraph, up to `WINDOW_BEFORE` of them: news introduces a
person or a company once ("AOL said ...") and goes on with "it" or a surname, and a line that
writes the name where its sentence has the pronoun has invented nothing. The window stops at
the paragraph (a new paragraph may start a new subject) and at `WINDOW_BEFORE` sentences (many
articles arrive as one long paragraph), except that a cited sentence that opens its paragraph
with a personal pronoun in it ("He said ...", "The judge told him ...") goes on with the person
of the paragraph before, whose last sentences then count towards the `WINDOW_BEFORE`; so does one
with such a pronoun after sentences of its paragraph that name no one ("The funds were found by an
auditor. Defence lawyer Tom Reardon said his client ..." goes on with the client named before). A *name*
alone may also stand in the one sentence just after a cited one, in the same paragraph
(`WINDOW_AFTER`): news describes a thing first and names it next ("a new pill ... The pill,
called Corvexa, ..."), and a line that puts the name where its sentence has the description has
invented nothing. Pronouns are never resolved forwards.

A line that *is* its source, a sentence or a run of consecutive sentences written as the
summariser displays them (`render/display.py`), or a sentence cut from a longer quotation shown
as an excerpt of it (with the mark it lacks and an ellipsis, `extract/units.py`), is always
supported: the checks exist to find what a line changed, and such a line changed nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.types import Document, Sentence

WINDOW_BEFORE = 2  # sentences before a cited one, in its paragraph, where names and pronouns may be found
WINDOW_AFTER = 1  # sentences after a cited one, in its paragraph, where a name (only) may be found


def window_before(document: Document, cited: Iterable[int]) -> tuple[Sentence, ...]:
    """The sentences of the evidence window that are not cited themselves, in document order."""
    cited = set(cited)
    found: set[int] = set()
    for index in cited:
        paragraph = document.sentences[index].paragraph
        for before in range(index - 1, max(-1, index - 1 - WINDOW_BEFORE), -1):
            if document.sentences[before].paragraph != paragraph:
                # "He said ..." opening a paragraph, or after sentences of its paragraph that name no one
                opening = all(not _names_anyone(document.sentences[k].text) for k in range(before + 1, index))
                if not opening or not _has_personal_pronoun(document.sentences[index].text, document.language):
                    break
                paragraph = document.sentences[before].paragraph
            found.add(before)
    return tuple(document.sentences[i] for i in sorted(found - cited))


def _names_anyone(text: str) -> bool:
    """Whether a sentence has a capitalised word after its first ("an auditor found" names no one)."""
    return any(word.lstrip("\"“‘'(«„¿¡")[:1].isupper() for word in text.split()[1:])


def _has_personal_pronoun(text: str, language: str) -> bool:
    """Whether `text` has "he", "him", "she", "her" (or the language's own: "il", "elle", "él")."""
    from summarizer.verify.relations import PRONOUN_TERM, tokens_of

    return any(token.term == PRONOUN_TERM for token in tokens_of(text, language))


def window_after(document: Document, cited: Iterable[int]) -> tuple[Sentence, ...]:
    """The sentences just after the cited ones (same paragraph, not cited), where only names are looked up."""
    cited = set(cited)
    found: set[int] = set()
    for index in cited:
        paragraph = document.sentences[index].paragraph
        for after in range(index + 1, min(len(document.sentences), index + 1 + WINDOW_AFTER)):
            if document.sentences[after].paragraph != paragraph:
                break
            found.add(after)
    return tuple(document.sentences[i] for i in sorted(found - cited))


# A line shown as an excerpt of a longer quotation (extract/units.py, `excerpt_marks`) carries the
# quote mark its sentence lacks and an ellipsis, before it or after it (marks as `_normal` leaves them).
_EXCERPT_START = re.compile(r"""^(?:``|["'„])… """)
_EXCERPT_END = re.compile(r""" … ?(?:''|["'“])$""")


def _excerpt_source(normal: str) -> str:
    """A normalised line without the marks of an excerpt: the sentence it shows, when it is one."""
    return _EXCERPT_END.sub("", _EXCERPT_START.sub("", normal, count=1), count=1)


_QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("\u00a0", " "))


def _normal(text: str) -> str:
    """Whitespace collapsed, curly quote marks straightened: how two copies of a sentence may differ."""
    for mark, plain in _QUOTES:  # (`str.translate` with a dict reads a text a character at a time: 2-7x slower)
        if mark in text:
            text = text.replace(mark, plain)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class VerbatimIndex:
    """The document's sentences as displayed, joined, to tell which lines copy a run of them."""

    joined: str
    starts: tuple[int, ...]  # where each sentence starts in `joined`
    ends: tuple[int, ...]
    shown: tuple[str, ...] = ()  # each sentence as displayed

    @classmethod
    def of(cls, document: Document) -> VerbatimIndex:
        return _index_of(tuple(document.sentences), document.format)

    def cut(self, k: int) -> bool:
        """Whether sentence `k` opens a quotation it does not close or closes one it did not open:
        only such a sentence may be shown as an excerpt, with the mark it lacks. (Asked only of a
        sentence a line shows so, rarely: not read for every sentence.)"""
        from summarizer.read.quotes import unbalanced

        return unbalanced(self.shown[k])

    def run(self, text: str) -> tuple[int, ...] | None:
        """The indices of the consecutive sentences that `text` is, word for word (or shown as an
        excerpt of a longer quotation, see `_excerpt_source`); None if it is not one."""
        wanted = _normal(text)
        if not wanted:
            return None
        found = self._run(wanted)
        if found is None and (bare := _excerpt_source(wanted)) != wanted:
            found = self._run(bare)
            if found is not None and not (len(found) == 1 and self.cut(found[0])):
                return None  # marks around a sentence that needs none would make up a quotation
        return found

    def _run(self, wanted: str) -> tuple[int, ...] | None:
        """`run` for text already normalised."""
        at = self.joined.find(wanted)
        while at >= 0:
            end = at + len(wanted)
            if at in self.starts and end in self.ends:
                first, last = self.starts.index(at), self.ends.index(end)
                return tuple(range(first, last + 1))
            at = self.joined.find(wanted, at + 1)
        return None

    def pieces(self, line: str, pieces: Sequence[str]) -> list[tuple[int, ...] | None]:
        """For each sentence `pieces` split from `line`: the source sentences it copies, when the
        whole line copies a run (so that a run the segmenter splits differently still counts)."""
        whole = self.run(line)
        if whole is None:
            return [self.run(piece) for piece in pieces]
        base = self.starts[whole[0]]
        normal_line = _normal(line)
        excerpt = self._run(normal_line) is None  # it is its sentences once the excerpt's marks are gone
        if excerpt:
            normal_line = _excerpt_source(normal_line)
        found: list[tuple[int, ...] | None] = []
        cursor = 0
        for piece in pieces:
            text = _excerpt_source(_normal(piece)) if excerpt else _normal(piece)
            offset = normal_line.find(text, cursor)
            if offset < 0 or not text:
                found.append(self.run(piece))
                continue
            cursor = offset + len(text)
            start, end = base + offset, base + cursor
            found.append(tuple(i for i in whole if self.starts[i] < end and self.ends[i] > start))
        return found


# The sentences and the format are all an index reads: several summaries checked against one
# article (an evaluation set, candidate summaries of one story) read it once. Kept for the last
# 16 articles, as `checkers.document_terms` keeps their terms.
@lru_cache(maxsize=16)
def _index_of(sentences: tuple[Sentence, ...], format: str) -> VerbatimIndex:
    from summarizer.render.display import shown_text

    parts, starts, ends, shown, at = [], [], [], [], 0
    for sentence in sentences:
        shown.append(shown_text(sentence.clean_text, format))
        text = _normal(shown[-1])
        parts.append(text)
        starts.append(at)
        at += len(text)
        ends.append(at)
        at += 1
    return VerbatimIndex(" ".join(parts), tuple(starts), tuple(ends), tuple(shown))
