"""How a summary someone brings becomes the lines `verify` checks.

Summaries come as prose, one sentence or paragraph a line, or as the lists chat models write:
"1. ...", "- ...", "• ...", under a heading ("## Key points", "Summary:"). A list marker is
layout, not a word of the claim ("2." is no figure the source must hold), so it is taken off; a
heading or lead-in that introduces the lines after it ("Key points:", "# Summary") is no claim
and is not checked. A heading of more words, or one with nothing after it, is checked as a line:
a claim in a heading is still a claim. A summary that is only a short lead-in ("Key points:")
states nothing: it has no line to check. What a chat model says around the summary, a preamble on
its first line ("Sure! Here's a summary of the article:") or a sign-off on its last ("I hope this
helps."), is layout too, when the line is nothing else. So are citation markers after a sentence
or a word ("... three days. [1]", "[2, 3]", and this tool's own "[1a] [1b]" and "[2:4]"), which
chat models asked about numbered sentences write, Markdown footnotes ("...[^1]" and "[^1]: ..."),
and what `summarize` prints under its lines (its "Sources:" list and its warnings), or after them
(the guard's marks on a flagged line, " (number not in its sources: 2.5)"), and the headings and
sentence markers of its outline ("Section 2 (sentences 12-17)", "[s12]"), so that its own output
checks as its lines, the outline's lines among them. Layout users paste is taken off too: arrow
and emoji bullets, "i." and "b." item markers, a blockquote's "> ", markup inside a line (bold,
italics, code, a link's address), a "Source: <url>" line, a lead-in on the claim's own line
("Summary: ...", "TL;DR: ..."), and a Markdown table's header row (each row is "cell: cell").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import summarizer.lang as lang
from summarizer.errors import InputError
from summarizer.read.document import LIST_MARKER, MARKDOWN_HEADING, unbroken_lines

MAX_LABEL_WORDS = 3  # a markdown heading this short labels what follows ("## Key points")
_RULE = re.compile(r"(?:[-*_][ \t]*){3,}$")  # a markdown rule: "---", "***", "___"
_EMPHASISED = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1$")  # "**Summary**", "*Cost*"
_WORD = re.compile(r"[^\W_]")  # a letter or a digit, of any script
# The marks around a line's words, which a preamble or sign-off may have or not: "Sure! ...:",
# "¡Espero que te ayude! 😊"
_FRAME_MARKS = re.compile(r"^[\W_]+|[\W_]+$")
# A bold or italic label before a line's claim, as chat models write list items: "**Cost:** The
# work ...", "**Cost**: The work ...".
_LABEL = re.compile(r"(\*{1,3}|_{1,3})(?=\S)([^*_]+?)(?<=\S)\1(:?)[ \t]*")
# A citation marker: "[1]", "[2, 3]", "[4-6]", a line's second source "[1b]", a story's "[2:14]".
_CITE = r"\d{1,3}(?:[a-z]|:\d{1,5})?"
# ... and a Markdown footnote's reference, "[^1]"; its definition, "[^1]: ...", is a note, not a claim.
_CITATION_MARKER = re.compile(rf"[ \t]*(?:\[{_CITE}(?:[ \t]*(?:,|;|-|–|and)[ \t]*{_CITE})*\]|\[\^[^\]\s]+\])")
_FOOTNOTE = re.compile(r"[ \t]{0,3}\[\^[^\]\s]+\]:")
# The guard's marks that `summarize --guard flag` prints after a line's citation markers:
# "... [1] (number not in its sources: 2.5)" in text (wrapped onto the next, indented lines, maybe), and
# "...[^1] _(...)_" in markdown. Only after a marker: a line's own "(7-4 in favour)" stays.
_IN_PARENTHESES = r"\((?:[^()]|\([^()]*\))*\)"
_GUARD_MARKS = re.compile(rf"(\[(?:{_CITE}|\^[^\]\s]+)\])(?:[ \t]+|\n[ \t]+)(?:{_IN_PARENTHESES}|_{_IN_PARENTHESES}_)[ \t]*$", re.MULTILINE)
# Notes about a summary, not claims: a Markdown footnote, and what `summarize` prints under its
# lines: its "Sources:" list ("[1] sentence 4, paragraph 2, chars 10-90: ...", "[2:3] source 2
# (b.txt), sentence 3, chars ...") and its warnings ("warning: ...", "> **Warning:** ...").
_NOTE = re.compile(
    rf"{_FOOTNOTE.pattern}"
    r"|\[[^\]\s]{1,12}\] (?:source \d+ \(.*\), )?sentence \d+(?:, paragraph \d+)?, chars \d+-\d+(?::|$)"
    r"|(?:warning|note): |> \*\*(?:Warning|Note):\*\* "
)
_SOURCES_HEADING = "Sources:"
# `summarize --outline`'s part after the lines: "Outline:" (text) or "### Outline" (markdown), then
# each section's or source's heading ("Section 2: Costs (sentences 12-17)", "Source 2: b.txt",
# "- **...**" in markdown) over its lines ("  - ... [s12]", "  - ... (12)", "  - ... (2:14)").
_OUTLINE_START = re.compile(r"(?:Outline:|### Outline)[ \t]*$")
_OUTLINE_HEADING = re.compile(r"(?:- \*\*)?(?:Section \d+(?:: .+)? \(sentences \d+-\d+\)|Source \d+: .+?)(?:\*\*)?[ \t]*$")
_OUTLINE_ITEM = re.compile(r"[ \t]+- ")
_OUTLINE_LABEL = r"s?\d+(?::\d+)?"
# Layout users and chat models bring that an article's list reader does not take as a marker
# (`LIST_MARKER`, kept as it is for articles): "i." and "ii)" and "(iv)", "b." before an item, an
# arrow or an emoji as a bullet ("→ ", "📌 ", "✅ "), a blockquote's "> ". Each is made a "- "
# before lines are joined, so that an item is never glued to the line before it.
_SUMMARY_MARKER = re.compile(r"(?:[ivx]{1,4}[.)]|\([ivx]{1,4}\)|[a-z]\.)[ \t]+")
_SYMBOL_MARKER = re.compile(r"([^\x00-\x7f])[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*[ \t]+")  # a symbol's category is checked
_BLOCKQUOTE = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")
# A line naming where the summary comes from, not a claim: "Source: https://...", "Quelle: <url>".
_SOURCE_LINE = re.compile(
    r"[ \t]*(?:sources?|quelle|quellen|fuentes?|fonte)[ \t]*[:：][ \t]*"
    r"(?:<?(?:https?://|www\.)\S+?>?|\[[^\]]*\]\([^)\s]*\))[ \t]*$",
    re.IGNORECASE,
)
# A Markdown table: the row under its header ("|---|:--:|"), and the rows, between pipes.
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
# Markup inside a line: a link's words without its address, code, bold and italics without
# their marks ("**Tallis Air** will ...", "[the council](http://...)"). Underscores inside a word
# (snake_case) are no marks.
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_CODE = re.compile(r"`([^`\n]+)`")
_INLINE_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_OUTLINE_MARKERS = re.compile(rf"[ \t]*(?:\[{_OUTLINE_LABEL}\])+[ \t]*$|[ \t]+\({_OUTLINE_LABEL}(?:, {_OUTLINE_LABEL})*\)[ \t]*$")


def summary_lines(summary: str | Sequence[str], language: str, title: str | None = None) -> list[tuple[str, list[str]]]:
    """Each claim line of the summary, without its list marker, with the sentences it is split
    into: a string's lines are split by the language's rules, a sequence's items are taken whole.
    A text's first line that is the article's `title` (as `summarize` heads its output: the
    title, or "## Summary: " and the title) is a heading over the lines after it, not a claim."""
    if isinstance(summary, (bytes, bytearray)) or not isinstance(summary, (str, Sequence)):
        # bytes are a sequence too: each byte would be checked as a line ("84", "104", ...)
        raise InputError("summary", f"is {type(summary).__name__}, not text (str) or a sequence of lines; give its text")
    written = isinstance(summary, str)  # a text to read, not lines to take as they are
    if written:
        # The guard's marks, then notes and the outline's layout, then citation markers go; what
        # is left of a sentence broken over lines (a summary wrapped at a width) is one line.
        kept = _without_outline_layout(_without_notes(_GUARD_MARKS.sub(r"\1", summary).splitlines()))
        kept = _as_list_items(kept)
        raw = unbroken_lines("\n".join(_CITATION_MARKER.sub("", line) for line in kept))
        raw = [line for line in raw if not _RULE.match(line.strip())]  # "---" between parts: layout
    else:
        for number, item in enumerate(summary, start=1):
            if not isinstance(item, str):  # a `SummaryLine` would be checked as its repr
                raise InputError(
                    "summary", f"line {number} is {type(item).__name__}, not text (str); give the lines' text ([line.text for line in summary.lines])"
                )
        raw = [_CITATION_MARKER.sub("", item) for item in summary]
    lines = [_without_marker(" ".join(line.split()), written) for line in raw]
    lines = [line for line in lines if line[0]]
    if written and title and len(lines) > 1 and lines[0][0].removeprefix("Summary: ") == " ".join(title.split()):
        lines = lines[1:]  # (a summary that is only the title is checked as that line)
    if written:
        lines = _without_chat_frame(lines, language)
        lead_in = lang.get(language).summary_lead_in
        lines = [(text if heading else _plain(_without_lead_in(text, lead_in)), heading) for text, heading in lines]
    claims = [text for k, (text, heading) in enumerate(lines) if not (k + 1 < len(lines) and _introduces(text, heading))]
    if all(_bare_label(text) for text in claims):
        claims = []  # "Key points:" and nothing else: a summary that states nothing
    if not written:
        return [(line, [line]) for line in claims]
    from summarizer.read.segment import sentence_spans

    split = [(line, [" ".join(line[a:b].split()) for a, b in sentence_spans(line, language=language)]) for line in claims]
    # A piece with no letter or digit (a closing emoji, "--") is no claim.
    return [(line, kept) for line, sentences in split if (kept := [s for s in sentences if _WORD.search(s)])]


def _as_list_items(lines: list[str]) -> list[str]:
    """The lines with the layout of lists, quotes and tables that the list reader does not know
    made plain: a blockquote's "> " goes; "i.", "b.", "→", "📌" before an item become "- "; a
    "Source: <url>" line goes; a Markdown table's header row and rule go, and each of its rows
    is an item of its cells ("| Drivers balloted | 612 |" is "- Drivers balloted: 612")."""
    out: list[str] = []
    for k, line in enumerate(lines):
        line = _BLOCKQUOTE.sub("", line, count=1) if _BLOCKQUOTE.match(line) else line
        if _SOURCE_LINE.match(line) or _TABLE_RULE.match(line):
            continue
        if _TABLE_ROW.match(line):
            if k + 1 < len(lines) and _TABLE_RULE.match(lines[k + 1]):
                continue  # the header row: the columns' names
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            cells = [cell for cell in cells if cell]
            out.append("- " + (cells[0] + ": " + ", ".join(cells[1:]) if len(cells) > 1 else "".join(cells)))
            continue
        indent = line[: len(line) - len(line.lstrip())]
        rest = line[len(indent) :]
        if not LIST_MARKER.match(rest):
            marker = _SUMMARY_MARKER.match(rest)
            symbol = _SYMBOL_MARKER.match(rest)
            if symbol and unicodedata.category(symbol.group(1)) in ("So", "Sm"):
                marker = symbol
            if marker and marker.end() < len(rest):
                line = indent + "- " + rest[marker.end() :]
        out.append(line)
    return out


def _without_lead_in(text: str, lead_in: re.Pattern[str] | None) -> str:
    """The line without a lead-in before its claim: "Summary: ...", "**TL;DR** ...", "Résumé :
    ...", "Zusammenfassung: ..." (the language's `summary_lead_in`, and "TL;DR" in any). Only
    with a colon, a dash or bold after the words, and a claim after them."""
    words = rf"tl;?\s?dr|{lead_in.pattern}" if lead_in is not None else r"tl;?\s?dr"
    found = re.match(rf"(\*{{1,3}}|_{{1,3}})?(?:{words})[ \t]*([:：])?(?(1)\1)[ \t]*([:：—–-])?[ \t]+", text, re.IGNORECASE)
    if found is None or not (found.group(1) or found.group(2) or found.group(3)) or not _WORD.search(text[found.end() :]):
        return text
    return text[found.end() :]


def _plain(text: str) -> str:
    """The line without markup inside it: a link's words stay, its address goes; code and bold
    or italic words stay, their marks go."""
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    return _INLINE_EMPHASIS.sub(r"\2", text)


def _without_notes(lines: list[str]) -> list[str]:
    """The lines without notes about the summary (`_NOTE`), each with the indented lines that go
    on with it, and without a "Sources:" heading over such notes."""
    kept: list[str] = []
    in_note = False
    for line in lines:
        if _NOTE.match(line):
            in_note = True
            if kept and kept[-1].strip() == _SOURCES_HEADING:
                kept.pop()
            continue
        in_note = in_note and line[:1] in (" ", "\t") and line.strip() != ""
        if not in_note:
            kept.append(line)
    return kept


def _without_outline_layout(lines: list[str]) -> list[str]:
    """The lines with `summarize --outline`'s layout taken off: from an "Outline:" line on, its
    section and source headings go, and each of its lines is a list item without its sentence
    markers. Outside an outline, "Section 2 (sentences 12-17) ..." is a line like any other."""
    start = next((k for k, line in enumerate(lines) if _OUTLINE_START.match(line)), None)
    if start is None:
        return lines
    outline: list[str] = []
    for line in lines[start + 1 :]:
        if _OUTLINE_HEADING.match(line):
            continue
        if _OUTLINE_ITEM.match(line):
            line = line.lstrip()
        outline.append(_OUTLINE_MARKERS.sub("", line))
    return [*lines[:start], "", *outline]


def _without_chat_frame(lines: list[tuple[str, bool]], language: str) -> list[tuple[str, bool]]:
    """The lines without a chat model's preamble before them ("Sure! Here's a summary of the
    article:") and sign-off after them ("Let me know if you'd like more detail!"): layout, as a
    heading is. Only a first or last line that is nothing but such words (the language's
    `chat_preamble` and `chat_sign_off`), never one that goes on to state something."""
    rules = lang.get(language)
    first, last = 0, len(lines)
    while first < last and _whole_line(rules.chat_preamble, lines[first][0]):
        first += 1
    while last > first and _whole_line(rules.chat_sign_off, lines[last - 1][0]):
        last -= 1
    return lines[first:last]


def _whole_line(pattern: re.Pattern[str] | None, line: str) -> bool:
    words = _FRAME_MARKS.sub("", line.lower().replace("’", "'"))
    return pattern is not None and pattern.fullmatch(words) is not None


def _without_marker(line: str, emphasis: bool = False) -> tuple[str, bool]:
    """The line without a markdown heading's hashes or a list marker, and whether it was a heading.
    With `emphasis`, a line in bold or italics as a whole ("**Summary**") is a heading too."""
    heading = MARKDOWN_HEADING.match(line)
    if heading:
        return line[heading.end():].strip(), True
    emphasised = _EMPHASISED.match(line) if emphasis else None
    if emphasised:
        return emphasised.group(2).strip(), True
    marker = LIST_MARKER.match(line)
    text = line[marker.end():].strip() if marker else line
    return (_without_label(text) if emphasis else text), False


def _without_label(line: str) -> str:
    """The line without a short bold or italic label ending in a colon before its claim ("**Budget
    approved:** The council voted ..."): layout, as a heading over the lines is. A label that
    names someone ("**Ines Marquardt:**" before her words) or says more stays, as such headings do."""
    label = _LABEL.match(line)
    if label is None:
        return line
    words, rest = label.group(2), line[label.end() :]
    colon = words.endswith((":", "：")) != bool(label.group(3))  # inside the marks or after them, once
    words = words.rstrip(":：").split()
    names = any(word[:1].isupper() for word in words[1:])
    if not colon or names or len(words) > MAX_LABEL_WORDS or not _WORD.search(rest):
        return line
    return rest


def _bare_label(text: str) -> bool:
    """A lead-in of a few words ending in a colon ("Key points:", "Summary:")."""
    bare = text.strip("*_ ")
    return bare.endswith((":", "：")) and len(bare.split()) <= MAX_LABEL_WORDS


def _introduces(text: str, heading: bool) -> bool:
    """Whether a line with more after it only introduces it: a short markdown heading, or a line
    that ends in a colon and names no one ("Summary:", "Here are the main points:"; not "Peggy
    Marr:" before her words, nor "The film Going Clear:" broken off before its title's end)."""
    bare = text.strip("*_ ")  # "**Key points:**"
    if heading and len(bare.split()) <= MAX_LABEL_WORDS:
        return True
    return bare.endswith((":", "：")) and not any(word[:1].isupper() for word in bare.split()[1:])
