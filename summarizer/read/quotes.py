"""Quotations as units: where each quotation in a paragraph opens and closes, whether a piece of
text leaves one open (or closes one it never opened), and joining the sentences that a split
inside a quotation cut apart where they cannot stand apart.

Quote marks are paired by their shape as well as their order: a mark after a space (or at the
start) and before a word opens, one after a word or a sentence mark and before a space, a mark or
the end closes. So a quotation whose closing mark the text lost does not swallow the next one.
Double marks (" “ ” „ « », and the `` '' of typewriter-style text) and single ones (' ‘ ’) are
paired separately; a straight double mark between two letters is the gershayim of a Hebrew
acronym (ארה"ב), not a quote mark; a single mark inside a word ("don't") is an apostrophe, and
the "s'" of a plural possessive ("the players' union") closes a single quotation only when no
other mark could close it before the paragraph ends.

Straight double marks are also paired in their order where the shape misleads: a closing mark
written after a space ('...partnership does. "Ulster Unionists want...') looks like an opening
one. When the paragraph's straight marks, taken in pairs, all fit and the next mark can only
open (`_stray_closes`), such a mark closes the open quotation, so one stray space does not turn
the narration after it into a quotation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import chain, islice
from dataclasses import dataclass
from functools import lru_cache

# Every mark that may open or close a quotation, less the ' and ’ with a letter or digit on both
# sides: apostrophes inside words ("don't", "Harlow’s"), a third of the marks in English news,
# which `quotations` passes over (skipped here, no Python runs for them).
_MARK = re.compile(r"""[`'"“”„«»‘’](?:(?<=`)`|(?<=')'|(?<=["“”„«»‘])|(?<=['’])(?!(?<=[^\W_]['’])[^\W_]))""")
_EVERY_MARK = re.compile(r"""``|''|["“”„«»'‘’]""")
# The same, less a " between two letters or digits too: text without one of these has no quotation,
# and most sentences with a mark have only apostrophes. Both patterns start with one character set
# of every mark, the conditions after it: then the regex engine jumps from one mark to the next
# (an alternation of branches, or a look-behind, first is tried at every character: 3-6x slower).
_QUOTE_MARK_CONDITION = r"""(?:(?<=`)(?=`)|(?<=[“”„«»‘])|(?<=["'’])(?<![^\W_\u0640]["'’])|(?<=["'’])(?![^\W_]))"""
_QUOTE_MARK = re.compile(r"""[`“”„«»‘"'’]""" + _QUOTE_MARK_CONDITION)
# The same for each mark that ASCII text can hold, each pattern starting with its one character:
# in ASCII text, up to three such searches cost less than one scan for a character set.
_ASCII_QUOTE_MARKS = tuple(re.compile(re.escape(mark) + _QUOTE_MARK_CONDITION) for mark in "\"'`")
# What may come before an opening mark (or the start). The Arabic tatweel joins a one-letter
# prefix to the quoted word after it (لـ"الوطن", "to Al-Watan"): it never ends a word.
TATWEEL = "\u0640"
_OPEN_BEFORE = frozenset(" \t\n([{—–-/" + TATWEEL)
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}—–-…/")  # what may follow a closing mark (or the end)
_AFTER_CLOSING = frozenset(".,;:!?")  # what follows a quotation's close, not a plural's apostrophe
# A quotation holding fewer words than this after a split is never a sentence of its own ("No.
# Never," she said. stays whole; "...me. It is perfect," splits, as Universal Dependencies
# does), and one whose sentences (with the text up to the end of the sentence that closes it)
# add up to no more than this many words is one unit for the extract stage.
MIN_TAIL_WORDS = 2
MAX_JOINED_WORDS = 60
# Hashtags, @names and links: a post quoted in the story; it stays with its attribution.
_POST_PART = re.compile(r"(?:^|\s)[#@]\s?\w|https?://|www\.", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# Single marks that stand for left-out letters, not quotations.
_ELISION = re.compile(r"['’](?:\d0s\b|em\b|n['’]|til\b|cause\b|tis\b|twas\b)", re.IGNORECASE)
# The end of quoted words and the stray space before a closing mark: '... does. "'.
_END_THEN_SPACE = frozenset(".,;!?…")


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int  # the opening mark
    end: int | None  # just after the closing mark; None when the paragraph ends first


def _shape(text: str, k: int, start: int, end: int, width: int = 1) -> tuple[bool, bool]:
    """(may open, may close) for the mark at k (`width` characters), from its neighbours in
    text[start:end]."""
    before = text[k - 1] if k > start else " "
    after = text[k + width] if k + width < end else " "
    if before.isspace() and after.isspace():
        return True, True  # tokenised text (" , ' he said"): the marks' order decides
    # Any space counts as one: news text puts a no-break space (U+00A0) after a closing mark too.
    may_open = (before in _OPEN_BEFORE or before in "\"“„«'‘" or before.isspace()) and not after.isspace()
    may_close = not before.isspace() and (after in _CLOSE_AFTER or after in "\"”»'’" or after.isspace())
    return may_open, may_close


def quotations(text: str, start: int = 0, end: int | None = None) -> tuple[list[Quotation], list[int]]:
    """The quotations in text[start:end], and the positions of closing marks that close nothing."""
    end = len(text) if end is None else end
    found, strays, straight = _read_quotations(text, start, end, frozenset())
    if straight is not None:  # a closing mark written after a space may be one: read again in order
        closes = _stray_closes(text, start, straight)
        if closes:
            found, strays, _ = _read_quotations(text, start, end, closes)
    return found, strays


def _read_quotations(
    text: str, start: int, end: int, stray_closes: frozenset[int]
) -> tuple[list[Quotation], list[int], list[tuple[int, bool, bool]] | None]:
    """`quotations`, with the straight marks in `stray_closes` closing; and, where a straight mark
    that looks like an opening one came while a straight quotation was open and no other double
    mark is in the text, every straight mark's place and shape (may open, may close)."""
    straight: list[tuple[int, bool, bool]] = []
    other_double = doubtful = False
    marks: Iterable[re.Match[str]] = _MARK.finditer(text, start, end)
    if 0 < start < end and text[start] in "'’" and text[start - 1].isalnum():
        # _MARK would skip this mark as inside a word, but it starts the text: it counts.
        first = _EVERY_MARK.match(text, start, end)
        marks = chain((first,), _MARK.finditer(text, first.end(), end))  # type: ignore[union-attr]
    found: list[Quotation] = []
    strays: list[int] = []
    double: int | None = None  # where the open double quotation starts
    double_mark = ""
    single: int | None = None
    possessive: int | None = None  # an "s'" that may yet close the open single quotation
    skip_to = start  # marks before this belong to an elision
    for match in marks:
        k, mark = match.start(), match.group()
        if mark == '"' and k > start and k + 1 < end and text[k - 1].isalpha() and text[k - 1] != TATWEEL and text[k + 1].isalpha():
            continue  # the gershayim of a Hebrew acronym (ארה"ב, יו"ר), not a quotation
        may_open, may_close = _shape(text, k, start, end, len(mark))
        if mark in "'‘’":  # (_MARK skips apostrophes inside words)
            if k < skip_to:
                continue
            if mark != "‘":
                elision = _ELISION.match(text, k, end)
                if elision is not None:  # "'90s", "'em", "rock 'n' roll"
                    skip_to = elision.end()
                    continue
            if single is not None and may_close and mark != "‘":
                if text[k - 1] in "sS" and not may_open and not (k + 1 < end and text[k + 1] in _AFTER_CLOSING):
                    # Maybe the plural's apostrophe ("the players' union"): close here only if
                    # nothing later does. Before a full stop or comma it closes ("‘ludicrous’.").
                    possessive = k
                    continue
                found.append(Quotation(single, k + 1))
                single = possessive = None
            elif may_open and mark != "’":
                if single is not None:
                    found.append(Quotation(single, possessive + 1 if possessive is not None else None))
                single, possessive = k, None
            elif single is None and may_close and mark != "‘" and text[k - 1] not in "sS":
                strays.append(k)  # closes a quotation opened before this text
            continue
        if mark == '"':
            straight.append((k, may_open, may_close))
            if double is not None and double_mark == '"' and may_open and not may_close:
                if k in stray_closes:  # '... does. "Next': the space is stray, the order says it closes
                    found.append(Quotation(double, k + 1))
                    double = None
                    continue
                doubtful = True
        else:
            other_double = True
        # `` and '' are the double quotes of typewriter and TeX-style text (``So,'' he said).
        closes = mark in "\"”»''" or (mark == "“" and double_mark == "„")
        opens = mark in "\"“„«``" and not (mark == "“" and double_mark == "„")
        if double is not None and closes and (may_close or not may_open):
            found.append(Quotation(double, k + len(mark)))
            double = None
        elif opens and (may_open or not may_close):
            if double is not None:
                found.append(Quotation(double, None))  # its closing mark is missing
            double, double_mark = k, mark
        elif closes:
            strays.append(k)
    if double is not None:
        found.append(Quotation(double, None))
    if single is not None:
        found.append(Quotation(single, possessive + 1 if possessive is not None else None))
    found.sort(key=lambda q: q.start)
    return found, strays, straight if doubtful and not other_double else None


def _stray_space_before(text: str, k: int, start: int) -> bool:
    """Whether the mark at k follows the end mark of quoted words and a space ('does. "')."""
    before = k - 1
    while before > start and text[before].isspace():
        before -= 1
    return before < k - 1 and before >= start and text[before] in _END_THEN_SPACE


def _stray_closes(text: str, start: int, straight: list[tuple[int, bool, bool]]) -> frozenset[int]:
    """Of the straight double marks (place, may open, may close; none other in the text), those
    that close a quotation although a space stands before them ('does. "Ulster'), read from their
    order. Taken in order as opening and closing marks they must all fit: an even number of them
    (less the gershayim between letters), none that can only close in an opening place, none
    that can only open in a closing place but a stray-spaced one ('does. "', not 'said: "'). Even
    then such a mark may open the next paragraph of a quotation that goes on (news leaves the
    mark before it out, and flattened text puts the paragraphs together), so it closes only where
    the next mark can only open ('said: "'): a quotation that went on would be closed before
    another one opens."""
    if len(straight) % 2:
        return frozenset()
    closes: set[int] = set()
    for n, (k, may_open, may_close) in enumerate(straight):
        if n % 2 == 0:
            if may_close and not may_open:
                return frozenset()
        elif may_open and not may_close:
            if not _stray_space_before(text, k, start):
                return frozenset()
            if n + 1 < len(straight):
                after, opens, closes_too = straight[n + 1]
                if opens and not closes_too and not _stray_space_before(text, after, start):
                    closes.add(k)
    return frozenset(closes)


def paragraph_quotations(text: str, start: int, end: int) -> tuple[list[Quotation], list[int]]:
    """`quotations(text, start, end)`, remembered for the last few paragraphs: the segmenter, the
    extract stage's units and its candidate rules each ask about the same paragraph (the
    segmenter about a copy of it). The lists are fresh, the caller's to change."""
    # The answer depends on text[start:end] and, when a single mark opens it, on the character
    # before it (an "s" before a ' makes it a possessive's); offsets are kept from `start`.
    before = text[start - 1] if start < end and text[start] in "'’" else ""
    found, strays = _placed_quotations(before, text[start:end], start)
    return list(found), list(strays)


@lru_cache(maxsize=16)
def _placed_quotations(before: str, piece: str, start: int) -> tuple[tuple[Quotation, ...], tuple[int, ...]]:
    # Quotations are frozen, so the callers that ask about the same paragraph at the same offset
    # share them; only the lists around them are new.
    found, strays = _relative_quotations(before, piece)
    return tuple(Quotation(a + start, None if b is None else b + start) for a, b in found), tuple(k + start for k in strays)


@lru_cache(maxsize=16)
def _relative_quotations(before: str, piece: str) -> tuple[tuple[tuple[int, int | None], ...], tuple[int, ...]]:
    found, strays = quotations(before + piece, len(before))
    shift = len(before)
    return tuple((q.start - shift, None if q.end is None else q.end - shift) for q in found), tuple(k - shift for k in strays)


def has_quote_mark(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] has a quote mark other than an apostrophe inside a word."""
    end = len(text) if end is None else end
    if text.isascii():
        for pattern in _ASCII_QUOTE_MARKS:
            if pattern.search(text, start, end) is not None:
                return True
        return False
    return _QUOTE_MARK.search(text, start, end) is not None


def unbalanced(text: str) -> bool:
    """Whether `text` (a sentence or a summary line) opens a quotation it does not close or closes
    one it did not open."""
    if not has_quote_mark(text):
        return False
    found, strays = quotations(text)
    return bool(strays) or any(q.end is None for q in found)


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether text[start:end] holds `count` words or more (it stops counting there)."""
    return count <= 0 or next(islice(_WORD.finditer(text, start, end), count - 1, None), None) is not None


def _tail_stands_alone(text: str, start: int, close: int) -> bool:
    """Whether the quoted words from `start` to the closing mark read as a sentence of their own:
    enough words, a capital (a caseless letter, a number) first, and no hashtags, @names or links."""
    piece = text[start:close]
    if not _has_words(text, start, close, MIN_TAIL_WORDS) or _POST_PART.search(piece):
        return False
    first = piece.lstrip(" \t\n\"“”„«»'‘’([—–-")[:1]  # past a dialogue dash too ("— Нині ж ...")
    # A capital, or any letter of a script without case (Hebrew, Arabic, CJK): not a lowercase one.
    return first.isdigit() or (first.isalpha() and not first.islower())


def join_quoted(text: str, spans: list[tuple[int, int]], max_words: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph (offsets into `text`) with the splits inside a quotation
    undone where its tail cannot stand alone ("...coach? #Match," he wrote.) or, with `max_words`,
    where the quotation with its attribution holds no more words than that. The segmenter keeps
    the sentences of a quotation apart (as Universal Dependencies does); the extract stage joins
    a short one into one unit (MAX_JOINED_WORDS), and a longer one's pieces are never summary
    lines."""
    if len(spans) < 2 or not has_quote_mark(text, spans[0][0], spans[-1][1]):
        return spans
    found, _ = paragraph_quotations(text, spans[0][0], spans[-1][1])
    closed = [q for q in found if q.end is not None]  # in order of their opening marks
    if not closed:
        return spans
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    result = [spans[0]]
    k = 0  # the quotations opened so far (before the current split)
    widest: Quotation | None = None  # of those, the one that closes last
    for a, b in spans[1:]:
        split = result[-1][1]
        while k < len(closed) and closed[k].start < split:
            if widest is None or closed[k].end > widest.end:  # type: ignore[operator]
                widest = closed[k]
            k += 1
        if widest is not None and widest.end > a and _should_join(text, widest, a, starts, ends, max_words):  # type: ignore[operator]
            result[-1] = (result[-1][0], b)
        else:
            result.append((a, b))
    return result


def _should_join(text: str, quote: Quotation, a: int, starts: list[int], ends: list[int], max_words: int) -> bool:
    """Whether the split at `a` inside `quote` is undone (see `join_quoted`)."""
    assert quote.end is not None
    if not _tail_stands_alone(text, a, quote.end - 1):
        return True
    if max_words <= 0:
        return False
    # The unit would run from the sentence that opens the quotation to the one that closes it.
    first = starts[max(bisect.bisect_right(starts, quote.start) - 1, 0)]
    last = ends[min(bisect.bisect_left(ends, quote.end), len(ends) - 1)]
    return not _has_words(text, first, last, max_words + 1)
