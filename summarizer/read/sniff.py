"""Telling a web page from text by its content, for input that arrives without a telling name
(stdin, a file with no or an unknown suffix, a URL served as text/plain)."""

from __future__ import annotations

import re

# A page starts with a doctype or one of the document's own elements, maybe after an XML
# declaration or comments.
_HTML_START = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(
    r"</?(?:a|article|b|blockquote|body|br|div|em|figcaption|figure|footer|h[1-6]|head|header|i|img|li|link|main|meta|"
    r"nav|ol|p|script|section|span|strong|style|table|td|title|tr|ul)\b[^<>]*>",
    re.IGNORECASE,
)
# Where a page's block ends: a closing block tag, or a <br> (a body whose paragraphs are <br>s).
_CLOSING_BLOCK_TAG = re.compile(r"</(?:p|div|li|article|section|h[1-6]|td|ul|ol|blockquote)>|<br\s*/?>", re.IGNORECASE)
SNIFF_CHARS = 4096


def looks_like_html(text: str) -> bool:
    """Whether text (decoded, not yet parsed) is a web page or a piece of one.

    Only a text that starts with markup can be HTML: a Markdown or text file that merely holds a
    tag (an image badge, a ``<br>``) never is. A piece of a page must also end with markup and be
    built of block elements or be mostly tags.
    """
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\n")
    if not head.startswith("<"):
        return False
    if _HTML_START.match(head):
        return True
    if not _HTML_TAG.match(head) or not text.rstrip().endswith(">"):
        return False
    tags = _HTML_TAG.findall(head)
    return len(_CLOSING_BLOCK_TAG.findall(head)) >= 3 or (len(tags) >= 5 and sum(map(len, tags)) >= 0.3 * len(head))
