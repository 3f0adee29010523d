"""How a source sentence reads as a summary line: whitespace collapsed, Markdown markup dropped.

A leading dateline ("LONDON (Reuters) --") and a picture credit in brackets
("(Photo: Valley Press/Kim Lo)") are dropped from the line too. Only the displayed line changes;
its citation keeps the exact source span and text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.textpatterns import BRACKETED_CREDIT, LEADING_DATELINE, markdown_words

if TYPE_CHECKING:
    from summarizer.types import Document, Sentence

_MD_QUOTE_LINE = re.compile(r"\n[ \t]*(?:>[ \t]?)+")  # a block quote's markers on a sentence's next line
_HTML_OPENING = re.compile(r"<(?=[A-Za-z/!?])")  # where Markdown would read an HTML tag or comment


def markdown_safe(text: str) -> str:
    """Text written into Markdown output as text: a "<" that would open an HTML tag ("<script>",
    "<br>", "</p>" in a user's summary or an article) is written as "&lt;", which every Markdown
    renderer shows as "<" and none runs. A "<" before a space or digit ("x < 5") stays."""
    return _HTML_OPENING.sub("&lt;", text) if "<" in text else text


def strip_dateline(text: str) -> str:
    """The sentence without its leading dateline, when what follows starts a sentence."""
    match = LEADING_DATELINE.match(text)
    return text[match.end() :] if match and len(text) - match.end() >= 20 else text


def strip_credits(text: str) -> str:
    """The sentence without bracketed picture credits, which caption the page, not the story."""
    # A credit opens with a bracket: without one the pattern (which may start at any space) is not run.
    stripped = (BRACKETED_CREDIT.sub("", text) if "(" in text or "[" in text else text).strip()
    return stripped if stripped else text


def display_text(document: Document, sentence: Sentence) -> str:
    text = sentence.clean_text
    if document.format == "markdown" and "\n" in sentence.text and ">" in sentence.text:
        from summarizer.scripts import joined_lines

        text = joined_lines(_MD_QUOTE_LINE.sub("\n", sentence.text))
    return shown_text(text, document.format)


def shown_text(clean_text: str, format: str = "text") -> str:
    """`display_text` of a sentence whose clean text is `clean_text`, in a document of this `format`."""
    text = strip_credits(strip_dateline(clean_text))
    if format == "markdown":
        text = markdown_words(text)
    return text
