"""Two generated lines that differ only in their figures state two facts, not one: "the fire
destroyed 73 homes and burned for 40 days" and "... 598 homes ... 17 days" of another valley are
both kept. A line that only drops or repeats the other's figures still repeats it."""

from __future__ import annotations

from summarizer.abstract.distinct import near_duplicates
from summarizer.types import Citation, SummaryLine


def _line(text: str, sentence: int) -> SummaryLine:
    return SummaryLine(text, (Citation(sentence, 0, 1, text),), "generated", 1.0)


def test_near_duplicates_lines_with_different_figures_are_two_facts():
    lines = [
        _line("The fire destroyed 73 homes and burned for 40 days.", 2),
        _line("The fire destroyed 598 homes and burned for 17 days.", 3),
    ]
    assert near_duplicates(lines) == []
    one_source = [
        _line("The fire destroyed 73 homes and burned for 40 days.", 2),
        _line("The fire destroyed 1,598 homes and burned for 17 days.", 2),
    ]
    assert near_duplicates(one_source) == []


def test_near_duplicates_the_same_figures_or_fewer_still_repeat():
    same = [
        _line("The fire destroyed 73 homes and burned for 40 days.", 2),
        _line("For 40 days the fire burned, destroying 73 homes.", 2),
    ]
    assert near_duplicates(same) == [(1, 0)]
    fewer = [
        _line("The fire destroyed 73 homes and burned for 40 days.", 2),
        _line("The fire destroyed 73 homes.", 2),
    ]
    assert near_duplicates(fewer) == [(1, 0)]
