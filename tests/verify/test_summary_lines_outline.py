"""`summarize long.md --outline | summarize check long.md -s -`: the outline's heading ("Outline:",
"### Outline"), its section and source headings ("Section 2 (sentences 12-17)", "- **Source 2:
b.txt**") and each line's sentence markers ("[s12]", "(12)") are layout; its lines are checked as
lines. Checked as claims, the headings' figures were "not in its sources" and a faithful outline
was NOT SUPPORTED (28 of 78 lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Summarizer, verify
from summarizer.render.renderers import render_markdown, render_text
from summarizer.verify.summary_lines import summary_lines


@pytest.fixture
def sectioned(samples_dir: Path):
    summary = Summarizer(sections="on").summarize(samples_dir / "long-climate-report.txt")
    assert len(summary.sections) > 1
    return summary


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_summary_lines_outline_headings_are_layout(sectioned, render):
    text = render(sectioned, outline=True)
    lines = [line for line, _ in summary_lines(text, "english", sectioned.document.title)]
    expected = [line.text for line in sectioned.lines] + [line.text for s in sectioned.sections for line in s.lines]
    assert lines == expected


def test_check_on_an_extractive_outline_supports_every_line(sectioned):
    result = verify(sectioned.document, render_text(sectioned, outline=True))
    assert result.supported, [(line.text, [p.message for p in line.problems]) for line in result.lines if line.problems]


def test_summary_lines_a_section_line_outside_an_outline_is_still_a_claim():
    text = "Section 2 (sentences 12-17) of the law was struck down."
    assert [line for line, _ in summary_lines(text, "english")] == [text]
