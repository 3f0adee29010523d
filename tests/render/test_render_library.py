"""The library's Summary renders the same facts in every format."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer import Summarizer, summarize


def test_rendering_formats_agree(samples_dir: Path) -> None:
    summary = summarize(samples_dir / "city-budget.txt", sentences=3)
    data = json.loads(summary.to_json())
    assert data == json.loads(json.dumps(summary.to_dict()))
    text, markdown = " ".join(str(summary).split()), summary.to_markdown()  # text output is wrapped
    assert summary.document.title in text
    for number, line in enumerate(summary.lines, start=1):
        assert line.text in text and line.text in markdown
        assert f"[{number}]" in text and f"[^{number}]" in markdown
        citation = line.citations[0]
        assert f"chars {citation.start}-{citation.end}" in text
    assert [line["text"] for line in data["lines"]] == [line.text for line in summary.lines]


def test_rendering_summary_text_joins_lines(samples_dir: Path) -> None:
    summary = summarize(samples_dir / "harbour-strike.md", sentences=2)
    assert summary.text == " ".join(line.text for line in summary.lines)
    assert summary.word_count == len(summary.text.split())


def test_rendering_reused_summarizer_is_independent_per_document(samples_dir: Path) -> None:
    summarizer = Summarizer(sentences=2)
    first = summarizer.summarize(samples_dir / "city-budget.txt")
    second = summarizer.summarize(samples_dir / "tech-layoffs.txt")
    again = summarizer.summarize(samples_dir / "city-budget.txt")
    assert [line.text for line in first.lines] == [line.text for line in again.lines]
    assert first.document.source != second.document.source
