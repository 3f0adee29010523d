"""Summary (or Verification) -> one self-contained HTML page to look at.

The page shows the summary with its ``[n]`` markers and, beneath, the whole article with every
cited sentence highlighted under an id, so that a marker is a plain link to its sentence (it
jumps with JavaScript off) and a cited sentence links back to the lines that use it. A little
inline script adds the two-way highlighting when a line or a sentence is selected.

Article text comes from the web, so the page is built by Jinja2 with autoescaping on: nothing
taken from the input is ever markup, and only ``http(s)`` URLs become links. The style and script
are inline (nothing is fetched) and pinned by hash in the page's Content-Security-Policy, so an
injected script would not run even if escaping were somehow bypassed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from summarizer.types import Citation, Document, Summary

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LETTER = re.compile(r"[^\W\d_]")
# Letters of the scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
# Mandaic, their presentation forms, and the historic ones of the SMP's RTL blocks.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")
_SAFE_SCHEMES = ("http", "https")


@dataclass(slots=True)
class Marker:
    label: str  # "1" or "1a"
    sentence: int


@dataclass(slots=True)
class LineView:
    number: int
    text: str
    markers: list[Marker]
    origin: str  # extracted | generated | replaced | checked
    notes: list[str] = field(default_factory=list)
    warn: bool = False  # the guard or the checker found something: the notes say why


@dataclass(slots=True)
class Segment:
    text: str
    sentence: int | None = None  # set for a cited sentence
    start: int = 0
    end: int = 0
    used_by: list[tuple[int, str]] = field(default_factory=list)  # (line number, marker label)


def safe_url(value: str | None) -> str | None:
    """`value` when it is an absolute http(s) URL fit to be a link; None for anything else
    (``javascript:``, ``data:``, relative paths, URLs with spaces or control characters)."""
    if not value or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in _SAFE_SCHEMES and parts.netloc else None


def _labels(number: int, count: int) -> list[str]:
    return [f"{number}{_LETTERS[k]}" if count > 1 else str(number) for k in range(count)]


def _markers(number: int, citations: tuple[Citation, ...]) -> list[Marker]:
    # Several sources together: "2:14" (source 2, sentence 14), as the text output writes them.
    if citations and all(getattr(c, "source", None) is not None for c in citations):
        return [Marker(c.label, c.sentence) for c in citations]
    return [Marker(label, c.sentence) for label, c in zip(_labels(number, len(citations)), citations)]


def _summary_lines(summary: Summary) -> list[LineView]:
    views = []
    for number, line in enumerate(summary.lines, start=1):
        notes: list[str] = []
        if line.origin == "generated" and line.support is not None:
            notes.append(f"written by the model; support {line.support:.2f} from its sources")
        elif line.origin == "generated":
            notes.append("written by the model")
        elif line.origin == "replaced":
            notes.append("the model's line was replaced by this source sentence")
        notes.extend(line.flags)
        warn = line.origin == "replaced" or bool(line.flags)
        views.append(LineView(number, line.text, _markers(number, line.citations), line.origin, notes, warn))
    return views


def _verified_lines(verification: Any) -> list[LineView]:
    views = []
    for number, line in enumerate(verification.lines, start=1):
        notes = [f"support {line.support:.2f}", *(str(p) for p in line.problems), *(f"warning: {p}" for p in line.warnings)]
        views.append(LineView(number, line.text, _markers(number, line.citations), "checked", notes, bool(line.problems)))
    return views


def _article(document: Document, lines: list[LineView]) -> list[list[Segment]]:
    """The article's paragraphs as runs of plain text and cited sentences (exact slices of the text)."""
    used: dict[int, list[tuple[int, str]]] = {}
    for line in lines:
        for marker in line.markers:
            used.setdefault(marker.sentence, []).append((line.number, marker.label))
    text = document.text
    by_paragraph: dict[int, list[Any]] = {}
    for sentence in document.sentences:
        if sentence.index in used:
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    paragraphs = []
    for paragraph in document.paragraphs:
        segments: list[Segment] = []
        at = paragraph.start
        for sentence in by_paragraph.get(paragraph.index, ()):
            if sentence.start > at:
                segments.append(Segment(text[at : sentence.start]))
            segments.append(Segment(sentence.text, sentence.index, sentence.start, sentence.end, used[sentence.index]))
            at = sentence.end
        if paragraph.end > at:
            segments.append(Segment(text[at : paragraph.end]))
        paragraphs.append(segments)
    return paragraphs


def _csp_hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


@lru_cache(maxsize=1)
def environment() -> Any:
    import jinja2  # lazy: `import summarizer` and the CLI's --help do not load it
    from markupsafe import Markup

    folder = resources.files("summarizer.render") / "templates"
    style = (folder / "page.css").read_text(encoding="utf-8")
    script = (folder / "page.js").read_text(encoding="utf-8")
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.render", "templates"),
        autoescape=True,  # every value from the input is escaped, whatever the template's name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        style=Markup(style),
        script=Markup(script),
        csp=f"default-src 'none'; style-src '{_csp_hash(style)}'; script-src '{_csp_hash(script)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'",
    )
    return env


