"""Thai writes no full stop: a space ends a sentence, unless the next word opens a clause of the
same sentence; and a first paragraph with no final mark is not a headline for being Thai."""

from __future__ import annotations

from summarizer.read.document import build_document
from summarizer.read.raw import RawText
from summarizer.read.segment import sentence_spans

# "The province will build a new reservoir costing three billion baht" / "because the old one
# silts up every year" (opened by "เนื่องจาก", because) / "Farmers say they lose crops every
# summer" (a new sentence).
MAIN = "จังหวัดประกาศสร้างอ่างเก็บน้ำแห่งใหม่มูลค่าสามพันล้านบาท"
BECAUSE = "เนื่องจากอ่างเก็บน้ำเดิมตื้นเขินทุกปีและเก็บน้ำได้น้อยลงเรื่อยๆ"
FARMERS = "เกษตรกรในพื้นที่บอกว่าพวกเขาสูญเสียพืชผลทุกฤดูร้อน"


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language="th")]


def test_segment_thai_clause_opener_keeps_its_sentence() -> None:
    assert _split(f"{MAIN} {BECAUSE} {FARMERS}") == [f"{MAIN} {BECAUSE}", FARMERS]


def test_segment_thai_space_before_other_words_still_ends_a_sentence() -> None:
    assert _split(f"{MAIN} {FARMERS}") == [MAIN, FARMERS]


def test_segment_thai_long_first_paragraph_is_not_a_title() -> None:
    # Three Thai sentences in the first paragraph have a handful of spaces and no final mark;
    # counted as words of an unspaced script they are far too long for a headline.
    text = f"{MAIN} {FARMERS} {MAIN}\n\n{FARMERS} {MAIN}\n"
    document = build_document(RawText(text=text, source="<thai>"), language="th")
    assert document.title is None
    assert [sentence.text for sentence in document.sentences][:3] == [MAIN, FARMERS, MAIN]


def test_segment_thai_space_after_paiyannoi_goes_on() -> None:
    # "The Bangkok governor said the new cameras will cut crime": Thai writes a space after the
    # abbreviation sign ฯ ("กรุงเทพฯ", Bangkok), as English after "Dr."; it ends no sentence.
    governor = "ผู้ว่าราชการกรุงเทพมหานครและรองผู้ว่าราชการกรุงเทพฯ กล่าวว่ากล้องใหม่จะช่วยลดอาชญากรรม"
    assert _split(f"{MAIN} {governor}") == [MAIN, governor]
    # Nor does one before or after "etc." (ฯลฯ) inside a sentence.
    goods = "ราคาผัก ผลไม้ เนื้อหมูและไข่ไก่ในตลาดสดทั่วประเทศ ฯลฯ ปรับตัวสูงขึ้นอย่างต่อเนื่องตลอดเดือนนี้"
    assert _split(goods) == [goods]
