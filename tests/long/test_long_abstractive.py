"""Long documents with a model: each section is written by it, and every line still cites the source."""

from __future__ import annotations

import pytest

from summarizer import ModelError, Summarizer

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


def _failing(message: str):
    def write(text: str) -> str:
        raise ModelError(message)

    return write


def test_a_model_that_fails_for_every_section_fails_the_summary():
    # A server that is down, or a model name it does not serve, turned a long document's summary
    # into an extractive one with exit 0 (and `summarize batch` recorded it as done), while the
    # same failure on a short document ends the run with one line and exit 2.
    summarizer = Summarizer(mode="abstractive", sentences=3, sections="on")
    summarizer.abstractive.attach(ScriptedBackend(_failing("server http://gpu-box/v1 is not reachable")), "scripted")
    with pytest.raises(ModelError, match="not reachable"):
        summarizer.summarize(summarizer.read(long_text(headings=True)))


def test_a_model_that_fails_for_one_section_leaves_that_section_extracted():
    def write(text: str) -> str:
        if "ferry" in text.lower():
            raise ModelError("the model crashed")
        return _first_sentence(text)

    summarizer = Summarizer(mode="abstractive", sentences=3, sections="on", batch_size=1)  # a request per section
    summarizer.abstractive.attach(ScriptedBackend(write), "scripted")
    summary = summarizer.summarize(summarizer.read(long_text(headings=True)))
    assert [line.origin for line in summary.lines].count("generated") == 2
    assert any("the model failed" in w for w in summary.warnings)


def _invents_for_the_library(text: str) -> str:
    if "library" in text.lower():
        return "The library of Amsel said 9,999 readers queued on Friday."
    return _first_sentence(text)


def test_the_guards_interventions_in_a_section_are_told_with_the_documents_sentence_numbers():
    # The guard replaced a section's invented line with a source sentence, but the long path kept
    # only "the model read ..." of each section's warnings: the replacement, its reasons (and any
    # dropped line, cut-off sentence or filled slot) went unsaid, and JSON had no stats.guard, in
    # `summarize LONG.md --model ...` and in every `--together` run with a model alike.
    summarizer, _ = _summarizer(sentences=3, sections="on")
    summarizer.abstractive.attach(ScriptedBackend(_invents_for_the_library), "scripted")
    summary = summarizer.summarize(summarizer.read(long_text(headings=True)))
    replaced = [line for line in summary.lines if line.origin == "replaced"]
    assert len(replaced) == 1
    told = [w for w in summary.warnings if "guard replaced" in w]
    assert len(told) == 1 and "9,999 readers" in told[0]
    # The source sentence is numbered as in the document, not as in its section.
    assert told[0].endswith(f"with source sentence {replaced[0].citations[0].sentence + 1}")
    assert told[0].startswith("section 3: ")
    assert summary.stats["guard"]["replaced"] == 1
    assert summary.stats["guard"]["generated"] == 3
    assert summary.stats["model"]["kind"] == "causal"
