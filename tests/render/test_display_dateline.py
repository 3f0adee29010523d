"""A leading dateline leaves the displayed line, never the citation."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.render.display import strip_credits, strip_dateline


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


def test_display_bracketed_photo_credit_dropped_but_citation_exact() -> None:
    text = (
        "Three cranes reached the port on Saturday (Photo: Harbour Wire/Lena Park). "
        "Engineers will test them through the summer."
    )
    summary = summarize(text, method="lead", sentences=1)
    line = summary.lines[0]
    assert "Photo" not in line.text and line.text.endswith("on Saturday.")
    citation = line.citations[0]
    assert "(Photo: Harbour Wire/Lena Park)" in citation.text
    assert summary.document.text[citation.start : citation.end] == citation.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor (pictured) opened the new pier on Sunday.",
        "The photo (taken by a neighbour) spread quickly online.",
    ],
)
def test_display_other_brackets_about_photos_stay(sentence: str) -> None:
    assert strip_credits(sentence) == sentence
