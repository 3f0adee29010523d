"""Hard-wrapped text in scripts without case (Arabic, Hebrew, Devanagari, Han, kana): the wrapped
lines of a paragraph are one paragraph, sentences span the breaks, the first line is not taken for
a headline, and lines of a script without spaces join without one. Poems, lists of headlines and
one paragraph a line stay as they are."""

from __future__ import annotations

import textwrap

import pytest

from summarizer.read.document import build_document
from summarizer.read.raw import RawText

ARABIC = [
    "افتتحت بلدية المدينة صباح اليوم جسرا جديدا فوق النهر بعد ثلاث سنوات من العمل المتواصل، وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة.",
    "وأضاف أن الجسر يتسع لأربعة مسارات للسيارات وممر واسع للمشاة والدراجات الهوائية.",
    "وحضر الافتتاح عدد كبير من السكان الذين عبروا الجسر سيرا على الأقدام قبل فتحه أمام السيارات.",
    "هل سيكفي الجسر الجديد لحل مشكلة المرور في ساعات الذروة؟",
]
HEBREW = [
    "עיריית העיר פתחה הבוקר ספרייה ציבורית חדשה בשכונה הצפונית לאחר שנתיים של עבודות בנייה.",
    "ראש העירייה אמר כי הספרייה תהיה פתוחה שבעה ימים בשבוע ותציע חוגים לילדים ולמבוגרים.",
    "בספרייה יש יותר משלושים אלף ספרים בעברית, בערבית ובאנגלית, וחדר עיון שקט לסטודנטים.",
]
HINDI = [
    "नगर निगम ने आज सुबह शहर के उत्तरी हिस्से में एक नया सार्वजनिक पुस्तकालय खोला।",
    "महापौर ने कहा कि पुस्तकालय सप्ताह के सातों दिन खुला रहेगा और बच्चों के लिए कहानी सुनाने के कार्यक्रम होंगे।",
    "पुस्तकालय में हिंदी, उर्दू और अंग्रेज़ी की तीस हज़ार से अधिक पुस्तकें हैं।",
    "स्थानीय लोगों ने कई वर्षों से ऐसी जगह की मांग की थी जहाँ छात्र शांति से पढ़ सकें।",
]
CHINESE = [
    "市政府今天上午宣布，城北新建的公共图书馆将于下个月正式开放，馆内藏书超过三万册。",
    "市长在发布会上表示，图书馆每周开放七天，并将为儿童和老年人开设免费的阅读课程。",
    "附近居民多年来一直希望有一个安静的地方让孩子读书写作业。",
    "据介绍，图书馆的建设历时两年，总投资约一亿二千万元。",
]
JAPANESE = [
    "市は今朝、北部地区に新しい公共図書館を開館したと発表した。",
    "市長は記者会見で、図書館は週七日開館し、子ども向けの読書教室も開くと述べた。",
    "館内には日本語と英語の本が三万冊以上あり、静かな自習室も設けられている。",
]


def _cut(text: str, width: int) -> str:
    """Text without spaces broken every `width` characters, as an editor wraps Chinese."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def _read(text: str, language: str = "auto") -> tuple[str | None, list[str]]:
    document = build_document(RawText(text, "t"), language)
    return document.title, [s.clean_text for s in document.sentences]


@pytest.mark.parametrize(("sentences", "width"), [(ARABIC, 70), (ARABIC, 50), (HEBREW, 72), (HINDI, 72)])
def test_document_caseless_wrapped_lines_are_one_paragraph(sentences: list[str], width: int) -> None:
    text = textwrap.fill(" ".join(sentences), width)
    assert _read(text) == (None, sentences)


@pytest.mark.parametrize(("sentences", "width"), [(CHINESE, 36), (CHINESE, 70), (JAPANESE, 30)])
def test_document_unspaced_wrapped_lines_join_without_a_space(sentences: list[str], width: int) -> None:
    # 36 characters are 72 columns on screen; 70 are what a wrapper counting characters makes.
    assert _read(_cut("".join(sentences), width)) == (None, sentences)


def test_document_caseless_wrapped_paragraphs_keep_their_headline_and_breaks() -> None:
    body = textwrap.fill(" ".join(ARABIC[:2]), 70) + "\n\n" + textwrap.fill(" ".join(ARABIC[2:]), 70)
    document = build_document(RawText("افتتاح جسر جديد فوق النهر\n" + body, "t"), "arabic")
    assert document.title == "افتتاح جسر جديد فوق النهر"
    assert [s.clean_text for s in document.sentences] == ARABIC
    assert len(document.paragraphs) == 2


def test_document_caseless_poem_keeps_its_lines() -> None:
    # Lines of a similar length that end no sentence: a poem, not wrapped prose.
    poem = [
        "على شاطئ البحر كنا نغني مع الريح",
        "ونرسم فوق الرمال بيوتا من الحلم",
        "وكانت خيوط المساء تمر على وجهنا",
        "ويأتي القمر البعيد ليحرس أحلامنا",
        "وفي الصبح تمضي الطيور إلى غربتها",
        "ويبقى على الشاطئ الصمت والذكريات",
    ]
    document = build_document(RawText("\n".join(poem), "t"), "arabic")
    assert len(document.paragraphs) == len(document.sentences) == len(poem) - 1


def test_document_caseless_headline_list_keeps_its_lines() -> None:
    headlines = [
        "وزير المالية يعلن عن موازنة جديدة للعام المقبل مع زيادة في رواتب المعلمين",
        "افتتاح معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر عربية وأجنبية",
        "المنتخب الوطني يفوز على ضيفه بثلاثة أهداف في مباراة ودية على الملعب الكبير",
        "ارتفاع أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج لشهرين إضافيين",
    ]
    _, sentences = _read("\n".join(headlines), "arabic")
    assert sentences == headlines[1:]


@pytest.mark.parametrize("sentences", [ARABIC, CHINESE])
def test_document_caseless_paragraph_a_line_stays(sentences: list[str]) -> None:
    # One sentence a line, each ended: no wrap; and a line ending in 。 is no headline.
    document = build_document(RawText("\n".join(sentences), "t"), "auto")
    assert document.title is None
    assert len(document.paragraphs) == len(sentences)
    assert [s.clean_text for s in document.sentences] == sentences
