"""Summary -> text, Markdown or JSON. The JSON shape is a contract: add keys, never rename them."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from summarizer.components import RENDERERS

if TYPE_CHECKING:  # renderers work on any Summary-shaped object; types.py calls them, not the reverse
    from summarizer.types import Citation, Summary

JSON_SCHEMA_VERSION = 1


def _location(citation: Citation, summary: Summary) -> str:
    sentence = summary.document.sentences[citation.sentence]
    return f"sentence {citation.sentence + 1}, paragraph {sentence.paragraph + 1}, chars {citation.start}-{citation.end}"


def _quote(citation: Citation) -> str:
    return " ".join(citation.text.split())


def summary_to_dict(summary: Summary) -> dict[str, Any]:
    from summarizer.lang import code_of

    document = summary.document
    source: dict[str, Any] = {
        "path": document.source,
        "title": document.title,
        "sentences": len(document.sentences),
        "paragraphs": len(document.paragraphs),
        "characters": len(document.text),
        "words": document.word_count,
        "language": document.language,
        "language_code": code_of(document.language),
    }
    if document.metadata:
        source["metadata"] = dict(document.metadata)
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "source": source,
        "method": summary.method,
        "lines": [line.to_dict() for line in summary.lines],
        "warnings": list(summary.warnings),
        "stats": summary.stats,
    }


def render_json(summary: Summary, indent: int | None = 2) -> str:
    return json.dumps(summary_to_dict(summary), ensure_ascii=False, indent=indent)


def render_text(summary: Summary, width: int = 100) -> str:
    """Numbered summary lines, then the source sentence behind each number."""
    out: list[str] = []
    if summary.document.title:
        out += [summary.document.title, ""]
    notes: list[str] = []
    for number, line in enumerate(summary.lines, start=1):
        markers = "".join(f"[{number}{'abcdefghij'[k] if len(line.citations) > 1 else ''}]" for k in range(len(line.citations)))
        flags = f" ({', '.join(line.flags)})" if line.flags else ""
        out.append(textwrap.fill(f"{line.text} {markers}{flags}", width=width, subsequent_indent="  "))
        for k, citation in enumerate(line.citations):
            label = f"[{number}{'abcdefghij'[k] if len(line.citations) > 1 else ''}]"
            verbatim = line.origin == "extracted" and _quote(citation) == line.text
            head = f"{label} {_location(citation, summary)}"
            notes.append(head if verbatim else textwrap.fill(f'{head}: "{_quote(citation)}"', width=width, subsequent_indent="    "))
    if notes:
        out += ["", "Sources:", *notes]
    if summary.warnings:
        out += ["", *(f"warning: {w}" for w in summary.warnings)]
    return "\n".join(out)


def render_markdown(summary: Summary) -> str:
    out: list[str] = []
    title = summary.document.title or summary.document.source
    out += [f"## Summary: {title}", ""]
    footnotes: list[str] = []
    for number, line in enumerate(summary.lines, start=1):
        refs = ""
        for k, citation in enumerate(line.citations):
            key = f"{number}{'abcdefghij'[k]}" if len(line.citations) > 1 else str(number)
            refs += f"[^{key}]"
            footnotes.append(f"[^{key}]: {_location(citation, summary)}: “{_quote(citation)}”")
        flags = f" _({', '.join(line.flags)})_" if line.flags else ""
        out.append(f"- {line.text}{refs}{flags}")
    if summary.warnings:
        out += ["", *(f"> **Warning:** {w}" for w in summary.warnings)]
    if footnotes:
        out += ["", *footnotes]
    return "\n".join(out) + "\n"


OUTPUT_FORMATS = tuple(RENDERERS.names())


def render(summary: Summary, fmt: str) -> str:
    renderer: Callable[[Summary], str] = RENDERERS.factory(fmt)
    return renderer(summary)
