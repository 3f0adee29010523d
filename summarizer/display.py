"""How a source sentence reads as a summary line: whitespace collapsed, Markdown markup dropped.

Only the displayed line changes; its citation keeps the exact source span and text.
"""

from __future__ import annotations

import re

from summarizer.types import Document, Sentence

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)(.+?)\1")


def display_text(document: Document, sentence: Sentence) -> str:
    text = sentence.clean_text
    if document.format == "markdown":
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_EMPHASIS.sub(r"\2", text)
    return text
