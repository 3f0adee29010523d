"""Units the extract stage chooses among: a document's sentences, except that the sentences of a
short quotation (with the text up to the end of the sentence that closes it) are one unit.

The segmenter splits a quotation of several sentences where each stands on its own, as
Universal Dependencies gold does; a summary line, though, never starts or ends inside a quotation
it does not open or close. Joining the pieces of a short one lets the whole quotation be a line
("We had no parts. We improvised," says Ilves.). A longer one's first and last sentences may be
lines shown as excerpts, with the quote mark they lack and an ellipsis where the quotation goes
on (Ilves said: "We had no parts. …"); its middle sentences are never lines (candidates.NEVER_CHOSEN).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from summarizer.read.quotes import MAX_JOINED_WORDS, join_quoted, paragraph_quotations, unbalanced
from summarizer.render.display import display_text
from summarizer.types import Document, Sentence

_WORD = re.compile(r"[^\W_]")  # a letter or digit: a word of the sentence's own
# The mark that closes a quotation opened by each mark (`quotations` pairs them so).
_CLOSING = {'"': '"', "“": "”", "„": "“", "«": "»", "``": "''", "'": "'", "‘": "’"}


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


def excerpt_marks(document: Document, sentence: Sentence) -> tuple[str, str] | None:
    """What to show before and after a sentence that is the first or the last sentence of a longer
    quotation, so that it reads as an excerpt of it: ("", " …”") for one that opens a quotation
    going on past its end, ("“… ", "") for one that closes a quotation opened before it in its
    paragraph. None for any other sentence, a middle one included.

    The sentence must hold words of its own outside the quotation (before the opening mark, after
    the closing one): who says it, as a line of quoted words alone reads as the article's own. That
    also passes over a mark that starts the sentence but closes an earlier quotation, put after
    the space (`... does. "Then`), which the pairing cannot tell from an opening one. A quotation
    that the paragraph never closes (the next paragraph goes on with it, as news writes a long
    quotation, or the text lost the closing mark) is shown closed with the ellipsis too.
    """
    if not unbalanced(sentence.text):  # nothing to add (a middle sentence has no mark): the common case
        return None
    text, a, b = document.text, sentence.start, sentence.end
    paragraph = document.paragraphs[sentence.paragraph]
    found, strays = paragraph_quotations(text, paragraph.start, paragraph.end)
    if any(a <= k < b for k in strays):
        return None
    opened = [q for q in found if a <= q.start < b and (q.end is None or q.end > b)]
    within = [q for q in found if q.start < a and (q.end is None or q.end > a)]
    if len(opened) + len(within) != 1:
        return None
    if opened:
        quote = opened[0]
        mark = "``" if text.startswith("``", quote.start) else text[quote.start]
        if not _WORD.search(text, a, quote.start):
            return None
        close = _CLOSING[mark] if quote.end is None or mark == "``" else text[quote.end - 1]
        # French sets its marks off with a space (« Le bac … »): the added mark is set off as its pair is.
        spaced = text[quote.start + len(mark) : quote.start + len(mark) + 1].isspace()
        marks = ("", " …" + " " * spaced + close)
    else:
        quote = within[0]
        if quote.end is None or quote.end > b or not _WORD.search(text, quote.end, b):  # a middle sentence, or no speaker
            return None
        marks = ("``" if text.startswith("``", quote.start) else text[quote.start]) + "… ", ""
    # The line as shown must pair its marks, or it is no excerpt (another quotation is cut too).
    # Its straight double marks must come in pairs as well: the pairing passes over one glued
    # between two words (`compulsory"It's`, text that lost a space), which a reader still counts.
    shown = marks[0] + sentence.clean_text + marks[1]
    return None if shown.count('"') % 2 or unbalanced(shown) else marks


def line_text(document: Document, sentence: Sentence, judge: Any = None) -> str:
    """The sentence as a summary line (render/display.py), shown as an excerpt of its quotation
    where it is the first or last sentence of one (`excerpt_marks`; from `judge`, the document's
    candidates.CandidateJudge, where given: it has worked them out for the sentences it judged)."""
    shown = display_text(document, sentence)
    marks = excerpt_marks(document, sentence) if judge is None else judge.excerpt_marks(sentence.index)
    return shown if marks is None else marks[0] + shown + marks[1]
