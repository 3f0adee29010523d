"""Right-to-left articles on the HTML page: each paragraph takes its direction from its own text."""

from __future__ import annotations

import lxml.html

from summarizer import Summarizer
from summarizer.render.html import render_html

# Our own Hebrew news text, with an English paragraph between, so one page holds both directions.
MIXED_ARTICLE = (
    "מועצת העיר אישרה ביום שני תקציב חדש לתחבורה ציבורית. התקציב יגדל בעשרה אחוזים בשנה הבאה.\n\n"
    "The council's transport chair said the plan would add four bus routes.\n\n"
    "ראש העיר אמר כי הקווים החדשים יפעלו עד סוף השנה. תושבים רבים ביקשו קווי לילה נוספים."
)


def test_render_html_article_paragraphs_take_their_own_direction() -> None:
    summary = Summarizer(sentences=2).summarize(MIXED_ARTICLE)
    paragraphs = lxml.html.document_fromstring(render_html(summary)).xpath("//article//p")
    assert len(paragraphs) == len(summary.document.paragraphs) == 3
    # dir="auto": a browser sets each paragraph right-to-left or left-to-right by its first strong
    # letter, so a Hebrew paragraph's full stop stands at its left end, where Hebrew readers expect it
    assert [p.get("dir") for p in paragraphs] == ["auto", "auto", "auto"]
