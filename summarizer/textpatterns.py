"""Text patterns that more than one stage needs: quotations, datelines, photo credits and
Markdown's inline markup.

Kept in one place so that the ranker, the display cleaning and the guard agree on what a quote,
a dateline or a credit is.
"""

from __future__ import annotations

import re
import unicodedata

# Double quotes of any style, and single typographic quotes. A straight or curly apostrophe
# followed by a letter ("don't", "it’s") never closes a quote; a straight ' opens one only after a
# space or at the start ("(?<!\S')": no non-space before it). An unclosed quote runs to the end of
# the text, as news quotes spanning several sentences do. Every branch opens with its quote mark
# (the start test comes after the '), so the regex engine skips ahead to the next quote mark
# instead of trying each branch at every position: about four times faster. Inside a single
# quotation, runs of other characters are taken at once ("[^']*"), not one alternation per character.
QUOTED = re.compile(
    # „German“ first: its closing “ is the English opening mark.
    r"""„[^“”]*(?:[“”]|$)|“[^”]*(?:”|$)|"[^"]*(?:"|$)|‘[^’]*(?:’(?=\w)[^’]*)*(?:’|$)|'(?<!\S')[^']*(?:'(?=\w)[^']*)*(?:'|$)|«[^»]*(?:»|$)"""
)

# A dateline: an optional place ("LONDON, England", "SPRINGFIELD, Ore.") and a wire or outlet
# name in brackets ("(CNN)", "(Northwest Wire)"), then an optional dash.
DATELINE = (
    r"(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4},?\s+)?\((?:[A-Z][\w.&'’-]*\s?){1,4}\)\s*(?:--|—|–|-)?\s*"
)
LEADING_DATELINE = re.compile(rf"^{DATELINE}(?=[A-Z\"“‘'])")  # a dateline that starts a sentence
BARE_DATELINE = re.compile(rf"^{DATELINE}$")  # a dateline with nothing after it
# A wire dateline standing as a sentence of its own, as agencies outside English write it: a
# place, a day (and month), then the agency after a dash or in brackets: "МОСКВА, 1 дек — РИА
# Новости.", "KYIV, 5 December - Ukrinform.", "MADRID, 5 (EUROPA PRESS)", "HAMBURG, 4. Mai (dpa) -".
# `is_wire_dateline` also asks for capitals where the script has them.
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w.'’ -]{1,30}),\s+\d{1,2}\.?(?:\s+[^\W\d_]{2,10}\.?)?"
    r"\s*(?:[—–-]{1,2}\s*(?P<agency>[^\W\d_][\w.'’ -]{1,30}?)|\((?P<bracketed>[^()]{2,30})\))\s*[.:]?\s*[—–-]?$"
)


def is_wire_dateline(sentence: str) -> bool:
    """Whether `sentence` is a wire dateline and nothing else (see `_WIRE_DATELINE`)."""
    match = _WIRE_DATELINE.match(sentence.strip())
    if match is None:
        return False
    # The place is capitalised; so is an agency after a dash (one in brackets may be "dpa").
    agency = match.group("agency") or ""
    return not match.group("place")[:1].islower() and not agency[:1].islower()

# The label that opens a caption or a picture credit: "Photo:", "Picture credit:", "Pictured |",
# "Photo by", "Photograph courtesy of". Case-insensitive; used at the start of a sentence or
# just inside a bracket.
CREDIT_NOUN = (
    r"(?:(?:file\s+)?(?:photo(?:graph)?|picture|image|video|illustration|graphic)s?(?:\s+(?:credit|caption)s?)?"
    r"|pictured|credits?|captions?)"
)
CREDIT_LABEL = rf"{CREDIT_NOUN}(?:\s*[:|]|\s+(?:by|courtesy(?:\s+of)?|via)\b)"
# A credit in brackets inside a sentence: "(Photo: Valley Press/Kim Lo)", "[Image by Kim Lo]".
BRACKETED_CREDIT = re.compile(rf"\s*(?:\(\s*{CREDIT_LABEL}[^()]*\)|\[\s*{CREDIT_LABEL}[^\[\]]*\])", re.IGNORECASE)

# Markdown's inline markup, which a reader of the rendered page does not see: a picture and a
# footnote's reference (dropped), a link (its words kept), a code span, and emphasis with one to
# three stars or underscores (not inside a word, "file_name_2", nor around spaces, "4 * 5").
# A code span or emphasis is looked for over at most _MD_SPAN characters: unbounded, a line of
# thousands of unclosed "*" took each opener's scan to the line's end (minutes on 100 KB).
MD_PICTURE = re.compile(r"!\[[^\]]*\]\([^)]*\)[ \t]*")
MD_LINK = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")  # inline, or by reference: [words][ref], [words][]
MD_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]+\](?!:)")  # "offers[^pay] have"
_MD_SPAN = 1000
_MD_CODE = re.compile(rf"(`+)(.{{1,{_MD_SPAN}}}?)\1")
MD_EMPHASIS = re.compile(rf"(?<![\w*])(\*{{1,3}}|_{{1,3}})(?=\S)(.{{1,{_MD_SPAN}}}?)(?<=\S)\1(?![\w*])")


def markdown_words(text: str) -> str:
    """`text` without Markdown's inline markup (above): what the rendered page shows."""
    if "![" in text:
        text = MD_PICTURE.sub("", text)
    if "[" in text:
        text = MD_LINK.sub(r"\1", MD_FOOTNOTE_REFERENCE.sub("", text))
    if "`" in text:
        text = _MD_CODE.sub(r"\2", text)
    for _ in range(3):  # "**the *national* average**": one level at a time
        if "*" not in text and "_" not in text:
            break
        text, found = MD_EMPHASIS.subn(r"\2", text)
        if not found:
            break
    return text


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the quoted passages in text[start:end]; run it over a whole paragraph so that
    quotes running across sentence boundaries are found."""
    end = len(text) if end is None else end
    return [(start + m.start(), start + m.end()) for m in QUOTED.finditer(text[start:end])]


# Arabic's decimal point and thousands separator between two digits ("٣٫٥", "١٢٬٠٠٠").
_ARABIC_SEPARATOR = re.compile(r"(?<=\d)[\u066b\u066c](?=\d)")


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script as its ASCII digit ("٤٥٠" -> "450"), and
    Arabic's decimal point and thousands separator between digits as "." and "," ("٣٫٥" -> "3.5",
    "١٢٬٠٠٠" -> "12,000"), so a line that writes a source's Arabic-Indic, Persian or Devanagari
    figure in ASCII states the same number. One character for one: offsets stay those of `text`."""
    if text.isascii():
        return text
    if "\u066b" in text or "\u066c" in text:
        text = _ARABIC_SEPARATOR.sub(lambda m: "." if m.group() == "\u066b" else ",", text)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


# A figure in digits of any script (`\d` is every script's), with its separators: ASCII ones, or
# Arabic's decimal point and thousands separator, which `ascii_digits` reads between digits.
_FIGURE = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")


def figures(text: str) -> frozenset[str]:
    """The figures `text` writes in digits of any script, without thousands commas ("1,598" -> "1598").
    Only each figure is made ASCII (`ascii_digits`), not the whole text: every sentence of an
    article is read here, and most hold no figure."""
    return frozenset(ascii_digits(m.group()).replace(",", "") for m in _FIGURE.finditer(text))


def figures_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences' figures make them two facts: each states a figure the other does not
    ("73 homes ... 40 days" and "598 homes ... 17 days"). A sentence that repeats or drops the
    other's figures differs from it in nothing that counts here."""
    return bool(a - b) and bool(b - a)
