"""A wire dateline that stands as a sentence of its own, as agencies outside English write it
("МОСКВА, 1 дек — РИА Новости.", "MADRID, 5 (EUROPA PRESS)"), is furniture in every language: it
never takes a summary line. A sentence that only looks like one (no capital agency) is kept.
Sentences written for this test."""

from __future__ import annotations

import pytest

from summarizer import Summarizer
from summarizer.textpatterns import is_wire_dateline

RUSSIAN = (
    "САМАРА, 3 мар — РИА Новости. Городские власти открыли новый мост через реку после двух лет ремонта. "
    "Ремонт обошелся бюджету в 1,2 миллиарда рублей, сообщил мэр города.\n\n"
    "По словам мэра, мост выдержит вдвое большую нагрузку, чем прежний. "
    "Жители жаловались на пробки все время ремонта."
)


@pytest.mark.parametrize("line", [
    "САМАРА, 3 мар — РИА Новости.",
    "Самара, 3 марта — РИА Новости.",
    "ЛЬВІВ, 12 квітня — Укрінформ.",
    "SEVILLA, 8 (EUROPA PRESS)",
    "HAMBURG, 4. Mai (dpa) -",
])
def test_a_wire_dateline_is_one(line: str) -> None:
    assert is_wire_dateline(line)


@pytest.mark.parametrize("line", [
    "Leeds, 5 May — a date the club will not forget.",
    "The council met on Monday, 5 May - and voted.",
    "Ticket sales rose in Bristol, 12 percent - the best year yet.",
])
def test_a_sentence_that_only_looks_like_one_is_not(line: str) -> None:
    assert not is_wire_dateline(line)


def test_a_russian_dateline_takes_no_summary_line() -> None:
    lines = [line.text for line in Summarizer(sentences=3).summarize(RUSSIAN).lines]
    assert len(lines) == 3
    assert not any(line.startswith("САМАРА") for line in lines)
