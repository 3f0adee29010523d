"""How a sentence's wrapped lines join for the reader: with a space, but none after a compound's
hyphen or inside a script written without spaces."""

from __future__ import annotations

import pytest

from summarizer.scripts import joined_lines


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The council met\non Monday.", "The council met on Monday."),
        ("the south-\nwestern line", "the south-western line"),
        ("北京\n市的人口", "北京市的人口"),
        ("2013年\n12月，", "2013年12月，"),
        ("开放，\n馆内", "开放，馆内"),
        ("図書館を\n開館した", "図書館を開館した"),
        ("الجسر\nالجديد", "الجسر الجديد"),
        ("中文\nBBC", "中文 BBC"),
    ],
)
def test_scripts_joined_lines(text: str, joined: str) -> None:
    assert joined_lines(text) == joined
