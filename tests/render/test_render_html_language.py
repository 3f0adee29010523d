"""Which language each part of an HTML page is in: the page's own words (headings, labels, hints)
are English, the article's words are in the article's language, so a screen reader reads each in
the right voice (WCAG 3.1.1 and 3.1.2)."""

from __future__ import annotations

import lxml.html

from summarizer import Summarizer
from summarizer.batch.index_page import render_index
from summarizer.render.html import render_html

# Our own Arabic news text.
ARABIC = (
    "أعلنت وزارة الصحة يوم الاثنين عن حملة تطعيم جديدة تستهدف ملايين الأطفال في جميع المحافظات. "
    "وقال المتحدث باسم الوزارة إن الحملة ستستمر لمدة أسبوعين. "
    "ويأمل الأطباء أن تسهم الحملة في خفض معدلات الإصابة بالأمراض."
)


def test_render_html_page_words_are_english_and_the_article_its_own_language() -> None:
    summary = Summarizer(sentences=2, language="ar").summarize(ARABIC)
    page = lxml.html.document_fromstring(render_html(summary))
    assert page.get("lang") == "en"  # "Summary", "Warnings", "Skip to the article", ...
    assert page.xpath("//h2[@id='summary-heading']")[0].xpath("ancestor-or-self::*[@lang][1]/@lang") == ["en"]
    texts = page.xpath("//li[contains(@class, 'line')]//span[@class='text']/bdi")
    assert texts and all(t.xpath("ancestor-or-self::*[@lang][1]/@lang") == ["ar"] for t in texts)
    assert page.xpath("//article//p")[0].xpath("ancestor-or-self::*[@lang][1]/@lang") == ["ar"]


def test_render_html_index_marks_each_first_line_with_its_language() -> None:
    records = [
        {"id": "ar.txt", "status": "ok", "output": "ar.html", "language": "arabic", "language_code": "ar", "summary": ["أعلنت وزارة الصحة."]},
        {"id": "zh.txt", "status": "ok", "output": "zh.html", "language": "chinese", "language_code": "zh", "summary": ["上海市政府周一宣布。"]},
    ]
    page = lxml.html.document_fromstring(render_index(records, "auto"))
    assert page.get("lang") == "en"
    firsts = [row.xpath("td")[2] for row in page.xpath("//tbody/tr")]
    assert [cell.xpath("descendant-or-self::*[@lang][1]/@lang") for cell in firsts] == [["ar"], ["zh"]]


def test_render_html_sources_together_each_in_its_own_language() -> None:
    from summarizer import summarize_together

    hebrew = "מועצת העיר אישרה ביום שני תקציב חדש לתחבורה ציבורית. התקציב יגדל בעשרה אחוזים בשנה הבאה."
    summary = summarize_together([ARABIC, hebrew], sentences=4, language="auto")
    page = lxml.html.document_fromstring(render_html(summary))
    assert page.xpath("//h1/bdi/@lang") == []  # "2 sources: ..." is the page's own
    spans = [(s.first, s.last, s.language) for s in summary.sources]
    for line, bdi in zip(summary.lines, page.xpath("//li[contains(@class, 'line')]//span[@class='text']/bdi"), strict=True):
        first = line.citations[0].sentence
        language = next(lang for a, b, lang in spans if a <= first < b)
        assert bdi.get("lang") == {"arabic": "ar", "hebrew": "he"}[language]
    assert {p.get("lang") for p in page.xpath("//article//p")} == {"ar", "he", None}  # None: "Source 1: ..."
