"""Fetch one web page over HTTP(S) with a timeout and a size limit, then read its article.

Uses only the standard library's urllib, imported when a URL is actually fetched.
"""

from __future__ import annotations

from summarizer.errors import InputError
from summarizer.read.html import extract_html
from summarizer.read.sniff import looks_like_html
from summarizer.read.raw import RawText, check_not_blank, normalize_newlines, size_text

DEFAULT_TIMEOUT = 20.0
USER_AGENT = "summarizer (+https://pypi.org/project/summarizer)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_CHUNK = 64 * 1024


def _read_limited(response, url: str, max_bytes: int) -> bytes:  # type: ignore[no-untyped-def]
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise InputError(url, f"is {size_text(int(declared))}, over the {size_text(max_bytes)} limit (see --max-bytes)")
    parts: list[bytes] = []
    size = 0
    while True:
        part = response.read(min(_CHUNK, max_bytes + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
        if size > max_bytes:
            raise InputError(url, f"is over the {size_text(max_bytes)} limit (see --max-bytes)")
    return b"".join(parts)


def _decode(data: bytes, charset: str | None, url: str) -> str:
    """The page's declared charset, else UTF-8, else whatever trafilatura's detection finds."""
    if b"\x00" in data[:8192]:
        raise InputError(url, "sent binary data, not text")
    if charset:
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name: fall through to guessing
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from trafilatura.utils import decode_file

        return str(decode_file(data))


def fetch_url(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> RawText:
    """The article at `url`; an `InputError` naming the URL for every way fetching can fail."""
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in HTML_TYPES + TEXT_TYPES:
                raise InputError(url, f"is {content_type}, not an HTML page or plain text")
            charset = response.headers.get_content_charset()
            data = _read_limited(response, url, max_bytes)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        kind = "client error" if exc.code < 500 else "server error"
        raise InputError(url, f"the server answered {exc.code} {exc.reason} ({kind})") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, f"cannot reach the host ({getattr(reason, 'strerror', None) or reason})") from None
    except (TimeoutError, socket.timeout):
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (ConnectionError, OSError) as exc:
        raise InputError(url, f"the connection failed ({exc.strerror or exc})") from None
    text = _decode(data, charset, url)
    if content_type in TEXT_TYPES and not looks_like_html(text):  # servers mislabel pages as text/plain
        text = normalize_newlines(text)
        return RawText(check_not_blank(text, url), url, "text", metadata={"url": final_url})
    return extract_html(text, url, url=final_url)
