"""Turn what the caller handed us (text, bytes, a file, a stream) into checked, decoded text.

The type decides what an input is; nothing is guessed from a string's content (see `read_input`).

The format comes from the caller, else from a file's suffix, else from the content (a web page
piped in or saved as ``page`` or ``story.php`` is read as HTML); the encoding is UTF-8, or what a
byte-order mark or UTF-16's NUL bytes say, or for a web page that is not UTF-8 the charset its
head declares.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import InputError, UnknownComponentError
from summarizer.read.sniff import SNIFF_CHARS, looks_like_html
from summarizer.read.raw import RawText, check_not_blank, normalize_newlines, size_text

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html"}
INPUT_FORMATS = ("text", "markdown", "html")
# Decide from the content: stdin, raw bytes, and files whose suffix says nothing about the format
# (none, or a server script's name under which pages get saved).
AUTO = "auto"
STDIN_NAME = "<stdin>"
STRING_NAME = "<text>"


_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")


def has_url_scheme(value: str) -> bool:
    """``scheme://...`` on one line without spaces. Only the command line asks: there an argument
    always names an input, and this tells a URL from a file name. The library never guesses."""
    return _URL_SCHEME.fullmatch(value.strip()) is not None


def format_for_path(path: Path, default: str = AUTO) -> str:
    """The format a file's suffix names; `default` (decide from the content) for any other suffix."""
    suffix = path.suffix.lower()
    return HTML_SUFFIXES.get(suffix) or TEXT_SUFFIXES.get(suffix, default)


# Byte-order marks, longest first: a UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# What people most often hand us by mistake, so the error can say what it is.
_BINARY_KINDS = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (as .docx and .epub files are)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
)
# Control characters that never occur in text: their presence means a wrong guess or binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
UTF16_MIN_NUL_SHARE = 0.3
# A page's declaration of its encoding, looked for in its first bytes as browsers do (they look in
# 1,024; saved pages put scripts and styles first more often).
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
CHARSET_SNIFF_BYTES = 4096
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}


def _binary_error(data: bytes, source: str) -> InputError:
    kind = next((name for magic, name in _BINARY_KINDS if data.startswith(magic)), None)
    problem = "looks like a binary file, not text"
    return InputError(source, f"{problem}: it starts like {kind}" if kind else problem)


