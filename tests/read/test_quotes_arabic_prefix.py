"""An Arabic one-letter prefix joined by a tatweel to a quoted name (لـ"الوطن", "to Al-Watan";
بـ"طلب", "with 'request'") opens the quotation: the mark after the tatweel is not a Hebrew
acronym's gershayim, and the sentence holding it is whole, not a piece of a quotation."""

from __future__ import annotations

from summarizer.extract.candidates import candidate_weights
from summarizer.read.document import build_document
from summarizer.read.quotes import has_quote_mark, quotations, unbalanced
from summarizer.read.raw import RawText

REPORT = 'قال مسؤول في الوزارة لـ"النهار" إن المشروع سيبدأ في الربيع.'


def test_quotes_mark_after_a_tatweel_opens() -> None:
    found, strays = quotations(REPORT)
    opening = REPORT.index('"')
    assert [(q.start, q.end) for q in found] == [(opening, REPORT.index('" ') + 1)] and not strays
    assert not unbalanced(REPORT)
    assert has_quote_mark('أكد لـ"النهار أن')  # an opening mark with nothing to close it yet


def test_quotes_hebrew_acronym_still_no_quotation() -> None:
    assert quotations('הוא נסע לארה"ב בשבוע שעבר.') == ([], [])


def test_quotes_arabic_sentence_with_prefixed_name_may_be_chosen() -> None:
    text = (
        "أعلنت البلدية خطة لإصلاح الجسور القديمة في المدينة خلال خمس سنوات.\n"
        + REPORT
        + "\nوستغلق بعض الطرق أثناء الأعمال بحسب الجدول المنشور.\n"
    )
    document = build_document(RawText(text, "x"), "ar")
    assert [c.reason for c in candidate_weights(document)][1] != "part of a quotation"
