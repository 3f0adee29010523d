"""Long documents with a model: each section is written by it, and every line still cites the source."""

from __future__ import annotations

from summarizer import Summarizer

from fake_backends import ScriptedBackend
from story_samples import STORIES, long_text


def _first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "."


def _summarizer(budget: int = 10_000, **options) -> tuple[Summarizer, ScriptedBackend]:
    summarizer = Summarizer(mode="abstractive", **options)
    backend = ScriptedBackend(_first_sentence, budget)
    summarizer.abstractive.attach(backend, "scripted")
    return summarizer, backend


def test_the_model_writes_each_section_and_lines_cite_exact_spans():
    summarizer, backend = _summarizer(sentences=3, sections="on")
    summary = summarizer.summarize(summarizer.read(long_text(headings=True)))
    assert summary.method == "abstractive:scripted"
    assert sum(len(batch) for batch in backend.batches) == 3  # one request per section
    assert [line.origin for line in summary.lines] == ["generated"] * 3
    for line, story in zip(summary.lines, ("ferry", "orchard", "library")):
        assert line.citations
        for c in line.citations:
            assert summary.document.text[c.start : c.end] == c.text
            assert c.text in " ".join(STORIES[story])


def test_an_input_of_several_model_windows_is_sectioned_by_default():
    summarizer, backend = _summarizer(budget=60, sentences=3)
    summary = summarizer.summarize(summarizer.read(long_text(headings=True) + "\n\n" + long_text(headings=True)))
    assert summary.stats["sections"]["count"] >= 3
    assert all(line.citations for line in summary.lines)
    # What the model could not read of a section is said, not dropped silently.
    assert all(s.read <= s.last - s.first for s in summary.sections)