def _utf16_codec(head: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by its NUL bytes: text that is mostly Latin script
    has a NUL in every character's high byte, always on the same side of the pair. Data with NULs
    on both sides is binary."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    few = max(1, pairs // 50)  # a character such as U+0100 has a NUL low byte
    if odd >= UTF16_MIN_NUL_SHARE * pairs and even <= few:
        return "utf-16-le"
    if even >= UTF16_MIN_NUL_SHARE * pairs and odd <= few:
        return "utf-16-be"
    return None


def wide_encoding(head: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when `head` (a file's first bytes) is text in one of them, as `decode`
    would read it: by its byte-order mark, or by UTF-16's NUL bytes."""
    for bom, _codec, name in _BOMS:
        if head.startswith(bom):
            return None if name == "UTF-8" else name
    return "UTF-16" if b"\x00" in head and _utf16_codec(head) else None


def decode(data: bytes, source: str, fmt: str | None = None) -> str:
    """Text with line endings made ``\\n``: UTF-8, or UTF-8/16/32 with a byte-order mark, or UTF-16
    without one when its NUL bytes say so unambiguously; a web page (`fmt` html, or no format and
    it looks like one) that is not UTF-8 in the charset its head declares. Binary data is refused."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    source, f"starts with a {name} byte-order mark but is not valid {name} (at byte {exc.start + len(bom)})"
                ) from None
            if codec != "utf-8" and _CONTROL.search(text):
                raise _binary_error(data, source)
            return normalize_newlines(text)
    head = data[:8192]
    if any(data.startswith(magic) for magic, _ in _BINARY_KINDS):
        raise _binary_error(data, source)
    if b"\x00" in head:
        codec = _utf16_codec(head)
        if codec is None:
            raise _binary_error(data, source)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise _binary_error(data, source) from None
        if _CONTROL.search(text):
            raise _binary_error(data, source)
        return normalize_newlines(text)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        charset = declared_charset(data) if _page(data, fmt) else None
        if charset is None:
            raise InputError(
                source, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8"
            ) from None
        text = data.decode(charset, errors="replace")
    return normalize_newlines(text)


def _page(data: bytes, fmt: str | None) -> bool:
    if fmt is None or fmt == AUTO:
        return looks_like_html(data[:SNIFF_CHARS].decode("latin-1"))
    return fmt == "html"


def declared_charset(data: bytes) -> str | None:
    """The codec a web page's head names for itself (``<meta charset=...>``, or the charset of a
    ``<meta http-equiv="Content-Type">``), read as browsers read it (Latin-1 and ASCII as
    Windows-1252, GB2312 as its superset). None when it names none, or one that is not
    ASCII-compatible (UTF-16)."""
    match = _META_CHARSET.search(data, 0, CHARSET_SNIFF_BYTES)
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if codec.startswith("utf"):
        return None
    return _AS_BROWSERS_READ.get(codec, codec)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    source = str(path)
    try:
        if not path.exists():
            raise InputError(source, "no such file")
        if path.is_dir():
            raise InputError(source, "is a directory, not a file (use `summarize batch` for folders)")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"is {size_text(size, max_bytes)}, over the {size_text(max_bytes, size)} limit (see --max-bytes)")
        with path.open("rb") as stream:  # a device or a pipe (/dev/zero, `<(command)`) has no size: read at most the limit
            return _stream_bytes(stream, max_bytes, source)
    except OSError as exc:
        raise InputError(source, file_problem(exc)) from None


def file_problem(exc: OSError) -> str:
    """What an OS error opening or reading a file says, in the words our messages use after the
    file's name: "no such file", "is a directory, not a file", "permission denied", else "cannot
    be read (the OS's reason)"; for the article and for a summary file (`summarize check -s`)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot be read ({exc.strerror or exc})"


def _stream_bytes(stream: BinaryIO, max_bytes: int, source: str) -> bytes:
    data = stream.read(max_bytes + 1)
    if not isinstance(data, bytes):  # sys.stdin, open(path) without "b"
        raise InputError(source, "is a text stream; pass a binary one (sys.stdin.buffer, open(path, 'rb'))")
    if len(data) > max_bytes:
        raise InputError(source, f"is over the {size_text(max_bytes)} limit (see --max-bytes)")
    return data


def checked_format(fmt: str | None) -> str | None:
    """`fmt` if it is an input format or `AUTO` (None: decide as for no format); anything else is
    refused, as the command line's --input-format refuses it, rather than read as plain text."""
    if fmt is not None and fmt != AUTO and fmt not in INPUT_FORMATS:
        raise UnknownComponentError("input format", fmt, (AUTO, *INPUT_FORMATS))
    return fmt


def read_stream(stream: BinaryIO, max_bytes: int, fmt: str | None = None, source: str = STDIN_NAME) -> RawText:
    """An open binary stream (standard input, an upload), read up to `max_bytes`."""
    fmt = checked_format(fmt)
    return raw_from_bytes(_stream_bytes(stream, max_bytes, source), source, fmt)


def read_path(path: str | os.PathLike[str], max_bytes: int, fmt: str | None = None) -> RawText:
    """A file, read as `fmt` when given, else as its suffix says, else as its content looks."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    return raw_from_bytes(data, str(path), fmt if fmt and fmt != AUTO else format_for_path(path))


def raw_from_bytes(data: bytes, source: str, fmt: str | None = None) -> RawText:
    """Decoded `data` as `fmt`; with no format (or `AUTO`), HTML when it looks like a page."""
    return raw_from_text(decode(data, source, fmt), source, fmt)


def raw_from_text(text: str, source: str, fmt: str | None = None) -> RawText:
    if fmt is None or fmt == AUTO:
        fmt = "html" if looks_like_html(text) else "text"
    if fmt == "html":
        from summarizer.read.html import extract_html  # the stdlib html parser only when a page comes

        return extract_html(text, source)
    return RawText(check_not_blank(text, source), source, fmt)


def read_input(source: str | os.PathLike[str] | bytes, max_bytes: int, fmt: str | None = None) -> RawText:
    """Read what the caller handed over, as its type says: a `str` is the article text itself
    (never a file name, a URL or ``-``), `bytes` are its encoded text, an `os.PathLike` (a
    `pathlib.Path`) names a file. URLs are fetched only by `read.fetch.fetch_url`, standard
    input only by `read_stream`: untrusted text can never make the library open or fetch anything.

    Without `fmt`, a file's suffix decides when it names a format; otherwise the content does: a
    web page is read as HTML.
    """
    fmt = checked_format(fmt)
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise InputError(STRING_NAME, f"is {size_text(len(source), max_bytes)}, over the {size_text(max_bytes, len(source))} limit (see max_bytes)")
        return raw_from_bytes(source, STRING_NAME, fmt)
    if isinstance(source, os.PathLike):
        return read_path(source, max_bytes, fmt)
    if not isinstance(source, str):
        raise InputError(repr(source)[:60], "is not text (str), bytes or a pathlib.Path")
    if len(source.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(STRING_NAME, "is over the size limit (see max_bytes)")
    return raw_from_text(normalize_newlines(source), STRING_NAME, fmt)
