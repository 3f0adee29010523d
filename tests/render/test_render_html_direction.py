"""Right-to-left articles on the HTML page: each paragraph (and summary line) takes its direction
from its own text: from most of its letters, not only the first."""

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
    # a Hebrew paragraph right to left, so its full stop stands at its left end, where Hebrew
    # readers expect it; the English one left to right
    assert [p.get("dir") for p in paragraphs] == ["rtl", "ltr", "rtl"]


# Hebrew news that opens on a Latin name, as Hebrew tech and business news often does ("Google
# announced on Monday ..."): dir="auto" went by that first letter and laid the whole paragraph out
# left to right, its words in the wrong order around the name and the full stop at the wrong end.
LATIN_FIRST = (
    "Google הודיעה ביום שני על פתיחת מרכז פיתוח חדש בחיפה. החברה תעסיק במרכז כשש מאות עובדים.\n\n"
    "Intel ציינה כי היא מתכננת להרחיב את המפעל בקריית גת. ראש העיר בירך על ההחלטה."
)


def test_render_html_rtl_paragraph_opening_on_a_latin_name_stays_rtl() -> None:
    summary = Summarizer(sentences=2).summarize(LATIN_FIRST)
    page = lxml.html.document_fromstring(render_html(summary))
    assert [p.get("dir") for p in page.xpath("//article//p")] == ["rtl", "rtl"]
    lines = page.xpath("//li[contains(@class, 'line')]//span[@class='text']/bdi")
    assert lines and [bdi.get("dir") for bdi in lines] == ["rtl"] * len(lines)
