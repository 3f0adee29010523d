"""Thai: no Punkt model or stemmer (the universal splitter reads it, words unstemmed). Thai writes
no full stop: a space ends a sentence, but a space also stands before a clause of the same
sentence, which these words open ("เนื่องจาก" because, "ซึ่ง" which, "แต่" but, "โดย" by). Words
that also open sentences in news ("เมื่อ" when, "ใน" in, "หาก" if) are left out."""

from summarizer.lang import Language

LANGUAGE = Language(
    "th",
    "thai",
    unspaced=True,
    unmarked_sentences=True,
    clause_openers=frozenset((
        "เนื่องจาก", "เพราะ", "ซึ่ง", "และ", "แต่", "หรือ", "โดย", "เพื่อ", "จึง", "ทำให้", "ขณะที่",
        "รวมถึง", "กับ", "ของ", "ว่า", "จน",
    )),
)  # fmt: skip
