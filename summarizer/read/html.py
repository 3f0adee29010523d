"""Main text, title, author and date of a web page, found by trafilatura.

The article's text becomes `RawText.text` (so every later offset points into it), the page's
title becomes `RawText.title`, and the author, date and site name go into `RawText.metadata`.
When what trafilatura finds is thin (a caption, a teaser) and the page carries the story in its
JSON-LD ``articleBody``, that body is the article's text instead.
"""

from __future__ import annotations

import bisect
import functools
import html as html_entities
import json
import re
from collections.abc import Iterator
from typing import Any

from summarizer.errors import InputError, MissingResourceError
from summarizer.read.raw import RawText, normalize_newlines

METADATA_FIELDS = ("author", "date", "sitename", "url")
# schema.org types whose `articleBody` is the story: Article and its news kinds, blog posts.
ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"})
# Extracted text shorter than this share of the JSON-LD body is a teaser or a caption of it.
THIN_SHARE = 0.5
# A page with no sentence still has an article when there is this much of it (lists, tables).
MIN_WORDS_WITHOUT_SENTENCE = 50

_LD_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
# Four words or more, then a sentence's end (maybe inside quotes or brackets); in scripts written
# without spaces, ten characters or more before a full stop.
_SENTENCE = re.compile(r"(?:\S+[ \t]+){3,}\S*?[.!?…][\"'”’)\]]*(?=\s|$)|\S{10,}[。！？]")
_LD_WRAPPER = re.compile(r"^\s*(?:/\*\s*)?(?:<!\[CDATA\[|<!--)(?:\s*\*/)?|(?:/\*\s*)?(?:\]\]>|-->)(?:\s*\*/)?\s*$")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote)>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[a-z/!][^<>]*>", re.IGNORECASE)
# A heading with code inside it ("<h1>Title<script>...</script></h1>"): the page's title is read
# from the heading's text, which includes the code's. Only code inside a heading goes, so every
# other page reaches trafilatura byte for byte as it was.
_HEADING_TAG = re.compile(r"<(/?)h[1-6]\b", re.IGNORECASE)
_CODE_OPENING = re.compile(r"<(script|style|noscript|template)\b[^>]*>", re.IGNORECASE)
_CODE_CLOSING = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "noscript", "template")}


@functools.lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura's timeout uses SIGALRM, which only works in a main thread: batch workers and
    # test servers run us elsewhere, and our own size limit already bounds the work.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # Its extensive date search guesses from anything dated on the page: "© 2026" in a footer became
    # a publication date of 2026-01-01. Dates in meta tags, <time>, the URL or a byline are still found.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _first_line(text: str) -> tuple[str, int]:
    stop = text.find("\n")
    stop = len(text) if stop == -1 else stop
    return text[:stop].strip(), stop


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def has_article_text(text: str) -> bool:
    """Whether extracted text is a story rather than menu words and labels ("Home News")."""
    return _SENTENCE.search(text) is not None or len(text.split()) >= MIN_WORDS_WITHOUT_SENTENCE


def _ld_nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD value, however nested: a list of them, an ``@graph``, or an
    article inside a page's ``mainEntity`` (bounded depth: the data is the page's, not ours)."""
    if depth > 8:
        return
    if isinstance(value, list):
        for item in value:
            yield from _ld_nodes(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for item in value.values():
            if isinstance(item, (dict, list)):
                yield from _ld_nodes(item, depth + 1)


def _is_article(node: dict[str, Any]) -> bool:
    """An Article of any kind: a known type, or any "...Article"/"...Posting" type (schema.org has
    many: OpinionNewsArticle, LiveBlogPosting, ...), or a node with no type that holds a body."""
    kinds = node.get("@type")
    if kinds is None:
        return True
    kinds = kinds if isinstance(kinds, list) else [kinds]
    names = [kind.rsplit("/", 1)[-1] for kind in kinds if isinstance(kind, str)]
    return any(name in ARTICLE_TYPES or name.endswith(("Article", "Posting")) for name in names)


def _as_text(body: str) -> str:
    """An `articleBody` as plain text: some sites put HTML or entities inside the JSON string."""
    if _ANY_TAG.search(body):
        body = _ANY_TAG.sub("", _BREAK_TAG.sub("\n", body))
    if _ENTITY.search(body):
        body = html_entities.unescape(body)
    return normalize_newlines(body).strip()


def json_ld_body(html: str) -> str | None:
    """The longest `articleBody` of an article in the page's JSON-LD, decoded from its JSON string."""
    bodies = []
    for match in _LD_SCRIPT.finditer(html):
        try:
            # Raw newlines inside strings happen, and so do CDATA or comment wrappers.
            data = json.loads(_LD_WRAPPER.sub("", match.group(1)), strict=False)
        except ValueError:
            continue  # broken JSON-LD is common and is only ever a fallback
        for node in _ld_nodes(data):
            body = node.get("articleBody")
            if _is_article(node) and isinstance(body, str) and body.strip():
                bodies.append(_as_text(body))
    return max(bodies, key=len, default=None) or None


def _prefer_json_ld(text: str, body: str | None) -> bool:
    """Whether the JSON-LD body beats trafilatura's text: that text is no story, a small part of
    the body (a teaser, a caption), or the body itself with its paragraph breaks flattened."""
    if body is None or not has_article_text(body):
        return False
    if not has_article_text(text) or _same_words(text, body):
        return True
    return len(text.split()) < THIN_SHARE * len(body.split())


