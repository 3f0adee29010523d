"""A summary hard-wrapped in a script without capitals (Chinese, Japanese, Arabic, Persian,
Hindi, ...) is read by its sentences, not by its lines: there no lowercase shows that a line goes
on, so a break after a line that stops on a word (no end mark, no colon), before a line in such a
script, is joined where the summary's other lines end with marks. A Han or kana break joins with
no space ("居" / "民" is "居民"). Headlines without marks keep their lines. Articles and lines
written for this test."""

from summarizer import verify
from summarizer.read.document import unbroken_lines

CHINESE = (
    "上海市政府周一宣布，将在明年投入120亿元用于改造老旧小区。这项计划覆盖全市16个区，预计惠及约30万户居民。"
    "部分居民对施工期间的噪音表示担忧。市政府称将在三月底前公布详细方案。"
)
PERSIAN = (
    "شهرداری تهران روز دوشنبه اعلام کرد که ۱۵۰ دستگاه اتوبوس برقی جدید خریداری خواهد کرد. "
    "برخی کارشناسان نسبت به تأمین برق کافی ابراز نگرانی کرده‌اند. "
    "هزینه این طرح حدود ۳ هزار میلیارد تومان برآورد شده است."
)


def test_a_chinese_summary_wrapped_at_a_width_is_read_by_its_sentences():
    text = "上海市将在明年投入120亿元改造\n老旧小区，计划惠及约30万户居\n民。市政府将在三月底前公布详细\n方案。\n"
    assert unbroken_lines(text) == ["上海市将在明年投入120亿元改造老旧小区，计划惠及约30万户居民。市政府将在三月底前公布详细方案。"]
    result = verify(CHINESE, text)
    assert [line.text for line in result.lines] == ["上海市将在明年投入120亿元改造老旧小区，计划惠及约30万户居民。", "市政府将在三月底前公布详细方案。"]
    assert result.supported


def test_a_persian_summary_wrapped_at_a_width_is_read_by_its_sentences():
    text = "شهرداری تهران ۱۵۰ دستگاه اتوبوس برقی\nجدید خریداری خواهد کرد. هزینه این طرح\nحدود ۳ هزار میلیارد تومان برآورد شده است.\n"
    result = verify(PERSIAN, text)
    assert [line.text for line in result.lines] == [
        "شهرداری تهران ۱۵۰ دستگاه اتوبوس برقی جدید خریداری خواهد کرد.",
        "هزینه این طرح حدود ۳ هزار میلیارد تومان برآورد شده است.",
    ]
    assert result.supported


def test_caseless_headlines_and_headings_keep_their_lines():
    assert unbroken_lines("上海投入120亿元改造小区\n市政府三月公布方案") == ["上海投入120亿元改造小区", "市政府三月公布方案"]
    assert unbroken_lines("要点：\n上海投入120亿元改造小区。") == ["要点：", "上海投入120亿元改造小区。"]
    assert unbroken_lines("نکات اصلی:\nشهرداری ۱۵۰ اتوبوس می‌خرد.") == ["نکات اصلی:", "شهرداری ۱۵۰ اتوبوس می‌خرد."]
    assert unbroken_lines("## خلاصه\nشهرداری ۱۵۰ اتوبوس می‌خرد.") == ["## خلاصه", "شهرداری ۱۵۰ اتوبوس می‌خرد."]
    assert unbroken_lines("上海投入资金\n2. 市政府公布方案。") == ["上海投入资金", "2. 市政府公布方案。"]
