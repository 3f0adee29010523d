"""Summary -> text, Markdown or JSON, and `render`, the one way to render a summary or a
verification in any registered format. The JSON shape is a contract: add keys, never rename them."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from summarizer.components import RENDERERS, VERIFICATION_RENDERERS
from summarizer.render.display import markdown_safe
from summarizer.scripts import joined_lines

if TYPE_CHECKING:  # only for type checkers: types.py calls the renderers, so they must not import it
    from summarizer.types import Citation, Summary
    from summarizer.verify.verification import Verification

JSON_SCHEMA_VERSION = 1


def _location(citation: Citation, summary: Summary) -> str:
    if citation.source is not None and citation.source_sentence is not None:
        span = summary.sources[citation.source - 1]
        return f"source {citation.source} ({span.source}), sentence {citation.source_sentence + 1}, chars {citation.start - span.start}-{citation.end - span.start}"
    sentence = summary.document.sentences[citation.sentence]
    return f"sentence {citation.sentence + 1}, paragraph {sentence.paragraph + 1}, chars {citation.start}-{citation.end}"


def _together(summary: Summary) -> bool:
    return bool(getattr(summary, "sources", ()))


def _marker_labels(number: int, line: Any, together: bool) -> list[str]:
    """[1], [1a] [1b] for one article; [2:14] (source 2, sentence 14) for several sources."""
    if together:
        return [c.label for c in line.citations]
    return [f"{number}{'abcdefghij'[k] if len(line.citations) > 1 else ''}" for k in range(len(line.citations))]


def _outline_heading(section: Any, summary: Summary) -> str:
    if section.source is not None and _together(summary):
        span = summary.sources[section.source - 1]
        name = f"Source {span.number}: {span.title or span.source}"
        return name if section.title in (None, span.title) else f"{name}, {section.title}"
    where = f"sentences {section.first + 1}-{section.last}"
    return f"Section {section.index + 1}: {section.title} ({where})" if section.title else f"Section {section.index + 1} ({where})"


def _outline_text(summary: Summary, width: int) -> list[str]:
    together = _together(summary)
    out = ["", "Outline:"]
    for section in summary.sections:
        out.append(_outline_heading(section, summary))
        for line in section.lines:
            markers = "".join(f"[{c.label}]" for c in line.citations) if together else "".join(f"[s{c.sentence + 1}]" for c in line.citations)
            out.append(textwrap.fill(f"- {line.text} {markers}", width=width, initial_indent="  ", subsequent_indent="    "))
    return out


def _quote(citation: Citation) -> str:
    return joined_lines(citation.text)


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
    data: dict[str, Any] = {
        "schema_version": JSON_SCHEMA_VERSION,
        "source": source,
        "method": summary.method,
        "lines": [line.to_dict() for line in summary.lines],
        "warnings": list(summary.warnings),
        "stats": summary.stats,
    }
    # Layers only long and multi-source summaries have: added keys, absent otherwise.
    sections = getattr(summary, "sections", ())
    sources = getattr(summary, "sources", ())
    if sections:
        data["sections"] = [s.to_dict() for s in sections]
    if sources:
        data["sources"] = [s.to_dict() for s in sources]
        data["disagreements"] = [d.to_dict() for d in summary.disagreements]
    return data


def render_json(summary: Summary, indent: int | None = 2) -> str:
    return json.dumps(summary_to_dict(summary), ensure_ascii=False, indent=indent)


def render_text(summary: Summary, width: int = 100, outline: bool = False) -> str:
    """Numbered summary lines, then the source sentence behind each number (and, with `outline`,
    each section's or source's own summary)."""
    out: list[str] = []
    if summary.document.title:
        out += [summary.document.title, ""]
    together = _together(summary)
    notes: list[str] = []
    noted: set[str] = set()
    for number, line in enumerate(summary.lines, start=1):
        labels = _marker_labels(number, line, together)
        markers = "".join(f"[{label}]" for label in labels)
        flags = f" ({', '.join(line.flags)})" if line.flags else ""
        out.append(textwrap.fill(f"{line.text} {markers}{flags}", width=width, subsequent_indent="  "))
        for label, citation in zip(labels, line.citations):
            if label in noted:
                continue
            noted.add(label)
            verbatim = line.origin == "extracted" and _quote(citation) == line.text
            head = f"[{label}] {_location(citation, summary)}"
            notes.append(head if verbatim else textwrap.fill(f'{head}: "{_quote(citation)}"', width=width, subsequent_indent="    "))
    if notes:
        out += ["", "Sources:", *notes]
    if outline and summary.sections:
        out += _outline_text(summary, width)
    if summary.warnings:
        out += ["", *(f"warning: {w}" for w in summary.warnings)]
    return "\n".join(out)


def render_markdown(summary: Summary, outline: bool = False) -> str:
    out: list[str] = []
    title = summary.document.title or summary.document.source
    out += [f"## Summary: {markdown_safe(title)}", ""]
    together = _together(summary)
    footnotes: list[str] = []
    noted: set[str] = set()
    for number, line in enumerate(summary.lines, start=1):
        refs = ""
        for label, citation in zip(_marker_labels(number, line, together), line.citations):
            key = label.replace(":", "-") if together else label
            refs += f"[^{key}]"
            if key not in noted:
                noted.add(key)
                footnotes.append(f"[^{key}]: {_location(citation, summary)}: “{markdown_safe(_quote(citation))}”")
        flags = f" _({', '.join(line.flags)})_" if line.flags else ""
        out.append(f"- {markdown_safe(line.text)}{refs}{flags}")
    if outline and summary.sections:
        out += ["", "### Outline", ""]
        for section in summary.sections:
            out.append(f"- **{_outline_heading(section, summary)}**")
            out += [f"  - {markdown_safe(line.text)} ({', '.join(c.label for c in line.citations)})" for line in section.lines]
    if summary.warnings:
        # A blank line between them: consecutive "> " lines would be one paragraph, run together.
        out += [line for w in summary.warnings for line in ("", f"> **Warning:** {markdown_safe(w)}")]
    if footnotes:
        out += ["", *footnotes]
    return "\n".join(out) + "\n"


def output_formats() -> list[str]:
    """The formats a summary renders to now: the built-in ones and any a plugin registered."""
    return RENDERERS.names()


def verification_formats() -> list[str]:
    return VERIFICATION_RENDERERS.names()


def render(result: Summary | Verification, fmt: str, outline: bool = False) -> str:
    """`result` (a `Summary`, or a `Verification` from `verify`) in the format registered as `fmt`;
    for a summary, `outline` adds each section's own summary where the built-in format shows one
    (JSON always holds them)."""
    # A summary has the method that chose it; a verification has the checker that judged it.
    if hasattr(result, "method") and hasattr(result, "lines"):
        registry = RENDERERS
    elif hasattr(result, "checker") and hasattr(result, "lines"):
        registry = VERIFICATION_RENDERERS
    else:
        from summarizer.errors import InputError

        raise InputError("render", f"takes a Summary or a Verification (from summarize or verify), got {type(result).__name__}")
    renderer: Callable[..., str] = registry.factory(fmt)
    if outline and registry is RENDERERS and fmt in ("text", "markdown", "html"):
        return renderer(result, outline=True)
    return renderer(result)
