"""Verification (from `summarize check` or `verify()`) -> text, Markdown or JSON.

Registered in `summarizer.components.VERIFICATION_RENDERERS`, as a summary's formats are in
`RENDERERS`: `summarizer.render.render(result, fmt)` renders either.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from summarizer.render.display import markdown_safe
from summarizer.scripts import joined_lines

if TYPE_CHECKING:
    from summarizer.types import Citation
    from summarizer.verify.verification import Verification


def _tally(verification: Verification) -> str:
    bad = sum(1 for line in verification.lines if not line.supported)
    tally = f"{len(verification.lines) - bad} of {len(verification.lines)} lines supported"
    # Lines the checker's own verdict passed despite problems found (`--checker learned`): said up
    # front, so that "SUPPORTED" is not read as "nothing found".
    warned = sum(1 for line in verification.lines if line.supported and line.warnings)
    return f"{tally}, {warned} of them with warnings" if warned else tally


def _where(citation: Citation, verification: Verification) -> str:
    """Where a cited sentence is: its characters, and with several sources, which source (its
    characters counted in that source, as `--together`'s output counts them)."""
    if citation.source is None or not verification.sources:
        return f"{citation.start}-{citation.end}"
    span = verification.sources[citation.source - 1]
    return f"source {citation.source}, {span.source}, chars {citation.start - span.start}-{citation.end - span.start}"


def _cited(verification: Verification) -> list[Citation]:
    """Every cited sentence once, in the order of the text (of the sources, one after another)."""
    return [c for _, c in sorted({c.sentence: c for line in verification.lines for c in line.citations}.items())]


def render_json(verification: Verification, indent: int | None = 2) -> str:
    return json.dumps(verification.to_dict(), indent=indent, ensure_ascii=False)


def render_text(verification: Verification) -> str:
    verdict = "SUPPORTED" if verification.supported else "NOT SUPPORTED"
    out = [f"{verdict}: {_tally(verification)} (checker: {verification.checker})", ""]
    if verification.stats.get("script"):
        out[1:1] = [f"note: {verification.stats['script']}"]
    for number, line in enumerate(verification.lines, start=1):
        markers = "".join(f"[{c.label}]" for c in line.citations) or "[no source]"  # [14], or [2:14] of several sources
        out.append(f"{number}. {line.text} {markers}")
        out.extend(f"   ! {p.message}" for p in line.problems)
        out.extend(f"   ? {p.message} (a warning: the checker's verdict passed the line)" for p in line.warnings)
    cited = _cited(verification)
    if cited:
        out += ["", "Sources:"]
        out += [f"[{c.label}] ({_where(c, verification)}) {joined_lines(c.text)}" for c in cited]
    return "\n".join(out)


def render_markdown(verification: Verification) -> str:
    verdict = "Supported" if verification.supported else "Not supported"
    out = [f"**{verdict}**: {_tally(verification)} (checker `{verification.checker}`)", ""]
    if verification.stats.get("script"):
        out[1:1] = ["", f"> **Note:** {markdown_safe(verification.stats['script'])}"]
    for line in verification.lines:
        markers = "".join(f"[^{_key(c)}]" for c in line.citations)
        out.append(f"- {'✓' if line.supported else '✗'} {markdown_safe(line.text)}{markers}")
        out.extend(f"  - *{p.kind}*: {markdown_safe(p.message)}" for p in line.problems)
        out.extend(f"  - *{p.kind}* (warning): {markdown_safe(p.message)}" for p in line.warnings)
    cited = _cited(verification)
    if cited:
        out.append("")
        out += [f"[^{_key(c)}]: {_source_named(c, verification)}{markdown_safe(joined_lines(c.text))}" for c in cited]
    return "\n".join(out)


def _key(citation: Citation) -> str:
    """A footnote's key: the sentence's number, or "2-14" for source 2's sentence 14."""
    return citation.label.replace(":", "-")


def _source_named(citation: Citation, verification: Verification) -> str:
    if citation.source is None or not verification.sources:
        return ""
    return f"source {citation.source} ({markdown_safe(verification.sources[citation.source - 1].source)}): "
