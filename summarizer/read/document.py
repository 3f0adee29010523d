"""Find the structure of a text: its headline, its paragraphs and its sentences, all as spans.

Paragraphs are blank-line separated blocks when the text has them, else one per line, except in
hard-wrapped text (e-mail, wire copy: lines broken near a fixed column, mostly mid-sentence),
where a run of wrapped lines is one paragraph and its sentences span the line breaks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import summarizer.lang as lang
from summarizer.errors import InputError
from summarizer.read.raw import RawText
from summarizer.read.segment import (
    CLOSING_MARKS,
    SENTENCE_ENDS,
    invisible_as_spaces,
    sentence_spans,
    sentence_starters,
)
from summarizer.textpatterns import LEADING_DATELINE, markdown_words
from summarizer.types import Document, Paragraph, Sentence

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NEXT_LINE_JOINED = re.compile(r"[ \t]*\n[ \t]*\S")
MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")
_MD_BULLET = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]+")
# A list item's marker as people and chat models write one: "- ", "* ", "• ", "1. ", "2) ", "(3) ",
# "a) "; not "A. Smith" (an initial) nor "2024 was".
LIST_MARKER = re.compile(r"(?:[-*+•·▪◦‣–—]|\(?\d{1,3}[.)]|\([a-z]\)|[a-z]\))[ \t]+")
_MD_RULE = re.compile(r"(?:[-*_][ \t]*){3,}$")
# A Markdown table: the row under its header ("|---|:--:|", "--- | ---"), and its rows, which hold
# a pipe (a row between outer pipes is one wherever it stands).
_MD_TABLE_RULE = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?$")
_MD_TABLE_ROW = re.compile(r"\|.*\|$")
# The definition of a reference link: "[ref]: https://... "title"".
_MD_LINK_DEFINITION = re.compile(r"\[[^\]]+\]:[ \t]*\S+(?:[ \t]+[\"'(].*)?$")
# A picture alone on its line ("![alt](src)", or one that links somewhere: "[![alt](src)](href)"):
# its alt text describes the page, it is no sentence of the story.
_MD_PICTURE_LINE = re.compile(r"(?:\[[ \t]*)?!\[[^\]]*\]\([^)]*\)(?:[ \t]*\]\([^)]*\))?$")
# A picture's "!" inside a line ("Spending rises ![chart](c.png) under ..."): no sentence's end.
_MD_PICTURE_MARK = re.compile(r"!(?=\[[^\]\n]*\]\()")
# A line of page furniture only: HTML tags or comments ("<!-- more -->", "<div class=...>",
# "<img ...>") and static-site shortcodes ("{{< figure ... >}}", "{{% note %}}").
# Each piece matches one way only (a comment cannot run past its "-->", a tag past its ">"), so a
# long line of them that ends in text fails at once instead of backtracking through every split.
_MD_MARKUP_LINE = re.compile(r"(?:<!--(?:(?!-->).)*-->|</?[A-Za-z][\w:-]*/?(?:\s[^<>]*)?>|\{\{[<%](?:(?!\}\}).)*\}\}|[ \t])+$")
# A footnote's definition ("[^1]: Budget papers, page 4.") and a reference to one ("vote.[^1]"):
# notes on the story, not its sentences.
_MD_FOOTNOTE_DEFINITION = re.compile(r"\[\^[^\]]+\]:")
_MD_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]+\](?!:)")
# The underline of a Markdown heading written the other way ("Title\n=====", "Section\n-------").
_MD_SETEXT_UNDERLINE = re.compile(r"(?:={2,}|-{2,})[ \t]*$")
# A fenced code block opens and closes with a line of three or more backticks or tildes; after a
# backtick fence only an info string without backticks ("```python"; "```make``` builds" is text).
_MD_FENCE = re.compile(r"(`{3,})[^`]*$|(~{3,})")
# A block quote's markers ("> ", "> > "): layout, as a list marker is.
MD_QUOTE_MARKER = re.compile(r"(?:>[ \t]?)+")
# Front matter, as static-site generators (Jekyll, Hugo, ...) open a Markdown article: YAML between
# "---" lines or TOML between "+++" lines, whose top-level lines are "key: value" / "key = value"
# (or a nested value's indented or "- " lines, or comments).
_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|$)", re.DOTALL)
_FRONT_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)")
FRONT_MATTER_METADATA = ("author", "date")  # fields kept in Document.metadata, as a web page's are
# What a headline never ends with, once closing quotes and brackets are set aside: in other
# scripts too (a full stop 。 । ۔ ።, a comma ، ， 、, a colon or semicolon ： ； ؛).
_NOT_HEADLINE_END = tuple(".:;,…") + tuple("。｡．।॥۔።،，、：；؛")
_OPENING_MARKS = "\"'“‘«„(["
# A site's name (and a date) after the headline, as page titles carry them: "… | DW | 19.01.2020",
# "… - BBC News". Cut when every part after the first bar, or the part after the last dash, is short.
_TITLE_BAR = re.compile(r"\s+\|\s+")
_TITLE_DASH_SITE = re.compile(r"\s+[-–—]\s+((?:[A-Z][\w.&'’]*|of|the|and)(?:\s+(?:[A-Z][\w.&'’]*|of|the|and)){0,3})\s*$")
SITE_PART_WORDS = 4
# A sentence's end at a line's end: a Latin mark with the quotes and brackets Latin text closes
# with, or another script's mark (。 ؟ । ...) with any script's closer.
_OTHER_ENDS = "".join(mark for mark in SENTENCE_ENDS if mark not in ".!?…")
_SENTENCE_END = re.compile(
    f"""(?:[.!?…]["'”’)\\]]*|[{re.escape(_OTHER_ENDS)}][{re.escape(CLOSING_MARKS)}]*)$"""
)
# A sentence's end anywhere on a line: another script's mark (unambiguous, and 。 needs no space
# after it), or a Latin one before a space (not "3.5", "U.S").
_SENTENCE_END_INSIDE = re.compile(
    f"[{re.escape(_OTHER_ENDS)}]|[.!?…][{re.escape(CLOSING_MARKS)}]*(?:\\s|$)"
)
_UNSPACED_LETTER = re.compile(f"[{lang.UNSPACED_LETTERS}]")
_Span = tuple[int, int]
_Break = tuple[_Span, _Span]  # a line and the one after it
MAX_HEADLINE_WORDS = 30
# Words a sentence broken at a line end can stop on but a headline does not end with.
_DANGLING = frozenset(
    "a an the of to in on at for with by from and or but nor that which who whose as than into onto "
    "its their his her our your my this these those is are was were be been has have had will would".split()
)
# A wire dateline in capitals: "ESKERBY, June 12 -", "ESKERBY -".
_CAPS_DATELINE = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*\s*(?:,|\(|--|[-–—]\s)")
# Hard wraps people use lie between these widths; a one-paragraph-per-line text is wider.
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 40, 120
WRAP_WIDTH_PERCENTILE = 0.9
# The width is a high percentile, so a few wrapped lines run a column or two past it; a line
# wider than this is one the wrapper never touched.
WRAP_SLACK = 1.05
# A line is full when the next line's first word would not have fitted within this share of the
# width (a little slack: not every wrapper fills lines greedily, `fmt` aims short of the width).
WRAP_FILL = 0.85
# The text is wrapped when at least this share of its line breaks fall mid-sentence after a full
# line, and at least this share of those go on with a lowercase word.
WRAP_MIN_SHARE = 1 / 3
WRAP_MIN_LOWERCASE = 1 / 3
# In a script without case (Arabic, Hebrew, Devanagari, Han, ...) no lowercase start can show a
# wrap. The text is wrapped prose instead when at least this share of the wraps go on in such a
# script, these wraps are at least this share of all line breaks (a list of headlines or of
# paragraphs breaks where its lines end, seldom after a full one), and a sentence ends at least
# once in this many lines: a poem or a list ends few or none (wrapped Arabic news ends one in 1 to
# 7.2 lines: EASC).
CASELESS_SHARE = 2 / 3
CASELESS_WRAP_SHARE = 1 / 2
CASELESS_LINES_PER_END = 8
# A wrapped line ending mid-sentence is a heading or a list item when it is this short.
SHORT_LINE = 0.6


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


def _column(text: str, pos: int) -> int:
    """The column of `pos` on its line."""
    return pos - text.rfind("\n", 0, pos) - 1


def _first_word(text: str, start: int, end: int) -> str:
    """The line's first word; in a script without spaces its first character, as a wrapper may
    break between any two of them."""
    if _UNSPACED_LETTER.match(text, start):
        return text[start]
    return text[start:end].split(maxsplit=1)[0]


def _wide_chars(line: str) -> int:
    """Characters of `line` that take two columns on screen (Han, kana, Hangul, full-width forms)."""
    if line.isascii():
        return 0
    return sum(unicodedata.east_asian_width(char) in "WF" for char in line)


def _wrappable(line: str) -> bool:
    """Whether a wrapper could have broken `line`: it has a space, or a script written without
    spaces, which may break between any two letters (a link has neither)."""
    return " " in line or _UNSPACED_LETTER.search(line) is not None


def _joined(text: str, prev: tuple[int, int], line: tuple[int, int]) -> bool:
    """Whether two lines follow each other with no blank line between them."""
    return text.count("\n", prev[1], line[0]) == 1


def _full(text: str, prev: tuple[int, int], line: tuple[int, int], width: float) -> bool:
    """Whether `line`'s first word would not have fitted at the end of `prev`."""
    return _column(text, prev[1]) + 1 + len(_first_word(text, *line)) > width


def wrap_width(text: str, lines: list[tuple[int, int]], language: str = "english") -> int | None:
    """The column `lines` were hard-wrapped at, or None when they were not hard-wrapped.

    Wrapped text has lines of a similar, modest width, most line breaks fall mid-sentence after a
    line that had no room for the next word, and many of those go on with a lowercase word (in a
    script without case, other evidence: `_caseless_prose`). A text with one sentence or paragraph
    per line, or a list of short lines, has none of these.
    """
    # Lines that could not be wrapped (links) say nothing about the width; nor does the odd longer
    # line left unwrapped (a high percentile, not the maximum).
    widths = sorted((_column(text, b), b) for a, b in lines if _wrappable(text[a:b]))
    if not widths:
        return None
    width, end = widths[int(WRAP_WIDTH_PERCENTILE * (len(widths) - 1))]
    # The greatest width is in characters, as wrappers count them (tested first: a line as long as
    # a whole article is common and is not read twice); the least is the screen's, where a Han
    # character takes two columns (Chinese wrapped at 72 columns has 36 characters a line).
    if width > WRAP_MAX_WIDTH or width + _wide_chars(text[end - width : end]) < WRAP_MIN_WIDTH:
        return None
    breaks = [(prev, line) for prev, line in zip(lines, lines[1:]) if _joined(text, prev, line)]
    wraps = [
        (prev, line)
        for prev, line in breaks
        if not _SENTENCE_END.search(text, prev[0], prev[1]) and _full(text, prev, line, WRAP_FILL * width)
    ]
    if not wraps or len(wraps) < WRAP_MIN_SHARE * len(breaks):
        return None
    mid_sentence = sum(_breaks_mid_sentence(text, prev, line, language) for prev, line in wraps)
    if mid_sentence >= WRAP_MIN_LOWERCASE * len(wraps) or _caseless_prose(text, lines, breaks, wraps):
        return width
    return None


def _opens_caseless(text: str, line: tuple[int, int]) -> bool:
    """Whether `line` opens with a letter of a script without case (Arabic, Devanagari, Han)."""
    opening = text[line[0] : line[1]].lstrip(_OPENING_MARKS)
    return opening[:1].isalpha() and not opening[0].isupper() and not opening[0].islower()


def _caseless_prose(text: str, lines: list[_Span], breaks: list[_Break], wraps: list[_Break]) -> bool:
    """Whether text in a script without case is wrapped prose: most breaks come after a full line
    with no sentence end, the lines go on in that script, and sentences end on them often enough
    (see CASELESS_SHARE)."""
    if len(wraps) < CASELESS_WRAP_SHARE * len(breaks):
        return False
    if sum(_opens_caseless(text, line) for _, line in wraps) < CASELESS_SHARE * len(wraps):
        return False
    ends = sum(len(_SENTENCE_END_INSIDE.findall(text, a, b)) for a, b in lines)
    return ends > 0 and ends * CASELESS_LINES_PER_END >= len(lines)


def _breaks_mid_sentence(text: str, prev: tuple[int, int], line: tuple[int, int], language: str) -> bool:
    """Whether a line break plainly falls inside a sentence: the next line goes on in lowercase,
    or, in a language that capitalises its nouns (where the next word is often a noun), the
    line before stops on a lowercase word ("für marode / Autobahnbrücken")."""
    if text[line[0]].islower():
        return True
    return lang.get(language).nouns_capitalised and text[prev[1] - 1].islower()


def _wrap_continues(text: str, prev: tuple[int, int], line: tuple[int, int], width: int) -> bool:
    """Whether `line` goes on with `prev`'s paragraph in text hard-wrapped at `width`.

    A paragraph ends where the writer broke the line on purpose: a line that ends a sentence with
    room left for the next word, a short line that ends mid-sentence (a heading, a list item,
    a sign-off), or a sentence's end before a line indented deeper (a first-line indent; a line
    that stops mid-sentence before one is a hanging indent instead).
    """
    ends_sentence = _SENTENCE_END.search(text, prev[0], prev[1]) is not None
    if ends_sentence and _column(text, line[0]) > _column(text, prev[0]):
        return False
    if _full(text, prev, line, width):
        return True
    return not ends_sentence and _column(text, prev[1]) > SHORT_LINE * width


def ends_sentence(line: str) -> bool:
    """Whether a line (stripped) ends with a sentence's end, as a break after it is read."""
    return _SENTENCE_END.search(line) is not None


def _broken_mid_sentence(text: str, prev: _Span, line: _Span) -> bool:
    """Whether the break between two lines plainly falls inside a sentence, without measuring a
    wrap: the line before ends no sentence, and the next goes on in lowercase or the line before
    stops on a comma or a word no sentence ends on ("the", "by")."""
    if not _joined(text, prev, line) or _SENTENCE_END.search(text, prev[0], prev[1]) or LIST_MARKER.match(text, line[0]):
        return False
    before = text[prev[0] : prev[1]]
    return text[line[0]].islower() or before.endswith(",") or before.rsplit(maxsplit=1)[-1].lower() in _DANGLING


def _broken_before_figure(text: str, prev: _Span, line: _Span) -> bool:
    """Whether the break may fall inside a sentence before a figure: the line before stops on a
    word with no mark (not a heading, nor "Key points:"), and the next starts with a digit, is no
    numbered item, and ends the sentence ("... council voted" / "7-4 to approve a budget.")."""
    return (
        _joined(text, prev, line)
        and text[prev[1] - 1].isalnum()
        and not MARKDOWN_HEADING.match(text, prev[0])
        and text[line[0]].isdigit()
        and not LIST_MARKER.match(text, line[0])
        and _SENTENCE_END.search(text, line[0], line[1]) is not None
    )


def _broken_before_caseless(text: str, prev: _Span, line: _Span) -> bool:
    """Whether the break may fall inside a sentence of a script without capitals (Chinese,
    Arabic, Hindi, ...), where no lowercase shows that a line goes on: the line before stops on a
    word or a comma with no end mark (not a heading, nor "要点："), and the next, no list item,
    starts with a letter of such a script."""
    first, last = text[line[0]], text[prev[1] - 1]
    return (
        _joined(text, prev, line)
        and (last.isalnum() or last in ",，、،")
        and not MARKDOWN_HEADING.match(text, prev[0])
        and first.isalpha()
        and not first.isupper()
        and not first.islower()
        and not LIST_MARKER.match(text, line[0])
    )


def unbroken_lines(text: str) -> list[str]:
    """A short text's lines (a summary, given line by line), each line a sentence broke across
    joined to it with one space (none inside Chinese or Japanese: "居" / "民" is "居民"); other
    lines, list items among them, stay apart. Wrapping cannot be measured in a few lines, so only
    breaks that plainly fall mid-sentence are joined: before a line going on in lowercase or after
    a comma or a word no sentence ends on; and, where every other line ends with a mark
    (hard-wrapped sentences, not headlines), before a line that starts with a figure and ends the
    sentence, or with a letter of a script without capitals after a line that stops on a word."""
    from summarizer.scripts import joined_lines

    lines = list(_lines(text, 0, len(text)))
    breaks = [_broken_mid_sentence(text, prev, line) for prev, line in zip(lines, lines[1:])]
    maybe = [
        _broken_before_figure(text, prev, line) or _broken_before_caseless(text, prev, line) for prev, line in zip(lines, lines[1:])
    ]
    marked = all(
        _SENTENCE_END.search(text, a, b) or (k < len(breaks) and (breaks[k] or maybe[k])) for k, (a, b) in enumerate(lines)
    )
    spans: list[_Span] = []
    for k, line in enumerate(lines):
        if k and (breaks[k - 1] or (marked and maybe[k - 1])):
            spans[-1] = (spans[-1][0], line[1])
        else:
            spans.append(line)
    return [joined_lines(text[a:b]) if "\n" in text[a:b] else text[a:b] for a, b in spans]


def _is_headline(line: str, markdown: bool) -> bool:
    """A short line without a final full stop (or a colon, semicolon, comma or ellipsis: a lead-in
    or a broken sentence). It may end in a question or exclamation mark, or in a quotation
    ("Ferry link 'to resume by spring'"): headlines do."""
    if markdown and MARKDOWN_HEADING.match(line):
        return True
    # Words as length rules count them, so that a paragraph of Thai or Chinese (a few spaces, or
    # none, and no final mark) is not a short line.
    return lang.word_count(line) <= MAX_HEADLINE_WORDS and not line.rstrip(CLOSING_MARKS).endswith(_NOT_HEADLINE_END)


def _starts_story(line: str, language: str = "english") -> bool:
    """Whether a line opens an article's body: a dateline, a byline, or a word that is capitalised
    only at a sentence's start ("The", "In", "After"; in other languages, the words their Punkt
    model learned to start sentences: "Die", "Nach", "Cette")."""
    if LEADING_DATELINE.match(line) or _CAPS_DATELINE.match(line) or line.startswith("By "):
        return True
    word = line.split(maxsplit=1)[0]
    openers = lang.get(language).sentence_openers
    if openers is None:
        openers = sentence_starters(language)
    return word[0].isupper() and word.lower() in openers


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _continues_sentence(text: str, first: tuple[int, int], second: tuple[int, int], language: str) -> bool:
    """Whether a first line without final punctuation starts a hard-wrapped sentence rather than
    being a headline.

    It does when the next line follows it directly and goes on in lowercase, or it ends where no
    headline ends (a comma, "the", "of"), or in hard-wrapped text it is full to the width while
    nothing marks it as a headline (Title Case, or a next line that opens a story).
    """
    if not _joined(text, first, second):
        return False
    if text[second[0]].islower():
        return True
    line, following = text[first[0] : first[1]], text[second[0] : second[1]]
    if line.endswith((",", "-", "–")) or line.rsplit(maxsplit=1)[-1].lower() in _DANGLING:
        return True
    width = wrap_width(text, list(_lines(text, 0, len(text))), language)
    if width is None or not _full(text, first, second, WRAP_FILL * width):
        return False
    if _column(text, first[1]) > WRAP_SLACK * width:
        return False  # wider than the body's wrap: a line the wrapper never touched, in any language
    return not (_title_case(line) or _starts_story(following, language))


def without_site_suffix(title: str) -> str:
    """The title without a site name (and date) after it: "Dock strike ends | Coast Wire |
    19.01.2031" and "Dock strike ends - Coast Wire" give "Dock strike ends"."""
    parts = _TITLE_BAR.split(title)
    if len(parts) > 1 and all(len(p.split()) <= SITE_PART_WORDS for p in parts[1:]) and len(parts[0].split()) >= 2:
        return parts[0].strip()
    dash = _TITLE_DASH_SITE.search(title)
    if dash is not None and len(title[: dash.start()].split()) >= 3 and dash.group(1)[:1].isupper():
        return title[: dash.start()].strip()
    return title


def front_matter(text: str) -> tuple[int, dict[str, str]] | None:
    """Where a Markdown article's front matter ends and its top-level fields with a plain value
    (quotes dropped, keys lower-cased), or None when it opens with none."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    fields: dict[str, str] = {}
    for line in match.group(2).split("\n"):
        if not line.strip() or line[0] in " \t-#":
            continue  # a nested value, a list item or a comment
        field = _FRONT_FIELD.fullmatch(line.rstrip())
        if field is None:
            return None  # prose between two rules, not front matter
        value = field.group(2).strip().strip("\"'")
        if value and not value.startswith(("[", "{", "|", ">")):
            fields.setdefault(field.group(1).lower(), value)
    return match.end(), fields


def find_headline(text: str, markdown: bool = False, language: str = "english", start: int = 0) -> tuple[int, int] | None:
    """The span of a first line (from `start`) that reads as a headline, if more text follows it;
    a Markdown heading is one even alone (a note that is one heading is summarised as it)."""
    lines = _lines(text, start, len(text))
    first = next(lines, None)
    second = next(lines, None)
    if first is None:
        return None
    line = text[first[0] : first[1]]
    heading = MARKDOWN_HEADING.match(line) if markdown else None
    if heading:
        return first[0] + heading.end(), first[1]
    if second is None:
        return None
    if markdown and text[second[0]] == "=" and _MD_SETEXT_UNDERLINE.match(text, *second) and _joined(text, first, second):
        return first  # "Title\n=====", whatever its words
    if not _is_headline(line, markdown) or _continues_sentence(text, first, second, language):
        return None
    return first


def _heading_line(text: str, line: tuple[int, int], following: tuple[int, int], language: str) -> bool:
    """Whether `line`, in a block of lines that are not hard-wrapped, is a heading of its own (a
    subheading, a caption, a label) rather than the first part of a sentence the next line goes on
    with: a short line with no final mark (as `_is_headline`), before a line that opens in a
    capital or a digit, ending on no comma, hyphen or word a sentence cannot stop on; in a language
    that capitalises its nouns, a line ending on a lowercase word needs a next line that opens a
    story ("Die", "Nach"), as "für marode / Autobahnbrücken" goes on."""
    words = text[line[0] : line[1]]
    if not _is_headline(words, markdown=False) or words.rstrip(CLOSING_MARKS).endswith(("!", "?")):
        return False  # a sentence's end: Punkt splits there already
    opening = text[following[0] : following[1]].lstrip(_OPENING_MARKS)
    if not opening[:1].isupper() and not opening[:1].isdigit():
        return False
    if words.endswith((",", "-", "–")) or words.rsplit(maxsplit=1)[-1].lower() in _DANGLING:
        return False
    if lang.get(language).nouns_capitalised and words[-1].islower():
        return _starts_story(opening, language)
    return True


def _table_rows(text: str, lines: list[_Span]) -> set[int]:
    """Indexes of the `lines` that are rows of a Markdown table: the rule under a header, the
    header above it and the rows after it that hold a pipe, and any line between outer pipes."""
    rows = {i for i, (a, b) in enumerate(lines) if _MD_TABLE_ROW.match(text, a, b)}
    for i, (a, b) in enumerate(lines):
        if i and _MD_TABLE_RULE.match(text, a, b) and "|" in text[lines[i - 1][0] : lines[i - 1][1]]:
            rows.update((i - 1, i))
            for j in range(i + 1, len(lines)):
                if not _joined(text, lines[j - 1], lines[j]) or "|" not in text[lines[j][0] : lines[j][1]]:
                    break
                rows.add(j)
    return rows


def _setext_headings(text: str, lines: list[_Span]) -> set[int]:
    """Indexes of the `lines` of Markdown's underlined headings: a line of "=" (never text), and a
    line standing alone right above its "=" or "-" underline with the underline. A line that ends
    with a full stop (or a comma, colon, semicolon) over "---" is text before a rule."""
    marked: set[int] = set()
    for i, (a, b) in enumerate(lines):
        if not _MD_SETEXT_UNDERLINE.match(text, a, b):
            continue
        if text[a] == "=":
            marked.add(i)
        if i and _joined(text, lines[i - 1], lines[i]) and (i == 1 or not _joined(text, lines[i - 2], lines[i - 1])):
            heading = text[lines[i - 1][0] : lines[i - 1][1]]
            if not heading.rstrip(CLOSING_MARKS).endswith((".", ",", ":", ";")) and not _MD_RULE.match(heading):
                marked.update((i - 1, i))
    return marked


def _closes_fence(line: str, fence: str) -> bool:
    """Whether `line` closes a code block opened by `fence`: the same mark, at least as many, alone."""
    return line.startswith(fence) and not line.strip(fence[0] + " \t")


def find_paragraphs(text: str, start: int, markdown: bool, language: str = "english") -> list[tuple[int, int]]:
    """Blank-line separated blocks when the text has them (a heading line inside one stands on
    its own: `_heading_line`), otherwise one paragraph per line; in hard-wrapped text, runs of
    wrapped lines (see `wrap_width`).

    Markdown headings, rules and list items always stand on their own; a Markdown table's rows
    and reference links' definitions are no paragraph (not sentences of the story).
    """
    lines = list(_lines(text, start, len(text)))
    not_text = _table_rows(text, lines) | _setext_headings(text, lines) if markdown else set()
    items = {} if markdown else _list_items(text, lines)
    # Blank lines count only between lines of the body, not around it.
    blocked = bool(lines) and _BLANK_LINE.search(text, lines[0][0], lines[-1][1]) is not None
    width = wrap_width(text, lines, language)
    spans: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None  # the last line, when the next may continue its paragraph
    fence: str | None = None  # inside a fenced code block: the fence that closes it
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        start = a  # where a paragraph opened by this line starts
        if markdown:
            opening = _MD_FENCE.match(line) if fence is None else None
            if opening or fence is not None:  # code is no sentence of the story
                if opening is None:
                    fence = None if _closes_fence(line, fence) else fence
                elif any(_closes_fence(text[c:d], opening.group(opening.lastindex)) for c, d in lines[i + 1 :]):
                    fence = opening.group(opening.lastindex)  # (a fence never closed is a stray line, not the rest of the text)
                previous = None
                continue
            if (
                MARKDOWN_HEADING.match(line) or _MD_RULE.match(line) or i in not_text or _MD_LINK_DEFINITION.match(line)
                or _MD_PICTURE_LINE.match(line) or _MD_MARKUP_LINE.match(line) or _MD_FOOTNOTE_DEFINITION.match(line)
            ):
                previous = None  # headings label sections; they are not sentences of the story
                continue
            quote = MD_QUOTE_MARKER.match(line)
            if quote:
                start = a + quote.end()
                line = text[start:b]
            bullet = _MD_BULLET.match(line)
            if bullet:
                spans.append((start + bullet.end(), b))
                previous = (a, b)
                continue
        if i in items:  # a list item of a plain text: its own paragraph, its marker no word of it
            spans.append((a + items[i], b))
            previous = (a, b)
            continue
        if previous is not None and _joined(text, previous, (a, b)):
            if width:
                continues = _wrap_continues(text, previous, (a, b), width)
            else:
                continues = blocked and not _heading_line(text, previous, (a, b), language)
        else:
            continues = False  # a blank line, a heading, or the first line
        if continues:
            spans[-1] = (spans[-1][0], b)
        elif start < b:
            spans.append((start, b))
        previous = (a, b)
    return spans


def _list_items(text: str, lines: list[_Span]) -> dict[int, int]:
    """The lines of a plain text that are items of a list, each with its marker's length: a line
    that opens with a marker ("1. ", "2) ", "- ", "• ") where another line of the same block opens
    with one of the same kind. One such line alone is no list ("3. März 2024 ..." opens a German
    sentence with a date), and Punkt would read a lone "1." as a sentence of its own."""
    found: dict[int, tuple[int, str]] = {}
    for i, (a, b) in enumerate(lines):
        marker = LIST_MARKER.match(text, a, b)
        if marker is not None and marker.end() < b:
            found[i] = (marker.end() - a, "number" if text[a:marker.end()].strip("( \t").rstrip(".)").isdigit() else "mark")
    items: dict[int, int] = {}
    for i, (length, kind) in found.items():
        for j in (i - 1, i + 1, i - 2, i + 2):  # a neighbour item, or one past a wrapped line of this one
            if j in found and found[j][1] == kind and all(_joined(text, lines[k], lines[k + 1]) for k in range(min(i, j), max(i, j))):
                items[i] = length
                break
    return items


def _sentence_view(text: str) -> str:
    """A Markdown text as its sentences are split, the same length as `text`: a picture's "!" is
    no sentence's end, and a footnote's reference ("vote.[^1]") no sentence of its own."""
    if "![" in text:
        text = _MD_PICTURE_MARK.sub(" ", text)
    if "[^" in text:
        text = _MD_FOOTNOTE_REFERENCE.sub(lambda match: " " * len(match.group()), text)
    return text


def given_document(document: Document) -> Document:
    """A `Document` the caller handed over, which reading made: one built by hand with its text
    alone has no sentences, and would give an empty summary that looks like success (or a check
    with no line supported) rather than say so."""
    if not document.sentences:
        raise InputError(
            document.source,
            "is a Document with no sentences (made by hand?); pass the text itself, or read it with "
            "Summarizer.read(text) or read_url(url), which split it into sentences",
        )
    return document


def build_document(raw: RawText, language: str = "english", detect_headline: bool = True) -> Document:
    """`detect_headline=False` keeps a first line as body text (for inputs known to have none);
    `language` is a name or code from read/language.py, or "auto" to detect it from the text."""
    from summarizer.read.language import choose_language

    text = raw.text
    language, warnings = choose_language(text, language)
    markdown = raw.format == "markdown"
    title = raw.title
    metadata = dict(raw.metadata)
    body_start = 0
    front = front_matter(text) if markdown else None
    if front is not None:  # a static site's article: its fields, then the body
        body_start, fields = front
        title = title or fields.get("title")
        metadata.update({key: fields[key] for key in FRONT_MATTER_METADATA if key in fields and key not in metadata})
    title = without_site_suffix(title) if title else title
    seen = invisible_as_spaces(text)  # structure is read with a zero-width space as the space it is
    if title is None and detect_headline:
        headline = find_headline(seen, markdown, language, body_start)
        if headline is not None:
            title = without_site_suffix(text[headline[0] : headline[1]])
            body_start = headline[1]
    elif detect_headline and not markdown:
        # A page whose title came from its <title> and whose text is hard-wrapped (an article
        # kept in <pre>) and opens with a headline line: the wrap would run that line on into
        # the first sentence; it goes, as a text file's headline does. (Unwrapped lines stand
        # apart already: nothing changes for them.)
        headline = find_headline(text, markdown, language, body_start)
        if headline is not None and _NEXT_LINE_JOINED.match(text, headline[1]):
            if wrap_width(text, list(_lines(text, body_start, len(text))), language) is not None:
                body_start = headline[1]
    if markdown and title:
        title = markdown_words(title)  # a heading's "**strike**" as the page shows it
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    split = _sentence_view(seen) if markdown else text
    for p_start, p_end in find_paragraphs(seen, body_start, markdown, language):
        index = len(paragraphs)
        paragraphs.append(Paragraph(index, p_start, p_end))
        for s_start, s_end in sentence_spans(split, p_start, p_end, language):
            if markdown and text[s_start] == ">":  # a sentence that opens a block quote's next line
                s_start = MD_QUOTE_MARKER.match(text, s_start).end()
                while s_start < s_end and text[s_start].isspace():
                    s_start += 1
                if s_start == s_end:
                    continue
            sentences.append(Sentence(len(sentences), s_start, s_end, index, text[s_start:s_end]))
    if not sentences and title:
        # A headline alone is still something to summarise.
        start = text.find(title)
        sentences.append(Sentence(0, start, start + len(title), 0, title))
        paragraphs.append(Paragraph(0, start, start + len(title)))
        title = None
    if not sentences:
        # Nothing a summary could quote (Markdown of pictures, code or comments only; invisible
        # characters): refused naming the file, as a page without article text is, not an empty
        # summary that looks like success.
        raise InputError(raw.source, "holds no article text (no sentence: only markup, pictures, code or invisible characters)")
    return Document(
        text=text,
        source=raw.source,
        title=title,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        metadata=metadata,
        format=raw.format,
        language=language,
        warnings=tuple(warnings),
    )
