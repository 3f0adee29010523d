"""Scripts without capitals: glued sentences split ("المياه.وتبلغ"), Georgian sentences (whose
letters Unicode calls lowercase) not joined into one, Khmer's own end mark."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        ("arabic", ["افتتحت الوزارة مدرسة جديدة في الحي.", "تتسع المدرسة لستمئة طالب.", "وقال المدير إن الدروس تبدأ غدا."]),
        ("hebrew", ["המשרד פתח בית ספר חדש בשכונה.", "בית הספר יקלוט שש מאות תלמידים.", "המנהל אמר שהלימודים יתחילו מחר."]),
        ("korean", ["교육청은 새 학교를 열었다.", "학교에는 학생 600명이 다닌다.", "교장은 수업이 내일 시작된다고 말했다."]),
        ("persian", ["وزارت یک مدرسه تازه در محله باز کرد.", "این مدرسه ششصد دانش‌آموز دارد.", "مدیر گفت کلاس‌ها فردا آغاز می‌شود."]),
    ],
)
def test_glued_sentences_split_without_capitals(language: str, sentences: list[str]) -> None:
    # Scraped text often loses the space after a full stop; no capital marks the next sentence here.
    assert _split("".join(sentences), language) == sentences


def test_caseless_abbreviation_of_one_letter_stays() -> None:
    text = "وصل د.سمير إلى المدرسة صباحا."
    assert _split(text, "arabic") == [text]


def test_georgian_sentences_are_not_joined() -> None:
    sentences = ["სამინისტრომ ახალი სკოლა გახსნა.", "სკოლაში ექვსასი მოსწავლე ისწავლის.", "დირექტორის თქმით, გაკვეთილები ხვალ დაიწყება."]
    assert _split(" ".join(sentences), "georgian") == sentences


def test_khmer_end_mark_splits() -> None:
    sentences = ["ក្រសួងបានបើកសាលាថ្មី។", "សាលានេះមានសិស្សប្រាំមួយរយនាក់។", "នាយកសាលាបាននិយាយថាថ្នាក់រៀនចាប់ផ្តើមថ្ងៃស្អែក។"]
    assert _split(" ".join(sentences), "khmer") == sentences


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        ("hindi", ["डॉ. अनीता वर्मा ने नए अस्पताल का उद्घाटन किया।", "अस्पताल में तीन सौ बिस्तर हैं।"]),
        ("bengali", ["ড. সেলিনা হক নতুন হাসপাতাল উদ্বোধন করেছেন।", "হাসপাতালে তিনশো শয্যা আছে।"]),
    ],
)
def test_indic_title_before_a_name_is_no_sentence(language: str, sentences: list[str]) -> None:
    # These texts end sentences with the danda, so the dot of "Dr." is an abbreviation's.
    assert _split(" ".join(sentences), language) == sentences


def test_indic_text_ending_sentences_with_dots_is_left_alone() -> None:
    text = "अस्पताल खुल गया है. इसमें तीन सौ बिस्तर हैं."
    assert _split(text, "hindi") == ["अस्पताल खुल गया है.", "इसमें तीन सौ बिस्तर हैं."]
