"""A leading dateline leaves the displayed line, never the citation."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.render.display import strip_dateline


def test_display_dateline_dropped_but_citation_exact() -> None:
    text = "LONDON, England (Wire Service) -- The river burst its banks on Sunday. Crews worked through the night."
    summary = summarize(text, method="lead", sentences=1)
    line = summary.lines[0]
    assert line.text == "The river burst its banks on Sunday."
    citation = line.citations[0]
    assert citation.text.startswith("LONDON, England (Wire Service) --")
    assert summary.document.text[citation.start : citation.end] == citation.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor (D) said the plan would pass before the summer.",
        "(pictured) the boat was damaged in the storm last week.",
        "(CNN) Short one.",
    ],
)
def test_display_dateline_leaves_other_brackets_alone(sentence: str) -> None:
    assert strip_dateline(sentence) == sentence