def _details(document: Document, method: str, extra: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rows = [("source", document.source)]
    for name in ("url", "sitename", "author", "date"):
        if document.metadata.get(name):
            rows.append((name, document.metadata[name]))
    return rows + extra + [("method", method)]


def _outline_markers(citations: tuple[Citation, ...]) -> list[Marker]:
    if citations and all(getattr(c, "source", None) is not None for c in citations):
        return _markers(0, citations)
    return [Marker(f"s{c.sentence + 1}", c.sentence) for c in citations]


def _outline(summary: Summary) -> list[tuple[str, list[tuple[str, list[Marker]]]]]:
    """Each section's (or source's) heading and its own summary lines, for `--outline`."""
    from summarizer.render.renderers import _outline_heading

    return [
        (_outline_heading(section, summary), [(line.text, _outline_markers(line.citations)) for line in section.lines])
        for section in summary.sections
    ]


def _page(
    document: Document,
    lines: list[LineView],
    method: str,
    warnings: list[str],
    heading: str,
    outline: list[Any] | None = None,
    sources: tuple[Any, ...] = (),
) -> str:
    language, code = _language(document)
    details = _details(document, method, [("language", language or "not recorded")])
    paragraphs = _article(document, lines)
    return environment().get_template("page.html.j2").render(
        outline=outline or [],
        cited={m.sentence for line in lines for m in line.markers},
        title=document.title or document.source,
        heading=heading,
        details=details,
        safe_url=safe_url,
        lines=lines,
        warnings=warnings,
        paragraphs=paragraphs,
        paragraph_dirs=[_direction("".join(segment.text for segment in segments)) for segments in paragraphs],
        line_dirs=[_direction(line.text) for line in lines],
        lang=code,  # of the article's words; the page's own are English
        paragraph_langs=[_source_language(sources, code, lambda s, p=p: s.start <= p.start < s.end) for p in document.paragraphs],
        line_langs=[
            _source_language(sources, code, lambda s, m=line.markers: bool(m) and s.first <= m[0].sentence < s.last) for line in lines
        ],
        title_lang=code if document.title and not sources else None,  # ("3 sources: ..." is the page's own)
        sentences=len(document.sentences),
    )


def _language(document: Document) -> tuple[str | None, str | None]:
    """(the document's language name, its ISO code for the `lang` attribute of the article's
    words: a screen reader picks its voice from it)."""
    from summarizer.lang import code_of

    name = getattr(document, "language", None) or document.metadata.get("language")
    return name, code_of(name) if name else None


def _direction(text: str) -> str:
    """"rtl" where most of `text`'s letters are of a right-to-left script, "ltr" where most are
    not, "auto" without letters. Not the first letter alone, as `dir="auto"` goes by: Hebrew news
    that opens on "Google" is still right to left."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return "auto"
    return "rtl" if 2 * len(_RTL_LETTER.findall(text)) > letters else "ltr"


def _source_language(sources: tuple[Any, ...], code: str | None, inside: Any) -> str | None:
    """The language code of the words that `inside(source)` places in a source: for several
    sources together (they may be in different languages) that source's, or None outside every
    source (the "Source 2: ..." lines are the page's own); else the document's `code`."""
    from summarizer.lang import code_of

    if not sources:
        return code
    source = next((s for s in sources if inside(s)), None)
    return code_of(source.language) if source is not None and source.language else None


def render_html(summary: Summary, outline: bool = False) -> str:
    """The summary as one self-contained HTML page (see the module's docstring); several sources
    together are shown one after another, each under its "Source n" line."""
    return _page(
        summary.document,
        _summary_lines(summary),
        summary.method,
        list(summary.warnings),
        "Summary of several sources" if getattr(summary, "sources", ()) else "Summary",
        _outline(summary) if outline and getattr(summary, "sections", ()) else None,
        tuple(getattr(summary, "sources", ())),
    )


def render_verification_html(verification: Any) -> str:
    """A `Verification` (from `summarize check`) as the same page: each line's problems listed."""
    problems = len(verification.problems)
    warnings = [f"{problems} problem{'s' if problems != 1 else ''} found: see the flagged lines"] if problems else []
    passed = len(verification.warnings)  # found, but passed by the checker's own verdict (--checker learned)
    if passed:
        warnings.append(f"{passed} problem{'s' if passed != 1 else ''} found in lines the checker's verdict passed: see the lines' warnings")
    if verification.stats.get("script"):
        warnings.append(verification.stats["script"])
    return _page(
        verification.document,
        _verified_lines(verification),
        f"checked with {verification.checker}",
        warnings,
        "Summary checked against its sources" if getattr(verification, "sources", ()) else "Summary checked against its source",
        sources=tuple(getattr(verification, "sources", ())),
    )
