"""`summarize --guard flag` prints the guard's marks after a flagged line: " (number not in its
sources: 2.5)" in text, " _(...)_" in markdown. `summarize check` on that output read the mark as
part of the claim; it is layout, as the citation markers before it are, and only the line is
checked. A parenthesis of the line's own, not after a citation marker, stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Summarizer
from summarizer.render.renderers import render_markdown, render_text
from summarizer.verify.summary_lines import summary_lines

from fake_backends import ScriptedBackend


def _invented_figure(text: str) -> str:
    sentences = text.split(". ")
    return f"{sentences[0].replace('$1.5bn', '$2.5bn')}. {sentences[1]}."


@pytest.fixture
def flagged(samples_dir: Path):
    summarizer = Summarizer(mode="abstractive", guard="flag", sentences=2)
    summarizer.abstractive.attach(ScriptedBackend(_invented_figure, 10_000), "scripted")
    summary = summarizer.summarize(samples_dir / "city-budget.txt")
    assert summary.lines[0].flags and not summary.lines[1].flags
    return summary


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_summary_lines_guard_marks_are_layout(flagged, render):
    lines = summary_lines(render(flagged), "english", flagged.document.title)
    assert [line for line, _ in lines] == [line.text for line in flagged.lines]


def test_summary_lines_a_guard_mark_wrapped_onto_the_next_lines():
    text = (
        "The council approved a $2.5bn budget on Wednesday. [1]\n"
        "  (number not in its sources: 2.5)\n"
        "The plan raises spending by 3.5% on last year. [2] (judgement word\n"
        "  not in its sources: smallest)\n"
    )
    assert [line for line, _ in summary_lines(text, "english")] == [
        "The council approved a $2.5bn budget on Wednesday.",
        "The plan raises spending by 3.5% on last year.",
    ]


def test_summary_lines_a_parenthesis_of_the_line_stays():
    (line,) = summary_lines("The council approved the budget (7-4 in favour).", "english")
    assert line[0] == "The council approved the budget (7-4 in favour)."