# Blocks of a page that are furniture rather than story: marked so by their class or id, holding
# mostly link text, or a short block with a "Read more" link (a teaser or an advert).
_FURNITURE_CLASS = frozenset(
    "promo promos promotion sponsored sponsor advert adverts advertisement ad ads teaser teasers related "
    "recommended sidebar newsletter outbrain taboola partner".split()
)
_CLASS_TOKEN = re.compile(r"[a-z]+")
_READ_MORE = re.compile(r"^\s*(?:read|learn|see|find\s+out)\s+more\b|^\s*continue\s+reading\b", re.IGNORECASE)
LINK_DENSE = 0.5  # share of a block's words that are link text
MAX_TEASER_WORDS = 80  # a "Read more" block longer than this is the story itself
MIN_DROPPED_CHARS = 20  # shorter extracted lines are left to the sentence rules


def _furniture_blocks(html: str) -> list[str]:
    """The texts (words joined by single spaces, lower-cased) of a page's furniture blocks."""
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - trafilatura depends on lxml
        return []
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return []
    total = len(root.text_content().split()) or 1
    blocks = []
    for element in root.iter("div", "section", "aside", "ul", "ol", "li", "figure", "p"):
        words = " ".join(element.text_content().split())
        count = len(words.split())
        if not count or count > 0.5 * total:
            continue  # nothing there, or the page's main container
        marks = element.get("class", "") + " " + element.get("id", "")
        by_class = not _FURNITURE_CLASS.isdisjoint(_CLASS_TOKEN.findall(marks.lower()))
        links = element.findall(".//a")
        link_words = sum(len(a.text_content().split()) for a in links)
        read_more = count <= MAX_TEASER_WORDS and any(_READ_MORE.match(a.text_content() or "") for a in links)
        if by_class or read_more or (links and element.tag in ("div", "section", "aside", "ul", "ol") and link_words >= LINK_DENSE * count):
            blocks.append(words.lower())
    return blocks


def _without_furniture(text: str, html: str) -> str:
    """The extracted text without the lines that come from a furniture block of the page."""
    blocks = _furniture_blocks(html)
    if not blocks:
        return text
    kept = []
    for line in text.split("\n"):
        flat = " ".join(line.split()).lower()
        if len(flat) >= MIN_DROPPED_CHARS and any(flat in block for block in blocks):
            continue
        kept.append(line)
    return "\n".join(kept)


def _without_code_in_headings(html: str) -> str:
    """`html` without the code elements that stand inside a heading: one whose last heading tag
    before it opens one. A single pass over the page's tags, whatever its size."""
    if "<h" not in html and "<H" not in html:
        return html
    tags = [(m.start(), not m.group(1)) for m in _HEADING_TAG.finditer(html)]
    if not tags:
        return html
    starts = [at for at, _ in tags]
    pieces: list[str] = []
    kept_to = ended = 0
    never_closed: set[str] = set()
    for opening in _CODE_OPENING.finditer(html):
        name = opening.group(1).lower()
        if opening.start() < ended or name in never_closed:
            continue  # inside the code element before it: code is raw text up to its closing tag
        closing = _CODE_CLOSING[name].search(html, opening.end())
        if closing is None:
            never_closed.add(name)  # so no later opening of its kind searches the page again
            continue
        ended = closing.end()
        before = bisect.bisect_left(starts, opening.start()) - 1
        if before >= 0 and tags[before][1]:
            pieces.append(html[kept_to : opening.start()])
            kept_to = ended
    return "".join(pieces) + html[kept_to:] if pieces else html


def _preview(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def extract_html(html: str, source: str, url: str | None = None) -> RawText:
    """The article inside `html`; an `InputError` naming `source` when there is none."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a core dependency
        raise MissingResourceError("reading HTML needs trafilatura: pip install trafilatura") from None
    if not html.strip():
        raise InputError(source, "is empty")
    try:
        found = trafilatura.bare_extraction(
            _without_code_in_headings(html), url=url, with_metadata=True, include_comments=False, include_tables=False, config=_config()
        )
    except (ValueError, TypeError) as exc:
        raise InputError(source, f"cannot be parsed as HTML ({exc})") from None
    text = normalize_newlines(getattr(found, "text", None) or "").strip()
    if text:
        text = _without_furniture(text, html).strip() or text
    body = json_ld_body(html)
    if _prefer_json_ld(text, body):
        text = body or ""
    if not text:
        raise InputError(source, "holds no article text that could be extracted from its HTML")
    if not has_article_text(text):
        raise InputError(
            source, f"holds no article text that could be extracted from its HTML (only {_preview(text)!r}, no sentence)"
        )
    title = (getattr(found, "title", None) or "").strip() or None
    if title:
        # The page's <h1> usually repeats the title as the text's first line; it is not a sentence
        # of the story, so it goes (the text stays the extracted text, just without that line).
        first, stop = _first_line(text)
        if _same_words(first, title) and text[stop:].strip():
            text = text[stop:].lstrip("\n")
    metadata = {
        name: str(value).strip()
        for name in METADATA_FIELDS
        if (value := getattr(found, name, None)) and str(value).strip()
    }
    if url and "url" not in metadata:
        metadata["url"] = url  # where a fetched page really came from, after redirects
    return RawText(text, source, "html", title, metadata)
