"""Fetch one web page over HTTP(S) with a timeout and a size limit, then read its article.

Only an explicit call fetches (`summarizer.read_url`, ``url=``, the command line's URL argument):
the library never takes a string for a URL. A fetch goes only to public addresses unless the
caller allows private ones: every address a host resolves to is checked, before the first
request and after each redirect (followed here, a bounded number of times), so a page cannot
send us to an internal service. Uses only the standard library, imported when a URL is fetched.
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
FETCHED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _read_limited(response, url: str, max_bytes: int, deadline: float) -> bytes:  # type: ignore[no-untyped-def]
    """The body, up to `max_bytes`, by `deadline` (a `time.monotonic()` value; `TimeoutError`
    after it). The socket's time-out bounds one wait only: a server that sends a byte now and
    then would otherwise be waited for without end."""
    import time

    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise InputError(url, f"is {size_text(int(declared), max_bytes)}, over the {size_text(max_bytes, int(declared))} limit (see --max-bytes)")
    parts: list[bytes] = []
    size = 0
    while True:
        part = response.read1(min(_CHUNK, max_bytes + 1 - size))  # what has arrived, after at most one wait
        if not part:
            break
        if time.monotonic() > deadline:
            raise TimeoutError
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


class _Refused(Exception):
    """A URL or an address that fetching will not go to; the message says why."""


def address_refusal(address: str) -> str | None:
    """Why `address` (an IP as text) is not on the public internet, or None when it is.

    An IPv6 address that carries an IPv4 one (mapped ``::ffff:a.b.c.d``, 6to4, Teredo) is
    judged by the IPv4 address too, since that is where packets may end up."""
    import ipaddress

    ip = ipaddress.ip_address(address.split("%", 1)[0])  # a link-local zone id ("fe80::1%eth0")
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        candidates = [ip.ipv4_mapped]  # the IPv4 address itself, however it is written
    elif isinstance(ip, ipaddress.IPv6Address):
        candidates += [e for e in (ip.sixtofour, ip.teredo[1] if ip.teredo else None) if e is not None]
    for candidate in candidates:
        for kind in ("loopback", "private", "link_local", "multicast", "reserved", "unspecified"):
            if getattr(candidate, f"is_{kind}"):
                return f"{kind.replace('_', '-')} address {candidate}"
        if not candidate.is_global:  # shared (carrier-grade NAT), documentation and other special ranges
            return f"non-public address {candidate}"
    return None


def _checked_addresses(host: str, port: int, allow_private: bool) -> list[tuple]:  # type: ignore[type-arg]
    """Every address `host` resolves to, each checked: one private address refuses the host, so a
    name that resolves both ways cannot be used to reach an internal machine."""
    import socket

    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _Refused(f"cannot resolve the host {host} ({getattr(exc, 'strerror', None) or exc})") from None
    if not found:
        raise _Refused(f"cannot resolve the host {host}")
    if not allow_private:
        for *_, sockaddr in found:
            why = address_refusal(sockaddr[0])
            if why:
                where = f"{host} is a {why}" if host.strip("[]") == sockaddr[0] else f"{host} resolves to a {why}"
                raise _Refused(f"refused: {where} (allow_private=True, or --allow-private-urls, allows it)")
    return found


def _connection(scheme: str, host: str, port: int, timeout: float, allow_private: bool):  # type: ignore[no-untyped-def]
    """An HTTP(S) connection that goes only to the addresses checked here.

    The addresses are resolved and checked once, and the socket is opened to one of them, so the
    name cannot resolve to another address between the check and the connection. TLS still
    verifies the certificate against the host name. Proxies from the environment are not used:
    a proxy would make the connection, and its address is not the one checked."""
    import http.client
    import socket

    addresses = _checked_addresses(host, port, allow_private)

    def connect(_address: tuple[str, int], timeout: float = timeout, source_address: object = None) -> socket.socket:
        last: OSError | None = None
        for family, kind, proto, _, sockaddr in addresses:
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                last = exc
        raise last or OSError("no address to connect to")

    cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    connection = cls(host, port, timeout=timeout)
    connection._create_connection = connect  # type: ignore[attr-defined]
    return connection


def _target(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path with query) of an http(s) URL; anything else is refused."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise _Refused(f"is not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in FETCHED_SCHEMES:
        raise _Refused(f"the {scheme or 'missing'}:// scheme is not supported; only http and https URLs are fetched")
    if not parts.hostname:
        raise _Refused("names no host")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80), path


def fetch_url(
    url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT, allow_private: bool = False, max_redirects: int = MAX_REDIRECTS
) -> RawText:
    """The article at `url`; an `InputError` naming the URL for every way fetching can fail.

    Only http(s) URLs whose host resolves to public addresses are fetched, unless `allow_private`
    (loopback, private, link-local, multicast, reserved and unspecified addresses). Redirects are
    followed here, at most `max_redirects`, each new address checked the same way."""
    import http.client
    import socket
    import time
    from urllib.parse import urljoin

    if not isinstance(url, str):  # a Path or None would fail on .strip() below
        raise InputError(repr(url)[:60], "is not a URL (a str such as https://example.com/story)")
    deadline = time.monotonic() + timeout  # for the whole fetch, redirects included
    current = url.strip()
    try:
        for _hop in range(max_redirects + 1):
            try:
                scheme, host, port, path = _target(current)
                connection = _connection(scheme, host, port, timeout, allow_private)
            except _Refused as exc:
                raise _Refused(f"redirected to {current}, but {exc}" if current != url.strip() else str(exc)) from None
            try:
                headers = {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8", "Accept-Encoding": "identity"}
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                if response.status in REDIRECTS:
                    location = response.getheader("Location")
                    if not location:
                        raise _Refused(f"the server answered {response.status} without a Location to go to")
                    current = urljoin(current, location.strip())
                    continue
                if response.status >= 400:
                    kind = "client error" if response.status < 500 else "server error"
                    raise _Refused(f"the server answered {response.status} {response.reason} ({kind})")
                content_type = response.msg.get_content_type()
                if content_type not in HTML_TYPES + TEXT_TYPES:
                    raise _Refused(f"is {content_type}, not an HTML page or plain text")
                charset = response.msg.get_content_charset()
                data = _read_limited(response, url, max_bytes, deadline)
                break
            finally:
                connection.close()
        else:
            raise _Refused(f"more than {max_redirects} redirects (the last to {current})")
    except _Refused as exc:
        raise InputError(url, str(exc)) from None
    except (TimeoutError, socket.timeout):
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except ConnectionRefusedError:
        raise InputError(url, "cannot reach the host (connection refused)") from None
    except (ConnectionError, OSError) as exc:
        raise InputError(url, f"cannot reach the host ({getattr(exc, 'strerror', None) or exc})") from None
    except http.client.HTTPException as exc:
        raise InputError(url, f"the server's answer could not be read ({type(exc).__name__})") from None
    final_url = current
    text = _decode(data, charset, url)
    if content_type in TEXT_TYPES and not looks_like_html(text):  # servers mislabel pages as text/plain
        text = normalize_newlines(text)
        return RawText(check_not_blank(text, url), url, "text", metadata={"url": final_url})
    return extract_html(text, url, url=final_url)
